"""Hitting or bullying told as over, in Welsh as in English (stop 28, beside trial X15).

"my old foster dad used to hit me but thats over now im with new ppl" was an abuse concern; its Welsh twin "odd fy hen
dad maeth i'n arfer fy nharo i ond ma hynna drosodd rwan" was an urgent alert, as was "arfer cael fy mwlio yn yr ysgol
ond ma hynna drosodd": "ma hynna drosodd" (that's over) was not read as the English "thats over" is. Still going on,
fear of them, or a partner feared keep it urgent. Fictional lines, written for this test.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "odd fy hen dad maeth i'n arfer fy nharo i ond ma hynna drosodd rwan, dwi efo pobl newydd",
    "arfer cael fy mwlio yn yr ysgol ond ma hynna drosodd",
    "odd fy llystad yn fy nharo i ond mae hynny drosodd nawr, ma fe wedi mynd",
    "my old foster dad used to hit me but thats over now im with new ppl",
    "I used to get bullied at school but that's all over now",
])
def test_harm_told_as_over_is_a_concern(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, "abuse" in reading.categories) == ("concern", True)


@pytest.mark.parametrize("text", [
    "mae o'n dal i fy nharo i, ond ma hynna drosodd medda fo",
    "roedd fy nghariad yn fy nharo i, ma hynna drosodd rwan ond dwi ofn fo",
    "he still hits me but he says that's over now",
])
def test_still_going_on_or_feared_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "dwi'n cael fy mwlio yn yr ysgol", "ma nhw'n bwlio fi ar y bws bob bore",
    "I'm being bullied at school every day", "they bully me on the bus every morning",
])
def test_bullying_is_a_concern_in_welsh_as_in_english(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, "abuse" in reading.categories) == ("concern", True)


@pytest.mark.parametrize("text", [
    "ma nhw'n fy mwlio i a'n cicio fi", "they bully me and kick me every day",
    "they bullied me into signing the house over",
])
def test_bullying_with_hitting_or_money_taken_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"
