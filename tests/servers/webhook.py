"""A small real HTTP server that records webhook calls, for tests (127.0.0.1, random port).

`statuses` scripts the replies: LocalWebhookServer(statuses=[500, 500]) answers 500 twice, then
`default_status` (200) for every later request. Every request is recorded, whatever the reply.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.servers.base import LoopbackServer


@dataclass
class ReceivedRequest:
    """One request as received: method, path, headers (case-insensitive lookup), raw body."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status_sent: int

    def header(self, name: str) -> str | None:
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
        owner: LocalWebhookServer = self.server.owner  # type: ignore[attr-defined]
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


class LocalWebhookServer(LoopbackServer[ReceivedRequest]):
    """`LocalWebhookServer(host="127.0.0.1", port=0)`; `.start()`, `.stop()`, `.url`, `.requests`."""

    thread_name = "LocalWebhookServer"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, statuses: Sequence[int] = (), default_status: int = 200, path: str = "/hook") -> None:
        super().__init__(host, port)
        self._statuses: list[int] = list(statuses)
        self.default_status = default_status
        self.path = path

    def _make_server(self) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer((self.host, self._requested_port), _Handler)
        server.daemon_threads = True
        return server

    def set_statuses(self, statuses: Sequence[int]) -> None:
        """Script the next replies (then `default_status`)."""
        with self._cond:
            self._statuses = list(statuses)

    def _next_status(self) -> int:
        with self._cond:
            return self._statuses.pop(0) if self._statuses else self.default_status

    @property
    def requests(self) -> list[ReceivedRequest]:
        return self.items

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"
