"""Outcome cuts from the stop-24 trial, stop 25, each in Welsh and English.

T11: "plis." on its own and "fel ddudis i" (as I said) became outcomes of their own or tails of one. Filler and
politeness are never outcomes on their own; a wish they follow keeps its own words.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse


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
