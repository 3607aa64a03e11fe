""""Is Kevin in trouble?" is answered about Kevin, honestly (the sixteenth trial's AR13).

A man with a learning disability told how his brother takes his money every week ("I never get it back. I do not mind.
He is my brother."), then at "are you safe?" asked "Yes. Is Kevin in trouble? I do not want Kevin in trouble." and was
told "You're not in trouble.": an answer to a question he did not ask. Through the real core and SQLite, Welsh and
English; "am I in trouble?" still gets the answer about the person themselves.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_check_questions import questions_asked
from tests.conversation.memory import at_question

_ids = itertools.count(1)

MONEY = {"en": ("Pictures. And plain words. No long letters.\nMy brother Kevin takes my money every week to keep it "
                "safe. I never get it back. I do not mind. He is my brother."),
         "cy": ("Lluniau. A geiriau syml.\nMae fy mrawd Kevin yn cymryd fy arian i bob wythnos i'w gadw'n saff. Dw i "
                "byth yn ei gael yn ôl. Dw i ddim yn meindio. Fy mrawd i ydy o.")}
IS_HE_IN_TROUBLE = {"en": "Yes. Is Kevin in trouble? I do not want Kevin in trouble.",
                    "cy": "Ydw. Ydy Kevin mewn trwbl? Dw i ddim isio Kevin mewn trwbl."}
AM_I_IN_TROUBLE = {"en": "Yes. Am I in trouble?", "cy": "Ydw. Ydw i mewn trwbl?"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_is_he_in_trouble_is_asked_about_him(language: str) -> None:
    assert questions_asked(IS_HE_IN_TROUBLE[language]) == ["their_trouble"]
    assert questions_asked("Is my brother in trouble?") == ["their_trouble"]
    assert questions_asked(AM_I_IN_TROUBLE[language]) == ["trouble"]


@pytest.mark.parametrize("language,reply,answer,not_answer", [
    ("en", IS_HE_IN_TROUBLE["en"], "safety_check_answer_their_trouble", "safety_check_answer_trouble"),
    ("cy", IS_HE_IN_TROUBLE["cy"], "safety_check_answer_their_trouble", "safety_check_answer_trouble"),
    ("en", AM_I_IN_TROUBLE["en"], "safety_check_answer_trouble", "safety_check_answer_their_trouble"),
])
def test_at_the_check_the_question_asked_is_answered(sqlite_url: str, language: str, reply: str, answer: str,
                                                     not_answer: str) -> None:
    conversation = at_question(f"ar13-{language}-{next(_ids)}", language, "q_support",
                               what_matters="The penguins" if language == "en" else "Y pengwiniaid", name="Dewi")
    conversation.say(MONEY[language])
    assert messages.text("safety_check", language) in conversation.text  # the urgent reply and the check
    conversation.say(reply)
    assert messages.text(answer, language) in conversation.text
    assert messages.text(not_answer, language) not in conversation.text
