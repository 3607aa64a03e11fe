"""`whatmatters run`: starts every service in the foreground, answers, and Ctrl-C stops them all."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from tests.support.postgres import free_port
from tests.support.rest import RestUser

pytestmark = pytest.mark.e2e


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_run_starts_everything_and_ctrl_c_stops_everything(trained_model: Path, tmp_path: Path) -> None:
    rasa, actions, web = free_port(), free_port(), free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}", "PYTHONUNBUFFERED": "1"}
    # Its output goes to a file, not a pipe: a pipe nobody reads after "Ready:" can fill and block the
    # command's own "Stopping ..." line, which is a hang of the test, not of the command.
    out_path = tmp_path / "run.out"
    with out_path.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--no-train", "--rasa-port", str(rasa),
             "--action-port", str(actions), "--web-port", str(web)],
            cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )

    def output() -> str:
        return out_path.read_text(encoding="utf-8", errors="replace")

    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if any(line.startswith("Ready:") for line in output().splitlines()):
                break
            time.sleep(0.5)
        assert any(line.startswith("Ready:") for line in output().splitlines()), output()
        user = RestUser(f"http://127.0.0.1:{rasa}", "run-cmd")
        user.say("/greet")
        assert "Shwmae" in user.text
        assert urllib.request.urlopen(f"http://127.0.0.1:{web}/health", timeout=5).read() == b"ok"
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        # A bound on waiting, not a speed test: Stack.stop gives each of three processes up to 15 s,
        # and a busy CI machine adds to that (60 s was once too short with the whole suite running).
        try:
            code = proc.wait(timeout=240)
        except subprocess.TimeoutExpired:
            pytest.fail("still running 240 s after Ctrl-C; its output:\n" + output())
        assert code == 0, output()
        time.sleep(1)
        for port in (rasa, actions, web):
            assert not _listening(port), f"port {port} still open after Ctrl-C"
    finally:
        if proc.poll() is None:
            proc.kill()
