"""Four risk-reader gaps found at stop 33 (issue 11), each read in both languages with its calm look-alikes.

Why: "Her nephew Darren hits her." read no risk at all while "...and she's frightened of him" was urgent: a relative,
carer or neighbour hitting or hurting the person cared for, told in the present, is abuse whether or not fear is named.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: 1. A relative, carer or neighbour hitting or hurting the person cared for, now.
RELATIVE_HITS = [
    "Her nephew Darren hits her.",
    "Mae ei nai Darren yn ei tharo hi.",
    "Her carer hurts her.",
    "Mae ei gofalwr yn ei brifo hi.",
    "Her grandson hits her when he's had a drink.",
    "Mae ei mab yn ei churo hi pan mae o wedi bod yn yfed.",
]

#: The same words about a ball, the gym, the heat, feelings, luck and the past that is over.
RELATIVE_CALM = [
    "he hits the ball",
    "Darren hits the gym",
    "the heat hits her",
    "her son hits the gym every morning",
    "her son hurts her feelings sometimes",
    "mae'r gwres yn ei tharo hi",
    "mae ei mab yn ei tharo hi'n lwcus",
    "he hit her once years ago, he's changed",
    "her nephew hit her once years ago, he's changed",
    "wnaeth ei nai ei tharo hi unwaith flynyddoedd yn ôl, mae o wedi newid",
]


@pytest.mark.parametrize("text", RELATIVE_HITS)
def test_a_relative_hitting_the_person_cared_for_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent"
    assert "abuse" in found.categories


@pytest.mark.parametrize("text", RELATIVE_CALM)
def test_hitting_a_ball_the_gym_or_the_past_stays_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
