"""Seventh trial (stop 29, AA10): a real fall told in a Wrexham man's words was left out of the falls concern.

"I went over on it in October and cut me head open, lay there a good while before Dean found me" is a fall, a head
injury and a long lie: the worker must see it among the concerns, not only the sentence about the broken step. Each
message as typed, with a Welsh twin; the look-alikes (a ferry crossing, lying on a beach) read nothing. A fall is a
concern, never urgent on its own. The words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

FALLS = [
    "I went over on it in October and cut me head open, lay there a good while before Dean found me.",
    "I went over on my ankle on the kerb outside the Co-op",
    "she was lying on the floor for ages until the carer came in",
    "o'n i ar lawr am oria cyn i Dewi ffeindio fi",
    "Nes i ddisgyn ar y step mis Hydref a torri 'mhen, o'n i ar lawr am oria cyn i Dewi ffeindio fi.",
]

NOT_FALLS = [
    "We went over on the ferry to Ireland for my sister's wedding",
    "we lay there for hours before we went home, on the beach at Rhosneigr",
    "Aethon ni draw ar y fferi i Iwerddon",
]


@pytest.mark.parametrize("message", FALLS)
def test_a_fall_told_in_passing_is_a_falls_concern(message: str) -> None:
    risk = assess_risk(message)
    assert risk.level == "concern"
    assert "falls" in risk.categories


@pytest.mark.parametrize("message", NOT_FALLS)
def test_going_over_on_a_ferry_or_lying_on_a_beach_is_no_fall(message: str) -> None:
    assert "falls" not in assess_risk(message).categories
