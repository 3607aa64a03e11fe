"""Outcome cuts from the stop-24 trial, stop 25, each in Welsh and English.

T11: "plis." on its own and "fel ddudis i" (as I said) became outcomes of their own or tails of one. Filler and
politeness are never outcomes on their own; a wish they follow keeps its own words.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse, may_keep_whole


def _outcomes(text: str, question: str | None) -> list[str]:
    return [o.text for o in analyse(text, question).outcomes]


@pytest.mark.parametrize("text", ["plis.", "please.", "Plîs", "os gwelwch yn dda", "fel ddudis i", "like I said",
                                  "fel ddudis i o'r blaen", "as I said before", "plis. fel ddudis i", "please, like I said"])
@pytest.mark.parametrize("question", ["process", "change", None])
def test_politeness_and_pointing_back_alone_are_no_outcome(text: str, question: str | None) -> None:
    assert _outcomes(text, question) == []


@pytest.mark.parametrize("text,wish", [
    ("Tecstiwch fi gynta. plis.", "Tecstiwch fi gynta."),
    ("Text me first. please.", "Text me first."),
    ("dwi isio iddyn nhw ffonio gynta, fel ddudis i", "dwi isio iddyn nhw ffonio gynta"),
    ("I want them to ring first, like I said", "I want them to ring first"),
])
def test_a_wish_keeps_its_words_without_the_filler(text: str, wish: str) -> None:
    assert _outcomes(text, "process") == [wish]


# T9: "dwi'n meddwl am betha tywyll a dwi'm yn cysgu" (I think about dark things and I don't sleep) was filed as a
# thing to keep. Words read as a worry about how they feel, with no wish in them, are a concern for the safeguarding
# section, never an outcome, nor kept whole as one at the read-back. (Which concern it is: the risk reader's part.)
DARK_THOUGHTS = {"cy": "dwi'n meddwl am betha tywyll a dwi'm yn cysgu",
                 "en": "to be honest I keep thinking about dark things and I can't sleep"}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("question", ["maintenance", "change", None])
def test_dark_thoughts_are_no_outcome(language: str, question: str | None) -> None:
    analysis = analyse(DARK_THOUGHTS[language], question)
    assert analysis.risk.level != "none"
    assert analysis.outcomes == ()
    assert not may_keep_whole(DARK_THOUGHTS[language], analysis)


@pytest.mark.parametrize("text", ["gwaith. dwi'n meddwl am betha tywyll a dwi'm yn cysgu",
                                  "work. I keep thinking about dark things and I can't sleep"])
def test_a_heading_before_dark_thoughts_does_not_make_them_an_outcome(text: str) -> None:
    assert _outcomes(text, "maintenance") == []


@pytest.mark.parametrize("text,wish", [
    ("dwi'n meddwl am betha tywyll a dwi'm yn cysgu. ond dwi isio cadw'n swydd", "dwi isio cadw'n swydd"),
    ("I keep thinking about dark things and I can't sleep. but I want to keep my job", "I want to keep my job"),
])
def test_a_wish_beside_them_is_still_an_outcome(text: str, wish: str) -> None:
    assert _outcomes(text, "maintenance") == [wish]
