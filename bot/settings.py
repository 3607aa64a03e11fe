"""Configuration from the environment, with the embedded defaults in one place.

`whatmatters run` exports these before it starts Rasa, so `endpoints.yml`
can read every address from the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    rasa_port: int
    action_port: int
    web_port: int
    public_base_url: str
    default_team: str

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"


def _int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@lru_cache(maxsize=1)
def settings() -> Settings:
    web_port = _int("WEB_PORT", 8080)
    return Settings(
        rasa_port=_int("RASA_PORT", 5005),
        action_port=_int("ACTION_PORT", 5055),
        web_port=web_port,
        public_base_url=os.environ.get("PUBLIC_BASE_URL", f"http://localhost:{web_port}").rstrip("/"),
        default_team=os.environ.get("DEFAULT_TEAM", "default"),
    )


def service_environment() -> dict[str, str]:
    """The environment Rasa and the action server need, defaults filled in."""
    from bot.storage.db import database_url

    s = settings()
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", database_url())
    env.setdefault("ACTION_ENDPOINT_URL", s.action_url)
    env.setdefault("LOCK_STORE_TYPE", "in_memory")
    env.setdefault("PUBLIC_BASE_URL", s.public_base_url)
    env.setdefault("HELPLINES_FILE", str(REPO_ROOT / "config" / "helplines.yml"))
    pythonpath = env.get("PYTHONPATH", "")
    if str(REPO_ROOT) not in pythonpath.split(os.pathsep):
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), pythonpath) if p)
    return env
