"""Risk reader leftovers of stop 32 (issue 11), each in both languages with a look-alike read the other way.

AF7 (re-trial 32): "methu" with a person after it is missing them, not failing or being unable to cope.
Threats to kill told in Welsh as in English ("mae hi'n bygwth fy lladd i", "he threatens to kill me"); someone else taking
their own life feared or foretold by a carer ("I'm scared she might take her own life", "Dw i'n poeni y bydd o'n cymryd
ei fywyd ei hun") is urgent for the person spoken of; a death already told and "his own life in his hands" are not.
A licensed gun locked away reads alike in both languages: calm, unless a threat or a wish to die is near it.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

MISSING_SOMEONE = [
    "ma mam di mynd i fyw i caerdydd a dwi'n methu hi",  # the re-trial's words (a boy of 15, at "any worries?")
    "ysgol tbh, a dad yn stresd am pres drwy'r amser. ma mam di mynd i fyw i caerdydd a dwi'n methu hi",
    "mae nain wedi marw llynedd a dw i'n methu hi'n ofnadwy",
    "mae dad wedi mynd i'r carchar a dw i'n methu fe",
    "dwi'n methu mam a dad ers iddyn nhw wahanu",
    "Mum moved to Cardiff and I miss her loads",  # the English twins
    "mum's gone to live in cardiff and I miss her",
    "dad went to prison and I miss him",
]

STILL_STRAIN = [
    "dwi'n methu ymdopi efo hi",
    "dwi'n methu hi, dwi methu ymdopi efo hi ddim mwy",
    "I miss her, but I can't cope with her any more",
]


@pytest.mark.parametrize("text", MISSING_SOMEONE)
def test_missing_someone_is_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", STILL_STRAIN)
def test_not_coping_is_still_a_concern(text: str) -> None:
    result = assess_risk(text)
    assert result.level != "none" and "carer_strain" in result.categories


THREATS_TO_KILL = [
    "mae hi'n bygwth fy lladd i",
    "mae o'n bygwth fy lladd i",
    "ma fe'n bygwth lladd fi bob tro mae o'n yfed",
    "he threatens to kill me",
    "she threatens to kill me every time she drinks",
]

THREAT_LOOK_ALIKES = [
    "mae hi'n bygwth glaw eto heddiw",
    "mae'r gwres yn fy lladd i",
    "it's threatening rain again today",
    "the heat is killing me",
]

SOMEONE_ELSES_LIFE = [
    "I'm worried he'll take his own life",
    "I'm scared she might take her own life",
    "he could take his own life any day, the way he is",
    "she talks about taking her own life when she's had a drink",
    "Dw i'n poeni y bydd o'n cymryd ei fywyd ei hun",
    "Mae gen i ofn y bydd hi'n cymryd ei bywyd ei hun",
    "fe allai e gymryd ei fywyd ei hun unrhyw ddiwrnod",
    "mae hi'n sôn am gymryd ei bywyd ei hun",
]

OWN_LIFE_LOOK_ALIKES = [
    "he has his own life now in Leeds",
    "she wants to get on with her own life",
    "he's taking his own life in his hands on that bike",
    "gymerodd fy mrawd ei fywyd ei hun llynedd",
    "mae ganddo fo ei fywyd ei hun rŵan yn Leeds",
    "mae hi isio byw ei bywyd ei hun",
]


@pytest.mark.parametrize("text", THREATS_TO_KILL)
def test_a_threat_to_kill_is_urgent_in_both_languages(text: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent" and "abuse" in result.categories


@pytest.mark.parametrize("text", THREAT_LOOK_ALIKES + OWN_LIFE_LOOK_ALIKES)
def test_look_alikes_stay_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


def test_a_brothers_death_told_as_past_is_grief_not_an_alert() -> None:
    """Stop 35 (riskfam35): a death by suicide told as past is a low-mood concern for the visit, never urgent."""
    found = assess_risk("my brother took his own life last year")
    assert (found.level, found.please_check, found.categories) == ("concern", False, ("low_mood",))


@pytest.mark.parametrize("text", SOMEONE_ELSES_LIFE)
def test_someone_elses_suicide_feared_is_urgent(text: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent" and "suicide" in result.categories


LICENSED_GUN_LOCKED_AWAY = [
    "mae gwn saethu gyda fe, mae trwydded gyda fe ac mae e dan glo",  # issue 11's words
    "mae gan Dad wn, mae ganddo drwydded ac mae o dan glo",
    "Mae gynno fo wn, mae gynno fo drwydded ac mae o wedi'i gloi yn y cwpwrdd",
    "he has a shotgun, he has a licence and it's locked away",  # the English twin
    "He's got a shotgun for the farm, he's got a licence for it and it's kept locked in the cabinet",
]

GUN_AND_A_THREAT_OR_A_WISH = [
    "mae gwn gyda fe, mae trwydded gyda fe ac mae e dan glo, ond mae e'n sôn am saethu ei hun",
    "mae gwn saethu gyda fe, mae trwydded gyda fe ac mae e dan glo, ond mae e'n bygwth ni",
    "mae gwn gyda fe a mae e wedi bygwth ei ddefnyddio arna i",
    "he has a shotgun, he has a licence and it's locked away, but he keeps saying he wants to die",
    "he has a shotgun, he has a licence and it's locked away, but he's threatened to shoot me with it",
    "he has a shotgun and he's threatened to use it on me",
    "he talks about shooting himself",
    "mae o'n sôn am saethu ei hun",
]


@pytest.mark.parametrize("text", LICENSED_GUN_LOCKED_AWAY)
def test_a_licensed_gun_locked_away_is_calm_in_both_languages(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", GUN_AND_A_THREAT_OR_A_WISH)
def test_a_threat_or_a_wish_to_die_near_a_gun_is_urgent(text: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent" and {"abuse", "suicide"} & set(result.categories)


@pytest.mark.parametrize("text", ["she's been talking about drowning herself in work",
                                  "he threatened to take me to court", "mae hi'n bygwth defnyddio'r car"])
def test_gun_and_threat_look_alikes_stay_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
