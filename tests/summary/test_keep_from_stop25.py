"""Not wanting someone to know is a note for the visit at the top, in Welsh as in English (stop-25 trial U2).

"a sai moyn i dad wbod bo fi di gweud hyn am yr yfed" (a 16-year-old on Telegram) and "A pheidiwch â dweud dim wrth
Dylan am y cerdyn" (an older man) were filed as "how to be supported" outcomes to confirm at the visit, where dad or
Dylan may be; "dont tell my mum about the cutting thing" was at the top. bot.summary.record.sensitive_words reads them.
"""
from __future__ import annotations

import pytest

from bot.summary.record import sensitive_words


@pytest.mark.parametrize("text", [
    "a sai moyn i dad wbod bo fi di gweud hyn am yr yfed",
    "A pheidiwch â dweud dim wrth Dylan am y cerdyn",
    "dwi ddim isio i mam wybod am hyn plis",
    "sa i'n moyn i mam glywed am hyn",
    "paid deud wrth nain",
    "I don't want my mum to know about the cutting",
    "dont want him to find out i talked to you",
    "dont tell my mum about the cutting thing",
])
def test_asking_that_someone_is_not_told_is_kept_from_them(text: str) -> None:
    assert sensitive_words(text) == text


@pytest.mark.parametrize("text", [
    "dwi isio i mam wybod mod i'n iawn",
    "I want dad to know I love him",
    "I don't want to know",
    "i don't want her to be alone",
    "paid â phoeni",
    "peidiwch â dweud wrtha i be i neud",
])
def test_wanting_someone_to_know_or_a_plain_dont_is_not(text: str) -> None:
    assert sensitive_words(text) is None


def test_only_that_sentence_goes_to_the_top() -> None:
    text = "Dwi isio mynd i'r clwb ieuenctid eto. A sai moyn i dad wbod bo fi di gweud hyn am yr yfed."
    assert sensitive_words(text) == "A sai moyn i dad wbod bo fi di gweud hyn am yr yfed."


@pytest.mark.parametrize("text", [
    "os ma fo'n ffeindio allan bydd o'n wyllt",  # second stop-25 trial V6: read back as how he wants support
    "if dad finds out he'll go mad",
])
def test_fear_of_someone_finding_out_is_kept_from_them(text: str) -> None:
    assert sensitive_words(text) == text


@pytest.mark.parametrize("text", ["I want to find out about groups", "os dwi'n ffeindio allan am y grwpiau"])
def test_finding_out_for_oneself_is_not(text: str) -> None:
    assert sensitive_words(text) is None
