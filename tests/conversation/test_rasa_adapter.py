"""The Rasa adapter: Talk over a real rasa_sdk Tracker, guarded work, and the form delegating to the core."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.actions.base import Talk, check_risk, guarded
from bot.actions.questions import ValidateWhatMattersForm
from bot.actions.safeguarding import ActionSafeguarding
from bot.actions.steering import ActionRedirect
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


# --- the backstop: an urgent message the dialogue did not route to the urgent reply ---------------

UNROUTED = {"cy": "Mae o'n fy nharo i bob nos a dw i ofn mynd adra", "en": "He hits me every night and I'm scared to go home"}
SAFE_CHECK_START = {"cy": "Cyn dim byd arall", "en": "Before anything else"}


def _at_question(text: str, language: str, sender: str, intent: str) -> Tracker:
    slots = {"language": language, "completed_by": "person", "register": "chi", "role": "person", "name": "Jo",
             "consent_choice": "yes", "requested_slot": "q_change"}
    latest = {"text": text, "intent": {"name": intent}, "message_id": f"{sender}-m1", "entities": []}
    return Tracker(sender, slots, latest, [{"event": "user", "timestamp": 1.0}], False, None,
                   {"name": "what_matters_form"}, "action_listen")


def _kept(sender: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, len(a.outcomes)) for a in conv.answers], [f.level for f in conv.risk_flags]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_urgent_answer_the_nlu_read_as_an_answer_still_gets_the_urgent_reply(sqlite_url: str,
                                                                                 language: str) -> None:
    """Rasa's NLU said "inform" (its reading differed); the form's action gives the help and pauses."""
    sender = f"unrouted-form-{language}"
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateWhatMattersForm().run(dispatcher, _at_question(UNROUTED[language], language, sender,
                                                                                 "inform"), {}))
    said = "\n".join(m["text"] for m in dispatcher.messages)
    assert said.startswith(messages.text("urgent", language, helplines="")[:40])
    assert SAFE_CHECK_START[language] in said
    # (stop 47, BA5: a harm told alone is no answer to "what would you like to change?", so the slot stays empty and
    # the question is asked after the check; before, the disclosure filled it, and Cai's change question was lost)
    assert {"event": "slot", "name": "q_change", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
    assert {"event": "slot", "name": "requested_slot", "value": "q_change"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
    kept, flags = _kept(sender)
    assert kept == [("change", UNROUTED[language], 0)]  # kept verbatim, no outcomes
    assert flags == ["urgent"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_urgent_message_read_as_off_topic_gets_the_urgent_reply_not_the_redirect(sqlite_url: str,
                                                                                    language: str) -> None:
    sender = f"unrouted-redirect-{language}"
    dispatcher = CollectingDispatcher()
    tracker = _at_question(UNROUTED[language], language, sender, "off_topic")
    asyncio.run(ActionRedirect().run(dispatcher, tracker, {}))
    said = "\n".join(m["text"] for m in dispatcher.messages)
    assert SAFE_CHECK_START[language] in said
    assert messages.text("redirect", language) not in said


def test_a_routed_disclosure_is_answered_once(sqlite_url: str) -> None:
    """The usual path: action_safeguarding replies; the form's action that follows adds nothing."""
    sender = "routed-once"
    tracker = _at_question(UNROUTED["en"], "en", sender, "disclose_risk")
    first = CollectingDispatcher()
    asyncio.run(ActionSafeguarding().run(first, tracker, {}))
    assert SAFE_CHECK_START["en"] in "\n".join(m["text"] for m in first.messages)
    talk = Talk(tracker, CollectingDispatcher())
    assert asyncio.run(check_risk(talk)) == []
    assert not talk.urgent_answered and talk.dispatcher.messages == []
    assert _kept(sender)[1] == ["urgent"]
