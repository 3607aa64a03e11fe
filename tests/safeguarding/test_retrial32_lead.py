"""Stop 32 re-trial (lead): fear of the stairs is not fear of a person (AF1), and being glad not to wake up is a passive
wish to die (AE2's new wording), in both languages. Each calm reading has a near-twin that must stay urgent."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

STAIRS = [
    # The re-trial's own words (c3, an older man in English) and a Welsh twin.
    "I'd like someone to help with the stairs, there are fourteen of them and I'm frightened of them since my knee "
    "went. And a hand with the bath.",
    "Ma ofn y grisiau arna i ers i'r pen-glin fynd, ma na bedwar ar ddeg ohonyn nhw a mae gen i ofn nhw.",
    "Isio help efo'r grisiau, mae 'na un ar bymtheg a mae gen i ofn nhw ers y godwm",
]

STILL_URGENT = [
    # People named before the fear: the fear is of them.
    "the carers drag me up the stairs and I'm frightened of them",
    "I need help with the stairs because the lads upstairs are selling drugs and I'm frightened of them",
    "I'm frightened of them, they shout at me every night",
    "Ma'r gofalwyr yn dod fyny'r grisiau bob nos a mae gen i ofn nhw",
    "Mae gen i ofn nhw, maen nhw'n gweiddi arna i bob nos",
]

GLAD_NOT_TO_WAKE = [
    "Not a lot matters now to be honest. A good day is when my grandson Liam rings from Bristol and the buses are "
    "running so I can get down to the hall for the brass band on a Thursday. Some nights I lie there and think I'd be "
    "glad not to wake up in the morning, but I wouldn't do anything silly, I'm not that sort.",
    "Rhai nosweithiau dwi'n gorwedd yna'n meddwl byswn i'n falch o beidio deffro yn y bore, ond na i ddim byd gwirion.",
]


@pytest.mark.parametrize("text", STAIRS)
def test_fear_of_the_stairs_is_no_alert(text: str) -> None:
    result = assess_risk(text)
    assert result.level != "urgent" and "abuse" not in result.categories


@pytest.mark.parametrize("text", STILL_URGENT)
def test_fear_of_people_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", GLAD_NOT_TO_WAKE)
def test_glad_not_to_wake_up_reaches_the_duty_team(text: str) -> None:
    result = assess_risk(text)
    assert result.level in ("concern", "urgent") and "suicide" in result.categories
    assert result.level == "urgent" or result.please_check


def test_a_lie_in_is_not_a_wish_to_die() -> None:
    assert assess_risk("I was glad not to wake up early for once, lovely lie in").level == "none"
