"""The eighteenth trial's re-trial (stop 40), AU9: a question asked back in learner English or text-speak Welsh was
kept as an answer ("be ti feddwl newid? fel newid be" became an outcome twice) or got "I can't answer that one"
("what mean keep?"). Each is explained and the question asked again, with nothing stored; a wish that only says
"mean" stays an answer. Fictional words, after the re-trial's.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import skipped_to, stored_outcomes


def _sender(*parts: object) -> str:
    return "mem-meaning40-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language, role, slot, text", [
    ("en", "person", "q_keep", "what mean keep?"),  # the re-trial's words (English as a second language)
    ("en", "person", "q_keep", "what mean keep? i not understand"),
    ("cy", "young_person", "q_change", "be ti feddwl newid? fel newid be"),  # the re-trial's words (north, text-speak)
    ("cy", "person", "q_keep", "be chi feddwl cadw?"),
])
def test_a_question_asked_back_is_explained_and_asked_again(sqlite_url: str, language: str, role: str, slot: str,
                                                            text: str) -> None:
    conversation = skipped_to(_sender(text), language, role, slot)
    conversation.say(text)
    assert conversation.requested == slot
    assert text not in repository.answer_texts(conversation.sender_id, only=slot[2:])
    assert stored_outcomes(conversation) == []
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("plain_" + slot, language, register) in conversation.text or "“" in conversation.text


@pytest.mark.parametrize("language, slot, text", [
    ("en", "q_keep", "I want to keep my garden, that's what I mean"),
    ("cy", "q_change", "Dw i isio newid be dw i'n feddwl o'r lle, mae o'n flêr"),
])
def test_a_wish_that_says_mean_is_still_an_answer(sqlite_url: str, language: str, slot: str, text: str) -> None:
    conversation = skipped_to(_sender("twin", text), language, "person", slot)
    conversation.say(text)
    assert text in repository.answer_texts(conversation.sender_id, only=slot[2:])
