"""Stop 43's review of the stop's own rules: what it found read wrongly, as fixtures, in Welsh and English.

A reply at the safe check that doubts it is safe, or says there is nothing left to live for, or tells what he does
beside "he's not violent", is never "I'm safe". Ordinary sentences about a child's age, a neighbour coming round or a
nosebleed are not urgent (the rows that read them so are left out until narrowed). Eviction tomorrow stays urgent.
"What they meant" is never "I meant what I said" nor "I just think…".
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, rules_only
from bot.analysis.safe_reply import says_they_are_safe, says_what_they_meant


@pytest.mark.parametrize("text", [
    "dwi'm yn meddwl mod i'n iawn", "sa i'n credu mod i'n saff", "Dw i'n iawn, does dim byd mwy i fyw amdano",
    "I'm fine, there's nothing left to live for", "yes i am safe hes not violent he just grabs me when hes drunk",
    "yes im safe, hes never violent unless hes had a drink", "dw i'n saff, dydi o ddim yn dreisgar, jyst yn fy nghydio i"])
def test_doubt_or_harm_beside_safe_is_not_safe(text: str) -> None:
    assert not says_they_are_safe(text)


@pytest.mark.parametrize("text", [
    "oh. yes im safe hes not violent or anything. carry on", "Ydw, wrth gwrs fy mod i'n ddiogel. hiraeth am Megan ydi o",
    "dwi'n iawn", "I'm fine"])
def test_safe_said_plainly_is_safe(text: str) -> None:
    assert says_they_are_safe(text)


@pytest.mark.parametrize("text", ["there's nothing left to live for", "I've got nothing to live for any more",
                                  "does dim byd ar ôl i fyw amdano", "sdim byd mwy i fyw amdano"])
def test_nothing_to_live_for_is_urgent(text: str) -> None:
    reading = rules_only(text)
    assert reading.level == "urgent" and "suicide" in reading.categories


@pytest.mark.parametrize("text", [
    "my son is 9 . his dad has been drinking since 2016 so we split",
    "my neighbour is lovely, she said she will come round if i ring her",
    "when i go into respite they said they would come and visit",
    "mum is on warfarin and her nose keeps bleeding and i am on my own with her",
    "i would be better off gone before the traffic starts", "i would be better off not here next week",
    "dw i'n codi am 5 y bore i drio mynd allan efo'r ci", "mae Nain yn 9 deg oed ac mae hi'n mwynhau gwin bach"])
def test_ordinary_sentences_are_not_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "urgent", (text, reading)


@pytest.mark.parametrize("text", ["we are being evicted tomorrow, the landlord gave us a notice",
                                  "mum kicked me out last night. the council gave me a letter about a hostel"])
def test_put_out_tomorrow_or_already_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", ["i meant what i said", "no i meant exactly that", "i mean i really do want to die",
                                  "dw i jyst yn meddwl bod neb yn poeni amdana i"])
def test_meaning_it_or_just_thinking_is_not_saying_what_they_meant(text: str) -> None:
    assert not says_what_they_meant(text)
