"""Trial 47 BB4: "o'n i'n torri fy hun llynedd, dim rwan" (I cut myself last year, not now), a 16-year-old's first
answer, got the urgent reply, a 999 line and a duty alert; the English twin the same. Self-harm told in the past with a
time long enough back and "not now" is a history of self-harm (a concern the practitioner asks about), as "used to"
already was; again, tonight, the urge, or no "not now" keep it urgent."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("said", [
    "o'n i'n torri fy hun llynedd, dim rwan",
    "o'n i'n brifo fy hun pan o'n i'n 13 ond dim rŵan",
    "nes i hunan-niweidio pan o'n i'n 13, dim rwan",
    "i cut myself last year, not now",
    "I self harmed when I was 14 but not any more",
    "i hurt myself a while back but not these days",
])
def test_self_harm_told_as_past_and_stopped_is_a_history(said: str) -> None:
    reading = assess_risk(said)
    assert reading.level == "concern" and "self_harm" in reading.categories


@pytest.mark.parametrize("said", [
    "i cut myself last year and i did it again last night",
    "o'n i'n torri fy hun llynedd a dwi isio neud eto",
    "i cut myself last year",
    "i cut myself last year, not now but i want to",
    "nes i dorri fy hun neithiwr",
    "i cut myself last night",
])
def test_self_harm_now_again_or_wanted_stays_urgent(said: str) -> None:
    assert assess_risk(said).level == "urgent"
