"""Duty alerts over real local servers: SMTP content and privacy, signed webhook, retries, failure logs."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from bot.safeguarding.alerts import (
    SIGNATURE_HEADER,
    AlertSettings,
    DutyAlert,
    send_duty_alert,
    send_duty_alert_async,
    verify_signature,
)
from tests.servers.smtp import LocalSMTPServer, free_port
from tests.servers.webhook import LocalWebhookServer

DISCLOSURE = "Gareth my stepdad hits me with his belt and I want to die"
SECRET = "s3cret-for-tests"
ALERT = DutyAlert(reference="WM-7F3K", level="urgent", link="https://whatmatters.example/duty/WM-7F3K")


def smtp_settings(port: int, **kw) -> AlertSettings:
    base: dict[str, Any] = {"smtp_host": "127.0.0.1", "smtp_port": port, "email_from": "beth@whatmatters.example",
                            "email_to": ("duty@council.example", "backup@council.example"), "retries": 2,
                            "retry_delay_seconds": 0.01}
    base.update(kw)
    return AlertSettings(**base)


def test_email_alert_received_with_subject_recipients_reference_and_link(smtp_server: LocalSMTPServer):
    result = send_duty_alert(ALERT, smtp_settings(smtp_server.port))
    assert result.email is not None and result.email.delivered and result.email.attempts == 1
    assert result.webhook is None and result.delivered
    assert smtp_server.wait_for(1, timeout=5)
    got = smtp_server.received[0]
    msg = smtp_server.messages[0]
    assert msg["Subject"] == "Diogelu: brys / Safeguarding: urgent \u2014 WM-7F3K"
    assert sorted(got.rcpt_tos) == ["backup@council.example", "duty@council.example"]
    assert got.mail_from == "beth@whatmatters.example"
    body = msg.get_content()
    assert "WM-7F3K" in body and ALERT.link in body
    assert body.index("Cyfeirnod") < body.index("Reference")  # Welsh first


def test_email_contains_none_of_the_disclosure(smtp_server: LocalSMTPServer):
    send_duty_alert(ALERT, smtp_settings(smtp_server.port))
    assert smtp_server.wait_for(1)
    raw = smtp_server.received[0].raw.decode("utf-8", "replace").lower()
    decoded = (str(smtp_server.messages[0]) + smtp_server.messages[0].get_content()).lower()
    for word in DISCLOSURE.lower().split():
        if len(word) < 3:
            continue
        for text in (raw, decoded):
            assert f" {word} " not in f" {text} ".replace("\n", " "), word
    for personal in ("gareth", "stepdad", "belt", "hits", "die", "suicide", "abuse"):
        assert personal not in raw and personal not in decoded


def test_smtp_auth_is_used_when_configured(smtp_server: LocalSMTPServer):
    send_duty_alert(ALERT, smtp_settings(smtp_server.port, smtp_user="alerts", smtp_password="pw"))
    assert smtp_server.wait_for(1)
    assert smtp_server.received[0].auth == ("alerts", "pw")


def test_webhook_receives_signed_json(webhook_server: LocalWebhookServer):
    settings = AlertSettings(webhook_url=webhook_server.url, webhook_secret=SECRET, retries=2, retry_delay_seconds=0.01)
    result = send_duty_alert(ALERT, settings)
    assert result.webhook is not None and result.webhook.delivered and result.webhook.attempts == 1
    assert result.email is None
    assert webhook_server.wait_for(1)
    req = webhook_server.requests[0]
    assert req.method == "POST"
    assert verify_signature(req.body, SECRET, req.header(SIGNATURE_HEADER))
    assert not verify_signature(req.body, "wrong-secret", req.header(SIGNATURE_HEADER))
    assert not verify_signature(req.body + b" ", SECRET, req.header(SIGNATURE_HEADER))
    data = req.json()
    assert data["reference"] == "WM-7F3K" and data["level"] == "urgent" and data["link"] == ALERT.link
    for personal in ("gareth", "stepdad", "belt", "die"):
        assert personal not in req.body.decode().lower()


def test_webhook_retry_500_twice_then_200():
    with LocalWebhookServer(statuses=[500, 500]) as hook:
        settings = AlertSettings(webhook_url=hook.url, webhook_secret=SECRET, retries=3, retry_delay_seconds=0.05)
        start = time.perf_counter()
        result = send_duty_alert(ALERT, settings)
        elapsed = time.perf_counter() - start
        assert result.webhook is not None
        assert result.webhook.delivered and result.webhook.attempts == 3
        assert [r.status_sent for r in hook.requests] == [500, 500, 200]
        assert elapsed >= 0.05 + 0.10 - 0.01  # exponential backoff: 0.05 then 0.10
        assert all(verify_signature(r.body, SECRET, r.header(SIGNATURE_HEADER)) for r in hook.requests)


def test_webhook_gives_up_after_retries_and_logs_error(caplog):
    with LocalWebhookServer(default_status=503) as hook:
        settings = AlertSettings(webhook_url=hook.url, retries=3, retry_delay_seconds=0.01)
        with caplog.at_level(logging.WARNING, logger="bot.safeguarding.alerts"):
            result = send_duty_alert(ALERT, settings)
        assert result.webhook is not None
        assert not result.webhook.delivered and result.webhook.attempts == 3
        assert "503" in (result.webhook.error or "")
        assert len(hook.requests) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "WM-7F3K" in errors[0].getMessage()


def test_unreachable_smtp_fails_loudly_with_reference_only(caplog):
    port = free_port()
    with caplog.at_level(logging.DEBUG):
        result = send_duty_alert(ALERT, smtp_settings(port, retries=2, retry_delay_seconds=0.01))
    assert result.email is not None and not result.email.delivered
    assert result.email.attempts == 2 and result.email.error
    assert not result.delivered
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and any("WM-7F3K" in e for e in errors)
    everything = caplog.text.lower()
    for word in ("gareth", "stepdad", "belt", "hits", "die"):
        assert word not in everything


def test_both_channels_configured_both_sent(smtp_server, webhook_server):
    settings = smtp_settings(smtp_server.port, webhook_url=webhook_server.url, webhook_secret=SECRET)
    result = send_duty_alert(DutyAlert("WM-0001", "concern", "https://x.example/duty/WM-0001"), settings)
    assert result.all_delivered and len(result.channels) == 2
    assert smtp_server.wait_for(1) and webhook_server.wait_for(1)
    assert smtp_server.messages[0]["Subject"] == "Diogelu: pryder / Safeguarding: concern \u2014 WM-0001"


def test_one_channel_down_other_still_delivered(webhook_server):
    settings = smtp_settings(free_port(), retries=1, webhook_url=webhook_server.url)
    result = send_duty_alert(ALERT, settings)
    assert result.delivered and not result.all_delivered
    assert result.webhook is not None and result.email is not None
    assert result.webhook.delivered and not result.email.delivered


def test_no_channel_configured_logs_error(caplog):
    with caplog.at_level(logging.ERROR, logger="bot.safeguarding.alerts"):
        result = send_duty_alert(ALERT, AlertSettings())
    assert not result.delivered and result.channels == ()
    assert "WM-7F3K" in caplog.text


def test_settings_from_env():
    env = {
        "SMTP_HOST": "mail.example", "SMTP_USER": "u", "SMTP_PASSWORD": "p", "SMTP_STARTTLS": "true",
        "ALERT_EMAIL_FROM": "from@example", "DUTY_EMAIL_TO": "a@example, b@example ,",
        "DUTY_WEBHOOK_URL": "https://hook.example/x", "DUTY_WEBHOOK_SECRET": "k",
        "ALERT_RETRY_DELAY_SECONDS": "0.25",
    }
    s = AlertSettings.from_env(env)
    assert (s.smtp_host, s.smtp_port, s.smtp_starttls) == ("mail.example", 25, True)
    assert s.email_to == ("a@example", "b@example")
    assert s.retries == 3 and s.retry_delay_seconds == 0.25
    assert s.email_configured and s.webhook_configured
    assert repr(s).split("smtp_password")[-1][:3] != "p" and "'k'" not in repr(s)
    empty = AlertSettings.from_env({})
    assert not empty.email_configured and not empty.webhook_configured
    assert (empty.smtp_port, empty.retries, empty.retry_delay_seconds) == (25, 3, 0.5)


def test_async_wrapper(webhook_server):
    settings = AlertSettings(webhook_url=webhook_server.url, retries=1)
    result = asyncio.run(send_duty_alert_async(ALERT, settings))
    assert result.delivered and webhook_server.wait_for(1)


def test_alert_refuses_bad_fields():
    import pytest

    with pytest.raises(ValueError):
        DutyAlert("WM-1", "none", "https://x")
    with pytest.raises(ValueError):
        DutyAlert("WM-1\r\nBcc: x@y", "urgent", "https://x")
