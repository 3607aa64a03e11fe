"""A running practitioners' web app on loopback, against a fresh migrated SQLite database.

The server is the real `python -m bot.web` in a subprocess, started once per
test session; conversations are seeded through bot.storage.repository (with
real analysis results) and accounts through bot.web.accounts, as in production.
Each test that changes a record uses its own seeded conversation.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.storage import db
from tests.support.postgres import free_port
from tests.support.processes import stop_process
from tests.support.stacks import pointed_at
from tests.web.helpers import ROOT, WebServer, seed

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# Debian's chromium, driven by Playwright (which never downloads a browser of its own); without the
# background-networking flags it keeps trying hosts this machine cannot reach.
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium per test module (the browser tests share it)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed (apt-get install chromium; scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _wait_healthy(base: str, proc: subprocess.Popen, log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the web app exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=1) as r:
                if r.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"the web app did not start:\n{log.read_text()}")


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    tmp = tmp_path_factory.mktemp("web")
    db_url = f"sqlite:///{tmp / 'whatmatters.db'}"
    with pointed_at(db_url):  # the repository functions use the process's settings
        db.migrate(db_url)
        convs, users, tokens = seed(db_url)

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = tmp / "web.log"
        env = dict(os.environ, DATABASE_URL=db_url, PYTHONPATH=str(ROOT), WEB_LOG_LEVEL="INFO")
        env.pop("WEB_SESSION_MINUTES", None)
        with open(log, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port),
                                     "--no-migrate"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(base, proc, log)
            yield WebServer(base, db_url, log, convs, users, tokens)
        finally:
            stop_process(proc)
