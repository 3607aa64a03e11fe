"""Stop-27 trial X9: "mae o'n benthyg fy ngherdyn banc i i wneud hynny. Weithiau mae o'n ei gadw fo am wythnos neu ddwy
ac mae'r pres yn mynd yn o fuan" was labelled memory, and the English read as nothing. A card borrowed and kept for
weeks, or the money going after someone close has it, is a financial abuse concern (urgent with fear, as before); a
card used for them as they asked is nothing. Welsh and English; the words are fictional."""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

KEPT = [
    "Ac mi fydd Dylan yn nôl fy negas i weithiau, ac mae o'n benthyg fy ngherdyn banc i i wneud hynny. Weithiau mae o'n "
    "ei gadw fo am wythnos neu ddwy ac mae'r pres yn mynd yn o fuan, ond dyna fo, mae hogia ifanc yn ddrud tydyn.",
    "My grandson borrows my bank card for my shopping and sometimes keeps it for a week or two and the money goes quickly",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_card_kept_and_the_money_going_is_a_financial_concern(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "concern" and reading.categories == ("exploitation",)


@pytest.mark.parametrize("text", ["my son uses my bank card to do my shopping because I asked him",
                                  "mae Dylan yn benthyg fy ngherdyn banc i nôl neges i fi bob dydd Gwener"])
def test_a_card_used_as_they_asked_is_nothing(text: str) -> None:
    assert read_risk(text).level == "none"


def test_with_fear_it_is_still_urgent() -> None:
    reading = read_risk("My grandson borrows my bank card and keeps it for weeks, when I ask for it back he shouts and "
                        "bangs the table and I am frightened of him")
    assert reading.level == "urgent"
