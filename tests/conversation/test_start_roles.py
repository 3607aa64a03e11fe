"""Who is talking, read from how people really say it (issue 11), in Welsh and English."""
from __future__ import annotations

import pytest

from bot.conversation.about_you import role_from_text
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation


@pytest.mark.parametrize("text", ["dwi'n edrach ar ôl dad", "dwi'n edrych ar ol dad", "fi sy'n gofalu am mam",
                                  "Dw i'n gofalu am fy nhad", "I look after my nan", "its for my mum",
                                  "doing this 4 my nan", "I'm filling it in for Dad"])
def test_carers(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("text", ["dwi'n 15", "im 16", "Dw i'n 14 oed", "I'm 17 and at college", "fi'n 16"])
def test_young_people(text: str) -> None:
    assert role_from_text(text) == "young_person"


@pytest.mark.parametrize("text", ["fi", "Fi fy hun", "me", "it's about me"])
def test_the_person(text: str) -> None:
    assert role_from_text(text) == "person"


@pytest.mark.parametrize("text", ["Megan", "Kai", "Dorothy", "yndi", "ok"])
def test_a_name_or_a_yes_says_nothing_about_who(text: str) -> None:
    assert role_from_text(text) is None


@pytest.mark.parametrize("language,words,role", [
    ("en", "I look after my husband, he had a heart attack in march", "carer"),
    ("cy", "dwi'n edrych ar ôl y gŵr, gafodd o drawiad ar y galon mis Mawrth", "carer"),
    ("en", "Jean's neighbour Pat, I'm typing for her as her eyes are bad", None),
])
def test_a_role_answer_that_says_more_is_kept_as_written(sqlite_url: str, language: str, words: str,
                                                         role: str | None) -> None:
    """Stop-18 trial: "he had a heart attack in march" was in no summary."""
    conversation = MemoryConversation(f"role-more-{language}-{len(words)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(words)
    if role is not None:
        assert conversation.slots["role"] == role
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert [(a.question_key, a.text) for a in conv.answers if a.question_key == "role"] == [("role", words)]


@pytest.mark.parametrize("words", ["me", "i look after my mum", "Fi", "dwi'n gofalu am Dad"])
def test_a_short_role_answer_is_not_kept(sqlite_url: str, words: str) -> None:
    conversation = MemoryConversation(f"role-short-{len(words)}", language="en")
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(words)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is None or [a for a in conv.answers if a.question_key == "role"] == []
