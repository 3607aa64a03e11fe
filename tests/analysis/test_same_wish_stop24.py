"""The same wish said in Welsh and in English (bot.analysis.same_wish): by the meanings of every word, never merging
two wishes that differ in any of them."""
from __future__ import annotations

import pytest

from bot.analysis.same_wish import same_wish


@pytest.mark.parametrize("welsh,english", [
    ("dw i isio mynd nôl i'r capel", "I want to get back to chapel"),
    ("Aros adra efo'r ci", "Stay at home with the dog"),
    ("Dwi isio gweld fy wyrion bob wythnos", "I want to see my grandchildren every week"),
    ("Dw i eisiau siarad Cymraeg", "I want to speak Welsh"),
    ("dwi isio mynd i'r gym eto", "I want to go to the gym again"),
    ("Dw i isio gweld Cerys", "I want to see Cerys"),
])
def test_one_wish_in_both_languages(welsh: str, english: str) -> None:
    assert same_wish(welsh, english) and same_wish(english, welsh)


@pytest.mark.parametrize("welsh,english", [
    ("dw i isio mynd i'r capel", "I want to stop going to chapel"),
    ("Dw i isio gweld Dylan", "I want to see Cerys"),
    ("dwi isio mynd i gartref", "I dont want to go into a home"),
    ("dwi isio mynd i'r gym", "I want to go to the gym with my mates"),
    ("capel", "chapel"),  # one word: too little to tell
])
def test_different_wishes_stay_apart(welsh: str, english: str) -> None:
    assert not same_wish(welsh, english)
