"""A safety wish beside a disclosure is recognised in Welsh and English; ordinary contact wishes are not."""
from __future__ import annotations

import pytest

from bot.analysis.safety_wish import is_safety_wish

WISHES = [
    "don't ring the house, he'll see",
    "paid ffonio'r tŷ, bydd e'n gweld",
    "paid ffonio'r ty bydd o'n gweld",  # north, no accents
    "text only when he's at work",
    "tecstiwch pan mae o yn y gwaith",
    "Please ring my mobile, he checks the landline",
    "ffoniwch fi ar fy ffôn, heb iddo fe wybod",
    "Don't tell him I called you",
    "only ring when it's safe, he goes through my phone",
    # stop 17 trial, after a disclosure about her mum's boyfriend: wishes for safety, and about visits and calls home
    "isio i mam fod yn saff.", "I just want my mum to be safe", "dim pobl yn dod i'r ty plis.",
    "no one coming to the house please", "dont send anyone to the house", "plis paid a ffonio adra",
    "don't ring home",
]

NOT_WISHES = [
    "Tecst yn unig",
    "text only",
    "Please phone in the mornings, I'm deaf in one ear so not too early",
    "my daughter phones every day, she'll see me on Sunday",
    "I like it when my son calls",
    "Galwch draw ar ddydd Mawrth os gwelwch yn dda",
    "nobody comes round anymore, its lonely", "Mam yn dod i'r ty bob dydd Sul", "Nobody comes to see me",
    # stop 17 second trial: one safety wish among other wishes in a longer answer leaves the answer hers
    "isio gallu mynd allan heb ofyn. isio i mam fod yn saff. a isio lle fy hun pan dwi'n 18 ella. a mwy o shifts "
    "yn caffi",
    "I want to go out without asking. I want mum to be safe. And my own place when I'm 18 maybe, and more shifts",
    "",
]


@pytest.mark.parametrize("text", WISHES)
def test_safety_wishes_are_recognised(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", NOT_WISHES)
def test_ordinary_contact_wishes_are_not_safety_wishes(text: str) -> None:
    assert not is_safety_wish(text)
