"""A refusal to answer is a skip, never an outcome (stop-28 trial Y9).

A 17-year-old's "sai moyn ateb hwnna" (I don't want to answer that) was kept as an answer and listed in the summary as
how she wants to be supported. A refusal, with a "tbh" or a "sori" on it, is now the skip control in both languages;
the same words inside a real answer are not.
"""
from __future__ import annotations

import pytest

from bot.analysis.controls import control_of


@pytest.mark.parametrize("text", [
    "sai moyn ateb hwnna", "Dwi ddim isio ateb hwnna sori", "dw i ddim eisiau ateb hynny", "well gen i beidio ateb",
    "i'd rather not say tbh", "I don't want to answer that, sorry", "rather not", "not answering that",
])
def test_a_refusal_is_the_skip(text: str) -> None:
    assert control_of(text) == ("skip", None)


@pytest.mark.parametrize("text", [
    "I would rather not go into a home", "sai moyn mynd nol i foster, no way", "sorry", "sori",
    "dwi ddim isio ateb y ffôn i neb ond fy merch",
])
def test_the_words_inside_an_answer_are_no_skip(text: str) -> None:
    assert control_of(text) is None


@pytest.mark.parametrize("text, control", [("stop sorry", "stop"), ("sorry what", "help"), ("welsh tbh", "cy")])
def test_a_sorry_or_tbh_around_a_control_leaves_it_as_it_was(text: str, control: str) -> None:
    found = control_of(text)
    assert found is not None and control in (found[0], found[1])
