"""Starting and stopping the assistant's processes together.

`whatmatters run` starts the action server, the Rasa server (with its
REST channel) and the practitioners' web app as child processes, waits until they answer, and stops them
all cleanly on Ctrl-C. Tests use the same code, so what they start is what
a person runs.
"""
from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from bot.settings import REPO_ROOT, Settings, SettingsError, get_settings, service_environment

logger = logging.getLogger(__name__)

MODELS_DIR = REPO_ROOT / "bot" / "models"
TRAIN_ARGS = [
    "--config", str(REPO_ROOT / "config.yml"),
    "--domain", str(REPO_ROOT / "bot" / "domain"),
    "--data", str(REPO_ROOT / "bot" / "data"),
    "--out", str(MODELS_DIR),
    "--fixed-model-name", "whatmatters",
]
#: Where `rasa train` writes the model (--out, --fixed-model-name).
MODEL_FILE = MODELS_DIR / "whatmatters.tar.gz"


#: Files our services create are readable and writable by the account that runs them only (0600):
#: logs and the database can hold a conversation's reference, and the database people's words.
PRIVATE_UMASK = 0o077
PRIVATE_LOG_MODE = 0o600


def open_private_log(path: Path) -> BinaryIO:
    """Open a service's log for appending, created 0600 (an older, wider one is narrowed)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_LOG_MODE)
    os.fchmod(fd, PRIVATE_LOG_MODE)
    return os.fdopen(fd, "ab")


def rasa_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "rasa", *args]


def train(force: bool = False, quiet: bool = False) -> int:
    """Train only when what `rasa train` reads changed (bot.model_fingerprint decides).

    The form's part of the domain is written from the question table first. Rasa 3 writes a new
    model at every `rasa train`, even when its cache holds every part (15-20 s at each start), so an
    unchanged project does not call it and the model file is left as it is.
    """
    from bot import model_fingerprint
    from bot.actions.domain import write_domain

    with model_fingerprint.training_lock(MODELS_DIR):
        write_domain()
        args = [*TRAIN_ARGS, "--num-threads", "2"]
        if not force and model_fingerprint.is_current(MODEL_FILE, REPO_ROOT, args):
            logger.info("the model is up to date (%s): nothing to train", MODEL_FILE.name)
            code = 0
        else:
            code = subprocess.call(rasa_command("train", *args, *(["--force"] if force else [])),  # noqa: S603
                                   cwd=REPO_ROOT, env=service_environment(),
                                   stdout=subprocess.DEVNULL if quiet else None)
            if code == 0:
                model_fingerprint.record(MODEL_FILE, REPO_ROOT, args)
    if code == 0:
        # The risk model is fitted once per change of its data and cached; doing it here means
        # the action server and `whatmatters analyse` start quickly afterwards.
        from bot.analysis import risk

        risk.warm()
    return code


def action_server_command(port: int) -> list[str]:
    """rasa_sdk's action server for bot.actions, with every model loaded before it listens."""
    return [sys.executable, "-m", "bot.actions.server", "--port", str(port)]


def latest_model() -> Path | None:
    models = sorted(MODELS_DIR.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def _get(url: str, timeout: float = 2.0) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback only
            return response.read()
    except (urllib.error.URLError, ConnectionError, OSError):
        return None


@dataclass
class Stack:
    """The running processes of one assistant."""

    rasa_port: int
    action_port: int
    web_port: int
    env: dict[str, str]
    log_dir: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    #: False for a second Rasa server and action server on the same database (scale-out): one web app is enough
    with_web: bool = True

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def _spawn(self, name: str, args: list[str]) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        # The child keeps writing to its log after this returns; the file closes when it exits.
        log = open_private_log(self.log_dir / f"{name}.log")
        # PRIVATE_UMASK: whatever the child creates (the SQLite file, Rasa's own files) is ours alone.
        self.processes[name] = subprocess.Popen(  # noqa: S603 - our own commands, no outside input
            args, cwd=REPO_ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            umask=PRIVATE_UMASK,
        )

    def command(self, part: str, model: Path) -> list[str]:
        """The command line of one part of the assistant: "actions", "rasa" or "web" (PARTS)."""
        if part == "actions":
            # The action server listens on ACTION_HOST (loopback by default; bot.actions.server) and
            # answers only Rasa, which sends ACTION_SERVER_TOKEN (endpoints.yml).
            return action_server_command(self.action_port)
        if part == "rasa":
            # Rasa's HTTP API (trackers, model, /execute) needs the token; the REST channel does not.
            return rasa_command(
                "run", "--model", str(model), "--port", str(self.rasa_port), "--enable-api",
                f"--auth-token={self.env['RASA_TOKEN']}",  # "=": a token may start with "-"
                "--endpoints", str(REPO_ROOT / "endpoints.yml"), "--credentials", str(self.credentials_file()),
                "--interface", self.env.get("RASA_INTERFACE", "127.0.0.1"),
            )
        return [sys.executable, "-m", "bot.web", "--host", self.env.get("WEB_HOST", "127.0.0.1"),
                "--port", str(self.web_port), "--no-migrate"]

    def start(self, model: Path) -> None:
        self._spawn("actions", self.command("actions", model))
        self.start_rasa(model)
        if self.with_web:
            self._spawn("web", self.command("web", model))

    def start_rasa(self, model: Path) -> None:
        """The Rasa server alone; also how one that died is brought back while the others keep running."""
        self._spawn("rasa", self.command("rasa", model))

    def credentials_file(self) -> Path:
        """credentials.yml with the Telegram channel only when TELEGRAM_TOKEN is set (channels.credentials)."""
        from channels.credentials import write_rasa_credentials

        path = write_rasa_credentials(self.env, self.log_dir / "rasa-credentials.yml")
        path.chmod(PRIVATE_LOG_MODE)  # it can hold the Telegram token
        return path

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, proc in self.processes.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited early; see {self.log_dir / (name + '.log')}")
            actions_up = _get(f"http://127.0.0.1:{self.action_port}/health") is not None
            web_up = not self.with_web or _get(f"http://127.0.0.1:{self.web_port}/health") == b"ok"
            status = _get(f"{self.rasa_url}/status?token={self.env['RASA_TOKEN']}")
            if actions_up and web_up and status and b"model_file" in status:
                return
            time.sleep(0.5)
        raise TimeoutError(f"the assistant did not start within {timeout:.0f}s; see logs in {self.log_dir}")

    def stop(self) -> None:
        for proc in self.processes.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.processes.values():
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.processes.clear()


def make_stack(rasa_port: int | None = None, action_port: int | None = None,
               extra_env: dict[str, str] | None = None, log_dir: Path | None = None,
               web_port: int | None = None, settings: Settings | None = None, with_web: bool = True) -> Stack:
    s = settings or get_settings()
    rasa_port = rasa_port or s.rasa_port
    action_port = action_port or s.action_port
    web_port = web_port or s.web_port
    env = service_environment(s)
    env["ACTION_ENDPOINT_URL"] = f"http://127.0.0.1:{action_port}/webhook"
    env["RASA_PORT"] = str(rasa_port)  # the web app's chat talks to this Rasa
    env.setdefault("RASA_TOKEN", secrets.token_hex(24))  # a new one each run unless configured
    if not s.action_server_token:  # Rasa -> action server, likewise (bot.actions.server)
        env["ACTION_SERVER_TOKEN"] = secrets.token_hex(24)
    env.update(extra_env or {})
    return Stack(rasa_port, action_port, web_port, env, log_dir or (REPO_ROOT / "var" / "logs"), with_web=with_web)


#: The parts `whatmatters serve PART` runs, one per systemd unit or container (deploy/).
PARTS = ("actions", "rasa", "web")


def serve(part: str, settings: Settings) -> None:
    """Become one part of the assistant in the foreground (exec), for a process manager to supervise.

    The parts of a deployment run as separate processes, often on separate machines, so they must
    share their secrets: none is made up here. Each Rasa server talks to the action server on its
    own machine (ACTION_PORT on loopback), as `whatmatters run` does.
    """
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; one of {', '.join(PARTS)}")
    for name, value in (("ACTION_SERVER_TOKEN", settings.action_server_token), ("RASA_TOKEN", settings.rasa_token)):
        if not value:
            raise SettingsError(f"{name} must be set for `whatmatters serve`: every part of a deployment shares it")
    model = latest_model()
    if part == "rasa" and model is None:
        raise SettingsError("no trained model in bot/models; run `whatmatters train` first")
    stack = make_stack(settings=settings, with_web=part == "web")
    args = stack.command(part, model or MODELS_DIR)
    os.chdir(REPO_ROOT)
    os.umask(PRIVATE_UMASK)
    os.execve(args[0], args, stack.env)  # noqa: S606 - our own command, in place of this process
