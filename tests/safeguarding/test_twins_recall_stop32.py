"""Urgent lines that one language read and the other did not (stop 32, issue 11: Welsh within 0.02 of English).

Why: "mae o'n mynd i'n lladd i" (he's going to kill me) read nothing while its English twin was urgent by rule;
"mae hi'n sôn am gymryd ei bywyd ei hun" (she talks about taking her own life) read nothing; "he said he'll kill me if I
fail to pay him back" was urgent only by the model (the rule said "said he would", not "said he will"); and "he keeps
saying he'll shoot himself" after a licensed shotgun was only "please check" in English while the Welsh twin was urgent.
Each twin is read here in both languages, with the look-alikes that must stay calm beside them.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

URGENT = [
    ("mae o'n mynd i'n lladd i", "abuse"),
    ("mae e'n mynd i'n lladd i", "abuse"),
    ("mae hi'n mynd i fy lladd i", "abuse"),
    ("he's going to kill me", "abuse"),
    ("he keeps saying he's going to take his own life", "suicide"),
    ("mae hi'n sôn am gymryd ei bywyd ei hun", "suicide"),
    ("mae o 'di deud bod o am ladd ei hun", "suicide"),
    ("he said he'll kill me if I fail to pay him back", "abuse"),
    ("mae o'n deud neith o'n lladd i os na dala i o nôl", "abuse"),
    ("Dad keeps a shotgun in the house, it's licensed, and he keeps saying he'll shoot himself", "suicide"),
    ("Mae Dad yn cadw gwn yn y tŷ, mae ganddo drwydded, ac mae o'n deud o hyd neith o saethu ei hun", "suicide"),
]

#: The same words about heat, a test, the children, lateness, a ladder, a life of one's own, a licensed gun locked away.
CALM = [
    "mae'r gwres 'ma'n mynd i'n lladd i",
    "mae'r prawf 'ma'n mynd i'n lladd i",
    "ma'r plant yn fy lladd i",
    "bydd Mam yn fy lladd i os dwi'n hwyr",
    "mum said she'll kill me if I'm late",
    "she took her life in her own hands on that ladder",
    "byw ei fywyd ei hun",
    "Dad keeps a shotgun in the house, it's licensed and locked in the cabinet",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_twin_read_urgent_in_both_languages(text: str, category: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and category in reading.categories, reading


@pytest.mark.parametrize("text", CALM)
def test_look_alike_stays_calm(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "urgent" and not reading.reaches_duty, reading


def test_welsh_licensed_gun_locked_away_stays_calm() -> None:
    """The Welsh twin of everyday32's licensed-gun guard: "mae ganddo drwydded" (he has a licence) after the gun."""
    reading = assess_risk("Mae Dad yn cadw gwn yn y tŷ, mae ganddo drwydded ac mae o wedi'i gloi yn y cwpwrdd")
    assert reading.level != "urgent", reading
