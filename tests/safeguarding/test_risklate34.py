"""Four readings from stop 34's trial and helpers (issue 11), each in both languages with a twin and a calm look-alike.

Why: the formal chapel Welsh "Mae arian yn myned ar goll o'm pwrs er pan ddechreuodd y lanhawraig newydd." read
nothing where its English twin was urgent; "my son killed himself in March" (grief, told as over) was urgent suicide;
"mae o'n ei tharo hi" was only a "please check" where "he hits her" and "Darren hits her" were urgent; "Gyrrwr y
tacsi yn cyffwrdd fy nghoes i" and "the taxi driver touches my leg" read nothing.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

#: Money going from a purse with a new cleaner or carer beside it, in formal, literary and everyday forms.
PURSE = ["Mae arian yn myned ar goll o'm pwrs er pan ddechreuodd y lanhawraig newydd.",
         "Money keeps going missing from my purse since the new cleaner started.",
         "Mae arian yn myned ar goll o'm pwrs er pan ddechreuodd y ofalwraig newydd.",
         "Mae pres yn mynd ar goll o'i phwrs hi ers i'r glanhawr newydd ddechrau"]
#: Money spent from a purse on ordinary things, a cleaner who started, with nothing going missing.
PURSE_CALM = ["Mae arian yn myned o'm pwrs ar y bingo bob wythnos.",
              "Mae'r lanhawraig newydd wedi dechrau ddydd Llun ac mae hi'n hyfryd.",
              "The new cleaner started on Monday and she's lovely."]


@pytest.mark.parametrize("text", PURSE)
def test_money_missing_from_the_purse_since_the_cleaner_started_is_urgent_exploitation(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "exploitation" in found.categories, explain(text)


@pytest.mark.parametrize("text", PURSE_CALM)
def test_bingo_money_or_a_lovely_new_cleaner_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


#: A death by suicide told as over: grief, a concern at most, never an alert.
DEATH_OVER = ["my son killed himself in March", "laddodd fy mab ei hun fis Mawrth",
              "My brother hanged himself two years ago", "lladdodd fy mab ei hun llynedd",
              "Her husband killed himself last year and she still talks about him"]
#: Told as happening now, or the writer's own wish beside it: urgent.
DEATH_NOW = ["he's just killed himself", "mae fy mab newydd ladd ei hun",
             "my son killed himself in March and I don't want to live without him"]


@pytest.mark.parametrize("text", DEATH_OVER)
def test_a_suicide_told_as_over_is_grief_not_an_alert(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text", DEATH_NOW)
def test_a_suicide_just_now_or_a_wish_of_ones_own_beside_it_is_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


#: Someone hitting her now, told with "he" or a name: the same level, urgent.
HITS_HER = ["he hits her", "Darren hits her", "mae o'n ei tharo hi", "mae Darren yn ei tharo hi",
            "ma fo'n ei churo hi bob nos"]
#: Hitting told as the past: a "please check", not an alert.
USED_TO = ["he used to hit her", "roedd o'n arfer ei tharo hi"]
#: The heat, luck, getting on well: nobody hit.
HITS_CALM = ["mae'r gwres yn ei tharo hi", "the heat hits her", "mae ei mab yn ei tharo hi'n lwcus"]


@pytest.mark.parametrize("text", HITS_HER)
def test_someone_hitting_her_now_is_urgent_abuse_in_both_languages(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", USED_TO)
def test_hitting_her_in_the_past_stays_a_please_check(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and found.please_check and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", HITS_CALM)
def test_the_heat_or_luck_hitting_her_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


#: A driver, a man or a neighbour touching her leg or where he should not.
TOUCHING = ["Gyrrwr y tacsi yn cyffwrdd fy nghoes i", "The taxi driver touches my leg",
            "mae o'n cyffwrdd fi lle na ddylai", "he touches me where he shouldn't",
            "mae'r dyn drws nesa yn twtsio fy nghoes i bob tro", "the man next door touches my thigh every time"]
#: A physio or nurse touching the leg for the exercises or the dressing.
TOUCHING_CALM = ["mae'r ffisio'n cyffwrdd fy nghoes i wneud yr ymarferion",
                 "the physio touches my leg to do the exercises",
                 "the taxi driver touches my leg with his bag when he gets the wheelchair out"]


@pytest.mark.parametrize("text", TOUCHING)
def test_a_driver_or_man_touching_her_leg_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", TOUCHING_CALM)
def test_a_physio_touching_the_leg_for_exercises_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)
