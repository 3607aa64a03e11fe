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


#: Stop 24: someone who can't be woken, is floppy, unconscious or not breathing is an emergency now (a carer's
#: dev-conversation message the learned model alone read, unsure: without this the gentle "please check" reply went out).
CANT_BE_WOKEN = [
    "sorry hang on. shes been asleep on the settee since I got here and I cant wake her proper, shes all floppy and "
    "mumbling. her tablet box was full on monday and its empty now",
    "can't wake mum up",
    "he's unconscious",
    "dwi methu deffro hi'n iawn, ma hi'n llipa",  # north
    "sai'n gallu dihuno fe",  # south
    "mae hi ddim yn anadlu",
]
#: Waking someone for school or work is no emergency.
WAKING_FOR_SOMETHING = [
    "I can't wake him up for school most mornings, he games all night",
    "dwi methu deffro fo i fynd i'r ysgol bob bore",
]


@pytest.mark.parametrize("text", CANT_BE_WOKEN)
def test_someone_who_cannot_be_woken_is_now(text: str) -> None:
    assert happening_now(text)


@pytest.mark.parametrize("text", WAKING_FOR_SOMETHING)
def test_waking_someone_for_school_is_not_now(text: str) -> None:
    assert not happening_now(text)
