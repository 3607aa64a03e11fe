"""The two assistants under load, as processes: ours (bot.services) and Rasa's starter (`rasa init`).

Both run on loopback ports of their own, on the same machine, one after the other in time for each
load level. Ours is exactly what `whatmatters run` starts (bot.services.make_stack: action server, Rasa
server with our channels and SQL tracker store, web app) on its embedded defaults (SQLite, in-memory
lock store) with a database of its own under var/bench. The starter is `rasa init --no-prompt` kept in
var/bench/starter (git-ignored) and served as its files say (in-memory tracker store, no action server).
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.settings import REPO_ROOT

BENCH_DIR = REPO_ROOT / "var" / "bench"
STARTER_DIR = BENCH_DIR / "starter"
#: rasa init and its first training, or a forced training: bounded all the same.
TRAIN_TIMEOUT_SECONDS = 1800.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM in /proc/PID/status), in MB (10^6 bytes); NaN if unreadable."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def _rasa(*args: str) -> list[str]:
    return [sys.executable, "-m", "rasa", *args]


def _timed(args: list[str], cwd: Path, log: Path) -> float:
    """Run a command to the end (bounded), its output to `log`; its wall-clock seconds. Raises if it fails."""
    start = time.monotonic()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        code = subprocess.call(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,  # noqa: S603 - our commands
                               timeout=TRAIN_TIMEOUT_SECONDS)
    if code != 0:
        raise RuntimeError(f"{' '.join(args[2:4])} failed (exit {code}); see {log}")
    return time.monotonic() - start


def ours_full_train(log: Path) -> float:
    """A forced training of our model from scratch, into var/bench (bot/models is left alone)."""
    from bot.services import TRAIN_ARGS

    args = list(TRAIN_ARGS)
    args[args.index("--out") + 1] = str(BENCH_DIR / "models-full")
    return _timed(_rasa("train", *args, "--num-threads", "2", "--force"), REPO_ROOT, log)


@dataclass
class StarterAssistant:
    """Rasa's starter assistant (moodbot), made by `rasa init`, served on its own port."""

    project: Path = STARTER_DIR
    port: int = field(default_factory=free_port)
    log_dir: Path = BENCH_DIR / "logs"
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self.log_dir / "starter.log"

    def ensure_project(self) -> float | None:
        """`rasa init --no-prompt` (which trains it) when the project is not there yet; its seconds, or None."""
        if (self.project / "config.yml").exists() and any((self.project / "models").glob("*.tar.gz")):
            return None
        self.project.mkdir(parents=True, exist_ok=True)
        return _timed(_rasa("init", "--no-prompt", "--init-dir", str(self.project)), REPO_ROOT, self.log)

    def train(self, force: bool = False) -> float:
        """`rasa train` in the project (skipped by Rasa's fingerprinting when nothing changed): its seconds.

        Forced, it trains from scratch into a folder of its own (the served model is left alone).
        """
        args = ["train", "--out", str(self.project / ("models-full" if force else "models"))]
        return _timed(_rasa(*args, *(["--force"] if force else [])), self.project, self.log)

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(  # noqa: S603 - our own command, no outside input
                _rasa("run", "--model", str(self.project / "models"), "--port", str(self.port),
                      "--interface", "127.0.0.1", "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"),
                cwd=self.project, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def check_running(self) -> None:
        if self.process is None or self.process.poll() is not None:
            raise RuntimeError(f"the starter assistant is not running; see {self.log}")

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.process.pid) if self.process is not None else float("nan")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)
