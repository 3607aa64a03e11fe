"""One disclosure, one duty alert attempt, one log line naming the reference only.

Every action of a Rasa turn reads the same message for risk (bot.conversation.safety.note_risk), and
only the one that stores the flag starts its alert. In the stop 16 trial an alert that could not be
delivered was tried and logged three times for one message (and each try logged twice: by
bot.safeguarding.alerts and again by bot.safeguarding.duty).
"""
from __future__ import annotations

import logging
import time

import pytest

from bot.analysis.types import RiskAssessment
from bot.conversation.safety import note_risk
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import RiskFlag
from tests.conversation.memory import MemoryConversation, MemoryTurn

DISCLOSURE = "after friday theres no point. im going to end it friday TRIALMARK-ONCE"
#: Long enough for a thread on a busy machine; not a measure of speed (nothing asserts how long it took).
WAIT_SECONDS = 120


def _flag(sender: str) -> RiskFlag:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and len(conv.risk_flags) == 1
        flag = conv.risk_flags[0]
        s.expunge(flag)
        return flag


def _tried(sender: str) -> RiskFlag:
    """The flag once its first delivery attempt has ended (it runs on a thread of its own): its outcome written and
    the flag let go (the claim released, the thread done with it), so the sweep may take it at once."""
    from bot.safeguarding import duty

    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        flag = _flag(sender)
        ended = flag.alert_status != "pending" and flag.alert_claimed_at is None and flag.id not in duty._in_flight
        if ended or time.monotonic() > deadline:
            return flag
        time.sleep(0.05)


def test_one_message_read_by_three_actions_makes_one_attempt_and_one_log_line(
        sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    conversation = MemoryConversation("duty-once", language="en")
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    conversation.start()
    caplog.set_level(logging.DEBUG)
    for _ in range(3):  # action_safeguarding, the form's validation, the next question's ask action
        assert note_risk(MemoryTurn(conversation, DISCLOSURE, message_id="the-one-message")).level == "urgent"
    flag = _tried(conversation.sender_id)
    assert flag.alert_status == "failed"  # no alert channel in the tests: it waits for the sweep
    assert flag.alert_attempts == 1
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        reference = conv.reference
    again = repository.record_risk(conversation.sender_id, message_id="the-one-message", text=DISCLOSURE,
                                   assessment=RiskAssessment("urgent", ("suicide",)), language="en", alert_needed=True)
    assert again is not None and again.id == flag.id and not again.is_new  # so no action starts it again
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len([e for e in errors if reference in e]) == 1, errors
    assert "friday" not in caplog.text.lower() and "TRIALMARK" not in caplog.text


def test_the_sweep_still_tries_a_waiting_alert_again(sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    from bot.safeguarding.duty import retry_waiting

    conversation = MemoryConversation("duty-sweep", language="en")
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    conversation.start()
    note_risk(MemoryTurn(conversation, DISCLOSURE, message_id="sweep-message"))
    assert _tried(conversation.sender_id).alert_attempts == 1
    caplog.clear()
    assert retry_waiting() == 0
    assert _flag(conversation.sender_id).alert_attempts == 2
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1
