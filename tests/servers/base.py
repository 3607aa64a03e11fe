"""What the local test servers share: start on a loopback port in a thread, record what arrives, wait for it."""
from __future__ import annotations

import socketserver
import threading
import time
from abc import ABC, abstractmethod
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Server = TypeVar("Server", bound="LoopbackServer[Any]")


class LoopbackServer(ABC, Generic[Item]):
    """A socketserver run in a daemon thread; `items` are what it received, in order."""

    thread_name = "LoopbackServer"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self._requested_port = port
        self._server: socketserver.BaseServer | None = None
        self._thread: threading.Thread | None = None
        self._cond = threading.Condition()
        self.items: list[Item] = []

    @abstractmethod
    def _make_server(self) -> socketserver.BaseServer:
        """The bound (not yet serving) server; its handler reaches us through `server.owner`."""

    def start(self: Server) -> Server:
        server = self._make_server()
        server.owner = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self: Server) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        address = self._server.server_address
        if not isinstance(address, tuple):  # a Unix socket's path: not one of ours
            raise TypeError(f"not a TCP server: {address!r}")
        return int(address[1])

    def _record(self, item: Item) -> None:
        with self._cond:
            self.items.append(item)
            self._cond.notify_all()

    def wait_for(self, n: int = 1, timeout: float = 5.0) -> bool:
        """Block until n items arrived; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.items) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def clear(self) -> None:
        with self._cond:
            self.items.clear()
