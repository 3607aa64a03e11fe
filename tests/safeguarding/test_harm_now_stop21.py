"""Harm happening now when the same message also tells of the past, and a threat shouted now (stop 21, left by stop 20).

A past marker ("last week", "wsnos dwytha") used to veto the whole message: "he hit me last week. hes here now" got the
ordinary urgent reply, without "call 999 now". The past now says when its own sentence happened; in a sentence with a
past marker only a clause with its own time ("now", "tonight") still counts. dev2's "he's outside the front door now
with the dog, he's been drinking all day... he's shouting he's going to do us both" read only a concern (alcohol): a
threat shouted now in slang is urgent abuse, and now. Each message has a twin in the other language; the old overdose
told beside "now I'm fine" stays not now.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now

NOW = [
    "he hit me last week. hes here now",  # quoted
    "nath o fy nharo i wsnos dwytha. mae o yma rwan",
    "he hit me last week, hes here now",
    "nath e fwrw fi wythnos diwetha, ma fe 'ma nawr",
    "he's outside the front door now with the dog, he's been drinking all day. I got the baby in the back bedroom with "
    "me. he's shouting he's going to do us both",  # quoted (dev2)
    "mae o tu allan i'r drws ffrynt rwan efo'r ci, mae o 'di bod yn yfed drwy'r dydd. dw i efo'r babi yn y llofft "
    "gefn. mae o'n gweiddi bod o'n mynd i'n sortio ni'n dau",
    "i cut too deep this time and it won't stop bleeding",
    "nes i dorri'n rhy ddwfn tro 'ma a dio ddim yn stopio gwaedu",
    "me and nan have locked ourselves in the bedroom, my partner is drunk and kicking the door",
    "mae fy mhartner i'n feddw ac yn dyrnu'r drws llofft, dw i a Nain wedi cloi'n hunain i mewn",
]

NOT_NOW = [
    "I took 30 tablets, back in 2019, now I'm fine",
    "Nes i gymryd 30 o dabledi llynedd, dw i'n iawn rwan",
    "he hit me last week",
    "nath o fy nharo i wsnos dwytha",
]


@pytest.mark.parametrize("text", NOW, ids=[t[:40] for t in NOW])
def test_harm_now_beside_the_past_is_urgent_and_now(text: str) -> None:
    assert assess_risk(text).level == "urgent", assess_risk(text)
    assert happening_now(text)


@pytest.mark.parametrize("text", NOT_NOW, ids=[t[:40] for t in NOT_NOW])
def test_the_past_told_alone_is_not_now(text: str) -> None:
    assert not happening_now(text)


@pytest.mark.parametrize("text", ["she's going to do me a roast on sunday", "mum's shouting she's going to do me a fry up"])
def test_doing_someone_a_meal_is_no_threat(text: str) -> None:
    assert assess_risk(text).level == "none"
