"""The sixth trial (stop 28, a re-check after the fifth trial's fixes): Z1, Z9, Z10, both languages.

- Z1: "my mum posted my baby pics on facebook, i literally wanted to die lol" was an urgent alert to a 14-year-old.
  Wanting to die of embarrassment, with what embarrassed them in the sentence, is no alarm; "i want to die lol" alone,
  or with tablets, stays urgent.
- Z9: a carer shouting at the one they care for is carer strain in English as in Welsh (the Welsh was the model's
  alone); shouting to someone to come in for tea is nothing.
- Z10: a safe way to call said in Welsh ("Ffoniwch fi ar ffôn y tŷ …, dim ar y mobeil") is a safety wish, as the English
  is; ringing the mobile is no such wish.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.safety_wish import is_safety_wish


@pytest.mark.parametrize("text", [
    "my mum posted my baby pics on facebook, i literally wanted to die lol. my cousin is sound tho",
    "mam wedi postio lluniau babi fi ar facebook, o'n i isio marw lol",
    "it was so cringe i wanted to die",
    "o'n i bron a marw o gywilydd pan ddangosodd hi'r fideo",
])
def test_dying_of_embarrassment_is_no_alarm(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "i want to die lol", "honestly i wanted to die last night, i had the tablets out",
    "i want to die, everyone saw the photos and laughed at me, i've got the tablets",
    "dwi isio marw, dwi di hel y tabledi",
])
def test_wanting_to_die_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", ["sometimes i shout at him when im tired", "I end up snapping at Mum by teatime",
                                  "Weithia dwi'n gweiddi arno fo pan dwi wedi blino"])
def test_a_carer_shouting_is_carer_strain(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "carer_strain" in reading.categories


@pytest.mark.parametrize("text", ["dwi'n gweiddi arno fo i ddod i mewn i gael te", "the neighbours shout at him"])
def test_shouting_for_tea_is_nothing(text: str) -> None:
    assert "carer_strain" not in assess_risk(text).categories


@pytest.mark.parametrize("text", [
    "Ffoniwch fi ar ffôn y tŷ rhwng 12 ac 1 plis, dim ar y mobeil achos mae'r mab yn ei ddarllen o",
    "Ffoniwch fi ar ffôn y gwaith rhwng 12 ac 1, dim ar y mobeil",
    "ring me on my work phone between 12 and 1, not the mobile",
])
def test_a_safe_way_to_call_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


def test_ringing_the_mobile_is_no_safety_wish() -> None:
    assert not is_safety_wish("Ffoniwch fi ar y mobeil, dw i allan lot")
