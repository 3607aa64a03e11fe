"""Stop-24 trial T1: a Welsh "I'm fine" holding "dim byd" (nothing) is no word of danger.

"dwi'n iawn, wir. fyswn i byth yn gneud dim byd. jyst diwrnod drwg. gawn ni gario mlaen" and "be?? naci, dim byd
fel'na! ... dwi'n iawn" each got "are you safe right now?" again ("dim" may mean "not"); their English twins carried
on. The second also says we misread them, so the summary marks its flag.
"""
from __future__ import annotations

import pytest

from bot.analysis.safe_reply import reply_to_safe_check, says_it_was_misread, unsafe_words

FINE = [
    "dwi'n iawn, wir. fyswn i byth yn gneud dim byd. jyst diwrnod drwg. gawn ni gario mlaen",
    "be?? naci, dim byd fel'na! jyst stressed dwi, isio brêc bach o'r holl helynt. dwi'n iawn",
    "I'm fine honestly, I would never do anything. just a bad day. can we carry on",
    "what?? no, nothing like that! just stressed. I'm ok",
]
STILL_UNSAFE = [
    "dwi'n iawn ond mae o nol rwan",
    "dim byd fel'na ond dwi ofn mynd adra",
    "I'm fine but he's back now",
]


@pytest.mark.parametrize("text", FINE)
def test_fine_with_nothing_in_it_is_no_word_of_danger(text: str) -> None:
    assert not unsafe_words(text)


@pytest.mark.parametrize("text", STILL_UNSAFE)
def test_a_word_of_danger_beside_it_still_counts(text: str) -> None:
    assert unsafe_words(text)


def test_the_carry_on_is_carried_out() -> None:
    assert reply_to_safe_check(FINE[0]) == "carry_on"


@pytest.mark.parametrize("text", ["be?? naci, dim byd fel'na! jyst stressed dwi", "no, nothing like that, just tired"])
def test_nothing_like_that_after_no_says_it_was_misread(text: str) -> None:
    assert says_it_was_misread(text)


@pytest.mark.parametrize("text", ["nothing like that happened to me but he does shout", "dim byd fel'na"])
def test_nothing_like_that_alone_is_no_correction(text: str) -> None:
    assert not says_it_was_misread(text)
