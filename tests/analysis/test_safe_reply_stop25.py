"""Stop-24 trial T4: a reply that plainly says we misread them, in their own words, marks the flag as misread.

After a "please check", "be?? wtf ma fe jyst yn boring adre, sai mewn trwbl" got no misread marker: the marker read only
fixed phrases ("jocian o'n i", "that's not what I meant"). Taken aback and not in trouble (or "it's just boring at
home") is a correction too. Conservative: "I'm fine" alone, or "not in trouble" beside a harm, is not.
"""
from __future__ import annotations

import pytest

from bot.analysis.safe_reply import says_it_was_misread

MISREAD = [
    "be?? wtf ma fe jyst yn boring adre, sai mewn trwbl",
    "lol no im not in trouble, it's just boring at home",
    "be?? ma hi jyst yn ddiflas adra, dwi'm mewn trwbl",
    "what?? no I'm not in danger lol, it's just boring here",
]
NOT_A_CORRECTION = [
    "I'm fine",
    "dwi'n iawn",
    "no. im fine",
    "im not in trouble",  # no surprise, no "no": it may be the start of more
    "wtf no",
    "no, im not in trouble but he hits me",
    "na, sai mewn trwbl ond ma fe wedi fy mwrw i",
]


@pytest.mark.parametrize("text", MISREAD)
def test_taken_aback_and_not_in_trouble_says_it_was_misread(text: str) -> None:
    assert says_it_was_misread(text)


@pytest.mark.parametrize("text", NOT_A_CORRECTION)
def test_fine_alone_or_beside_a_harm_is_no_correction(text: str) -> None:
    assert not says_it_was_misread(text)
