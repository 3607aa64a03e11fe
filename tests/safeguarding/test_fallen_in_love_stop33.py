"""Falling in love or asleep is no fall (riskfix33 noticed "Dw i wedi syrthio mewn cariad" read as a falls concern while
"I've fallen in love" was calm); a fall said with how often stays a falls concern in both languages."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", ["Dw i wedi syrthio mewn cariad", "mae hi wedi cwympo mewn cariad efo'r babi",
                                  "I've fallen in love", "wedi syrthio i gysgu yn y gadair eto"])
def test_falling_in_love_or_asleep_is_no_fall(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", ["dw i wedi syrthio unwaith", "I've fallen once",
                                  "mae hi wedi syrthio i gysgu yn y gadair a wedyn wedi syrthio ddwywaith yn y gegin"])
def test_a_fall_stays_a_falls_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "falls" in reading.categories
