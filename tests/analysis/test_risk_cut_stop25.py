""""Cut" with nothing cut after it is a young person's word for self-harm (stop-25 trial, lead).

"not having panic attacks at school. i still cut sometimes when it gets really bad. ..." read nothing in English, while
its Welsh twin ("dwi dal yn torri fy hun weithia") and "i still cut myself" were urgent: the English rules asked for
"myself" after "cut". Cutting something (hair, grass, a finger chopping onions) or cutting back / down is no disclosure.
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk


@pytest.mark.parametrize("text", [
    "i still cut sometimes when it gets really bad",
    "sometimes i cut when it gets bad",
    "i still cut",
    "sometimes i still cut tbh",
    "i only cut when it gets really bad at home",
    "dwi dal yn torri fy hun weithia pan mae'n mynd yn ddrwg",
])
def test_cutting_without_an_object_is_self_harm(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "urgent" and "self_harm" in reading.categories, reading


@pytest.mark.parametrize("text", [
    "I cut his hair every month",
    "i cut the grass when it's dry",
    "I cut back on sugar",
    "i cut down on the drink when he's here",
    "I cut my finger chopping onions for the cawl",
    "dw i'n torri gwallt Dad bob mis",
])
def test_cutting_something_is_not(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


def test_past_cutting_stays_a_concern_not_urgent() -> None:
    reading = read_risk("i used to cut but not anymore")
    assert reading.level == "concern" and "self_harm" in reading.categories
