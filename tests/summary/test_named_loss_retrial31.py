"""Retrial 31 AC14: "Well since I lost Glenys last spring it's all been a bit upside down…" got "Thank you for giving
so much detail": a death of someone named, said in passing, gets the same brief word as "lost the wife, Mair". The
trial's words (fictional people) and twins in Welsh, through the conversation core.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.conversation.replies import tells_of_a_loss
from tests.conversation.memory import started_with_record


def _sender(*parts: object) -> str:
    return "mem-f31b-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


GLENYS = {
    "en": "Well since I lost Glenys last spring it's all been a bit upside down. A good day is when I get down the "
          "allotment, potter about, have a chat with the boys in the hut, then home for a bit of dinner and the rugby "
          "on. Sundays I go up to Glenys's grave with a few flowers",  # the trial's words
    "cy": "Wel ers i fi golli Glenys gwanwyn dwetha mae popeth wedi bod braidd ben i waered. Diwrnod da ydi pan dw i'n "
          "cael mynd lawr i'r rhandir, potsian, sgwrs efo'r hogia yn y cwt, wedyn adra am ginio a'r rygbi ymlaen.",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_named_death_told_in_passing_gets_a_word(sqlite_url: str, language: str) -> None:
    assert tells_of_a_loss(GLENYS[language])
    conversation = started_with_record(_sender("ac14-r31", language), language, role="person", name="Emrys")
    conversation.say(GLENYS[language])
    assert messages.text("ack_loss", language) in conversation.text


@pytest.mark.parametrize("text", [
    "since I lost Glenys", "ers i fi golli Glenys", "after Dai passed I stopped going to the club",
    "ers i Dai farw dw i ddim yn mynd i'r clwb", "we lost Bethan in March", "gollon ni Bethan fis Mawrth",
])
def test_a_named_death_is_heard(text: str) -> None:
    assert tells_of_a_loss(text)


@pytest.mark.parametrize("text", [
    "Dai passed his driving test", "pasiodd Dai ei brawf gyrru", "after Dai passed the ball", "I lost Monday's appointment",
    "collais i apwyntiad dydd Llun", "dwi di colli Cymraeg", "I lost Glenys's ring", "I lost Facebook for a week",
    "since Mari passed her exams",
])
def test_other_named_things_are_no_death(text: str) -> None:
    assert not tells_of_a_loss(text)
