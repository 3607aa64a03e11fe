"""Replies to "are you safe right now? carry on, take a break or stop?": a choice only when the whole reply is one."""
from __future__ import annotations

import pytest

from bot.analysis.safe_reply import reply_to_safe_check

CHOICES = [
    ("carry on", "carry_on"), ("parhau", "carry_on"), ("ia", "carry_on"), ("yes ok", "carry_on"),
    ("i'm ok", "carry_on"), ("im ok thanks x", "carry_on"), ("dwi'n iawn", "carry_on"), ("Dwi’n iawn 👍", "carry_on"),
    ("dwin iawn diolch", "carry_on"), ("Ydw, dwi'n iawn", "carry_on"), ("yndw", "carry_on"), ("k", "carry_on"),
    ("cario mlaen", "carry_on"), ("I'm safe, carry on", "carry_on"), ("wi'n saff", "carry_on"),
    ("take a break", "break"), ("seibiant plis", "break"), ("not now", "break"), ("nes ymlaen", "break"),
    ("I'm ok but a break please", "break"),
    ("stop", "stop"), ("stopio", "stop"), ("no more questions", "stop"), ("dim mwy", "stop"), ("dyna ddigon", "stop"),
]

THEIR_OWN_WORDS = [
    "I'm not safe", "no", "na", "nac ydw", "he's here now", "mae o yma rŵan", "don't ring the house, he'll see",
    "I'm ok but he's outside", "", "🙂",
]


@pytest.mark.parametrize("text,choice", CHOICES)
def test_a_whole_reply_is_a_choice(text: str, choice: str) -> None:
    assert reply_to_safe_check(text) == choice


@pytest.mark.parametrize("text", THEIR_OWN_WORDS)
def test_anything_more_is_the_persons_own_answer(text: str) -> None:
    assert reply_to_safe_check(text) is None


@pytest.mark.parametrize("text", [
    "I'm alright love, he's not here now. carry on",  # trial 16b: the safe check was asked three times
    "dwi'n iawn, dydi o ddim yma rwan. parhau",
])
def test_the_one_they_fear_being_away_is_not_unsafe(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", ["I'm fine but he's not here now", "he's here now", "mae o yma rwan, parhau"])
def test_but_or_him_being_here_never_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) != "carry_on"


@pytest.mark.parametrize("text", [
    # stop 17 trial: a "no" before saying they are fine, the one they care for settled again, a reassurance
    "Be? Na, ni'n iawn, ma fe nôl yn y gwely nawr. Ma fe'n neud hyn bob nos bron. Parhau",
    "Eh? I'm fine love, I'm not going to do anything daft if that's what you're thinking. I meant I'm worn out. "
    "Carry on",
    "No no I'm fine, carry on",
    "na na, dwi'n iawn. dwi ddim am neud dim byd gwirion. parhau",
])
def test_a_reassurance_after_a_misreading_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", [
    "no, im not fine", "na dwi ddim yn iawn", "no, he is back. carry on", "ma fe nol. parhau",
    "im not going to do anything daft but he's coming back tonight", "na, ni'n iawn. mae o adre rwan",
])
def test_no_without_fine_or_him_back_never_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) is None


# --- where the writer is, said of themselves (stop-18 trial) ---------------------------------------

@pytest.mark.parametrize("text", [
    "be?? dwi'n iawn, dwi adra efo mam. jyst poeni am exams. cario mlaen",
    "im fine, im home now with my mum, carry on",
    "dwi'n iawn, dwi nol rwan. parhau",
    "I'm ok, I'm back now. carry on",
])
def test_saying_where_they_are_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", [
    "dwi'n iawn ond mae o adra", "mae o adra rwan. parhau", "he's back, carry on", "I'm back but he's here",
    "ma fe nol. cario mlaen",
])
def test_the_one_they_fear_at_home_never_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) != "carry_on"
