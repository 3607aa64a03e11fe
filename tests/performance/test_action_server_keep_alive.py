"""A connection Rasa opened and wrote to late is still answered (bot.actions.server.KEEP_ALIVE_SECONDS).

At 50 people at once Rasa's loop was so busy that more than Sanic's default 5 s passed between opening
a connection to the action server and sending the request; the action server had closed it, the call
failed ("Cannot write to closing transport") and the turn's events were lost (issue 12).
"""
from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from bot import services
from bot.actions.server import KEEP_ALIVE_SECONDS
from bot.settings import REPO_ROOT
from tests.support.postgres import free_port
from tests.support.processes import stop_process

#: Longer than Sanic's default keep-alive (5 s), the gap that lost answers.
LATE_BY_SECONDS = 7


def _up(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
            return True
    except OSError:
        return False


@pytest.mark.e2e
def test_a_request_written_late_on_an_open_connection_is_answered(sqlite_url: str, tmp_path: Path) -> None:
    assert KEEP_ALIVE_SECONDS > LATE_BY_SECONDS
    port = free_port()
    env = services.make_stack(free_port(), port, {"DATABASE_URL": sqlite_url}, log_dir=tmp_path).env
    with (tmp_path / "actions.log").open("wb") as log:
        proc = subprocess.Popen(services.action_server_command(port), cwd=REPO_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(600):
            if _up(port) or proc.poll() is not None:
                break
            time.sleep(0.5)
        assert _up(port), (tmp_path / "actions.log").read_text()[-2000:]
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            time.sleep(LATE_BY_SECONDS)  # Rasa's loop busy elsewhere
            conn.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            reply = conn.recv(1024)
        assert reply.startswith(b"HTTP/1.1 200"), reply[:100]
    finally:
        stop_process(proc)
