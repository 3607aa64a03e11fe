"""Trial 41 AW10: "she is my husband mother, name Fatima", said at "Who do you look after? What name shall I use for
them?", gave no name: the carer was asked about "the person you look after" thirteen times. A bare "name" (simple
English, or "enw" in Welsh) before a capitalised word names whom they look after, as "called" does. Their own name,
said the same way at that question, is never taken for the person's ("my name Amira, ..."). Through the conversation
core from the first message; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.about_you import named_outright
from tests.conversation.test_colloquial import Dialogue

#: (language, the role typed, their own name, the answer at "who do you look after?", the name to use)
NAMED = [
    ("en", "I look after my mother in law", "Amira", "she is my husband mother, name Fatima", "Fatima"),
    ("en", "I look after someone", "Amira", "my husband mother, name: Fatima. she speak Arabic only", "Fatima"),
    ("cy", "dw i'n gofalu am fam y gŵr", "Amira", "mam y gŵr ydi hi, enw hi Fatima", "Fatima"),  # north
    ("cy", "fi'n dishgwl ar ôl mam y gŵr", "Amira", "mam y gŵr yw hi, enw Fatima", "Fatima"),  # south
    ("cy", "gofalu am rywun", "Amira", "mam y gwr, enw Fatima. arabeg yn unig ma hi'n siarad", "Fatima"),  # text
]


def _sender(*parts: object) -> str:
    return "mem-aw10-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language, role, own, answer, name", NAMED)
def test_a_bare_name_word_names_whom_they_look_after(sqlite_url: str, language: str, role: str, own: str,
                                                    answer: str, name: str) -> None:
    dialogue = Dialogue(_sender(language, role, answer))
    dialogue.say("hello" if language == "en" else "helo")
    if dialogue.asking is None:
        dialogue.say("", intent="choose_language", chosen=[language])
    dialogue.say("yes" if language == "en" else "iawn")
    assert dialogue.asking == "role"
    dialogue.say(role)
    assert dialogue.asking == "name"
    dialogue.say(own)
    assert dialogue.asking == "cared_for_name"
    said = dialogue.say(answer)
    assert dialogue.slots["cared_for_name"] == name
    assert dialogue.slots["name"] == own
    assert name in said  # ("I'll ask about Fatima first", never "the person you look after")


@pytest.mark.parametrize("text", [
    "my name Amira, i look after mum",  # their own name: never the person's
    "Mum. I dont know her name Sunday club calls her",  # "name" inside a sentence, not naming
    "Mam. Enw'r meddyg ydi Dr Evans",  # the GP's name ("Enw'r" was once taken as Mam's name)
    "Mum. her GP name Dr Evans",
])
def test_a_name_word_that_names_no_one_they_look_after(text: str) -> None:
    assert named_outright(text) not in ("Amira", "Sunday", "Enw'r", "Dr Evans", "Dr")
