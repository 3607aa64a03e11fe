"""Review 46b and trial 46: disclosures this stop's own rules hid, and two look-alikes. Every line written for this
file (none from a benchmark), Welsh and English.

A2: "so" read as "therefore" after a kind word denied, or after "iawn"/"dda" ("sa i'n iawn so fi'n moyn byw rhagor").
A3: "steppin in front of a train" lost when "step" stopped matching "stepdad". A4: the "mum checks my phone" guard
hid a co-parent named by the child, and control told after it. A5: long lies with crying or a bed after them. BA8:
"Tis me, about meself" a self-harm concern.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

URGENT = [
    ("dyw e ddim yn neis, so fe'n gadael fi fynd mas o'r ty o gwbl", None),
    ("dyw hi ddim yn garedig so hi'n rhoi bwyd i fi", None),
    ("sa i'n teimlo'n dda so fi'n moyn bod 'ma rhagor", "suicide"),
    ("sa i'n iawn so fi'n moyn byw rhagor", "suicide"),
    ("thinkin of steppin out in front of a lorry", "suicide"),
    ("i keep thinking about steppin in front of a train", "suicide"),
    ("Ella's dad checks my phone every night and tells me who i can see", "abuse"),
    ("the twins dad goes through my phone every time he drops them off", "abuse"),
    ("dad yn checkio fy ffon bob nos a ma fe'n gweiddi os dwi di siarad efo hogyn", "abuse"),
    ("ma mam yn checkio fy ffon a dyw hi ddim yn gadael fi weld neb", None),
]


@pytest.mark.parametrize("text, category", URGENT)
def test_these_disclosures_stay_urgent(text: str, category: str | None) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent"
    assert category is None or category in reading.categories


@pytest.mark.parametrize("text", [
    "she was lying on the carpet all night crying for help",
    "mum was lying on the lino most of the night, crying and cold",
    "roedd hi'n methu codi am oriau, wrth ochr y gwely",
    "he couldnt get up for hours after he went over by the bed",
    "He's been on the floor once in the night but he wasn't hurt",
])
def test_a_long_lie_is_a_fall(text: str) -> None:
    assert "falls" in assess_risk(text).categories


@pytest.mark.parametrize("text", [
    "ma hi'n neis, so hi'n gadael fi fynd i'r parti",
    "mam checks my phone sometimes",
    "mae mam yn checkio fy ffon weithiau",
    "ma dad yn sbio ar fy ffon weithia",
    "Tis me, about meself. The wife said I should do it",
    "i was so tired i couldnt get up till lunch",
    "we lay there for hours on the beach at Rhosneigr",
])
def test_everyday_words_stay_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", ["its about me, i cut myself", "tis me. i want to hurt myself"])
def test_about_myself_beside_self_harm_is_still_read(text: str) -> None:
    assert assess_risk(text).level == "urgent"
