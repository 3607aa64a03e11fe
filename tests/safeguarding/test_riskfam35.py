"""The risk reader's leftovers from stop 34, read by family of meaning (issue 11, stop 35), both languages.

Each family: the quoted message, a twin in the other language, and a look-alike that must stay calm.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

# ---- 1. Someone else's death by suicide: grief when told as past, urgent when told as happening now.
#: "mae o wedi lladd ei hun" read nothing, its English twin "he's killed himself" urgent: both are a death told.
DEATH_TOLD = ["mae o wedi lladd ei hun", "He's killed himself", "he killed himself",
              "my son killed himself in March", "laddodd fy mab ei hun fis Mawrth",
              "Mae fy ngŵr wedi lladd ei hun. Dwi'n ei cholli fo.",
              "My husband killed himself two years ago and I still miss him",
              "my dad took his own life", "mae Dad wedi cymryd ei fywyd ei hun",
              "mi wnaeth o ladd ei hun", "mae hi wedi crogi ei hun", "she hanged herself"]
#: Told as happening now (just, newydd, last night, neithiwr, nearly, bron, found just now): urgent.
DEATH_NOW = ["he's just killed himself", "mae o newydd ladd ei hun", "he killed himself last night",
             "mae o wedi lladd ei hun neithiwr", "he nearly killed himself", "mae o bron a lladd ei hun",
             "he's killed himself, I just found him", "mae o wedi crogi ei hun, dwi newydd ei ffeindio fo",
             "laddodd fy mab ei hun neithiwr"]
#: A wish, a threat or a plan beside the death: urgent, as before.
DEATH_AND_A_WISH = ["my son killed himself and i dont want to live without him",
                    "laddodd fy mab ei hun a dwi isio marw hefyd",
                    "he's going to kill himself", "mae o'n mynd i ladd ei hun"]
#: The same words as an idiom: calm.
DEATH_LOOKALIKES = ["he nearly killed himself laughing", "he killed himself at the gym today",
                    "mae o wedi lladd ei hun yn y gampfa"]


@pytest.mark.parametrize("text", DEATH_TOLD)
def test_a_death_by_suicide_told_as_past_is_grief_for_the_visit(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("concern", False), explain(text)
    assert "low_mood" in found.categories and "suicide" not in found.categories, explain(text)


@pytest.mark.parametrize("text", DEATH_NOW + DEATH_AND_A_WISH)
def test_a_death_happening_now_or_a_threat_or_wish_beside_it_is_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


@pytest.mark.parametrize("text", DEATH_LOOKALIKES)
def test_killing_oneself_laughing_or_at_the_gym_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 2. "taro" idioms: getting on well, popping in, calling by, the post: calm; a man hitting her: urgent.
#: "mae o'n ei tharo hi'n dda efo'r cymdogion" (gets on well with the neighbours) was a "please check" abuse.
TARO_IDIOMS = ["mae o'n ei tharo hi'n dda efo'r cymdogion", "ma nhw'n ei tharo hi'n dda",
               "maen nhw wedi ei tharo hi'n dda o'r dechrau", "mae hi'n ei tharo hi'n wych efo'r gofalwr newydd",
               "mae'r gofalwr yn taro deuddeg efo hi", "mae o'n ei tharo hi i'r dim",
               "mae o'n taro draw bob dydd i'w gweld hi", "mae'r mab yn taro i mewn i'w gweld hi bob bore",
               "mae'r cymydog yn taro heibio iddi hi", "dwi'n taro'r post bob bore",
               "he really hit it off with the neighbours", "he pops in to see her every day"]
#: Hitting her, told as now or a habit, in both languages: urgent.
HITS_HER = ["mae o'n ei tharo hi", "mae o'n ei tharo hi bob nos", "he hits her", "he hits her every night",
            "he keeps hitting her",
            "mae o'n ei tharo hi'n dda efo'r cymdogion ond mae o'n ei tharo hi bob nos"]
#: Told as past, or a game: not urgent.
HIT_NOT_NOW = ["he used to hit her", "roedd o'n arfer ei tharo hi", "he beats her every time at cards",
               "he hits her serve really hard"]


@pytest.mark.parametrize("text", TARO_IDIOMS)
def test_taro_idioms_and_getting_on_well_are_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", HITS_HER)
def test_a_man_hitting_her_now_is_urgent_in_both_languages(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", HIT_NOT_NOW)
def test_hitting_told_as_past_or_in_a_game_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


# ---- 3. Welsh families still missed, with English twins: someone missing, a fall with bleeding, a scam wanting more.
MISSING = ["dydi o'm 'di dod adra ers neithiwr", "he hasn't come home since last night",
           "sneb 'di gweld hi ers dydd Sul", "nobody's seen her since Sunday"]
FALL_BLEEDING = ["cwmpodd hi a ma gwaed ym mhobman", "mae o wedi disgyn a tharo'i ben, gwaed",
                 "she fell and there's blood everywhere", "he's fallen and hit his head, blood"]
SCAM_WANTS_MORE = ["mae'r dyn ar y ffôn moyn mwy o arian", "mae'r boi ar y we isio mwy o bres",
                   "the man on the phone wants more money"]
#: Look-alikes: a friend not seen for ages, a fall told as long past, a blood test, a caller wanting details,
#: a charity wanting more.
CALM_LOOKALIKES = ["she fell last year and there was blood everywhere",
                   "roedd hi wedi cwympo llynedd a roedd gwaed ym mhobman",
                   "he fell over and had a blood test after",
                   "the man on the phone wants more details about her care",
                   "mae'r dyn ar y ffôn isio mwy o wybodaeth", "maen nhw isio mwy o bres i'r elusen",
                   "sneb 'di gweld hi ers oes", "nobody's seen her for ages, she used to come to chapel"]


@pytest.mark.parametrize("text", MISSING)
def test_someone_not_home_or_not_seen_since_a_day_gone_by_is_missing(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "missing" in found.categories, explain(text)


@pytest.mark.parametrize("text", FALL_BLEEDING)
def test_a_fall_with_bleeding_now_is_a_medical_emergency(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "medical_emergency" in found.categories, explain(text)


@pytest.mark.parametrize("text", SCAM_WANTS_MORE)
def test_a_caller_or_someone_online_wanting_more_money_is_exploitation(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "exploitation" in found.categories, explain(text)


@pytest.mark.parametrize("text", CALM_LOOKALIKES)
def test_the_look_alikes_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)
