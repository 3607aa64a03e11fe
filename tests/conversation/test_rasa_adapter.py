"""The Rasa adapter: Talk over a real rasa_sdk Tracker, guarded work, and the form delegating to the core."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.actions.base import Talk, guarded
from bot.actions.questions import ValidateWhatMattersForm
from bot.storage import repository
from bot.storage.db import session_scope


def _tracker(text: str, slots: dict[str, Any], sender: str = "rasa-adapter-1") -> Tracker:
    latest = {"text": text, "intent": {"name": "inform"}, "message_id": "m-1", "entities": []}
    return Tracker(sender, slots, latest, [{"event": "user", "timestamp": 1.0}], False, None,
                   {"name": "what_matters_form"}, "action_listen")


async def _fails() -> list[dict[str, Any]]:
    raise RuntimeError("boom")


def test_guarded_apologises_only_when_asked_to(sqlite_url: str) -> None:
    for apologise, expected in ((True, [messages.text("something_wrong", "en")]), (False, [])):
        dispatcher = CollectingDispatcher()
        talk = Talk(_tracker("hi", {"language": "en"}), dispatcher)
        assert asyncio.run(guarded("test", talk, _fails(), apologise=apologise)) == []
        assert [m["text"] for m in dispatcher.messages] == expected


def test_the_form_keeps_an_answer_through_the_core(sqlite_url: str) -> None:
    words = "Keep going to chapel on Sundays 🙏"
    slots = {"language": "en", "completed_by": "person", "register": "chi", "requested_slot": "q_keep"}
    dispatcher = CollectingDispatcher()
    form = ValidateWhatMattersForm()
    tracker = _tracker(words, slots)
    updates = asyncio.run(form.validate_q_keep(words, dispatcher, tracker, {}))
    assert updates == {"q_keep": words}
    with session_scope() as s:
        conv = repository.get_conversation(s, "rasa-adapter-1")
        assert conv is not None
        assert [(a.question_key, a.text, a.message_id) for a in conv.answers] == [("keep", words, "m-1")]
        assert [o.type for o in conv.outcomes] == ["maintenance"]
    # Re-validated when the form starts again: not stored twice.
    again = asyncio.run(form.validate_q_keep(words, dispatcher, _tracker(words, {**slots, "requested_slot": "q_change"}),
                                             {}))
    assert again == {"q_keep": words}


def test_the_form_asks_what_the_core_requires() -> None:
    form = ValidateWhatMattersForm()
    tracker = _tracker("", {"consent_choice": "yes", "role": "carer"})
    slots = asyncio.run(form.required_slots([], CollectingDispatcher(), tracker, {}))
    assert slots[:5] == ["consent_choice", "role", "name", "cared_for_name", "relationship"]
    assert "q_carer_own" in slots
