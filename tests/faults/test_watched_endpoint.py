"""Rasa's calls to the action server as channels/resilience.py watches them, against real loopback servers:
a closed connection is tried once more, and a server that is away, too slow or failing stops the turn."""
from __future__ import annotations

import asyncio
import http.server
import socketserver
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from rasa.utils.endpoints import EndpointConfig

from channels.resilience import _WATCHED, ActionServerAway, WatchedEndpoint
from tests.servers.smtp import free_port


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    behaviour: str
    calls: int
    release: threading.Event


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.calls += 1
        behaviour = self.server.behaviour
        if behaviour == "hang_up_once" and self.server.calls == 1:
            self.close_connection = True  # as a server closing a kept connection under the caller
            return
        if behaviour == "slow":
            self.server.release.wait(60)
        status = {"reject": 400, "fail": 500}.get(behaviour, 200)
        body = b'{"events": [], "responses": []}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server(("127.0.0.1", 0), _Handler)
    srv.behaviour, srv.calls, srv.release = "ok", 0, threading.Event()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def _call(url: str, watched: bool = True, timeout: float = 10.0) -> Any:
    endpoint = WatchedEndpoint.around(EndpointConfig(url=url), timeout)

    async def go() -> Any:
        token = _WATCHED.set(watched)
        try:
            return await endpoint.request(json={"next_action": "x"}, method="post")
        finally:
            _WATCHED.reset(token)

    return asyncio.run(go())


def _url(srv: _Server) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}/webhook"


def test_an_answer_passes_through(server: _Server) -> None:
    assert _call(_url(server)) == {"events": [], "responses": []}


def test_a_connection_closed_under_the_call_is_tried_once_more(server: _Server) -> None:
    server.behaviour = "hang_up_once"
    assert _call(_url(server)) == {"events": [], "responses": []}
    assert server.calls == 2


def test_an_action_server_that_is_not_there_stops_the_turn() -> None:
    with pytest.raises(ActionServerAway) as away:
        _call(f"http://127.0.0.1:{free_port()}/webhook")
    assert away.value.kind == "unreachable"
    with pytest.raises(aiohttp.ClientConnectionError):  # outside a door's message: Rasa's own error
        _call(f"http://127.0.0.1:{free_port()}/webhook", watched=False)


def test_a_slow_action_server_stops_the_turn_at_the_limit(server: _Server) -> None:
    server.behaviour = "slow"
    with pytest.raises(ActionServerAway) as away:
        _call(_url(server), timeout=1.0)
    assert away.value.kind == "too_slow"


def test_a_failing_action_server_stops_the_turn_but_a_rejection_does_not(server: _Server) -> None:
    server.behaviour = "fail"
    with pytest.raises(ActionServerAway) as away:
        _call(_url(server))
    assert away.value.kind == "refused"
    server.behaviour = "reject"  # an action rejecting itself is part of how forms work
    with pytest.raises(aiohttp.ClientError) as rejected:
        _call(_url(server))
    assert getattr(rejected.value, "status", None) == 400
