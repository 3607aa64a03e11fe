"""The risk reader's stop-33 leftovers (issue 11, stop 34), each read in both languages with a twin and calm look-alikes.

Why: "Darren hits her" read nothing (names are lowercased, so a name is read by where it stands, not from a list);
"He used to hit her but he stopped" was a self-neglect worry; "my ex keeps turning up at the house" read nothing; the
pension gone with no one knowing where was carer strain in English and exploitation in Welsh; "dwi'n methu cysgu" was
alcohol; "mae'r mab wedi cymryd ei fywyd ei hun" (a death told by the family) was an exploitation "please check".
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: A named person alone hitting her or him now: the quoted messages and twins.
NAMED_HITS = ["Darren hits her", "mae Darren yn ei tharo hi", "My nan is 80 and Darren hits her when he's drunk",
              "ma Kev yn ei churo fo weithia"]
#: A gym, the heat, reality, a ball, luck, a fence: nobody hit.
NAMED_CALM = ["Darren hits the gym", "Reality hits her hard", "the heat hits her", "Tom kicks him the ball",
              "mae'r gwres yn ei tharo hi", "mae ei mab yn ei tharo hi'n lwcus", "mae Gareth yn ei daro fo dros y ffens"]


@pytest.mark.parametrize("text", NAMED_HITS)
def test_a_named_person_hitting_her_or_him_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories


@pytest.mark.parametrize("text", NAMED_CALM)
def test_a_name_at_the_gym_or_the_heat_stays_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


#: Hitting told as the past that stopped: an abuse history the duty team reads.
USED_TO_HIT = ["He used to hit her but he stopped", "Roedd o'n arfer ei tharo hi ond mae o wedi stopio"]
#: A ball, chess: no one hit.
USED_TO_CALM = ["Grandad used to beat him at chess", "he used to hit the ball for miles",
                "roedd hi'n arfer ei guro fo mewn gwyddbwyll"]


@pytest.mark.parametrize("text", USED_TO_HIT)
def test_hitting_in_the_past_is_an_abuse_please_check_not_self_neglect(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and found.please_check
    assert "abuse" in found.categories and "self_neglect" not in found.categories


@pytest.mark.parametrize("text", USED_TO_CALM)
def test_beaten_at_chess_or_a_ball_hit_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


#: An ex turning up at the house, outside or at night.
EX_TURNS_UP = ["my ex keeps turning up at the house", "My ex keeps showing up outside my work",
               "mae fy nghyn-ŵr yn dal i droi fyny wrth y tŷ", "ma'n ex i'n dal i ddod rownd i'r tŷ yn y nos"]
#: An ex collecting the children, or late for them.
EX_CALM = ["my ex keeps turning up late to pick up the kids", "mae fy ex yn dod draw i nôl y plant bob dydd Sadwrn"]


@pytest.mark.parametrize("text", EX_TURNS_UP)
def test_an_ex_who_keeps_turning_up_is_a_domestic_abuse_please_check(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty
    assert {"abuse", "domestic_abuse"} <= set(found.categories)


@pytest.mark.parametrize("text", EX_CALM)
def test_an_ex_collecting_the_children_is_calm(text: str) -> None:
    assert not assess_risk(text).reaches_duty


#: Her pension gone and no one knowing where, in both languages alike.
PENSION_GONE = ["Her pension is gone every week and I don't know where it goes",
                "Mae ei phensiwn hi wedi mynd bob wythnos a dwi ddim yn gwybod lle mae'n mynd",
                "Her pension is gone before the end of the week and I don't know where it goes."]


@pytest.mark.parametrize("text", PENSION_GONE)
def test_her_pension_gone_unaccounted_is_a_financial_abuse_please_check(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and "exploitation" in found.categories
    assert "carer_strain" not in found.categories


def test_money_dear_is_still_no_financial_abuse() -> None:
    assert "exploitation" not in assess_risk("Mae'r pres yn mynd yn sydyn iawn, mae pob dim mor ddrud").categories
    assert "exploitation" not in assess_risk("the money goes really fast, everything's so dear").categories


#: "I can't sleep" said alone, both languages: no safeguarding matter, never drink (the lead, stop 34: a low-mood flag
#: on it took "oh wait, one more thing. I can't sleep, I'm awake till 3am" out of the read-back's items).
CANNOT_SLEEP = ["dwi'n methu cysgu", "I can't sleep", "I can't sleep, I'm awake till 3am"]


@pytest.mark.parametrize("text", CANNOT_SLEEP)
def test_cannot_sleep_is_not_alcohol_nor_a_flag(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "none" and "alcohol" not in found.categories


def test_cannot_sleep_beside_a_wish_to_die_is_still_read() -> None:
    assert assess_risk("I can't sleep and I just want to die").level == "urgent"
    assert assess_risk("dwi'n methu cysgu a dwi isio marw").level == "urgent"


def test_gaming_when_i_cannot_sleep_is_calm() -> None:
    assert assess_risk("ma gaming yn lladd amser pan fi methu cysgu lol").level == "none"


#: A death by suicide told by the family as over: grief, not a harm to act on now.
DEATH_TOLD = ["mae'r mab wedi cymryd ei fywyd ei hun", "My son took his own life"]
#: Told as happening now, a wish or a fear: still urgent.
STILL_URGENT = ["Mae o newydd gymryd ei fywyd ei hun", "mae o isio cymryd ei fywyd ei hun",
                "I'm scared she might take her own life",
                "mae'r mab wedi cymryd ei fywyd ei hun a dwi isio marw hefyd"]


@pytest.mark.parametrize("text", DEATH_TOLD)
def test_a_death_told_by_the_family_raises_no_alert(text: str) -> None:
    found = assess_risk(text)
    assert not found.reaches_duty and "exploitation" not in found.categories


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_suicide_now_feared_or_wished_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories
