"""Stop 40, the eighteenth trial's re-trial (AV1): a 14-year-old in south-Walian text-speak wrote "sori. ma Darren yn
gafael yn braich fi'n rhy galed weithie pan ma mam mas. eniwe" (her mum's partner grabs her arm too hard when mum is
out): only a "please check", while the standard Welsh and the English were urgent. Checking it, a carer holding an arm
to help someone walk to the car ("mae'r gofalwr yn gafael yn fy mraich i pan dwi'n cerdded i'r car") was an urgent
abuse alert. Both are put right; what hurts stays urgent. Fictional people.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "sori. ma Darren yn gafael yn braich fi'n rhy galed weithie pan ma mam mas. eniwe",  # the re-trial's words
    "mae Darren yn gafael yn fy mraich i'n rhy galed weithiau pan mae mam allan",
    "Darren grabs my arm too hard sometimes when mum is out",
    "mae'r gofalwr yn gafael yn fy mraich i pan dwi'n cerdded i'r car, mae o'n brifo",
    "nath o gydio yn gwddw fi nes bod fi methu anadlu",
])
def test_a_grab_that_hurts_is_urgent_abuse(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "abuse" in reading.categories


@pytest.mark.parametrize("text", [
    "mae'r gofalwr yn gafael yn fy mraich i pan dwi'n cerdded i'r car",
    "ma Dad yn gafael yn fy llaw i groesi'r ffordd",
    "ma nain yn gafael yn braich fi pan dan ni'n mynd i'r siop",
    "the carer holds my arm when I walk to the car",
])
def test_an_arm_held_to_help_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
