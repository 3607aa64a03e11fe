"""Sideways disclosures found among the odd (tuning) lines of risk_writers32 (stop 33, issue 11), as families a rule
reads in both languages, each with look-alikes that stay calm. The fixtures are written for this test, in the writers'
manner; no held-out line is here.

Medical emergencies told calmly: a fit that does not stop, a face fallen on one side with the words gone, someone who
cannot swallow or speak, a fall and no movement since, low sugar with sweating and confusion, "methu'i deffro".
Someone at the door or window: someone or an ex trying, kicking or forcing the door, the handle or the window; an ex
following them home or waiting outside again.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

MEDICAL = [
    "Mae Cai'n cael ffit ers chwarter awr a dydi o ddim yn stopio",
    "my son is having a seizure and it's not stopping",
    "Ma wyneb Dad wedi disgyn ar un ochr a mae o'n methu siarad yn iawn",
    "popped in and her face looked droopy on one side and she couldn't get her words out",
    "Nain ffaelu llyncu na siarad ers cinio, mae hi'n cysgu rŵan",
    "he can't swallow or speak since lunchtime",
    "taid wedi syrthio yn yr ardd a ddim yn symud",
    "grandad fell in the garden and he's not moving",
    "mae siwgr Dad yn isel, mae o'n chwysu ac yn siarad lol",
    "Mum's sugar is really low, she's clammy and not making sense",
    "Mae o wedi cymryd tabledi efo potel o win, methu'i ddeffro",
]

MEDICAL_LOOK_ALIKES = [
    "she had a fit last year but it stopped on its own",
    "my sugar was low this morning so I had a biscuit and felt fine",
    "his face dropped when he saw the bill, he couldn't speak",
    "mae'r trowsus ddim yn ffitio",
    "the trousers don't fit and the zip isn't staying up",
]

AT_THE_DOOR = [
    "someone's trying our front door rn, me and the baby upstairs",
    "mae rhywun yn trio'r drws cefn rŵan a dw i ar ben fy hun",
    "Mae rhywun wedi bod yn yr ardd bob nos, yn trio'r ffenest",
    "my ex was at the door again last night trying the handle",
    "her ex kicked the front door in last night",
    "cyn-gariad Mam tu allan yn cicio drws ni",
    "my ex keeps following me home from work",
    "Mae'r ex yn dilyn fi adra o'r gwaith eto",
    "my ex is sat outside in his car again",
    "mae'r cyn-ŵr yn eistedd tu allan yn y car eto",
    "someone is banging on our door and shouting my name",
    "mae rhywun yn bangio ar y drws ac yn gweiddi fy enw",
]

DOOR_LOOK_ALIKES = [
    "I keep trying the back door but it sticks",
    "someone tried the new cafe on the high street and said it was lovely",
    "mae rhywun wedi trio'r bwyd newydd yn y caffi",
    "my ex is picking the kids up outside school on Friday",
    "mae'r ex yn dod i nôl y plant nos Wener",
    "the dog keeps trying the back door to get out",
    "a man from the council tried the door but we were out",
    "Dyn y nwy wedi trio'r drws ond doedd neb adra",
    "mae'r ex yn dilyn fi ar instagram",
    "someone kept banging on our door at 2am, it was the takeaway guy at the wrong house lol",
    "rhywun yn bangio ar y drws am 2 y bore, troi allan mai dyn y pizza oedd o yn y tŷ anghywir",
]


@pytest.mark.parametrize("text", MEDICAL)
def test_a_medical_emergency_told_calmly_is_urgent(text: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent" and "medical_emergency" in result.categories


@pytest.mark.parametrize("text", AT_THE_DOOR)
def test_someone_at_the_door_or_an_ex_following_is_urgent(text: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent" and "abuse" in result.categories


@pytest.mark.parametrize("text", MEDICAL_LOOK_ALIKES + DOOR_LOOK_ALIKES)
def test_look_alikes_stay_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
