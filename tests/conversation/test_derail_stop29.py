"""Derailments, stop 29 (issue 11): what the dev sets and the twin set's tuning half showed, by family.

- Help after "welcome back": "help" (or "helpu") typed at "carry on where you left off, or start again?" gave the help,
  and the next message ("ok", or the answer) brought the same welcome-back choice again. Help leaves the choice
  waiting: the next message answers it.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
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


def _paused_at(language: str, slot: str, *parts: object) -> MemoryConversation:
    """A carer's conversation stopped while `slot` waited, on the record."""
    conversation = _at(language, "carer", slot, "d29", hashlib.sha256(repr(parts).encode()).hexdigest()[:8])
    MemoryTurn(conversation, "").ensure_record()
    conversation.stop("gotta go, back later" if language == "en" else "rhaid i fi fynd, nôl wedyn")
    return conversation


def _help(conversation: MemoryConversation, text: str) -> None:
    """As Rasa's help rule does outside the questions: action_help says the help, and nothing else."""
    conversation.messages.append(text)
    MemoryTurn(conversation, text, "help").say("help")


#: (language, the help word typed, then the answer to the question waiting: q_change)
AFTER_HELP = [
    ("en", "help", "I'd like her to get out to the shops on a Saturday again"),
    ("en", "what do i do", "ok"),
    ("cy", "help", "Isio iddi fynd i'r siop ar ddydd Sadwrn eto"),
    ("cy", "helpu plis", "iawn"),
]


@pytest.mark.parametrize("language, asked_help, then", AFTER_HELP)
def test_help_after_welcome_back_leaves_the_choice_waiting(sqlite_url: str, language: str, asked_help: str,
                                                          then: str) -> None:
    conversation = _paused_at(language, "q_change", asked_help, then)
    conversation.say("back" if language == "en" else "nôl")
    assert _welcome_back(language) in conversation.text
    _help(conversation, asked_help)
    conversation.say(then)
    assert _welcome_back(language) not in conversation.text  # the choice is never asked twice
    assert sum(m.text == _welcome_back(language) for m in conversation.said) == 1
    if then in ("ok", "iawn"):
        assert conversation.requested == "q_change"  # "ok" carries on: the question waiting, asked again
        assert conversation.slots.get("q_change") is None
    else:
        assert conversation.slots["q_change"] == then  # the answer to the question waiting, kept as typed
        assert then in repository.answer_texts(conversation.sender_id)
        assert conversation.requested not in (None, "q_change")
