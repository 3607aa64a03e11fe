"""A throwaway Redis server on loopback, for tests where several Rasa servers share one lock store."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from tests.support.postgres import free_port
from tests.support.processes import stop_process

#: Debian's redis-server (scripts/test.sh installs it where missing).
REDIS_SERVER = "/usr/bin/redis-server"
START_TIMEOUT_SECONDS = 30.0


def _binary() -> str:
    found = shutil.which("redis-server") or (REDIS_SERVER if Path(REDIS_SERVER).exists() else None)
    if found is None:
        raise RuntimeError("redis-server is not installed; scripts/test.sh installs it")
    return found


class LocalRedis:
    """redis-server in a temporary folder, nothing saved to disk, stopped (and the folder removed) by stop()."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="wm-redis-"))
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def url(self, db: int = 1) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def client(self, db: int = 1) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, db=db, socket_timeout=10)

    def start(self) -> LocalRedis:
        log = (self.dir / "redis.log").open("ab")
        self.proc = subprocess.Popen(
            [_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
             "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no"],
            stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()  # the child holds its own copy
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited; see {self.dir / 'redis.log'}")
            try:
                if self.client().ping():
                    return self
            except redis.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise TimeoutError(f"redis-server did not answer within {START_TIMEOUT_SECONDS:.0f}s")

    def stop(self) -> None:
        try:
            if self.proc is not None and self.proc.poll() is None:
                stop_process(self.proc)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
