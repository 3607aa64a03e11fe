"""A small real HTTP server that records webhook calls, for tests (127.0.0.1, random port).

`statuses` scripts the replies: LocalWebhookServer(statuses=[500, 500]) answers 500 twice, then
`default_status` (200) for every later request. Every request is recorded, whatever the reply.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Sequence


@dataclass
class ReceivedRequest:
    """One request as received: method, path, headers (case-insensitive lookup), raw body."""

    method: str
    path: str
    headers: Dict[str, str]
    body: bytes
    status_sent: int

    def header(self, name: str) -> Optional[str]:
        for k, v in self.headers.items():
            if k.lower() == name.lower():
                return v
        return None

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _handle(self) -> None:
        owner: "LocalWebhookServer" = self.server.owner  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status = owner._next_status()
        owner._record(ReceivedRequest(self.command, self.path, dict(self.headers.items()), body, status))
        reply = json.dumps({"ok": 200 <= status < 300}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_POST = do_PUT = do_GET = _handle


class LocalWebhookServer:
    """`LocalWebhookServer(host="127.0.0.1", port=0)`; `.start()`, `.stop()`, `.url`, `.requests`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, statuses: Sequence[int] = (), default_status: int = 200, path: str = "/hook") -> None:
        self.host = host
        self._requested_port = port
        self._statuses: List[int] = list(statuses)
        self.default_status = default_status
        self.path = path
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        self._cond = threading.Condition()
        self.requests: List[ReceivedRequest] = []

    def set_statuses(self, statuses: Sequence[int]) -> None:
        """Script the next replies (then `default_status`)."""
        with self._cond:
            self._statuses = list(statuses)

    def _next_status(self) -> int:
        with self._cond:
            return self._statuses.pop(0) if self._statuses else self.default_status

    def _record(self, req: ReceivedRequest) -> None:
        with self._cond:
            self.requests.append(req)
            self._cond.notify_all()

    def start(self) -> "LocalWebhookServer":
        server = ThreadingHTTPServer((self.host, self._requested_port), _Handler)
        server.daemon_threads = True
        server.owner = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="LocalWebhookServer", daemon=True)
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

    def __enter__(self) -> "LocalWebhookServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"

    def wait_for(self, n: int = 1, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.requests) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def clear(self) -> None:
        with self._cond:
            self.requests.clear()
