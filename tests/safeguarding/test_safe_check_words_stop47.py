"""Trial 47 BB7: answers to "are you safe right now?" that said carry on in their own words were not taken so. "ia mae
o di mynd i gwely. dwi'n ok rwan. cario mlaen" (he's gone to bed, I'm ok now, carry on) read as urgent abuse: the
Welsh rule for a man coming into a child's bed also took "mynd i gwely", going to bed. "…jyst teimlo'n isel. cariwch
mlan" missed the imperative to us."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.safe_reply import reply_to_safe_check


@pytest.mark.parametrize("said", [
    "ia mae o di mynd i gwely. dwi'n ok rwan. cario mlaen",
    "odw, sa i'n mynd i neud dim byd dwl. jyst teimlo'n isel. cariwch mlan",
    "ydw diolch, ewch ymlaen",
    "fi'n iawn, cer mlaen",
    "im ok now hes gone to bed. carry on",
])
def test_carry_on_in_their_own_words(said: str) -> None:
    assert reply_to_safe_check(said) == "carry_on"


@pytest.mark.parametrize("said", ["na dwi ddim yn saff. cariwch mlan", "not safe. carry on"])
def test_not_safe_is_never_carry_on(said: str) -> None:
    assert reply_to_safe_check(said) is None


@pytest.mark.parametrize("said", ["mae o di mynd i gwely", "ma fe wedi mynd i'r gwely nawr", "dad di mynd i gwely"])
def test_gone_to_bed_is_no_abuse(said: str) -> None:
    assert assess_risk(said).level != "urgent"


@pytest.mark.parametrize("said", [
    "llystad fi yn dod i gwely fi pan ma mam yn gwaith",
    "ma fe yn mynd i gwely fi pan ma mam yn gwaith",
    "mae o'n dod i fy stafell wely bob nos",
    "ma fe di dod i mewn i gwely fi neithiwr",
])
def test_a_man_coming_into_a_childs_bed_stays_urgent(said: str) -> None:
    reading = assess_risk(said)
    assert reading.level == "urgent" and "abuse" in reading.categories
