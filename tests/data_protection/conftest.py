"""Records built through the repository, Rasa's events written by our own tracker store, and the web app.

The running web app is the one tests/web starts (a real `python -m bot.web` on loopback).
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot.analysis.types import Analysis, LanguageGuess, OutcomeSpan, RiskAssessment
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.tracker_store import UrlSQLTrackerStore
from tests.web.conftest import web  # noqa: F401 - the running web app, for the export tests

WORDS = "I want to walk to the shop again with my neighbour"
DISCLOSURE = "He hits me when he has been drinking"


def a_record(sender: str, *, urgent: bool = False, confirm: bool = False, team: str = "north") -> str:
    """A conversation with a name, an answer, its outcome, a note of a voice message and maybe an urgent flag."""
    reference = repository.ensure_conversation(sender, "rest", team=team)
    repository.record_consent(sender, True)
    repository.update_conversation(sender, language="en", display_name="Dilys")
    analysis = Analysis(WORDS, LanguageGuess("en", 1.0, "test"), "change", 0.9,
                        outcomes=(OutcomeSpan(WORDS, 0, len(WORDS), "change", 0.9, False),))
    repository.record_answer(sender, question_key="what_matters", question_text="What matters to you?", text=WORDS,
                             whose_view="person", about="person", analysis=analysis, message_id="m1")
    repository.note_unreadable(sender, kind="voice", message_id="m2", channel="rest")
    if urgent:
        repository.record_risk(sender, message_id="m3", text=DISCLOSURE, language="en",
                               assessment=RiskAssessment("urgent", ("domestic_abuse",)), alert_needed=True)
    if confirm:
        repository.confirm_record(sender)
    return reference


def a_transcript(url: str, sender: str, at: datetime | None = None) -> None:
    """Rasa's events for this sender, saved by our tracker store into the same database."""
    stamp = (at or datetime.now(timezone.utc).replace(tzinfo=None)).replace(tzinfo=timezone.utc).timestamp()
    store = UrlSQLTrackerStore(domain=Domain.empty(), host=url)
    tracker = DialogueStateTracker.from_events(
        sender, [UserUttered(WORDS, timestamp=stamp), BotUttered("Thank you", timestamp=stamp + 1)])
    asyncio.run(store.save(tracker))
    store.engine.dispose()


def events_of(sender: str) -> int:
    with session_scope() as s:
        if not s.connection().dialect.has_table(s.connection(), repository.TRANSCRIPT_TABLE):
            return 0
        return int(s.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar_one())


def age(sender: str, *, last_activity: datetime | None = None, visit_done: datetime | None = None) -> None:
    """Move a record back in time, as if it had been left since then."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        if last_activity is not None:
            params = {"t": last_activity, "c": conv.id}
            s.execute(text("UPDATE conversations SET started_at = :t, updated_at = :t, consent_at = :t "
                           "WHERE id = :c"), params)
            for table in ("answers", "draft_outcomes", "risk_flags", "unreadable_messages"):
                s.execute(text(f"UPDATE {table} SET created_at = :t WHERE conversation_id = :c"),  # noqa: S608
                          params)
        if visit_done is not None:
            s.execute(text("UPDATE conversations SET review_status = 'visit_done', visit_done_at = :t "
                           "WHERE id = :c"), {"t": visit_done, "c": conv.id})
