"""'Record confirmed' notification over real local servers: email content and privacy, signed webhook, failures."""
from __future__ import annotations

import logging
import time

import pytest

from bot.safeguarding.alerts import SIGNATURE_HEADER, verify_signature
from bot.settings import get_settings
from bot.summary import load_record
from bot.summary.notify import (
    NotifySettings,
    notify_confirmed,
    notify_confirmed_async,
    notify_confirmed_in_background,
    parse_team_addresses,
    send_confirmed_notice,
)
from tests.servers.smtp import free_port

SECRET = "notify-secret-for-tests"
BASE = "https://whatmatters.council.example"


class NotifyEnvironment:
    """The process environment, as the action server has it: each change is read afresh by
    bot.settings (which otherwise reads it once per process), so the notice goes where it says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def setenv(self, name: str, value: str) -> None:
        self.monkeypatch.setenv(name, value)
        get_settings.cache_clear()

    def delenv(self, name: str) -> None:
        self.monkeypatch.delenv(name, raising=False)
        get_settings.cache_clear()


@pytest.fixture
def notify_env(monkeypatch: pytest.MonkeyPatch) -> NotifyEnvironment:
    """A clean notification environment; each test adds the channels it needs."""
    env = NotifyEnvironment(monkeypatch)
    for name in ("TEAM_NOTIFY_EMAIL_TO", "TEAM_NOTIFY_WEBHOOK_URL", "TEAM_NOTIFY_WEBHOOK_SECRET", "DUTY_EMAIL_TO",
                 "DUTY_WEBHOOK_URL", "DUTY_WEBHOOK_SECRET", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD",
                 "SMTP_STARTTLS", "ALERT_EMAIL_FROM"):
        env.delenv(name)
    env.setenv("PUBLIC_BASE_URL", BASE + "/")
    env.setenv("ALERT_RETRIES", "2")
    env.setenv("ALERT_RETRY_DELAY_SECONDS", "0.01")
    env.setenv("ALERT_EMAIL_FROM", "beth@whatmatters.example")
    return env


DISTINCTIVE_WORDS = ("siân", "gwilym", "ŵen", "llŷn", "dafydd", "tabledi", "capel", "script", "cymdogion",
                     "seibiant", "swydd", "ŵyr", "neithiwr", "byw rhagor", "cwympo")


def personal_strings(record) -> list:
    """Personal data in a record: names, relationship, every answer, outcome and flag, and distinctive words."""
    out = [record["name"], record["cared_for_name"], record["relationship"]]
    out += [a["text"] for a in record["answers"]] + [o["text"] for o in record["outcomes"]]
    out += [f["text"] for f in record["risk_flags"]]
    return [t for t in out if t] + list(DISTINCTIVE_WORDS)


def assert_nothing_personal(text: str, record) -> None:
    low = text.lower()
    for item in personal_strings(record):
        assert item.lower() not in low, item
    for category in ("suicide", "hunanladdiad", "memory", "falls"):
        assert category not in low


def test_email_reaches_the_teams_address_with_reference_and_link_only(seeded_db, notify_env, smtp_server):
    reference = seeded_db["welsh"]
    notify_env.setenv("SMTP_HOST", "127.0.0.1")
    notify_env.setenv("SMTP_PORT", str(smtp_server.port))
    notify_env.setenv("TEAM_NOTIFY_EMAIL_TO", "south=de@council.example, gogledd=gogledd@cyngor.example,"
                                              " gogledd=ail@cyngor.example")
    notify_confirmed(reference, "gogledd")
    assert smtp_server.wait_for(1, timeout=5)
    got = smtp_server.received[0]
    msg = smtp_server.messages[0]
    assert sorted(got.rcpt_tos) == ["ail@cyngor.example", "gogledd@cyngor.example"]
    assert got.mail_from == "beth@whatmatters.example"
    assert msg["Subject"] == f"Crynodeb newydd / New summary \u2014 {reference}"
    body = msg.get_content()
    link = f"{BASE}/summaries/{reference}"
    assert reference in body and link in body
    assert body.index("Cyfeirnod") < body.index("Reference")  # Welsh first
    record = load_record(reference)
    raw = got.raw.decode("utf-8", "replace")
    for text in (raw, body, str(msg)):
        assert_nothing_personal(text, record)


def test_team_without_its_own_address_uses_the_plain_one(seeded_db, notify_env, smtp_server):
    notify_env.setenv("SMTP_HOST", "127.0.0.1")
    notify_env.setenv("SMTP_PORT", str(smtp_server.port))
    notify_env.setenv("TEAM_NOTIFY_EMAIL_TO", "other=other@council.example,team@council.example")
    notify_confirmed(seeded_db["english"])  # team looked up from the record ("south")
    assert smtp_server.wait_for(1, timeout=5)
    assert smtp_server.received[0].rcpt_tos == ["team@council.example"]


def test_parse_team_addresses():
    assert parse_team_addresses(None) == ({}, ())
    assert parse_team_addresses("a@x") == ({}, ("a@x",))
    assert parse_team_addresses(" t1=a@x, t2 = b@y ,c@z,*=d@w, t1=e@v, bad=") == (
        {"t1": ("a@x", "e@v"), "t2": ("b@y",)}, ("c@z", "d@w"))
    settings = NotifySettings.from_env({"TEAM_NOTIFY_EMAIL_TO": "t1=a@x,all@x", "PUBLIC_BASE_URL": "https://h/"})
    assert settings.addresses_for("t1") == ("a@x",) and settings.addresses_for("t9") == ("all@x",)
    assert settings.link("WM-ABCDEF") == "https://h/summaries/WM-ABCDEF"


def test_webhook_receives_signed_json_without_personal_data(seeded_db, notify_env, webhook_server):
    reference = seeded_db["welsh"]
    notify_env.setenv("TEAM_NOTIFY_WEBHOOK_URL", webhook_server.url)
    notify_env.setenv("TEAM_NOTIFY_WEBHOOK_SECRET", SECRET)
    notify_confirmed(reference, "gogledd")
    assert webhook_server.wait_for(1, timeout=5)
    req = webhook_server.requests[0]
    assert req.method == "POST" and req.header("Content-Type").startswith("application/json")
    assert verify_signature(req.body, SECRET, req.header(SIGNATURE_HEADER))
    assert not verify_signature(req.body, "wrong", req.header(SIGNATURE_HEADER))
    data = req.json()
    assert data["type"] == "summary_confirmed" and data["reference"] == reference and data["team"] == "gogledd"
    assert data["link"] == f"{BASE}/summaries/{reference}"
    assert abs(data["sent_at"] - time.time()) < 60
    assert data["text"] == f"Crynodeb newydd / New summary \u2014 {reference}"
    assert set(data) == {"type", "reference", "team", "link", "sent_at", "text"}
    assert_nothing_personal(req.body.decode("utf-8"), load_record(reference))


def test_webhook_falls_back_to_the_duty_signing_secret(notify_env, webhook_server):
    notify_env.setenv("TEAM_NOTIFY_WEBHOOK_URL", webhook_server.url)
    notify_env.setenv("DUTY_WEBHOOK_SECRET", "duty-secret")
    notify_confirmed("WM-ABCDEF", "south")
    assert webhook_server.wait_for(1, timeout=5)
    req = webhook_server.requests[0]
    assert verify_signature(req.body, "duty-secret", req.header(SIGNATURE_HEADER))


def test_both_channels_and_a_retry(seeded_db, notify_env, smtp_server, webhook_server):
    notify_env.setenv("SMTP_HOST", "127.0.0.1")
    notify_env.setenv("SMTP_PORT", str(smtp_server.port))
    notify_env.setenv("TEAM_NOTIFY_EMAIL_TO", "team@council.example")
    notify_env.setenv("TEAM_NOTIFY_WEBHOOK_URL", webhook_server.url)
    webhook_server.set_statuses([503])
    result = send_confirmed_notice(seeded_db["welsh"], "gogledd")
    assert result.email is not None and result.webhook is not None
    assert result.email.delivered and result.email.attempts == 1
    assert result.webhook.delivered and result.webhook.attempts == 2
    assert len(webhook_server.requests) == 2 and smtp_server.wait_for(1)


def test_failures_are_logged_with_the_reference_only_and_never_raise(seeded_db, notify_env, webhook_server, caplog):
    reference = seeded_db["welsh"]
    notify_env.setenv("SMTP_HOST", "127.0.0.1")
    notify_env.setenv("SMTP_PORT", str(free_port()))  # nothing listens
    notify_env.setenv("TEAM_NOTIFY_EMAIL_TO", "team@council.example")
    notify_env.setenv("TEAM_NOTIFY_WEBHOOK_URL", webhook_server.url)
    webhook_server.set_statuses([500, 500, 500])
    caplog.set_level(logging.INFO, logger="bot.summary.notify")
    notify_confirmed(reference, "gogledd")  # does not raise
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and all(reference in r.getMessage() for r in errors)
    assert {("email" in r.getMessage(), "webhook" in r.getMessage()) for r in errors} == {(True, False), (False, True)}
    assert len(webhook_server.requests) == 2  # ALERT_RETRIES=2
    logs = "\n".join(r.getMessage() for r in caplog.records)
    assert_nothing_personal(logs, load_record(reference))
    assert "SAFEGUARDING" not in logs  # not a duty alert


def test_nothing_configured_or_a_bad_reference_never_raises(notify_env, caplog):
    caplog.set_level(logging.INFO, logger="bot.summary.notify")
    notify_confirmed("WM-ABCDEF", "south")
    notify_confirmed("WM-\nINJECTED", "south")
    notify_confirmed(None, None)  # type: ignore[arg-type]
    assert any("no team notification configured" in r.getMessage() for r in caplog.records)
    assert not any("INJECTED" in r.getMessage() for r in caplog.records)


def test_background_and_async_forms(seeded_db, notify_env, smtp_server):
    import asyncio

    notify_env.setenv("SMTP_HOST", "127.0.0.1")
    notify_env.setenv("SMTP_PORT", str(smtp_server.port))
    notify_env.setenv("TEAM_NOTIFY_EMAIL_TO", "team@council.example")
    thread = notify_confirmed_in_background(seeded_db["welsh"])
    assert thread is not None
    thread.join(timeout=10)
    assert not thread.is_alive() and smtp_server.wait_for(1, timeout=5)
    asyncio.run(notify_confirmed_async(seeded_db["english"], "south"))
    assert smtp_server.wait_for(2, timeout=5)
    assert [m["Subject"].rsplit(" ", 1)[-1] for m in smtp_server.messages] == [seeded_db["welsh"], seeded_db["english"]]
