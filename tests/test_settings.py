"""The one settings object: defaults, types, bad values, PUBLIC_BASE_URL, and no other reader of os.environ."""
from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import (
    DEFAULT_CACHE_DIR,
    DEFAULT_HELPLINES_FILE,
    REPO_ROOT,
    Settings,
    SettingsError,
    get_settings,
    public_base_url_from,
    service_environment,
)


def test_defaults_are_the_embedded_single_machine_set_up() -> None:
    s = Settings.from_env({})
    assert s == Settings()  # the dataclass defaults and an empty environment agree
    assert (s.rasa_port, s.action_port, s.web_port, s.web_host) == (5005, 5055, 8080, "127.0.0.1")
    assert s.rasa_url == "http://127.0.0.1:5005" and s.action_url == "http://127.0.0.1:5055/webhook"
    assert s.public_base_url == "http://localhost:8080"
    assert s.default_team == "default" and s.lock_store_type == "in_memory"
    assert (s.web_session_minutes, s.web_session_max_hours) == (30.0, 10.0)
    assert not s.web_cookie_secure and not s.web_debug and s.web_real_ip_header is None
    assert s.web_log_level == "INFO"
    assert s.helplines_file == DEFAULT_HELPLINES_FILE and s.whatmatters_cache_dir == DEFAULT_CACHE_DIR
    assert s.summary_language is None and s.whatmatters_password is None
    assert (s.smtp_host, s.smtp_port, s.smtp_starttls, s.duty_email_to) == (None, 25, False, ())
    assert (s.alert_retries, s.alert_retry_delay_seconds) == (3, 0.5)
    assert s.team_notify_email_to == "" and s.team_notify_webhook_url is None
    assert s.invitation_days == 14
    assert (s.telegram_token, s.telegram_webhook_secret, s.telegram_bot_username, s.telegram_base_url,
            s.telegram_public_url, s.telegram_sender_key) == (None,) * 6
    assert s.database_url == "" and s.database == f"sqlite:///{REPO_ROOT / 'var' / 'whatmatters.db'}"


def test_values_are_typed() -> None:
    s = Settings.from_env({
        "RASA_PORT": "6005", "ACTION_PORT": " 6055 ", "WEB_PORT": "9090", "WEB_HOST": "0.0.0.0",
        "DATABASE_URL": "postgresql://u@db/wm", "DEFAULT_TEAM": "gogledd",
        "WEB_SESSION_MINUTES": "2.5", "WEB_SESSION_MAX_HOURS": "1", "WEB_COOKIE_SECURE": "yes",
        "WEB_REAL_IP_HEADER": "X-Forwarded-For", "WEB_LOG_LEVEL": "debug", "WEB_DEBUG": "1",
        "HELPLINES_FILE": "config/other.yml", "WHATMATTERS_CACHE_DIR": "/tmp/wm-cache",
        "SUMMARY_LANGUAGE": "en", "WHATMATTERS_PASSWORD": " spaces kept ",
        "SMTP_HOST": "mail.example", "SMTP_PORT": "2525", "SMTP_STARTTLS": "true", "SMTP_PASSWORD": "p",
        "DUTY_EMAIL_TO": "a@example, b@example ,", "ALERT_RETRIES": "0", "ALERT_RETRY_DELAY_SECONDS": "-1",
        "TEAM_NOTIFY_EMAIL_TO": "north=n@example", "LOCK_STORE_TYPE": "redis", "INVITATION_DAYS": "7",
        "TELEGRAM_TOKEN": "123:abc", "TELEGRAM_BOT_USERNAME": "@BethBot",
        "TELEGRAM_BASE_URL": "http://127.0.0.1:9999/", "TELEGRAM_PUBLIC_URL": "https://wm.example/tg/",
    })
    assert (s.rasa_port, s.action_port, s.web_port, s.web_host) == (6005, 6055, 9090, "0.0.0.0")
    assert s.database == s.database_url == "postgresql://u@db/wm" and s.default_team == "gogledd"
    assert (s.web_session_minutes, s.web_session_max_hours) == (2.5, 1.0)
    assert s.web_cookie_secure and s.web_debug and s.web_real_ip_header == "X-Forwarded-For"
    assert s.web_log_level == "DEBUG"
    assert s.helplines_file == REPO_ROOT / "config" / "other.yml"  # relative to the repository
    assert s.whatmatters_cache_dir == Path("/tmp/wm-cache")
    assert s.summary_language == "en" and s.whatmatters_password == " spaces kept "  # a password as typed
    assert (s.smtp_host, s.smtp_port, s.smtp_starttls) == ("mail.example", 2525, True)
    assert s.duty_email_to == ("a@example", "b@example")
    assert (s.alert_retries, s.alert_retry_delay_seconds) == (1, 0.0)  # at least one try, no negative wait
    assert s.team_notify_email_to == "north=n@example" and s.lock_store_type == "redis"
    assert s.invitation_days == 7
    assert s.telegram_token == "123:abc" and s.telegram_bot_username == "BethBot"
    assert s.telegram_base_url == "http://127.0.0.1:9999" and s.telegram_public_url == "https://wm.example/tg"


def test_secrets_stay_out_of_the_repr() -> None:
    s = Settings.from_env({"SMTP_PASSWORD": "smtp-secret", "DUTY_WEBHOOK_SECRET": "duty-secret",
                           "TEAM_NOTIFY_WEBHOOK_SECRET": "team-secret", "WHATMATTERS_PASSWORD": "admin-secret",
                           "TELEGRAM_TOKEN": "tg-secret", "TELEGRAM_WEBHOOK_SECRET": "hook-secret",
                           "TELEGRAM_SENDER_KEY": "key-secret"})
    text = repr(s)
    assert "secret" not in text
    assert s.telegram_token == "tg-secret" and s.smtp_password == "smtp-secret"


def test_settings_are_frozen() -> None:
    s = Settings.from_env({})
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.web_port = 1  # type: ignore[misc]
    assert dataclasses.replace(s, database_url="sqlite:///x.db").database == "sqlite:///x.db"


def test_bad_numbers_fall_back_where_they_always_did() -> None:
    s = Settings.from_env({"RASA_PORT": "fifty", "ACTION_PORT": "", "WEB_PORT": "8o8o",
                           "WEB_SESSION_MINUTES": "half an hour", "WEB_SESSION_MAX_HOURS": "ten"})
    assert (s.rasa_port, s.action_port, s.web_port) == (5005, 5055, 8080)
    assert (s.web_session_minutes, s.web_session_max_hours) == (30.0, 10.0)
    assert s.public_base_url == "http://localhost:8080"


@pytest.mark.parametrize("name, value, says", [
    ("SMTP_PORT", "twenty-five", "SMTP_PORT must be a whole number"),
    ("SMTP_PORT", "0", "SMTP_PORT must be at least 1"),
    ("ALERT_RETRIES", "3.5", "ALERT_RETRIES must be a whole number"),
    ("ALERT_RETRY_DELAY_SECONDS", "soon", "ALERT_RETRY_DELAY_SECONDS must be a number"),
    ("INVITATION_DAYS", "fortnight", "INVITATION_DAYS must be a whole number"),
    ("INVITATION_DAYS", "0", "INVITATION_DAYS must be at least 1"),
])
def test_other_bad_values_are_a_clear_error(name: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(says)) as err:
        Settings.from_env({name: value})
    assert repr(value) in str(err.value)  # says what it found


def test_public_base_url_is_parsed_once() -> None:
    assert public_base_url_from(None) == "http://localhost:8080"
    assert public_base_url_from("  ", 9000) == "http://localhost:9000"
    assert public_base_url_from(" https://wm.example.gov.uk/ ") == "https://wm.example.gov.uk"
    assert public_base_url_from("https://council.example/whatmatters//") == "https://council.example/whatmatters"
    assert public_base_url_from("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    for bad in ("wm.example.gov.uk", "ftp://wm.example", "https://", "https://wm.example/?a=1", "javascript:x"):
        with pytest.raises(SettingsError, match="PUBLIC_BASE_URL"):
            public_base_url_from(bad)
    s = Settings.from_env({"PUBLIC_BASE_URL": "https://wm.example/", "WEB_PORT": "9000"})
    assert s.public_base_url == "https://wm.example"
    assert Settings.from_env({"WEB_PORT": "9000"}).public_base_url == "http://localhost:9000"


def test_secure_cookies_follow_https_unless_told() -> None:
    assert Settings.from_env({"PUBLIC_BASE_URL": "https://wm.example"}).web_cookie_secure
    assert not Settings.from_env({"PUBLIC_BASE_URL": "http://wm.example"}).web_cookie_secure
    assert not Settings.from_env({"PUBLIC_BASE_URL": "https://wm.example", "WEB_COOKIE_SECURE": "no"}).web_cookie_secure
    assert Settings.from_env({"PUBLIC_BASE_URL": "http://wm.example", "WEB_COOKIE_SECURE": "true"}).web_cookie_secure


def test_process_settings_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_TEAM", "de")
    first = get_settings()
    monkeypatch.setenv("DEFAULT_TEAM", "gogledd")
    assert get_settings() is first and first.default_team == "de"
    get_settings.cache_clear()
    assert get_settings().default_team == "gogledd"


def test_service_environment_fills_in_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "ACTION_ENDPOINT_URL", "LOCK_STORE_TYPE", "PUBLIC_BASE_URL", "HELPLINES_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    s = Settings.from_env({"ACTION_PORT": "6055", "DATABASE_URL": "sqlite:///x.db"})
    env = service_environment(s)
    assert env["DATABASE_URL"] == "sqlite:///x.db" and env["ACTION_ENDPOINT_URL"] == "http://127.0.0.1:6055/webhook"
    assert env["LOCK_STORE_TYPE"] == "in_memory" and env["PUBLIC_BASE_URL"] == "http://localhost:8080"
    assert env["HELPLINES_FILE"] == str(DEFAULT_HELPLINES_FILE)
    assert env["PYTHONPATH"].split(":") == [str(REPO_ROOT), "/elsewhere"]
    monkeypatch.setenv("LOCK_STORE_TYPE", "redis")  # what is set is passed on as it is
    assert service_environment(s)["LOCK_STORE_TYPE"] == "redis"


def test_only_the_settings_module_reads_the_environment() -> None:
    """`grep -rn "os.environ" bot/` finds only bot/settings.py (and no getenv either); the channels too."""
    packages = [p for p in ("bot/", "channels/") if (REPO_ROOT / p).is_dir()]
    found = subprocess.run(["grep", "-rnE", r"os\.environ|os\.getenv|getenv\(", "--include=*.py", *packages],
                           cwd=REPO_ROOT, capture_output=True, text=True, check=False).stdout.splitlines()
    assert found, "the settings module itself should match"
    assert {line.split(":", 1)[0] for line in found} == {"bot/settings.py"}, found


def test_a_bad_setting_stops_the_command_with_its_name() -> None:
    done = subprocess.run([sys.executable, "-m", "bot.cli", "migrate"], cwd=REPO_ROOT, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "PUBLIC_BASE_URL": "wm.example", "HOME": "/tmp"},
                          timeout=120, check=False)
    assert done.returncode == 2
    assert "PUBLIC_BASE_URL" in done.stderr and "Traceback" not in done.stderr
