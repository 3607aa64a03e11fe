"""Safety wishes in the person's own words (stop-21 trial U38, U18, U47, U4, U15): who may or may not be told, and how
or when it is safe to reach them, in Welsh (north and south) and English, text-speak too. They count only in a
conversation with an urgent flag (the callers check); ordinary process wishes are never safety wishes."""
from __future__ import annotations

import pytest

from bot.analysis.keep_from import says_who_must_not_be_told
from bot.analysis.safety_wish import is_safety_wish

# (the trial's words, then a twin in the other language)
WHO_IS_NOT_TOLD = [
    "Rhodri ddim yn cael gwbod am y tabledi", "I don't want Rhodri to know about the tablets",
    "A bydde'n well 'da fi os yw Rhodri ddim yn cael gwbod am y tabledi, ddim 'to.",
    "plis paid deud wrth carys am y noson 'na", "pls dont tell carys about that night",
    "Don't tell him I said", "Peidiwch â dweud wrtho fo mai fi ddwedodd",
    "dont tell school", "paid deud wrth yr ysgol", "i said dont tell anyone", "nes i ddeud paid deud wrth neb",
    "sa i moyn i Rhodri glywed",
]
WAYS_TO_REACH = [
    "Ffono'r mobeil sy ore, dim y tŷ", "Ring the mobile, not the house",
    "dont ring the house mum gets angry", "paid ffonio'r tŷ, mae mam yn gwylltio",
    "Phone me on the landline, I dont do texts", "Ffoniwch fi ar y llinell tir, dwi ddim yn gwneud tecsts",
    "mobile's best, not the landline", "mobeil sy ora, dim y llinell tir",
    # stop-22 trial V26 / V17 (at the safe check and the visit-time question)
    "please dont ring mums landline, Paul is round there most days. ring my mobile instead",
    "plis peidio ffonio'r tŷ, mae Paul yno bron bob dydd. ffoniwch fy mobeil i",
    "text me dont ring, my mate goes through my phone sometimes", "tecstio fi, paid ffonio",
    "not at my mates place obviously", "dim yn ty mets fi, yn amlwg",
]
ORDINARY = [
    "I like a phone call before they come", "Dw i'n hoffi galwad ffôn cyn iddyn nhw ddod",
    "dwi ddim yn gwybod", "I don't know", "I don't tell anyone how I feel", "dwi ddim yn cael gwybod dim byd",
    "don't tell me what to do", "text is best", "Tecst yn unig", "ring me first please", "ffoniwch fi gynta plis",
    "you can't know how hard it is",
]


@pytest.mark.parametrize("text", WHO_IS_NOT_TOLD)
def test_who_may_not_be_told_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)
    assert says_who_must_not_be_told(text)


@pytest.mark.parametrize("text", WAYS_TO_REACH)
def test_how_to_reach_them_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)
    assert not says_who_must_not_be_told(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_are_not(text: str) -> None:
    assert not is_safety_wish(text)
