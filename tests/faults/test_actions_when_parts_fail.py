"""The actions themselves when the database is away, and when one of them is slow (no Rasa needed).

- An answer that cannot be stored is not taken: the person is told in their language and the same
  question stays; with the database back the same answer is stored (a real PostgreSQL, stopped and started).
- An action's work runs on a worker thread: one held up does not hold up another.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.actions.base import Talk, guarded
from bot.actions.questions import ValidateWhatMattersForm
from bot.health import database_ready
from bot.settings import get_settings
from bot.storage import db
from bot.storage.db import session_scope
from tests.faults.support import LONGEST_WAIT_SECONDS, StoppablePostgres
from tests.support.records import stored_conversation

WORDS = "Keep going to chapel on Sundays 🙏"
SLOTS = {"language": "en", "completed_by": "person", "register": "chi", "requested_slot": "q_keep",
         "consent_choice": "yes", "role": "person", "name": "Dorothy", "q_what_matters": "Walking",
         "q_strengths": "My neighbour"}
DOMAIN: dict[str, Any] = {"forms": {"what_matters_form": {"required_slots": list(SLOTS)}}, "slots": {}}


@pytest.fixture(scope="module")
def stoppable_postgres() -> Iterator[StoppablePostgres]:
    server = StoppablePostgres()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database(stoppable_postgres: StoppablePostgres, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = stoppable_postgres.create_database("faults_actions")
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    db.reset_engines()
    db.migrate(url)
    yield url
    db.reset_engines()


def _answer_turn(sender: str, message_id: str) -> Tracker:
    """The tracker Rasa sends when the person answers the question about what to keep."""
    latest = {"text": WORDS, "intent": {"name": "inform"}, "message_id": message_id, "entities": []}
    events = [{"event": "user", "timestamp": 1.0, "text": WORDS},
              {"event": "slot", "timestamp": 1.1, "name": "q_keep", "value": WORDS}]
    return Tracker(sender, {**SLOTS, "q_keep": WORDS}, latest, events, False, None,
                   {"name": "what_matters_form"}, "action_listen")


def _validate(sender: str, message_id: str) -> tuple[list[dict[str, Any]], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateWhatMattersForm().run(dispatcher, _answer_turn(sender, message_id), DOMAIN))
    return events, [m["text"] for m in dispatcher.messages if m.get("text")]


def _slot(events: list[dict[str, Any]], name: str) -> list[Any]:
    return [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name]


def test_an_answer_the_database_cannot_keep_keeps_the_question(database: str,
                                                              stoppable_postgres: StoppablePostgres) -> None:
    sender = "faults-db-away"
    stoppable_postgres.pause()
    try:
        assert database_ready(database) is False  # readiness says so
        events, said = _validate(sender, "m-1")
        assert said == [messages.text("answer_not_kept", "en")]  # told, in their language
        assert _slot(events, "q_keep") == [None]  # not taken: the form asks the same question again
    finally:
        stoppable_postgres.resume()
    assert database_ready(database) is True
    events, said = _validate(sender, "m-2")  # they send it again
    # Taken, and thanked as any answer is since stop 22 (an acknowledgement, never the error again).
    acknowledgements = {messages.text(key, "en") for key in ("ack", "ack_2", "ack_3")}
    assert _slot(events, "q_keep") == [WORDS] and len(said) == 1 and said[0] in acknowledgements
    with session_scope() as s:
        assert [(a.question_key, a.text) for a in stored_conversation(s, sender).answers] == [("keep", WORDS)]


def test_one_action_held_up_does_not_hold_up_another() -> None:
    release = threading.Event()
    threads: dict[str, int] = {}

    def talk() -> Talk:
        latest = {"text": "hi", "intent": {"name": "greet"}, "message_id": "m-1", "entities": []}
        return Talk(Tracker("faults-threads", {"language": "en"}, latest, [], False, None, {}, "action_listen"),
                    CollectingDispatcher())

    async def held_up() -> list[dict[str, Any]]:
        threads["held_up"] = threading.get_ident()
        release.wait(LONGEST_WAIT_SECONDS)  # blocking, as a slow database call is
        return [{"event": "held_up"}]

    async def quick() -> list[dict[str, Any]]:
        threads["quick"] = threading.get_ident()
        return [{"event": "quick"}]

    async def both() -> None:
        threads["loop"] = threading.get_ident()
        slow = asyncio.ensure_future(guarded("held up", talk(), held_up()))
        await asyncio.sleep(0)  # let it start
        assert await asyncio.wait_for(guarded("quick", talk(), quick()), LONGEST_WAIT_SECONDS) == [{"event": "quick"}]
        assert not slow.done()  # the other is still held up, and did not stop this one
        release.set()
        assert await slow == [{"event": "held_up"}]

    asyncio.run(both())
    assert threads["loop"] not in (threads["held_up"], threads["quick"])
