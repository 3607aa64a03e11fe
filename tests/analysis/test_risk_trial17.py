"""Everyday words the stop 17 trial saw read as disclosures, with the disclosures that share their words.

"Sori, o'n i'n gorfod mynd at Dad, odd e wedi trio mynd mas i'r clos yn ei byjamas" (southern Welsh "odd",
"was") got the urgent suicide reply: text-speak "od'd" (overdosed) was read into every "odd", English
"that's odd" too.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "Sori, o'n i'n gorfod mynd at Dad, odd e wedi trio mynd mas i'r clos yn ei byjamas. Ble o'n ni?",
    "Odd hi'n arfer canu yn y côr bob nos Iau",
    "odd e'n grac bore 'ma achos odd y bws yn hwyr",
    "that's odd, I thought I'd said that already",
    "odd socks again lol, mum says I look like a clown",
    "he's a bit odd with strangers, takes a while to warm up",
])
def test_odd_is_strange_or_was_never_an_overdose(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "i od'd last night and nobody knows",
    "i odd on my mums tablets",
    "she od'ed on her meds again",
    "ive just odd",
])
def test_an_overdose_in_text_speak_is_still_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"
