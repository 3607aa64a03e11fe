"""Choking at meals and going blue are a medical risk the practitioner must read (re-trial of the eleventh trial, AH3:
"the choking at meals frightens me. he nearly went blue last week" read nothing while weaker mentions were a concern).
Feeling blue, a colour, or going blue in the face from shouting or the cold is not."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "the choking at meals frightens me. he nearly went blue last week",
    "mae'r tagu amser bwyd yn codi ofn arna i. mi aeth o bron yn las wythnos dwytha",
    "he chokes at meals now",
    "mae o'n tagu wrth fwyta rŵan",
    "he turned blue and I had to hit his back",
    "mi drodd o'n las a bu rhaid i mi daro'i gefn o",
])
def test_choking_at_meals_and_going_blue_are_a_health_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern"
    assert "health" in reading.categories


@pytest.mark.parametrize("text", [
    "Im feeling a bit blue today",
    "dwi'n teimlo braidd yn isel heddiw",
    "mae'r caeau'n mynd yn las eto",
    "he went blue in the face shouting at the telly",
    "she went blue with cold waiting for the bus",
    "the hair went blue after the dye lol",
    "Dad's blue badge is due for renewal",
    "mae ei fathodyn glas o angen ei adnewyddu",
])
def test_feeling_blue_or_a_colour_is_no_risk(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", ["Dad is blue and not breathing", "mums gone blue", "Mae Mam wedi mynd yn las a dydi hi ddim yn anadlu",
                                  "dydi hi ddim yn anadlu", "dyw e ddim yn anadlu", "mae hi wedi stopio anadlu"])
def test_blue_and_not_breathing_now_stays_urgent(text: str) -> None:
    """The blue badge look-alike ("Dad's blue badge is due for renewal", urgent on main by the 'dads blue' rule) is
    no emergency; going blue now still is, and in Welsh too: "dydi hi ddim yn anadlu" read nothing before stop 33."""
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", ["dydi o ddim yn anadlu'n iawn yn y nos ers wythnos", "sai'n gallu anadlu pan dwi'n poeni",
                                  "dyw e ddim yn anadlu yn iawn pan mae e wedi blino", "mae o wedi stopio smocio",
                                  "he is not breathing well at night this week"])
def test_breathing_badly_or_panic_is_no_emergency(text: str) -> None:
    assert assess_risk(text).level != "urgent"
