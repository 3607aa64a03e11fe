"""Stop 25 (issue 11): the stop-24 trial's false alarms and missed concerns, each in Welsh and English.

T3: everything to stop "for a bit" is "please check", not urgent; the wish to die stays urgent. An old Welsh rule read a
bank card kept for someone who forgets the PIN as urgent exploitation. T14: "he can make his own toast" (a strength) and
T17: "he still wets the bed" (a child) are no worry. T9: dark thoughts are low mood; shouting when he has had a drink is
a drink concern, not urgent. An unconscious person found on the floor is a medical emergency, happening now.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now

#: T3: a rest, most likely; may be a wish to die, so a person on duty reads it (please check), with the gentle reply.
FOR_A_BIT = [
    "dwi jyst isio i bob dim stopio am chydig",
    "I just want everything to stop for a bit",
    "dw i eisiau i bopeth stopio am sbel",
    "I just want it all to stop for a while",
]
#: ...while these stay urgent.
STILL_URGENT = [
    "I want it all to end",
    "dwi isio marw",
    "I want to go to sleep and not wake up",
    "dwi isio mynd i gysgu a byth deffro",
    "I just want everything to stop",
    "dwi jyst isio i bob dim stopio",
    "I want everything to stop for a bit, I've got the tablets ready",
]


@pytest.mark.parametrize("text", FOR_A_BIT)
def test_everything_to_stop_for_a_bit_is_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check, reading.categories) == ("concern", True, ("suicide",))
    assert reading.reaches_duty  # the duty team is still told


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_wish_to_die_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: Help the person describes as help: the card kept for them because they forget the PIN.
CARD_KEPT_AS_HELP = [
    "mae Gareth yn cadw'r cerdyn banc ar fy rhan achos dwi'n anghofio'r pin",
    "my son keeps my bank card for me because I forget the PIN",
    "mae'r ferch yn cadw fy ngherdyn i achos dwi'n anghofio'r rhif pin",
    "my daughter looks after my bank card because I can't remember the PIN",
]
#: The card taken, or kept from them: still read (T6's concern, or the older urgent rules).
CARD_TAKEN = [
    "he takes my card and won't give it back",
    "mae o'n mynd â'r cerdyn banc weithia",
    "mae o'n cadw fy ngherdyn i a dydi o ddim yn ei roi o nôl",
    "my son keeps my bank card because I forget the PIN but he takes money out for himself",
]


@pytest.mark.parametrize("text", CARD_KEPT_AS_HELP)
def test_the_card_kept_for_someone_who_forgets_the_pin_is_no_alarm(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check) == ("none", False)


@pytest.mark.parametrize("text", CARD_TAKEN)
def test_the_card_taken_is_still_read(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level in ("urgent", "concern") and "exploitation" in reading.categories


#: T14 (a strength) and T17 (ordinary childhood detail): no worry, no "please check".
ORDINARY = [
    "he can make his own toast",
    "mae o'n gallu gneud tost ei hun",
    "He can make his own toast and a cup of tea, and he gets himself dressed most days.",
    "mae o'n gallu gneud panad ei hun a mae o'n gwisgo'i hun fel arfer",
    "mae o'n dal i wlychu'r gwely",
    "he still wets the bed",
    "mae Osian yn 6 a mae o'n dal i wlychu'r gwely weithia, dwi'n golchi'r cynfasau",
    "Osian's 6 and he still wets the bed sometimes, I wash the sheets",
]
#: Beside them, a harm is still read.
ORDINARY_BESIDE_HARM = [
    "he can make his own toast but nobody has fed him for days",
    "he wets the bed and his dad hits him for it",
    "mae o'n dal i wlychu'r gwely ac mae ofn ei dad arno fo",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_strength_or_a_childhood_detail_is_no_flag(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check) == ("none", False)


@pytest.mark.parametrize("text", ORDINARY_BESIDE_HARM)
def test_a_harm_beside_them_is_still_read(text: str) -> None:
    assert assess_risk(text).level != "none"


#: T9: dark thoughts and no sleep are low mood (a concern the worker asks about), not a harm.
DARK_THOUGHTS = [
    "dwi'n meddwl am betha tywyll a dwi'm yn cysgu",
    "I keep thinking dark things and I'm not sleeping",
]
#: T9: shouting when he has had a drink is a drink concern, not urgent, and no domestic abuse named.
SHOUTS_WHEN_DRINKING = [
    "mae o'n gweiddi lot pan mae o 'di cael peint",
    "he shouts a lot when he's had a drink",
]
#: Hitting or fear beside it stays urgent abuse.
DRINK_AND_HARM = [
    "he shouts at me and hits me when he's had a drink",
    "ma fe'n gweiddi pan ma fe 'di bod yn yfed a dwi ofn o",
]


@pytest.mark.parametrize("text", DARK_THOUGHTS)
def test_dark_thoughts_are_low_mood(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check, reading.categories) == ("concern", False, ("low_mood",))


@pytest.mark.parametrize("text", SHOUTS_WHEN_DRINKING)
def test_shouting_when_drinking_is_a_concern(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check, reading.categories) == ("concern", False, ("alcohol",))


@pytest.mark.parametrize("text", DRINK_AND_HARM)
def test_hitting_or_fear_when_drinking_stays_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "abuse" in reading.categories


#: Someone found who will not wake: a medical emergency, happening now (call 999 now), whoever is blamed: no one.
WONT_WAKE = [
    "mam's on the floor and won't wake up",
    "mae mam ar y llawr a dydi hi ddim yn deffro",
    "Dad's collapsed in the kitchen and he's not responding",
    "mae dad wedi disgyn ar lawr y gegin a dydi o ddim yn ymateb",
]
#: Waking someone for school, or a late sleeper, is nothing.
NOT_AN_EMERGENCY = [
    "he won't wake up in time for school, he's on his phone all night",
    "mae o'n cysgu ar y llawr yn ei stafell weithia a dydi o ddim yn deffro tan ddeg",
]


@pytest.mark.parametrize("text", WONT_WAKE)
def test_someone_who_will_not_wake_is_an_emergency_now(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and reading.categories[0] == "medical_emergency"  # (a fall may be named too)
    assert happening_now(text)


@pytest.mark.parametrize("text", NOT_AN_EMERGENCY)
def test_waking_for_school_is_no_emergency(text: str) -> None:
    assert "medical_emergency" not in assess_risk(text).categories
    assert not happening_now(text)


def test_tablets_beside_it_are_read_as_an_overdose_too() -> None:
    reading = assess_risk("mam's on the floor and won't wake up, she's taken all her tablets")
    assert reading.level == "urgent" and {"suicide", "medical_emergency"} <= set(reading.categories)
