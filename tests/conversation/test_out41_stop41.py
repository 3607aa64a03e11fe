"""Stop 41 (out41): the outcome findings of stop 40's re-trial, through the conversation core, in both languages.

AU11: which language someone speaks and where they are from, said at the communication question ("she is Welsh from
Rhymney but speak English"), is the language line, never a process outcome; a wish about language still is.
AV8: the visit-time question quotes an earlier answer without a stray full stop after the closing quote, and a wish
for someone to come and do something ("maybe someone come in the morning to check") is support, not the visit time.
The words are the trial's, with Welsh twins (north, south, text-speak).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, at_question, stored_outcomes

_senders = itertools.count()

#: AU11's words, and twins: a fact about language, at "how do you like to communicate?".
LANGUAGE_FACTS = [
    ("en", "she is Welsh from Rhymney but speak English"),
    ("en", "He's Welsh but only speaks English at home"),
    ("cy", "Cymraes o Rymni yw hi ond Saesneg mae hi'n siarad"),  # south
    ("cy", "Cymro o Fethesda ydi o ond Saesneg mae o'n siarad adra"),  # north
    ("cy", "cymraes o rymni ond siarad saesneg ma hi"),  # text-speak
]

#: A wish about language at the same question stays an outcome.
LANGUAGE_WISHES = [
    ("en", "she would like her letters in Welsh please"),
    ("cy", "hoffai hi gael llythyrau yn Gymraeg plis"),
]


def _at(language: str, slot: str) -> MemoryConversation:
    return at_question(f"mem-out41-{next(_senders)}", language, slot, what_matters="Fy ngardd" if language == "cy"
                       else "My garden")


@pytest.mark.parametrize("language, said", LANGUAGE_FACTS)
def test_which_language_they_speak_is_no_outcome(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at(language, "q_communication")
    conversation.say(said)
    assert repository.answer_texts(conversation.sender_id, only="communication") == [said]  # kept as typed
    assert not [o for o in stored_outcomes(conversation) if o[0] in said]


@pytest.mark.parametrize("language, said", LANGUAGE_WISHES)
def test_a_wish_about_language_is_still_an_outcome(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at(language, "q_communication")
    conversation.say(said)
    assert [o for o in stored_outcomes(conversation) if o[0] in said]


#: AV8: a wish for support with a time in it, said at "what support would help?".
SUPPORT_WITH_A_TIME = {"en": "maybe someone come in the morning to check.",
                       "cy": "falle rhywun n dod yn y bore i tsiecio arna i."}
#: A visit time said before, ending with a full stop.
VISIT_SAID = {"en": "I'd like to be there when you come, Tuesdays are best.",
              "cy": "Fi moyn bod na pan chi'n dod, dydd Mawrth sydd orau."}


def _at_visit_time_after(language: str, slot: str, said: str) -> MemoryConversation:
    conversation = _at(language, slot)
    conversation.say(said)
    while conversation.requested != "q_visit_time":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_someone_coming_to_check_is_support_not_the_visit_time(sqlite_url: str, language: str) -> None:
    conversation = _at_visit_time_after(language, "q_support", SUPPORT_WITH_A_TIME[language])
    assert conversation.text.endswith(messages.text("q_visit_time", language, "chi"))
    assert SUPPORT_WITH_A_TIME[language] not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_time_said_before_is_quoted_without_a_stray_full_stop(sqlite_url: str, language: str) -> None:
    conversation = _at_visit_time_after(language, "q_support", VISIT_SAID[language])
    quoted = VISIT_SAID[language].removesuffix(".")
    assert conversation.text.endswith(messages.text("visit_time_said_before", language, "chi", said=quoted))
    assert ".”." not in conversation.text
