"""Childline and Meic before anyone has said who is writing: only for a child's or young person's words (stop 22).

Stop-21 trial U21: the mother of a 32-year-old, writing before she had said who she was, was given Childline and Meic
with the urgent reply ("a child may be writing" was assumed of everyone). Now, while nobody has said who is writing and
no age is known, the young people's lines are added only when the words are a young person's (their school, a parent
doing something to them, an age under 25); never for a carer speaking of an adult. Through the conversation core,
Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.conversation.safety import helplines_offered, young_persons_words
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

# A mother writing about her grown-up son before saying who she is (U21's shape), and a Welsh twin.
HER_SON = {"en": "my son is 32 and last night he said he wants to end it all, he has pills in his room",
           "cy": "mae fy mab yn 32 a neithiwr nath o ddeud bod o isio lladd ei hun, mae ganddo fo dabledi yn ei stafell"}
# A child's words: a parent hitting them, school.
A_CHILD = {"en": "mum hit me again last night and i dont want to go home after school",
           "cy": "nath mam fy nharo i eto neithiwr a dwi ddim isio mynd adra ar ol ysgol"}


def _first_message(language: str, text: str) -> str:
    """What the assistant says to `text` written at the very first question, nobody having said who they are."""
    conversation = MemoryConversation(f"helplines22-{next(_senders)}", language=language)
    conversation.start()
    assert conversation.slots.get("role") is None
    conversation.say(text)
    return conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_mother_writing_about_her_grown_up_son_is_not_given_childline_or_meic(sqlite_url: str,
                                                                               language: str) -> None:
    said = _first_message(language, HER_SON[language])
    assert "999" in said and "Samari" in said  # the urgent reply, with the lines for what she told
    assert "Childline" not in said and "Meic" not in said


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_child_who_has_not_said_who_they_are_is_given_childline(sqlite_url: str, language: str) -> None:
    """(Childline and Meic until stop 42: now one young person's own line, at most a few lines in all, AW17.)"""
    said = _first_message(language, A_CHILD[language])
    assert "999" in said and "Childline" in said and "Meic" not in said


@pytest.mark.parametrize("text,young", [
    (HER_SON["en"], False), (HER_SON["cy"], False),
    (A_CHILD["en"], True), (A_CHILD["cy"], True),
    ("my stepdad hits me when mum is at work and im scared to go home", True),
    ("mae llysdad yn fy nharo i pan mae mam yn gwaith", True),
    ("im in year 10 and i cant cope anymore", True), ("dwi ym mlwyddyn 10 a fedra i ddim ymdopi", True),
    ("dad won't let me go out or see my mates", True), ("dydi dad ddim yn gadael fi allan", False),
    # a carer speaking of an adult, or a parent speaking of a child's school
    ("my mum doesnt know who i am anymore and she hit me", False),
    ("my mum wont let me help her and i cant do this anymore", False),
    ("I look after my husband, he said he'd be better off dead", False),
    ("dwi'n gofalu am fy ngŵr, mae o'n deud bysa fo'n well ei ladd ei hun", False),
    ("my son's school rang, they said he wants to die", False),
])
def test_whose_words_are_a_young_persons(text: str, young: bool) -> None:
    assert young_persons_words([text]) is young


def test_once_they_have_said_they_are_a_carer_only_the_adult_lines() -> None:
    lines = helplines_offered(["suicide"], "en", register="chi", role="carer", age=None, words=[A_CHILD["en"]])
    assert {h.id for h in lines}.isdisjoint({"childline", "meic"})


def test_words_said_before_the_disclosure_count() -> None:
    """A teacher named in an earlier message (never stored, before consent) makes the words a young person's."""
    lines = helplines_offered(["abuse"], "en", register="chi", role=None, age=None,
                              words=["he hurts me", "my teacher noticed the bruises"])
    assert {"childline", "meic"} <= {h.id for h in lines}
