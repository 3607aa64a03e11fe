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


@pytest.mark.parametrize("text", [
    # stop 17 trial: urgent replies and duty alerts for ordinary answers
    "good day = no school lol, like i got a support worker following me round at school n its so embarassing "
    "im dead 💀",
    "mae gen i gynorthwyydd yn fy nilyn i rownd yr ysgol drwy'r dydd, mor embarrassing",
    "Only that I'm tired. And I don't want Maureen going into a home, we've been married 52 years and I'll not "
    "have it.",
])
def test_support_at_school_and_refusing_a_care_home_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", ["my ex keeps following me home from work",
                                  "someone has been following me on the way to school and I am scared"])
def test_being_followed_is_still_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "A good day is when Maureen's had a decent night and her tablets are working. I'd like to get back to the bowls "
    "club on a Tuesday. Honestly some days I don't see the point of anything, it's just one day after another.",
    "weithiau dwi ddim yn gweld y pwynt, jyst un diwrnod ar ôl y llall",
    "sa i'n gweld y pwynt rhagor",
])
def test_not_seeing_the_point_is_a_worry_to_note(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "low_mood" in found.categories


@pytest.mark.parametrize("text", ["I don't see the point of the meeting", "dwi ddim yn gweld y pwynt mynd i'r clwb"])
def test_not_seeing_the_point_of_one_thing_is_not(text: str) -> None:
    assert assess_risk(text).level == "none"
