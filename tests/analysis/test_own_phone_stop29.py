"""Checking one's own phone is no control (stop 29, found by flow29's tests): a carer's wish for "Time with the
grandkids without checking my phone just in case he rings" was urgent domestic abuse with the Live Fear Free reply.
Someone else checking my phone stays urgent. Each with a Welsh twin. The words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

MY_OWN_CHECKING = [
    "Time with the grandkids without checking my phone just in case he rings",
    "a break from checking my phone for messages from the hospital",
    "Amser efo'r wyrion heb orfod sbio ar y ffôn rhag ofn iddo fo ffonio",
]

SOMEONE_ELSE_CHECKS = [
    "he checks my phone every night",
    "he's always checking my phone and my texts",
    "mae o'n checkio fy ffôn i bob nos",
]


@pytest.mark.parametrize("words", MY_OWN_CHECKING)
def test_checking_my_own_phone_raises_nothing(words: str) -> None:
    assert assess_risk(words).level == "none"


@pytest.mark.parametrize("words", SOMEONE_ELSE_CHECKS)
def test_someone_checking_my_phone_stays_urgent(words: str) -> None:
    assert assess_risk(words).level == "urgent"
