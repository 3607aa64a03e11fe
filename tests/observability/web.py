"""The practitioners' web app as `whatmatters run` starts it (`python -m bot.web`), for these tests."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.settings import REPO_ROOT
from tests.support.postgres import free_port
from tests.support.processes import stop_process


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, str]:
    """(status, body, content type) of a GET, whatever the status."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


@contextmanager
def web_app(database_url: str, log: Path, **env: str) -> Iterator[str]:
    """A running web app on `database_url` (not migrated here); yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(REPO_ROOT), **env}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port),
                                 "--no-migrate"], cwd=REPO_ROOT, env=environment, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not _healthy(base):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the web app did not start:\n{log.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        stop_process(proc)


def _healthy(base: str) -> bool:
    try:
        return get(base + "/health")[0] == 200
    except OSError:
        return False
