"""The action server loads every model before it answers its first request (bot/actions/server.py)."""
from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot import services
from bot.actions.server import MODELS_LOADED
from bot.settings import REPO_ROOT, service_environment
from tests.support.postgres import free_port
from tests.support.processes import stop_process

READY_WITHIN_SECONDS = 240  # a generous limit for a busy machine, not a speed check


def _health(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def test_models_are_loaded_before_the_action_server_listens(sqlite_url: str, tmp_path: Path) -> None:
    port = free_port()
    env = {**service_environment(), "DATABASE_URL": sqlite_url, "SANIC_HOST": "127.0.0.1"}
    log_path = tmp_path / "actions.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(services.action_server_command(port), cwd=REPO_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + READY_WITHIN_SECONDS
        while not _health(port):
            assert proc.poll() is None, log_path.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "the action server did not start"
            time.sleep(0.5)
        output = log_path.read_text(errors="replace")
        assert MODELS_LOADED in output, output[-3000:]
        assert output.index(MODELS_LOADED) < output.index("Action endpoint is up and running"), output[-3000:]
    finally:
        stop_process(proc)
