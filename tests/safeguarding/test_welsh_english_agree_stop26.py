"""The same meaning reads the same level in Welsh and English (stop-25 closing note):

- a father hitting a child, told in the third person: a child named as the one hit ("mae o'n taro'i fab", "he hits his
  son") is urgent; him, her or them ("mae dad yn taro fo", "dad hits him") is a "please check" the duty team reads.
  In Welsh these read nothing; since stop 27 both languages read the "please check" by rule (the English one had been
  the learned model's alone, at p(urgent) 0.64-0.72, so a retrained model could have moved it);
- having to ask him for money or to go out ("gorfod gofyn iddo fo am bres", "I have to ask him for money") is a
  concern in both (a person decides); Welsh read it urgent. Not being allowed to stays urgent in both.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

PAIRS = [
    # (Welsh, English, level, please check)
    ("mae o'n taro'i fab", "he hits his son", "urgent", False),
    ("mae'r tad yn taro'r plentyn", "the father hits the child", "urgent", False),
    ("mae dad yn taro fi", "my dad hits me", "urgent", False),
    ("ma fe'n bwrw'r plant", "he hits the kids", "urgent", False),
    ("mae dad yn taro fo", "dad hits him", "concern", True),
    ("ma dad yn bwrw fe", "dad hits him", "concern", True),
    ("mae ei dad yn ei daro fo", "his dad hits him", "concern", True),
    ("mae dad yn taro hi", "dad hits her", "concern", True),
    ("ma fe'n bwrw nhw", "he hits them", "concern", True),
    ("dw i'n gorfod gofyn iddo fo am bres", "i have to ask him for money", "concern", False),
    ("rhaid i fi ofyn iddo fo cyn mynd allan", "I have to ask him before I go out", "concern", False),
    ("dw i ddim yn cael mynd allan heb iddo fo wybod", "i am not allowed to go out", "urgent", False),
]


@pytest.mark.parametrize("welsh,english,level,check", PAIRS)
def test_welsh_and_english_agree(welsh: str, english: str, level: str, check: bool) -> None:
    for text in (welsh, english):
        reading = assess_risk(text)
        assert (reading.level, reading.please_check) == (level, check), (text, reading)
        assert "abuse" in reading.categories
        if check:  # a rule reads it, in both languages: not left to where the model's probability falls
            rules = explain(text)["rules"]
            assert isinstance(rules, list) and [r["level"] for r in rules] == ["check"], explain(text)


@pytest.mark.parametrize("text", [
    "mae'n ei daro fo'n od",  # it strikes him as odd
    "mae'r syniad yn ei daro fo",
    "mae o'n ei guro fo mewn gem o wyddbwyll",
    "nain yn ei guro fo mewn scrabble",
    "mae hi'n curo fo bob tro ar gardiau",
    "nath hi fwrw fe mas o'r parc",
    "mae o'n taro fo efo morthwyl i'r wal",
    "mae'r cloc yn taro",
    "mae hi'n bwrw glaw",
    "mae o'n taro heibio heno",
])
def test_look_alikes_stay_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
