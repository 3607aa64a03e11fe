"""The fifth acceptance trial's safeguarding findings (stop 28, Y1, Y3, Y12), read by the risk reader itself.

Y1: "my mum's gonna kill me if she knows i missed school again lol" sent a 13-year-old the urgent reply. A parent, a
teacher or a sibling who "will kill me (if…)" is an idiom in both languages; a threat said, a weapon or fear named
stays urgent. Y3: "my ex keeps turning up at the flat and wont leave, i had to lock myself in the bathroom" was only
"please check": it is domestic abuse, urgent, with Live Fear Free / Byw Heb Ofn. Y12: a carer's "tbh im knackered"
read nothing while the Welsh "dwi wedi blino'n lân" read a concern; "Weithia dwi'n colli fy nhymer efo hi" read
nothing: both are carer strain (a concern the worker sees, never an alert). The trial's words and made-up twins.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.conversation.safety import for_the_speaker
from bot.safeguarding.helplines import helplines_for

# --- Y1: "X will kill me if…" ------------------------------------------------------------------------------------

IDIOMS = [
    # the trial's two messages
    "a bad day is when shes in pain and i stay home. my mum's gonna kill me if she knows i missed school again lol",
    "my mum's gonna kill me if i fail my maths test lol",
    # the family, said other ways
    "mum's gonna murder me",
    "mum'll kill me if i'm late",
    "omg my dad is gonna kill me when he sees my report card",
    "dad'll go mental",
    "my nan will kill me if i forget her birthday again",
    # Welsh twins
    "bydd Mam yn fy lladd i os dw i'n methu'r arholiad",
    "ma Mam yn mynd i'n lladd i",
    "ma Mam yn mynd i'n lladd i os ffeindith hi mas",
    "neith Dad fy lladd i pan welith e'r marc",
]
THREATS = [
    "he said he'll kill me if I tell",
    "mae o'n deud neith o fy lladd i os dwi'n deud wrth rywun",
    "he's going to kill me, he's got a knife",
    # the same words as the idiom, with the danger named
    "my dad's gonna kill me, he's got a knife",
    "i'm scared my dad's going to kill me",
    "my dad is going to kill me if i tell anyone what he does",
    "bydd Dad yn fy lladd i os dw i'n deud wrth rywun",
    "mae gen i ofn bydd Dad yn fy lladd i",
    "they'll kill me if i don't deliver the bags",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_a_parent_who_will_kill_me_is_an_idiom(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_said_or_a_danger_named_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and not found.please_check
    assert {"abuse", "exploitation"} & set(found.categories)


# --- Y3: an ex who turns up and will not leave, hiding in the bathroom ---------------------------------------------

EX_TURNS_UP = [
    "my ex keeps turning up at the flat and wont leave, i had to lock myself in the bathroom last week. anyway",
    "my ex keeps turning up at the flat n wont leave, had 2 lock myself in the bathroom",
    "my ex boyfriend keeps coming round and refuses to go",
    "mae'n ex i'n dal i droi fyny yn y fflat a dydi o ddim yn gadael, nes i gloi fy hun yn y bathrwm wsnos dwytha",
    "ma'n ex i'n troi lan yn y fflat o hyd a so fe'n gadael, o'dd rhaid i fi gloi'n hunan yn y stafell molchi",
    "mae'r cyn-gariad yn dod draw o hyd a neith o ddim mynd",
]
NOT_ABUSE = [
    "my ex keeps turning up late to get the kids",
    "my ex turns up at the school gates to pick up our son every friday",
    "i had to lock myself in the bathroom to get some peace from the kids lol",
    "i had to lock myself in the toilet for a bit of peace lol",
    "o'dd rhaid i fi gloi'n hunan yn y stafell molchi i gael llonydd wrth y plant",
]


@pytest.mark.parametrize("text", EX_TURNS_UP)
def test_an_ex_who_turns_up_and_will_not_leave_is_domestic_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and not found.please_check
    assert "domestic_abuse" in found.categories


@pytest.mark.parametrize("text", NOT_ABUSE)
def test_an_ex_collecting_the_children_or_a_locked_door_for_peace_is_not(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_seventeen_year_old_is_given_live_fear_free(language: str) -> None:
    found = assess_risk(EX_TURNS_UP[0] if language == "en" else EX_TURNS_UP[3])
    lines = helplines_for(found.categories, young_person=True, language=language, age=17)
    assert "live_fear_free" in [h.id for h in lines]
    assert "childline" in [h.id for h in lines]


# --- Y12: a carer worn out, a carer losing his temper ----------------------------------------------------------------

CARER_STRAIN = [
    "someone who knows autism to sit with him now n then so i can get out. tbh im knackered",
    "tbh im knackered",
    "dwi wedi blino'n lân",
    "dwi'n nacyrd",
    "Weithia dwi'n colli fy nhymer efo hi",
    "Sometimes I lose my temper with her",
    "weithiau wi'n colli'n amynedd gyda hi",
]
NOT_STRAIN = [
    "i'm knackered after the gym",
    "I'm knackered after half term with the grandkids but I'm not worried about anything, no",
    "I lose my temper with the printer",
    "dwi'n colli fy amynedd efo'r cyngor",
    "he loses his temper with me",
]


@pytest.mark.parametrize("text", CARER_STRAIN)
def test_a_carer_worn_out_or_losing_their_temper_is_carer_strain(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and not found.please_check  # the worker sees it; no alert, no urgent reply
    assert for_the_speaker(found.categories, "carer") == found.categories
    assert "carer_strain" in for_the_speaker(found.categories, "carer")
    own_life = for_the_speaker(found.categories, "person")  # someone speaking of their own life: low mood
    assert "carer_strain" not in own_life and "low_mood" in own_life


@pytest.mark.parametrize("text", NOT_STRAIN)
def test_tired_after_the_gym_or_cross_with_a_printer_is_not(text: str) -> None:
    assert "carer_strain" not in assess_risk(text).categories
