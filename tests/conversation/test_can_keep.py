"""Words that cannot be kept as typed (far too long, or a character no database can store) are refused the same way
wherever they are typed: at a question, and at the read-back when adding to the list (Turn.can_keep, one check).
Nothing is stored, they are told why in their language, and the same question waits. Through the conversation core.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.repository import MAX_ANSWER_CHARS
from tests.conversation.memory import at_question
from tests.conversation.test_readback_typed import _at_the_read_back

TOO_LONG = "a" * (MAX_ANSWER_CHARS + 1)
NUL = "Gweld fy wyrion\x00"


def _refused(said: str, reason: str, language: str) -> bool:
    return messages.text(f"input_{reason}", language) in said


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("words, reason", [(TOO_LONG, "too_long"), (NUL, "control_characters")])
def test_at_a_question(sqlite_url: str, language: str, words: str, reason: str) -> None:
    sender = f"can-keep-q-{language}-{reason}"
    conversation = at_question(sender, language, "q_strengths", what_matters="Gweld fy wyrion")
    kept = repository.answer_texts(sender)
    conversation.said.clear()
    conversation.say(words)
    assert _refused(conversation.text, reason, language)
    assert conversation.requested == "q_strengths"
    assert repository.answer_texts(sender) == kept


@pytest.mark.parametrize("language", ["cy", "en"])
def test_adding_at_the_read_back(sqlite_url: str, language: str) -> None:
    sender = f"can-keep-rb-{language}"
    conversation = _at_the_read_back(sender, language, "person")
    items = [o.text for o in repository.outcomes_for_readback(sender)]
    conversation.say("add" if language == "en" else "ychwanegu")
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(TOO_LONG)
    assert _refused(conversation.text, "too_long", language)
    assert conversation.requested == asked
    assert [o.text for o in repository.outcomes_for_readback(sender)] == items
