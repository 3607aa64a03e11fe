"""Every setting the assistant reads from its environment, read once, typed, in one place.

Why one place: before this, fifteen reads sat in ten modules and `PUBLIC_BASE_URL` was parsed
three ways. Now entry points (the `whatmatters` command, `python -m bot.web`, the services
supervisor) build a `Settings` once and pass it, or the values it holds, to what they call;
`get_settings()` serves the few places Rasa builds our classes itself (tracker store, actions).
No other module reads `os.environ`.

Each field is named after its variable, lower-cased (`TELEGRAM_TOKEN` -> `telegram_token`).
A bad number either falls back to its default, where one has always been safe (ports, session
lengths), or stops with a `SettingsError` that names the variable and says what it wants.

`whatmatters run` passes `service_environment()` to Rasa and the action server, so
`endpoints.yml` can read every address from the environment.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATABASE_PATH = REPO_ROOT / "var" / "whatmatters.db"
DEFAULT_HELPLINES_FILE = REPO_ROOT / "config" / "helplines.yml"
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "whatmatters"
#: An ordinary page to leave the web chat for quickly (the weather: nothing to explain if seen).
DEFAULT_QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"
_TRUE = ("1", "true", "yes", "on", "y")
_N = TypeVar("_N", int, float)


class SettingsError(ValueError):
    """A setting that cannot be used, with the variable's name and what it should hold."""


@dataclass(frozen=True)
class Settings:
    """The assistant's configuration. Defaults are the embedded, single-machine set-up."""

    # -- where the services listen
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    web_host: str = "127.0.0.1"
    #: where the action server listens (rasa_sdk's own default is every interface)
    action_host: str = "127.0.0.1"
    #: the secret Rasa sends the action server (endpoints.yml); `whatmatters run` makes one when unset
    action_server_token: str | None = field(default=None, repr=False)
    #: how long Rasa waits for one action before telling the person and holding their message
    #: (channels/resilience.py); Rasa's own limit is five minutes
    action_call_timeout_seconds: float = 20.0

    # -- the record
    #: empty: the embedded SQLite file (see `database`)
    database_url: str = ""
    #: the address practitioners open; links in alerts and notices start with it (no trailing "/")
    public_base_url: str = "http://localhost:8080"
    default_team: str = "default"
    #: Rasa's lock store: "in_memory" for one Rasa server; "redis" (LOCK_STORE_URL) when several share the conversations
    lock_store_type: str = "in_memory"
    #: redis://[:password@]host[:port][/db] (rediss:// for TLS); setting it alone chooses the Redis lock store
    lock_store_url: str | None = field(default=None, repr=False)
    #: keeps our locks apart from anything else in the same Redis (letters and digits only: Rasa's rule)
    lock_store_key_prefix: str = "whatmatters"

    # -- the practitioners' web app
    web_session_minutes: float = 30.0
    web_session_max_hours: float = 10.0
    web_cookie_secure: bool = False
    web_real_ip_header: str | None = None
    web_log_level: str = "INFO"
    web_debug: bool = False
    #: load what the first summary page needs (the risk rules, labels, templates, PDF fonts) before the web app
    #: listens, so the practitioner's first page is as quick as the rest (AX22, stop 43 trial: 16.4 s); the tests'
    #: servers switch it off (tests/conftest.py) to start quickly
    web_warm_up: bool = True
    #: a message that came sooner after the question than a person could read it and type those words is more of the
    #: answer before (`bot.conversation.answers.arrived_too_soon`, AX17 stop 43 trial). On for people; scripted
    #: clients (the benchmarks, the tests' harnesses) answer within milliseconds of the question and switch it off
    burst_typing_window: bool = True
    #: `whatmatters users add|password` reads the password from here in scripts
    whatmatters_password: str | None = field(default=None, repr=False)
    #: how long a web-chat invitation link stays usable
    invitation_days: int = 14
    #: where the web chat's "leave this page quickly" link goes: an ordinary page, so someone glancing at
    #: the screen sees nothing of the chat (an http(s) address; anything else keeps the default)
    chat_quick_exit_url: str = DEFAULT_QUICK_EXIT_URL
    #: Rasa's HTTP API token (`rasa run --auth-token`): the web chat reads its transcripts with it
    rasa_token: str | None = field(default=None, repr=False)
    #: messages one web-chat conversation may send in a minute (a client address may send six times as many)
    web_chat_messages_per_minute: int = 20

    # -- keeping and erasing data (bot.conversation.retention; README "Keeping and erasing data")
    #: a conversation never confirmed is deleted this many days after its last activity
    retention_unconfirmed_days: int = 30
    #: a record is deleted this many days after its visit was marked done (urgent flags are kept until then)
    retention_after_visit_days: int = 90
    #: the web app applies the retention rules itself, every `retention_every_minutes` (off: `whatmatters retention`
    #: from cron instead)
    retention_automatic: bool = True
    retention_every_minutes: float = 60.0

    # -- the doors (channels.limits): every way a message gets in
    #: a message body larger than this is refused unread (413), before NLU or the tracker see it
    message_max_bytes: int = 16384
    #: messages one sender, and one client address, may send Rasa's REST and web-chat channels in a minute
    sender_messages_per_minute: int = 60
    address_messages_per_minute: int = 600

    # -- health and metrics (bot.health, bot.metrics)
    #: when set, every service's /metrics needs "Authorization: Bearer <token>"; unset, it is open
    metrics_token: str | None = field(default=None, repr=False)

    # -- content
    helplines_file: Path = DEFAULT_HELPLINES_FILE
    #: the language `whatmatters summary` writes in; unset: the conversation's own
    summary_language: str | None = None
    #: where fitted analysis models are cached between processes
    whatmatters_cache_dir: Path = DEFAULT_CACHE_DIR
    #: the team's phone number, given to someone who asks to speak to a person (bot/messages "real_person"); unset:
    #: they are told to ring their council's social services
    service_phone: str | None = None

    # -- duty alerts and team notices (bot.safeguarding.alerts, bot.summary.notify)
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_starttls: bool = False
    alert_email_from: str | None = None
    duty_email_to: tuple[str, ...] = ()
    duty_webhook_url: str | None = None
    duty_webhook_secret: str | None = field(default=None, repr=False)
    alert_retries: int = 3
    alert_retry_delay_seconds: float = 0.5
    #: "team=addr,team2=addr2" and/or plain addresses (parsed by bot.summary.notify)
    team_notify_email_to: str = ""
    team_notify_webhook_url: str | None = None
    team_notify_webhook_secret: str | None = field(default=None, repr=False)

    # -- Telegram (all optional: no token, no Telegram channel)
    telegram_token: str | None = field(default=None, repr=False)
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    telegram_bot_username: str | None = None
    telegram_base_url: str | None = None
    telegram_public_url: str | None = None
    telegram_sender_key: str | None = field(default=None, repr=False)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"

    @property
    def database(self) -> str:
        """DATABASE_URL, or the embedded SQLite file under var/ (its folder made on first use)."""
        if self.database_url:
            return self.database_url
        DEFAULT_DATABASE_PATH.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_DATABASE_PATH}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from `environ` (the process environment when None)."""
        env = _Reader(os.environ if environ is None else environ)
        web_port = env.number("WEB_PORT", int, 8080, bad="default")
        public_base_url = public_base_url_from(env.text("PUBLIC_BASE_URL"), web_port)
        cookie_secure = env.text("WEB_COOKIE_SECURE")
        return cls(
            rasa_port=env.number("RASA_PORT", int, 5005, bad="default"),
            action_port=env.number("ACTION_PORT", int, 5055, bad="default"),
            web_port=web_port,
            web_host=env.text("WEB_HOST") or "127.0.0.1",
            action_host=env.text("ACTION_HOST") or "127.0.0.1",
            action_server_token=env.raw("ACTION_SERVER_TOKEN"),
            action_call_timeout_seconds=env.number("ACTION_CALL_TIMEOUT_SECONDS", float, 20.0, bad="default",
                                                   minimum=1.0),
            database_url=env.text("DATABASE_URL") or "",
            public_base_url=public_base_url,
            default_team=env.raw("DEFAULT_TEAM") or "default",
            lock_store_type=env.text("LOCK_STORE_TYPE") or ("redis" if env.text("LOCK_STORE_URL") else "in_memory"),
            lock_store_url=redis_url_from(env.raw("LOCK_STORE_URL")),
            lock_store_key_prefix=key_prefix_from(env.text("LOCK_STORE_KEY_PREFIX")),
            web_session_minutes=env.number("WEB_SESSION_MINUTES", float, 30.0, bad="default"),
            web_session_max_hours=env.number("WEB_SESSION_MAX_HOURS", float, 10.0, bad="default"),
            # Unset: Secure exactly when practitioners reach us over HTTPS.
            web_cookie_secure=(cookie_secure.lower() in _TRUE if cookie_secure
                               else public_base_url.startswith("https://")),
            web_real_ip_header=env.text("WEB_REAL_IP_HEADER"),
            web_log_level=(env.text("WEB_LOG_LEVEL") or "INFO").upper(),
            web_debug=env.flag("WEB_DEBUG"),
            web_warm_up=(env.text("WEB_WARM_UP") or "yes").lower() in _TRUE,
            burst_typing_window=(env.text("BURST_TYPING_WINDOW") or "yes").lower() in _TRUE,
            whatmatters_password=env.raw("WHATMATTERS_PASSWORD"),
            invitation_days=env.number("INVITATION_DAYS", int, 14, minimum=1),
            chat_quick_exit_url=quick_exit_url_from(env.text("CHAT_QUICK_EXIT_URL")),
            service_phone=env.text("SERVICE_PHONE"),
            rasa_token=env.raw("RASA_TOKEN"),
            web_chat_messages_per_minute=env.number("WEB_CHAT_MESSAGES_PER_MINUTE", int, 20, minimum=1),
            retention_unconfirmed_days=env.number("RETENTION_UNCONFIRMED_DAYS", int, 30, minimum=1),
            retention_after_visit_days=env.number("RETENTION_AFTER_VISIT_DAYS", int, 90, minimum=1),
            retention_automatic=(env.text("RETENTION_AUTOMATIC") or "yes").lower() in _TRUE,
            retention_every_minutes=env.number("RETENTION_EVERY_MINUTES", float, 60.0, minimum=0.01),
            message_max_bytes=env.number("MESSAGE_MAX_BYTES", int, 16384, minimum=1024),
            sender_messages_per_minute=env.number("SENDER_MESSAGES_PER_MINUTE", int, 60, minimum=1),
            address_messages_per_minute=env.number("ADDRESS_MESSAGES_PER_MINUTE", int, 600, minimum=1),
            metrics_token=env.raw("METRICS_TOKEN"),
            helplines_file=_repo_path(env.text("HELPLINES_FILE")) or DEFAULT_HELPLINES_FILE,
            summary_language=env.text("SUMMARY_LANGUAGE"),
            whatmatters_cache_dir=_repo_path(env.text("WHATMATTERS_CACHE_DIR")) or DEFAULT_CACHE_DIR,
            smtp_host=env.text("SMTP_HOST"),
            smtp_port=env.number("SMTP_PORT", int, 25, minimum=1),
            smtp_user=env.text("SMTP_USER"),
            smtp_password=env.raw("SMTP_PASSWORD"),
            smtp_starttls=env.flag("SMTP_STARTTLS"),
            alert_email_from=env.text("ALERT_EMAIL_FROM"),
            duty_email_to=tuple(a.strip() for a in (env.text("DUTY_EMAIL_TO") or "").split(",") if a.strip()),
            duty_webhook_url=env.text("DUTY_WEBHOOK_URL"),
            duty_webhook_secret=env.raw("DUTY_WEBHOOK_SECRET"),
            alert_retries=max(1, env.number("ALERT_RETRIES", int, 3)),
            alert_retry_delay_seconds=max(0.0, env.number("ALERT_RETRY_DELAY_SECONDS", float, 0.5)),
            team_notify_email_to=env.text("TEAM_NOTIFY_EMAIL_TO") or "",
            team_notify_webhook_url=env.text("TEAM_NOTIFY_WEBHOOK_URL"),
            team_notify_webhook_secret=env.raw("TEAM_NOTIFY_WEBHOOK_SECRET"),
            telegram_token=env.text("TELEGRAM_TOKEN"),
            telegram_webhook_secret=env.text("TELEGRAM_WEBHOOK_SECRET"),
            telegram_bot_username=(env.text("TELEGRAM_BOT_USERNAME") or "").lstrip("@") or None,
            telegram_base_url=(env.text("TELEGRAM_BASE_URL") or "").rstrip("/") or None,
            telegram_public_url=(env.text("TELEGRAM_PUBLIC_URL") or "").rstrip("/") or None,
            telegram_sender_key=env.text("TELEGRAM_SENDER_KEY"),
        )


class _Reader:
    """Typed reads from one environment mapping; blank counts as unset."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ

    def raw(self, name: str) -> str | None:
        """The value exactly as set (passwords, secrets, a team name), or None when empty."""
        return self.environ.get(name) or None

    def text(self, name: str) -> str | None:
        value = (self.environ.get(name) or "").strip()
        return value or None

    def flag(self, name: str) -> bool:
        return (self.text(name) or "").lower() in _TRUE

    def number(self, name: str, kind: type[_N], default: _N, *, bad: str = "error",
               minimum: _N | None = None) -> _N:
        """A whole number (or decimal); a bad value is the default (bad="default") or an error."""
        value = self.text(name)
        if value is None:
            return default
        try:
            number = kind(value)
        except ValueError:
            if bad == "default":
                return default
            what = "a whole number" if kind is int else "a number"
            raise SettingsError(f"{name} must be {what}, not {value!r}") from None
        if minimum is not None and number < minimum:
            raise SettingsError(f"{name} must be at least {minimum}, not {value!r}")
        return number


def quick_exit_url_from(value: str | None) -> str:
    """CHAT_QUICK_EXIT_URL when it is an http(s) address, else the default (a link must never go nowhere)."""
    if value and re.fullmatch(r"https?://[^\s\"'<>]+", value):
        return value
    return DEFAULT_QUICK_EXIT_URL


def public_base_url_from(value: str | None, web_port: int = 8080) -> str:
    """PUBLIC_BASE_URL as every link uses it: http(s)://host[:port][/path], no trailing slash.

    Unset means this machine's web app. Anything else that is not an http(s) address is refused
    here, at start, rather than sent to the duty team as a link that does not open.
    """
    if not value or not value.strip():
        return f"http://localhost:{web_port}"
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise SettingsError("PUBLIC_BASE_URL must be the web app's address, such as "
                            f"https://whatmatters.example.gov.uk, not {value!r}")
    return url


def redis_url_from(value: str | None) -> str | None:
    """LOCK_STORE_URL checked at start: a redis:// or rediss:// address with a host, port and db that Rasa can use."""
    if not value or not value.strip():
        return None
    url = value.strip()
    parts = urlsplit(url)
    try:
        port, db = parts.port, int(parts.path.strip("/") or 0)
    except ValueError:
        port, db = -1, -1
    if parts.scheme not in ("redis", "rediss") or not parts.hostname or port == -1 or db < 0:
        raise SettingsError("LOCK_STORE_URL must be a Redis address such as redis://:password@redis.internal:6379/1")
    return url


def key_prefix_from(value: str | None) -> str:
    """LOCK_STORE_KEY_PREFIX: Rasa silently drops a prefix that is not letters and digits, so we refuse it."""
    if value is None:
        return "whatmatters"
    if not value.isalnum():
        raise SettingsError(f"LOCK_STORE_KEY_PREFIX must be letters and digits only, not {value!r}")
    return value


REDIS_LOCK_STORE_CLASS = "bot.storage.lock_store.AtomicRedisLockStore"


def lock_store_variables(s: Settings) -> dict[str, str]:
    """What endpoints.yml's lock_store section reads, taken from LOCK_STORE_URL (or Redis's usual defaults).

    Rasa stops on an unset ${VARIABLE} in endpoints.yml, so every one is always set; the in-memory
    lock store ignores them. Rasa passes them to redis-py as text: an empty password means none,
    and LOCK_STORE_SSL is empty (false) unless the address is rediss://.
    """
    parts = urlsplit(s.lock_store_url or "redis://localhost:6379/1")
    return {
        # Rasa's own Redis lock store is not safe across servers; ours is (bot/storage/lock_store.py).
        "LOCK_STORE_CLASS": REDIS_LOCK_STORE_CLASS if s.lock_store_type == "redis" else s.lock_store_type,
        "LOCK_STORE_HOST": parts.hostname or "localhost",
        "LOCK_STORE_PORT": str(parts.port or 6379),
        "LOCK_STORE_DB": parts.path.strip("/") or "0",
        "LOCK_STORE_PASSWORD": unquote(parts.password or ""),
        "LOCK_STORE_SSL": "true" if parts.scheme == "rediss" else "",
        "LOCK_STORE_KEY_PREFIX": s.lock_store_key_prefix,
    }


def _repo_path(value: str | None) -> Path | None:
    """A configured path; relative paths are taken from the repository root."""
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """This process's settings, read from its environment on first use.

    For code that Rasa or rasa_sdk instantiates itself; everything else is handed its
    settings by the entry point that built them. Tests that change the environment call
    `get_settings.cache_clear()` (tests/conftest.py does so around every test).
    """
    return Settings.from_env()


#: The old name, kept while callers move to get_settings().
settings = get_settings

#: Variables passed to Rasa and the action server with their defaults filled in.
_SERVICE_DEFAULTS = ("DATABASE_URL", "ACTION_ENDPOINT_URL", "LOCK_STORE_TYPE", "PUBLIC_BASE_URL", "HELPLINES_FILE")


def service_environment(current: Settings | None = None) -> dict[str, str]:
    """The environment Rasa and the action server need: this one, with defaults filled in."""
    s = current or get_settings()
    env = dict(os.environ)
    defaults = {
        "DATABASE_URL": s.database,
        "ACTION_ENDPOINT_URL": s.action_url,
        "LOCK_STORE_TYPE": s.lock_store_type,
        "PUBLIC_BASE_URL": s.public_base_url,
        "HELPLINES_FILE": str(s.helplines_file),
    }
    for name in _SERVICE_DEFAULTS:
        if not env.get(name):
            env[name] = defaults[name]
    env.update(lock_store_variables(s))  # always from LOCK_STORE_URL, the one setting they come from
    pythonpath = env.get("PYTHONPATH", "")
    if str(REPO_ROOT) not in pythonpath.split(os.pathsep):
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), pythonpath) if p)
    return env


__all__ = ["REPO_ROOT", "Settings", "SettingsError", "get_settings", "public_base_url_from", "quick_exit_url_from",
           "service_environment"]
