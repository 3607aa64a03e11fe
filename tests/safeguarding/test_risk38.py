"""Risk leftovers of stop 37 (issue 11, "False alarms and recall together"; closing37, "Left alone").

- A threat used to silence someone stays urgent ("he said he'd hurt me if I told", "medde fe bydde fe'n fy lladd i os
  weden i wrth rywun"), while a parent's "kill me if I tell you" about one of her own everyday habits (the stool, the
  car at night, a sneaky cigarette) and "Mum'll kill me if I fail my exams" are not.
- A partner checking the phone is control; checking it for the rugby scores is not.
- Meals skipped or missed as a habit, and "ei chinio" / "ei ginio" forgotten, are a concern.
- A guard of kind "purpose" (a dog's bite) is respected by the learned model alone: no "please check" from the sentence
  the guard explains, while a disclosure in another sentence still reaches the duty team.
Every fixture was written for this test, in both languages.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from bot.analysis.risk.rules import rule_set
from tests.safeguarding.risk_family_checks import assert_new

#: Threats used to silence someone, and a parent's threat with the harm named: urgent abuse.
SILENCING = [
    "he said he'd hurt me if I told",
    "medde fe bydde fe'n fy lladd i os weden i wrth rywun",
    "mae e'n gweud bydd e'n fy lladd i os wedwn i wrth neb",
    "she'll kill me if I tell",
    "Mum says she'll kill me if I tell you what happens at home",
    "Mae Mam yn deud bydd hi'n fy lladd i os dwi'n deud wrthoch chi be sy'n digwydd adre",
    "Mum says she'll kill me if I tell you she hits me",
    "Mae Mam yn deud bydd hi'n fy lladd i os dwi'n deud wrthoch chi ei bod hi'n fy nharo i",
    "Mum says she'll kill me if I tell you she still smokes, she locks me in my room",
]

#: A parent's everyday habit told with a joking threat, and being told off over exams: not urgent, not a please-check.
EVERYDAY_THREATS = [
    "Mam says she'll kill me if I tell you she still gets up on the stool to change the lightbulbs",
    "Dad will kill me if I tell you he still drives at night",
    "Mae Dad yn deud bydd o'n fy lladd i os dwi'n deud wrthoch chi ei fod o'n dal i yrru yn y nos",
    "my mum will kill me if i tell you she has a sneaky fag in the garden",
    "Mum'll kill me if I fail my exams",
    "bydd Mam yn lladd fi",
    "bydd Mam yn lladd fi os dwi'n methu'r arholiadau",
]

PHONE_CONTROL = [
    "he checks my phone for messages from other men",
    "he checks my phone for the rugby scores and then reads all my messages",
    "my husband checks my phone all the time",
    "mae o'n tsiecio fy ffôn i bob nos",
    "mae o'n tsiecio fy ffôn i am negeseuon gan ddynion eraill",
]

PHONE_EVERYDAY = [
    "he checks my phone for the rugby scores",
    "he checks my phone… for the rugby scores",
    "my husband checks my phone for the rugby scores because his screen is cracked",
    "mae'r gŵr yn tsiecio fy ffôn i am sgôr y rygbi achos mae ei un o wedi torri",
    "mae'r gŵr yn checkio fy ffôn i weld canlyniadau'r bêl-droed",
]

MEALS_CONCERN = [
    "mae hi'n colli ei chinio bob dydd",
    "mae hi'n anghofio ei chinio",
    "mae o'n anghofio ei ginio",
    "mae hi'n sgipio prydau",
    "mae hi'n colli prydau bwyd",
    "he's been skipping meals since the funeral",
    "she skips meals",
    "he misses meals",
]

MEALS_CALM = [
    "she missed her lunch because of the hospital appointment",
    "mae hi wedi colli ei chinio heddiw achos yr apwyntiad ysbyty",
    "I miss meals out with my husband",
]

DOG_BITES = [
    "nath y ci fy mrathu i pan nes i sefyll ar ei gynffon",
    "y ci wedi brathu fi pan nes i sefyll ar ei gynffon",
    "the dog bit me when i stood on its tail",
]

#: A bite beside harm: the harm is still read (by rule, or by the learned model in another sentence).
BITE_BESIDE_HARM = [
    "nath y ci fy mrathu i pan nes i sefyll ar ei gynffon. mae e'n gas i fi bob nos a dw i'n ofni mynd adre",
    "the dog bit me when i stood on its tail. my stepdad hits me when he's drunk",
]


def test_the_fixtures_are_new() -> None:
    urgent = [(t, "abuse") for t in SILENCING + PHONE_CONTROL + BITE_BESIDE_HARM]
    assert_new(urgent, EVERYDAY_THREATS + PHONE_EVERYDAY + MEALS_CONCERN + MEALS_CALM + DOG_BITES)


@pytest.mark.parametrize("text", SILENCING + PHONE_CONTROL, ids=[t[:40] for t in SILENCING + PHONE_CONTROL])
def test_a_threat_to_silence_or_control_of_the_phone_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", EVERYDAY_THREATS + PHONE_EVERYDAY + DOG_BITES,
                         ids=[t[:40] for t in EVERYDAY_THREATS + PHONE_EVERYDAY + DOG_BITES])
def test_the_everyday_purpose_wins_only_when_it_is_there(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("none", False), explain(text)


@pytest.mark.parametrize("text", MEALS_CONCERN, ids=[t[:40] for t in MEALS_CONCERN])
def test_meals_missed_or_forgotten_are_a_self_neglect_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "self_neglect" in found.categories, explain(text)


def test_no_meal_for_a_day_is_still_urgent_neglect_with_ei_chinio() -> None:
    text = "dyw hi ddim wedi cael ei chinio ers ddoe"
    found = assess_risk(text)
    assert found.level == "urgent" and "neglect" in found.categories, explain(text)


@pytest.mark.parametrize("text", MEALS_CALM, ids=[t[:40] for t in MEALS_CALM])
def test_one_missed_lunch_for_a_reason_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


def test_the_dog_bite_is_explained_by_its_guard_not_a_please_check() -> None:
    text = DOG_BITES[0]
    model = explain(text)["model"]
    assert isinstance(model, dict) and model.get("explained_by_purpose") is True, model


@pytest.mark.parametrize("text", BITE_BESIDE_HARM, ids=[t[:40] for t in BITE_BESIDE_HARM])
def test_a_bite_beside_harm_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


def test_the_models_please_check_in_another_sentence_survives_a_purpose_guard() -> None:
    text = ("The physio pushes me hard but I'm walking better. Some nights I just sit in the dark and think everyone "
            "would be better off")
    found = assess_risk(text)
    assert found.level == "urgent" or found.please_check, explain(text)


def test_the_purpose_guards_are_tagged() -> None:
    assert len(rule_set().purpose_guards) >= 20
