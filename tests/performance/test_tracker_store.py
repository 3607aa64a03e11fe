"""Rasa's tracker store keeps the tracker it saved (bot.storage.tracker_store): a turn's reading costs the
same at turn 2 and turn 30, and what it returns is what reading the database would give."""
from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine

from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.tracker_store import SESSION_INDEX, UrlSQLTrackerStore

DOMAIN = Domain.from_dict({"slots": {"consent_choice": {"type": "text", "mappings": [{"type": "custom"}]},
                                     "q_change": {"type": "text", "mappings": [{"type": "custom"}]}}})
WORDS = "I want to get back to the choir on Thursdays"


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


@pytest.fixture
def store(database_url: str) -> Iterator[UrlSQLTrackerStore]:
    tracker_store = UrlSQLTrackerStore(domain=DOMAIN, host=database_url)
    yield tracker_store
    tracker_store.engine.dispose()


def another_server(database_url: str) -> UrlSQLTrackerStore:
    """A second Rasa server's store on the same database."""
    return UrlSQLTrackerStore(domain=DOMAIN, host=database_url)


def a_turn(n: int, consent: str | None = "yes") -> list[Event]:
    events: list[Event] = [UserUttered(f"{WORDS} ({n})", {"name": "inform", "confidence": 0.9}),
                           ActionExecuted("what_matters_form"), SlotSet("q_change", f"{WORDS} ({n})"),
                           BotUttered(f"Diolch ({n})"), ActionExecuted("action_listen")]
    if consent is not None and n == 0:
        events.insert(2, SlotSet("consent_choice", consent))
    return events


def start(store: UrlSQLTrackerStore, sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker.from_events(
        sender, [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        DOMAIN.slots)
    run(store.save(tracker))
    return tracker


def take_turn(store: UrlSQLTrackerStore, sender: str, n: int, consent: str | None = "yes") -> DialogueStateTracker:
    """What Rasa's processor does with a message: retrieve, add the turn's events, save."""
    tracker = run(store.retrieve(sender))
    assert tracker is not None
    for e in a_turn(n, consent):
        tracker.update(e)
    run(store.save(tracker))
    return tracker


def from_database(database_url: str, sender: str) -> DialogueStateTracker | None:
    """The tracker as Rasa's own store would read it (a fresh store keeps nothing)."""
    fresh = another_server(database_url)
    try:
        return run(super(UrlSQLTrackerStore, fresh).retrieve(sender))
    finally:
        fresh.engine.dispose()


def state(tracker: DialogueStateTracker | None) -> Any:
    assert tracker is not None
    return [e.as_dict() for e in tracker.events], tracker.current_slot_values(), tracker.active_loop_name


class Statements:
    """The SQL a store sends while counting."""

    def __init__(self, engine: Engine) -> None:
        self.sent: list[str] = []
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.sent.append(statement)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def reading_every_event(self) -> list[str]:
        return [s for s in self.sent if "events.data" in s]


def test_a_kept_tracker_is_what_the_database_holds(store: UrlSQLTrackerStore, database_url: str) -> None:
    start(store, "kept")
    for n in range(6):
        take_turn(store, "kept", n)
        assert state(run(store.retrieve("kept"))) == state(from_database(database_url, "kept"))


def test_reading_a_kept_conversation_does_not_read_its_events_at_turn_2_or_turn_30(
        store: UrlSQLTrackerStore) -> None:
    start(store, "flat")
    sent_per_turn = []
    for n in range(30):
        counting = Statements(store.engine)
        tracker = run(store.retrieve("flat"))
        counting.close()
        assert tracker is not None
        if n > 0:  # the first turn after the session start reads the database, as Rasa does
            assert counting.reading_every_event() == [], f"turn {n} read every event"
            sent_per_turn.append(len(counting.sent))
        for e in a_turn(n):
            tracker.update(e)
        run(store.save(tracker))
    assert len(set(sent_per_turn)) == 1, "the work of a read grew with the conversation"


def test_another_server_writes_and_the_next_read_sees_it(store: UrlSQLTrackerStore, database_url: str) -> None:
    start(store, "shared")
    take_turn(store, "shared", 0)
    other = another_server(database_url)
    try:
        take_turn(other, "shared", 1)  # the load balancer sent this turn to the other Rasa server
    finally:
        other.engine.dispose()
    tracker = run(store.retrieve("shared"))
    assert state(tracker) == state(from_database(database_url, "shared"))
    assert tracker is not None and tracker.get_slot("q_change") == f"{WORDS} (1)"


def test_a_turn_that_failed_before_saving_is_not_kept(store: UrlSQLTrackerStore, database_url: str) -> None:
    start(store, "failed")
    take_turn(store, "failed", 0)
    half_done = run(store.retrieve("failed"))
    assert half_done is not None
    half_done.update(UserUttered("lost half-way", {"name": "inform", "confidence": 0.9}))  # then an error, no save
    tracker = run(store.retrieve("failed"))
    assert tracker is not half_done
    assert "lost half-way" not in [getattr(e, "text", None) for e in tracker.events]
    assert state(tracker) == state(from_database(database_url, "failed"))


def test_an_erased_conversation_is_gone(store: UrlSQLTrackerStore) -> None:
    start(store, "erased")
    take_turn(store, "erased", 0)
    with session_scope() as s:
        s.execute(text("DELETE FROM events WHERE sender_id = :s"), {"s": "erased"})
    assert run(store.retrieve("erased")) is None


def test_a_declined_conversation_is_redacted_and_read_back_redacted(store: UrlSQLTrackerStore,
                                                                      database_url: str) -> None:
    repository.ensure_conversation("declined", "rest")
    repository.record_consent("declined", False)
    start(store, "declined")
    take_turn(store, "declined", 0, consent="no")
    take_turn(store, "declined", 1, consent=None)
    tracker = run(store.retrieve("declined"))
    assert state(tracker) == state(from_database(database_url, "declined"))
    assert tracker is not None
    assert not [e for e in tracker.events if isinstance(e, UserUttered) and e.text]  # no words, in memory either
    assert tracker.get_slot("q_change") is None
    assert tracker.get_slot("consent_choice") == "no"


def test_a_new_model_reads_the_database(store: UrlSQLTrackerStore, database_url: str) -> None:
    start(store, "model")
    saved = take_turn(store, "model", 0)
    store.domain = Domain.from_dict(DOMAIN.as_dict())  # Rasa loaded another model
    tracker = run(store.retrieve("model"))
    assert tracker is not saved
    assert state(tracker) == state(from_database(database_url, "model"))


def test_the_session_index_exists(store: UrlSQLTrackerStore) -> None:
    names = {ix["name"] for ix in inspect(store.engine).get_indexes("events")}
    assert SESSION_INDEX.name in names
    again = UrlSQLTrackerStore(domain=DOMAIN, host=str(store.engine.url.render_as_string(hide_password=False)))
    again.engine.dispose()  # a second server starting on the same database: no error
