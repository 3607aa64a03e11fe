"""Real parts that fail on cue: a pass-through in front of the action server that can hold calls (a slow
action server), and a PostgreSQL server that can be stopped and started again with its data."""
from __future__ import annotations

import http.server
import socketserver
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tests.support.postgres import LocalPostgres, _bin

#: The longest any call is held or any wait in these tests lasts (a bound, never an assertion).
LONGEST_WAIT_SECONDS = 180.0
#: Headers passed on to the action server (its secret among them).
FORWARDED = ("Content-Type", "X-Action-Token")


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        relay = self.server.relay
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        relay.arrived.set()
        relay.gate.wait(LONGEST_WAIT_SECONDS)  # open unless the test holds calls
        request = urllib.request.Request(relay.target + self.path, data=body, method="POST",
                                         headers={h: self.headers[h] for h in FORWARDED if self.headers.get(h)})
        try:
            with urllib.request.urlopen(request, timeout=LONGEST_WAIT_SECONDS) as answer:
                status, payload = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, payload = error.code, error.read()
        except OSError:  # the action server is not there: hang up, as it would have
            self.close_connection = True
            return
        relay.forwarded += 1
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:  # Rasa stopped waiting long ago
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    relay: ActionRelay


class ActionRelay:
    """Passes Rasa's calls on to the action server at `target`; `hold()` keeps them until `release()`."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.gate = threading.Event()
        self.gate.set()
        self.arrived = threading.Event()
        self.forwarded = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.relay = self
        self._thread = threading.Thread(target=self._server.serve_forever, name="ActionRelay", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> ActionRelay:
        self._thread.start()
        return self

    def hold(self) -> None:
        self.arrived.clear()
        self.gate.clear()

    def release(self) -> None:
        self.gate.set()

    def stop(self) -> None:
        self.gate.set()
        self._server.shutdown()
        self._server.server_close()


class StoppablePostgres(LocalPostgres):
    """A throwaway PostgreSQL cluster that can be stopped and started again, keeping its data."""

    @property
    def data(self) -> str:
        return str(Path(self.dir) / "data")

    def pause(self) -> None:
        self._run(_bin("pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._run(_bin("pg_ctl"), "-D", self.data, "-l", str(Path(self.dir) / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")


def wait_until(check: Callable[[], bool], what: str, timeout: float = LONGEST_WAIT_SECONDS) -> None:
    """Poll `check` until it holds; fail naming `what` after `timeout` (a bound, not a timed assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise AssertionError(f"{what}: not within {timeout:.0f}s")
