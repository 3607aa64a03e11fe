"""Stop-25 trial U7: a 14-year-old said "i used to cut but not anymore" (a calm self-harm concern), and later "that ill
start again if it gets really bad", which names no harm: it got "Thanks." and no flag. Said after the self-harm, the fear
that it starts again is a self-harm concern the worker sees, with a word for it; said with no self-harm before it, or as
a wish to start the conversation again, it is nothing. Through the conversation core, Welsh and English; the words are
fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk.comes_back import says_it_may_come_back
from bot.conversation.replies import WORRY_ACKS
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_tone_stop22 import _at, _text

PAST = {"en": "i used to cut but not anymore", "cy": "o'n i'n arfer torri ond dim mwy"}
COMING_BACK = {"en": "exams. and that ill start again if it gets really bad",
               "cy": "arholiadau. a dwi'n poeni y bydda i'n dechrau eto os eith hi'n ddrwg"}


def _concerns(conversation: MemoryConversation) -> list[tuple[str, ...]]:
    """The categories of every concern flag kept in this conversation, oldest first."""
    return repository.other_flag_categories(conversation.sender_id, "", "concern")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_fear_that_it_starts_again_is_a_self_harm_concern(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "young_person", "q_what_matters", "u7-back")
    conversation.say(PAST[language])
    assert _concerns(conversation) == [("self_harm",)], "the calm past self-harm this test rests on"
    while conversation.requested != "q_worries":
        conversation.say("/skip", intent="skip")
    before = len(_concerns(conversation))
    conversation.said.clear()
    conversation.say(COMING_BACK[language])
    concerns = _concerns(conversation)
    assert len(concerns) == before + 1
    assert concerns[-1] == ("self_harm",)
    assert conversation.text.startswith(tuple(_text(key, language, "young_person") for key in WORRY_ACKS))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_without_self_harm_before_it_is_nothing(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "young_person", "q_worries", "u7-alone")
    conversation.say(COMING_BACK[language])
    assert _concerns(conversation) == []
    assert not repository.is_urgent(conversation.sender_id)


@pytest.mark.parametrize("text", ["that ill start again if it gets really bad",
                                  "dwi'n poeni y bydda i'n dechrau eto os eith hi'n ddrwg",
                                  "im scared it might start again", "mae gen i ofn ailddechrau"])
def test_a_fear_that_it_starts_again(text: str) -> None:
    assert says_it_may_come_back(text)


@pytest.mark.parametrize("text", ["can we start again?", "ga i ddechrau eto? dwi 'di ateb y peth anghywir",
                                  "i want to start again at a new school if i can", "exams mostly"])
def test_starting_the_conversation_again_is_not(text: str) -> None:
    assert not says_it_may_come_back(text)
