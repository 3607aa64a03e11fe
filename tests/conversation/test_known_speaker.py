"""Who is talking, when an invitation already said: read from the record, never asked again (any channel).

The in-memory turn plays the form as Rasa does; the last test runs Rasa's own form validation
(rasa_sdk) over the same core, so the Telegram, web chat and REST channels behave alike.
"""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.actions.questions import ValidateWhatMattersForm
from bot.actions.steering import ActionSetLanguage
from bot.conversation import invitations, questions, steering
from bot.conversation.about_you import known_speaker
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def invited(sender: str, *, audience: str, language: str | None) -> None:
    """The person opened a practitioner's link (on any channel: the core binds it the same way)."""
    made = invitations.create_invitation(case_reference="CR-1", team="north", language=language, audience=audience,
                                         created_by=None)
    assert invitations.start_from_invitation(sender, "memory", made.token).status == "bound"


def completed_by(sender: str) -> str | None:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return str(conv.completed_by) if conv.completed_by else None


def test_an_invited_young_person_in_welsh_is_not_asked_who_they_are_and_hears_ti(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-inv-cy", language="cy")
    invited("mem-inv-cy", audience="young_person", language="cy")
    conversation.start()
    assert conversation.slots["register"] == "ti" and conversation.slots["role"] == "young_person"
    assert conversation.text == messages.text("consent_choice", "cy", "ti")  # "ti" from the first question
    assert messages.text("consent_choice", "cy", "ti") != messages.text("consent_choice", "cy", "chi")
    conversation.say("ydw", value="yes")
    assert "role" not in conversation.asked
    assert conversation.requested == "name"
    assert conversation.text == messages.text("name", "cy", "ti")
    conversation.say("Cai")
    assert completed_by("mem-inv-cy") == "young_person"  # the practitioner's word stands


def test_an_invited_carer_in_english_goes_from_consent_to_their_name_and_the_carers_questions(
        sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-inv-en", language="en")
    invited("mem-inv-en", audience="carer", language="en")
    conversation.start()
    conversation.say("yes")
    conversation.say("Elin")
    conversation.say("Gwenda")
    conversation.say("daughter")
    assert conversation.asked[:4] == ["consent_choice", "name", "cared_for_name", "relationship"]
    assert conversation.slots["completed_by"] == "carer" and conversation.slots["register"] == "chi"
    assert completed_by("mem-inv-en") == "carer"


def test_without_an_invitation_who_is_talking_is_asked_as_before(sqlite_url: str) -> None:
    for language in ("cy", "en"):
        sender = f"mem-uninvited-{language}"
        conversation = MemoryConversation(sender, language=language)
        repository.ensure_conversation(sender, "memory")
        conversation.start()
        assert known_speaker(MemoryTurn(conversation, "")) == {}
        conversation.say("yes" if language == "en" else "ydw", value="yes")
        assert conversation.requested == "role"
        assert conversation.text == messages.text("role", language)


def test_after_start_again_the_persons_own_answer_stands(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-inv-again", language="en")
    invited("mem-inv-again", audience="person", language="en")
    conversation.start()
    conversation.say("yes")
    assert conversation.requested == "name"
    cleared = steering.start_again(MemoryTurn(conversation, "start again"))
    assert cleared is not None
    conversation.slots.update(cleared)
    conversation.start()
    assert conversation.requested == "role"  # they chose to start again: now they say who they are
    conversation.say("I look after my mum")
    assert completed_by("mem-inv-again") == "carer"


def _tracker(sender: str, slots: dict[str, Any], text: str, intent: str, events: list[dict[str, Any]]) -> Tracker:
    latest = {"text": text, "intent": {"name": intent}, "message_id": "m-1", "entities": []}
    return Tracker(sender, slots, latest, events, False, None, {"name": "what_matters_form"}, "action_listen")


def test_rasas_form_and_actions_fill_who_is_talking_from_the_record(sqlite_url: str) -> None:
    """The real rasa_sdk form validation over the core: consent taken, "who are you" skipped."""
    for language, audience, register in (("cy", "young_person", "ti"), ("en", "carer", "chi")):
        sender = f"rasa-inv-{language}"
        invited(sender, audience=audience, language=language)

        # Choosing the language (Telegram's deep link and the web chat's link both send it first)
        # already speaks in the register the record gives.
        dispatcher = CollectingDispatcher()
        tracker = _tracker(sender, {"register": "chi"}, f'/choose_language{{"language":"{language}"}}',
                           "choose_language", [{"event": "user", "timestamp": 1.0}])
        tracker.latest_message["entities"] = [{"entity": "language", "value": language}]
        events = asyncio.run(ActionSetLanguage().run(dispatcher, tracker, {}))
        set_slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
        assert set_slots == {"role": audience, "completed_by": audience, "register": register, "language": language}
        assert dispatcher.messages[0]["text"] == messages.text("language_set", language, register)

        # The form: the consent answer is validated and the next question is the name, not the role.
        slots = {"language": language, "register": "chi", "requested_slot": "consent_choice",
                 "consent_choice": "yes"}
        events_so_far = [{"event": "user", "timestamp": 2.0},
                         {"event": "slot", "name": "consent_choice", "value": "yes", "timestamp": 2.1}]
        dispatcher = CollectingDispatcher()
        tracker = _tracker(sender, slots, "yes", "affirm", events_so_far)
        domain = {"forms": {"what_matters_form": {"required_slots": questions.form_order()}}}
        events = asyncio.run(ValidateWhatMattersForm().run(dispatcher, tracker, domain))
        set_slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
        assert set_slots["consent_choice"] == "yes"
        assert (set_slots["role"], set_slots["completed_by"], set_slots["register"]) == (audience, audience, register)
        assert set_slots["requested_slot"] == "name"
        assert completed_by(sender) == audience
