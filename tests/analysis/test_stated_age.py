"""The age a person gives of themselves, in Welsh and English, and what is not their age."""
from __future__ import annotations

import pytest

from bot.analysis.age import is_only_a_young_age, stated_age


@pytest.mark.parametrize("text,age", [
    ("im 19", 19), ("I’m 19 and left care last yr", 19), ("i am 22 btw", 22), ("I'm aged 17", 17),
    ("dwi'n 15", 15), ("Dw i'n 14 oed", 14), ("wi'n 17", 17), ("fi'n 16 a dwi'n mynd i'r coleg", 16),
    ("rwy'n 18 oed", 18), ("19", 19), ("19 yrs old", 19), ("20 oed", 20),
])
def test_their_own_age(text: str, age: int) -> None:
    assert stated_age(text) == age


@pytest.mark.parametrize("text", [
    "my brother is 8", "Mam (82)", "mae Mam yn 45", "im 19 weeks pregnant", "I'm 19th in the queue",
    "im 5 mins away", "dwi'n 10 munud i ffwrdd", "helo", "", "Year 10",
])
def test_not_their_age(text: str) -> None:
    assert stated_age(text) is None


@pytest.mark.parametrize("text", ["14", "dwi'n 14", "Dw i'n 15", "I'm 15", "15 oed", "14 yrs old", " 16 ! "])
def test_only_a_young_age(text: str) -> None:
    assert is_only_a_young_age(text)


@pytest.mark.parametrize("text", ["19", "im 18", "14 and I look after my mum", "Mam (82)", "Year 10", "helo"])
def test_not_only_a_young_age(text: str) -> None:
    assert not is_only_a_young_age(text)
