"""`whatmatters serve PART`: one part per systemd unit or container (deploy/), sharing its secrets."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot.settings import REPO_ROOT
from tests.support.postgres import free_port
from tests.support.processes import stop_process

START_SECONDS = 120.0


def serve(part: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", part], cwd=REPO_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_serve_needs_the_secrets_every_part_shares() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("ACTION_SERVER_TOKEN", "RASA_TOKEN")}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "serve", "actions"], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=START_SECONDS, check=False)
    assert done.returncode == 2
    assert "ACTION_SERVER_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_serve_web_becomes_the_web_app(sqlite_url: str) -> None:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": sqlite_url, "WEB_PORT": str(port),
           "ACTION_SERVER_TOKEN": "a" * 48, "RASA_TOKEN": "b" * 48}
    proc = serve("web", env)
    try:
        deadline = time.monotonic() + START_SECONDS
        health = None
        while health is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                    health = response.read()
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        assert health == b"ok"
        # exec: the process started is the web app itself, nothing left in between for systemd to supervise
        assert b"bot.web" in Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    finally:
        stop_process(proc)
    assert proc.returncode is not None
