"""Thinking about taking one's own life is urgent in both languages, and a carer leaving someone in a wet bed is neglect
in Welsh as in English (stop 32, issue 11).

Why: with more writers' lines trained, the held-out risk_cy_dev line "Dw i'n meddwl am gymryd fy mywyd fy hun" fell from
"please check" to nothing at all: the guard for "fy X fy hun" (my own front door) took "fy mywyd fy hun" (my own life)
out of the text, so the suicide rule "{cymryd} fy mywyd" never saw it, and only the model read it. Its English twin
"I'm thinking about taking my own life" was read as nothing even on main: the rule said "take my life", not "taking".
"Mae'r gofalwr yn gweiddi ar Dad ac yn ei adael yn y gwely gwlyb drwy'r dydd" (risk_fresh3) was urgent only by the model:
the Welsh rule wanted a pronoun after "gadael" ("ei adael o"), while its English twin is urgent by rule.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

URGENT = [
    ("Dw i'n meddwl am gymryd fy mywyd fy hun", "suicide"),
    ("I'm thinking about taking my own life", "suicide"),
    ("I am thinking of taking my own life", "suicide"),
    ("Mae'r gofalwr yn gweiddi ar Dad ac yn ei adael yn y gwely gwlyb drwy'r dydd", "neglect"),
    ("The carer shouts at Dad and leaves him in the wet bed all day", "neglect"),
]

#: Near-twins in the same words that are not harm: a life taken back, a risk run, a life of one's own.
CALM = [
    "I'm taking my life back after the divorce",
    "I take my life in my own hands crossing that road lol",
    "Dw i'n byw fy mywyd fy hun ers i Mam farw ac mae'n braf",
    "I'm living my own life now and it's lovely",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_taking_ones_own_life_and_a_wet_bed_are_urgent(text: str, category: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and category in reading.categories, reading


@pytest.mark.parametrize("text", CALM)
def test_a_life_of_ones_own_is_calm(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "none" and not reading.please_check, reading
