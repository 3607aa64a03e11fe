"""Fifth trial Y2 (and Y14's "Welcome back" twice): after "back. where was i" every typed message got the same
"Welcome back… carry on where you left off, or start again?" (eight times on the web chat; on Telegram "back" then
"ya" got it again); only the button ended it. The reply to "back. where was i" also began with "You asked what happens
now…". Now the choice is asked once: anything but "start again" carries on, an answer is kept as that answer, as
typed. Through the conversation core (web chat and Telegram share it), in Welsh (north and south) and English.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.conversation.test_tone_stop22 import _at


def _welcome_back(language: str) -> str:
    return messages.text("welcome_back", language, "chi", "carer")


def _what_next(language: str) -> str:
    return messages.text("return_what_next", language, "chi", "carer")


def _paused_at(language: str, slot: str, *parts: object) -> MemoryConversation:
    """A carer's conversation stopped while `slot` waited ("gotta go, back tonight"), on the record."""
    conversation = _at(language, "carer", slot, "y2", hashlib.sha256(repr(parts).encode()).hexdigest()[:8])
    MemoryTurn(conversation, "").ensure_record()
    conversation.stop("gotta go, back tonight" if language == "en" else "rhaid i fi fynd, nôl heno")
    assert conversation.requested is None
    return conversation


def _times_welcomed(conversation: MemoryConversation, language: str) -> int:
    return sum(m.text == _welcome_back(language) for m in conversation.said)


#: (language, coming back, then an answer to the question waiting: q_change, "what would they like to be different?")
TRIAL_ANSWERS = [
    ("en", "back", "more stuff to do at wkends hes bored and gets stressed. and for how to help him - dont touch him "
                   "without warning, use his name first, write things down dont just say them"),
    ("en", "hi im back", "nah thats it"),
    ("cy", "helo, dwi nôl", "Isio mynd i'r côr eto ar nos Fercher, ma hi'n colli'r canu"),  # north
    ("cy", "wi nôl", "Moyn mynd mas yn amlach, ma fe'n styc yn y tŷ drwy'r dydd"),  # south
]


@pytest.mark.parametrize("language, back, answer", TRIAL_ANSWERS)
def test_an_answer_after_the_welcome_back_is_that_answer(sqlite_url: str, language: str, back: str,
                                                         answer: str) -> None:
    conversation = _paused_at(language, "q_change", back, answer)
    conversation.say(back)
    assert _welcome_back(language) in conversation.text  # asked once
    conversation.say(answer)
    assert _welcome_back(language) not in conversation.text  # never twice
    assert conversation.slots["q_change"] == answer  # kept as typed, as the answer to the question waiting
    assert answer in repository.answer_texts(conversation.sender_id)
    assert conversation.requested not in (None, "q_change")  # the next question is asked
    assert _times_welcomed(conversation, language) == 1


@pytest.mark.parametrize("language, go_on", [
    ("en", "ya"), ("en", "yep"), ("en", "back"), ("en", "ok"),
    ("en", "hiya"), ("en", "where was i?"),
    ("cy", "ie"), ("cy", "ia"), ("cy", "nôl"), ("cy", "dwi nôl"), ("cy", "iawn"), ("cy", "helo eto"), ("cy", "lle o'n i?"),
])
def test_a_bare_go_on_carries_on_with_the_question_waiting(sqlite_url: str, language: str, go_on: str) -> None:
    """Telegram: "brb afk 2 mins", "back", then "ya" got the same choice again."""
    conversation = _paused_at(language, "q_change", go_on)
    conversation.say("back" if language == "en" else "helo")
    conversation.say(go_on)
    assert conversation.requested == "q_change"  # the question waiting, asked again
    assert conversation.slots.get("q_change") is None  # "ya" is not an answer to it
    assert go_on not in repository.answer_texts(conversation.sender_id)
    assert _times_welcomed(conversation, language) == 1


@pytest.mark.parametrize("language, again", [("en", "start again"), ("cy", "dechrau eto")])
def test_start_again_is_still_the_other_choice(sqlite_url: str, language: str, again: str) -> None:
    conversation = _paused_at(language, "q_change", again)
    conversation.say("back")
    turn = MemoryTurn(conversation, again, "start_again")
    from bot.conversation import steering

    assert steering.carry_on_after_welcome(turn) is None  # left to action_start_again


@pytest.mark.parametrize("language, where", [
    ("en", "back. where was i"), ("en", "where was i?"), ("cy", "nôl. lle o'n i"), ("cy", "ble o'n i?"),
])
def test_where_was_i_carries_on_with_no_stray_reply(sqlite_url: str, language: str, where: str) -> None:
    """"back. where was i" was answered "You asked what happens now. I'm a computer program…" before the choice."""
    conversation = _paused_at(language, "q_change", where)
    conversation.say(where)
    assert _what_next(language) not in conversation.text
    assert conversation.requested == "q_change"  # the question, at once
    assert _times_welcomed(conversation, language) == 0


def test_the_whole_trial_return_goes_on_question_by_question(sqlite_url: str) -> None:
    """The web chat's dad: after the choice, each message answers the next question; none is the choice again."""
    conversation = _paused_at("en", "q_change", "whole")
    conversation.say("back")
    asked = []
    for typed in ["more stuff to do at wkends hes bored and gets stressed", "skip",
                  "hmm probs his meltdowns when im at work, my mrs left 2 yrs ago so its just me n him"]:
        asked.append(conversation.requested)
        conversation.say(typed, intent="skip" if typed == "skip" else None)
        assert _welcome_back("en") not in conversation.text
    assert asked[0] is None and asked[1] != asked[2]  # the choice once, then question after question
    assert conversation.slots["q_change"] == "more stuff to do at wkends hes bored and gets stressed"
