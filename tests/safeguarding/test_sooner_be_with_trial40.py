"""Stop 40 (trial 40, AU1): a widower of 79 wrote "Truth be told Id sooner be with Mair than sat here on my own"
(Mair, his late wife, named two answers before) and got nothing. Sooner or rather be with someone named, or one of the
people someone may lose, than be here, alone or alive, is a gentle "please check" passive wish to die, in Welsh and
English. Rather be with friends, or with nan rather than at school, stays calm. Fictional people.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "I'd like someone to talk to. The days are long. Truth be told Id sooner be with Mair than sat here on my own",
    "Id rather be with Mair than sat here on my own",
    "I'd rather be with my wife than here like this",
    "Well 'da fi fod gyda Mair na ishte fan hyn ar ben fy hun.",
    "Well gen i fod efo Gwilym na bod yma ar fy mhen fy hun",
])
def test_sooner_be_with_them_than_here_alone_is_a_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and reading.please_check and "suicide" in reading.categories


@pytest.mark.parametrize("text", [
    "I'd rather be with my mates than sat here on my own",
    "I'd rather be with my nan than sat in school",
    "Id sooner be with Mair than go in a home",
    "well gen i fod efo fy ffrindia na ista adra",
    "Well 'da fi fod gyda'r plant na ishte yn y car",
])
def test_rather_be_with_company_than_somewhere_else_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"
