"""The read-back in their own words (issue 11): an addition typed with its content in one message.

In the trial, "isio ychwanegu un peth amdana fi: dwi angen gweld y doctor am fy nghefn" got "wnes i ddim
deall" and the whole read-back again; only the bare word "ychwanegu" worked, and her first wording was lost.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import questions
from bot.conversation.turn import SKIPPED
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation


def _at_the_read_back(sender: str, language: str, role: str, register: str = "chi") -> MemoryConversation:
    """A conversation whose every question was skipped: the read-back is waiting."""
    repository.ensure_conversation(sender, channel="rest", team=None)
    repository.update_conversation(sender, language=language, register=register, completed_by=role)
    repository.record_consent(sender, True)
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"register": register, "consent_choice": "yes", "role": role, "completed_by": role,
                               "name": "Gwenda", "cared_for_name": "Emyr", "relationship": "y gŵr"})
    for question in questions.QUESTIONS:
        conversation.slots[question.slot] = SKIPPED
    conversation.start()
    assert conversation.requested == "readback"
    return conversation


def _added(sender: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.text, a.about, [(o.text, o.about) for o in a.outcomes])
                for a in conv.answers if a.question_key == "readback_addition"]


@pytest.mark.parametrize("language,register,role,message,added,about", [
    ("cy", "chi", "carer", "isio ychwanegu un peth amdana fi: dwi angen gweld y doctor am fy nghefn",
     "dwi angen gweld y doctor am fy nghefn", "carer"),
    ("cy", "ti", "young_person", "ga i ychwanegu - dwi isio mynd i'r clwb pêl-droed eto",
     "dwi isio mynd i'r clwb pêl-droed eto", "person"),
    ("cy", "chi", "person", "wi moyn ychwanegu bod fi moyn dishgled gyda'r gweithiwr",
     "bod fi moyn dishgled gyda'r gweithiwr", "person"),
    ("cy", "chi", "carer", "hefyd, mae o isio mynd i'r capel ar y Sul", "mae o isio mynd i'r capel ar y Sul",
     "person"),
    ("en", "chi", "carer", "I want to add something about me: I need a break one night a week",
     "I need a break one night a week", "carer"),
    ("en", "chi", "person", "can I add that I'd like to see my grandson more", "I'd like to see my grandson more",
     "person"),
    ("en", "ti", "young_person", "also i wanna go back to football 🙂", "i wanna go back to football 🙂", "person"),
])
def test_an_addition_typed_with_its_words(sqlite_url: str, language: str, register: str, role: str, message: str,
                                         added: str, about: str) -> None:
    sender = f"typed-add-{language}-{role}-{abs(hash(message)) % 10**8}"
    conversation = _at_the_read_back(sender, language, role, register)
    conversation.say(message)
    said = conversation.text
    assert messages.text("readback_added", language, register) in said
    assert messages.text("readback_unclear", language, register) not in said
    assert conversation.requested == "readback"  # the list again, with the addition in it
    ((text, answer_about, outcomes),) = _added(sender)
    assert text == message and answer_about == about  # the whole message, as typed
    assert outcomes and all(o in added for o, _ in outcomes)  # drawn from what they added, verbatim
    assert "".join(o for o, _ in outcomes).replace(" ", "") in added.replace(" ", "") or len(outcomes) > 1
    assert all(a == about for _, a in outcomes)
    assert added.split(maxsplit=1)[0] in conversation.text  # shown in the read-back


@pytest.mark.parametrize("language,message", [
    ("cy", "isio ychwanegu un peth amdana fi: dwi angen gweld y doctor am fy nghefn"),
    ("en", "I want to add that she loves her garden"),
])
def test_the_words_count_even_when_the_channel_read_add_in_them(sqlite_url: str, language: str, message: str) -> None:
    """Rasa's entity extractor may read "add" in the message: what they added is still kept, not asked for again."""
    sender = f"entity-add-{language}"
    conversation = _at_the_read_back(sender, language, "carer")
    conversation.say(message, value="add")
    assert messages.text("readback_added", language) in conversation.text
    assert conversation.requested == "readback"
    assert [text for text, _, _ in _added(sender)] == [message]


@pytest.mark.parametrize("language,message", [("cy", "ychwanegu"), ("cy", "Ychwanegu rhywbeth"), ("en", "add"),
                                              ("en", "add something"), ("en", "can I add more")])
def test_the_bare_choice_still_asks_what_to_add(sqlite_url: str, language: str, message: str) -> None:
    sender = f"bare-add-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_the_read_back(sender, language, "person")
    conversation.say(message)
    assert conversation.requested == "readback_text"
    assert messages.text("readback_add", language) in conversation.text
    assert _added(sender) == []


@pytest.mark.parametrize("language,message", [("en", "also send it"), ("cy", "hefyd, anfona fe")])
def test_a_choice_after_also_is_the_choice(sqlite_url: str, language: str, message: str) -> None:
    sender = f"also-choice-{language}"
    conversation = _at_the_read_back(sender, language, "person")
    conversation.say(message)
    assert conversation.slots["readback"] == "confirm"
    assert _added(sender) == []
