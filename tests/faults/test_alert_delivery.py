"""Duty alerts when the mail server is down: kept as undelivered, listed, and sent exactly once when it is back.

A real SMTP server on loopback (tests/servers/smtp.py), started on the port the alert was first sent to, and
the `whatmatters alerts` command run as a person on duty (or the `run` supervisor's sweep) would run it.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.analysis.types import RiskAssessment
from bot.safeguarding import duty
from bot.settings import REPO_ROOT, get_settings
from bot.storage import holding, repository
from bot.storage.db import session_scope
from tests.servers.smtp import LocalSMTPServer, free_port
from tests.support.processes import stop_process
from tests.support.records import stored_conversation

DISCLOSURE = "My son punches me and takes my money"


@pytest.fixture
def mail_port(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Alerts go by email to a loopback port where, for now, nothing listens."""
    port = free_port()
    for name, value in {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "DUTY_EMAIL_TO": "duty-team@localhost",
                        "ALERT_EMAIL_FROM": "beth-syn-bwysig@localhost", "ALERT_RETRIES": "2",
                        "ALERT_RETRY_DELAY_SECONDS": "0", "PUBLIC_BASE_URL": "http://127.0.0.1:8080"}.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    return port


def _disclosure(sender: str) -> tuple[int, str]:
    reference = repository.ensure_conversation(sender)
    flag = repository.record_risk(sender, message_id="m-1", text=DISCLOSURE,
                                  assessment=RiskAssessment("urgent", ("domestic_abuse",)), language="en",
                                  alert_needed=True)
    assert flag is not None and flag.is_new
    return flag.id, reference


def _whatmatters(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], cwd=REPO_ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        out, _ = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        stop_process(proc)  # type: ignore[arg-type]
        raise
    return proc.returncode, out


def test_an_alert_failed_while_mail_was_down_is_listed_then_sent_once(mail_port: int) -> None:
    flag_id, reference = _disclosure("faults-alert-down")
    assert duty.deliver(flag_id, reference, "urgent") is False  # nothing listens: every attempt fails
    with session_scope() as s:
        flag = stored_conversation(s, "faults-alert-down").risk_flags[0]
        assert (flag.alert_status, flag.alert_attempts, flag.text) == ("failed", 2, DISCLOSURE)
    code, listing = _finish(_whatmatters("alerts", "list"))
    assert code == 0 and f"{reference}\turgent" in listing

    with LocalSMTPServer(port=mail_port) as smtp:
        # Two sweeps at once (the supervisor's and a person's on duty): the alert goes once.
        first, second = _whatmatters("alerts", "retry"), _whatmatters("alerts", "retry")
        results = [_finish(first), _finish(second)]
        assert smtp.wait_for(1, timeout=60)
        assert sorted(code for code, _ in results) == [0, 0]
        code, listing = _finish(_whatmatters("alerts", "retry"))  # and once more: nothing left to send
        assert code == 0 and "Delivered 0 waiting alert(s); 0 still waiting" in listing
        assert len(smtp.messages) == 1
        assert reference in str(smtp.messages[0]["Subject"]) and DISCLOSURE not in smtp.received[0].raw.decode()
    with session_scope() as s:
        assert stored_conversation(s, "faults-alert-down").risk_flags[0].alert_status == "sent"
    assert repository.flags_awaiting_alert() == []


def test_an_alert_another_process_is_sending_is_not_sent_again(mail_port: int) -> None:
    flag_id, _ = _disclosure("faults-alert-claimed")
    with LocalSMTPServer(port=mail_port) as smtp:
        assert holding.claim_alert(flag_id)  # as the action server does, just before it sends
        assert duty.retry_waiting() == 0  # the sweep leaves it to that process
        assert holding.claim_alert(flag_id) is False
        holding.unclaim_alert(flag_id)  # that process ended without sending (its outcome would be on the flag)
        assert duty.retry_waiting() == 1
        assert duty.retry_waiting() == 0
        assert smtp.wait_for(1, timeout=60) and len(smtp.messages) == 1
    assert [row[1] for row in repository.flags_awaiting_alert()] == []
