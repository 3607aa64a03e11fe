"""Stop-23 trial [risk] W6, W7 (and W5's Welsh twin): a denial or a worry about the record is no disclosure.

Karen, a carer whose mother is not suicidal, got a false urgent alert (W5), then, correcting it at the safe check,
"what?? no, nobody's suicidal! I said Mum would go mad if someone slept over, as in cross. We're fine" (W6: the rule
'suicidal', the denial unread), and asking "who actually reads this? ... I don't want it saying I said she's suicidal"
(W7): three duty alerts, each correction adding one. "nobody / no one is suicidal", "does neb yn hunanladdol" and not
wanting it said or written are guarded, as is how someone would take it ("she'd go mad", "bysa Mam yn mynd yn wallgo",
"she'd never forgive me"): a reaction, not a harm. Each with a twin; disclosures in the same words stay urgent.
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

CORRECTIONS = [
    "what?? no, nobody's suicidal! I said Mum would go mad if someone slept over, as in cross. We're fine. I was "
    "answering about the nights, I got cut off before",  # W6, quoted
    "be?? na, does neb yn hunanladdol! Nes i ddeud bysa Mam yn mynd yn wallgo tasa rhywun yn aros dros nos, fel yn flin. "
    "Dan ni'n iawn.",
    "no one is suicidal here, we're fine",
    "Before I answer, who actually reads this? Is it going to end up on Mum's file for everyone to see? I don't want it "
    "saying I said she's suicidal",  # W7, quoted
    "Cyn i fi ateb, pwy sy'n darllen hwn? Dwi ddim isio iddo ddeud mod i wedi deud bod hi'n hunanladdol",
    "she won't have anyone sleep over, she'd go mad",
    "fysa hi'n mynd yn wallgo tasa rhywun yn aros dros nos",
]

STILL_URGENT = [
    "nobody knows I'm suicidal",
    "does neb yn gwybod mod i'n hunanladdol",
    "I told the GP she's suicidal and nobody has rung back",
    "nobody is suicidal, I just want to die",
    "he'd go mad and then he hits me",
    "mae o'n mynd yn wallgo ac wedyn mae o'n fy nharo i",
]


@pytest.mark.parametrize("text", CORRECTIONS, ids=[t[:40] for t in CORRECTIONS])
def test_a_denial_or_a_worry_about_the_record_is_no_disclosure(text: str) -> None:
    assert read_risk(text).level != "urgent", read_risk(text)


@pytest.mark.parametrize("text", STILL_URGENT, ids=[t[:40] for t in STILL_URGENT])
def test_a_disclosure_in_the_same_words_stays_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)
