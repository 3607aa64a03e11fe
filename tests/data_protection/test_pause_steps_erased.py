"""The steps of the pause after a disclosure (when they took a break, came back, stopped) go with the rest.

They are kept since migration 0009 (bot.storage.models.PauseStep) for the summary's "what happened next";
an erasure keeps the duty team's part only (the reference, the team, each urgent flag with its words and the
helplines its reply gave), and retention removes the steps with the record. SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.conversation.erase import erase_conversation
from bot.conversation.retention import RetentionPolicy, apply_retention
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import PauseStep, RiskFlag, utcnow
from tests.data_protection.conftest import a_record, age


def steps_kept() -> int:
    with session_scope() as s:
        return int(s.execute(select(func.count()).select_from(PauseStep)).scalar_one())


def with_a_break(sender: str, **kwargs: object) -> str:
    reference = a_record(sender, urgent=True, **kwargs)  # type: ignore[arg-type]
    repository.note_helplines_given(sender, "m3", ["emergency_999", "live_fear_free"])
    repository.note_pause_step(sender, "break", "m4")
    repository.note_pause_step(sender, "back", "m5")
    repository.note_pause_step(sender, "back", "m5")  # the same message replayed: kept once
    return reference


def test_an_erasure_removes_the_steps_and_keeps_the_duty_teams_part(database_url: str) -> None:
    with_a_break("pause-erase-1")
    assert steps_kept() == 2
    done = erase_conversation(sender_id="pause-erase-1")
    assert done.kept_for_safety and steps_kept() == 0
    with session_scope() as s:
        (flag,) = s.execute(select(RiskFlag)).scalars().all()
        assert flag.helplines == "emergency_999,live_fear_free"  # what the duty team's reply gave stays with it
    erase_conversation(sender_id="pause-erase-1", keep_for_safety=False)
    with session_scope() as s:
        assert s.execute(select(func.count()).select_from(RiskFlag)).scalar_one() == 0


def test_retention_removes_the_steps_with_the_record(database_url: str) -> None:
    with_a_break("pause-retention-1")
    now = utcnow()
    age("pause-retention-1", last_activity=now - timedelta(days=40))
    # a step taken lately is activity: the record is not idle yet
    assert apply_retention(RetentionPolicy(30, 90)).unconfirmed == 0 and steps_kept() == 2
    with session_scope() as s:
        for step in s.execute(select(PauseStep)).scalars():
            step.created_at = now - timedelta(days=40)
    run = apply_retention(RetentionPolicy(30, 90))
    assert run.unconfirmed == 1 and run.kept_for_safety == 1 and steps_kept() == 0
