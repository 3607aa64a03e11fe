""""There are 1 questions left" could be said (left at stop 34): `bored_offer` and `hurry_noted` (and "how long is
this?") count the questions left in words that agree with the number, in English and Welsh, "ti" and "chi": "one
question", "un cwestiwn", "2 gwestiwn" (the Welsh noun stays singular after a number, soft after 2, aspirate after 3
and 6). Through the conversation core with SQLite; the messages people typed as fixtures.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.replies import questions_left, questions_left_words
from tests.conversation.memory import MemoryConversation, MemoryTurn, started

BORED = {"en": "this is boring", "cy": "ma hwn yn boring"}
HURRY = {"en": "can we speed this up please, I'm at work", "cy": "gawn ni fynd yn gyflymach plis, dwi'n y gwaith"}
ROLES = [("en", "person"), ("en", "young_person"), ("cy", "person"), ("cy", "young_person")]


def _sender(*parts: object) -> str:
    return "mem-lo35-left-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _with_left(language: str, role: str, left: int, *parts: object) -> MemoryConversation:
    conversation = started(_sender(language, role, left, *parts), language, role=role, name="Sam")
    while questions_left(MemoryTurn(conversation, "")) > left:
        conversation.say("/skip", intent="skip")
    assert conversation.requested is not None and conversation.requested.startswith("q_")
    return conversation


@pytest.mark.parametrize("language, role", ROLES)
@pytest.mark.parametrize("said", ["bored", "hurry"])
def test_one_question_left_is_one_question(sqlite_url: str, language: str, role: str, said: str) -> None:
    conversation = _with_left(language, role, 1, said)
    waiting = conversation.requested
    conversation.say((BORED if said == "bored" else HURRY)[language])
    reply = conversation.text
    assert ("one question left" if language == "en" else "Mae un cwestiwn ar ôl") in reply
    assert "1 question" not in reply and "1 cwestiwn" not in reply
    assert conversation.requested == waiting  # the question still waits for its answer


@pytest.mark.parametrize("language, role", ROLES)
def test_two_questions_left_agree_with_the_number(sqlite_url: str, language: str, role: str) -> None:
    conversation = _with_left(language, role, 2)
    conversation.say(BORED[language])
    assert ("2 questions left" if language == "en" else "Mae 2 gwestiwn ar ôl") in conversation.text


@pytest.mark.parametrize("left, en, cy", [
    (1, "one question", "un cwestiwn"), (2, "2 questions", "2 gwestiwn"), (3, "3 questions", "3 chwestiwn"),
    (4, "4 questions", "4 cwestiwn"), (6, "6 questions", "6 chwestiwn"), (8, "8 questions", "8 cwestiwn"),
])
def test_the_count_in_words(left: int, en: str, cy: str) -> None:
    assert questions_left_words("en", left) == en
    assert questions_left_words("cy", left) == cy
