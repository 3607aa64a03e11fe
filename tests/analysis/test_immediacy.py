"""Harm happening now (an overdose taken, someone hurting them now) is told apart from harm in the past."""
from __future__ import annotations

import pytest

from bot.analysis.risk.immediacy import happening_now

NOW = [
    "I've taken all my tablets",
    "ive took 30 paracetamol",
    "I've just overdosed",
    "dwi wedi cymryd y tabledi i gyd",
    "dwi di cymryd y tabs i gyd",  # text-speak
    "dw i wedi llyncu llond llaw o dabledi",
    "he's hitting me now",
    "hes hitting me rn",
    "mae e'n fy mwrw i nawr",  # south
    "mae o'n fy nghuro i rŵan",  # north
    "I'm in danger right now",
    "dwi mewn perygl nawr",
    "I'm going to kill myself tonight",
]

NOT_NOW = [
    "I took an overdose last year",
    "Wnes i gymryd gorddos llynedd",
    "dwi wedi cymryd gorddos flynyddoedd yn ôl",
    "he used to hit me now he just shouts",
    "I want to kill myself",
    "mae fe'n fy mwrw i pan mae e 'di yfed",  # abuse, but not said to be happening now
    "I've taken my tablets this morning",
    "",
]


@pytest.mark.parametrize("text", NOW)
def test_harm_happening_now(text: str) -> None:
    assert happening_now(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_harm_not_said_to_be_now(text: str) -> None:
    assert not happening_now(text)
