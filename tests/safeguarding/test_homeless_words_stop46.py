"""Stop 46 (lead): the model may name homelessness only with a word for it (risk46, AZ1: "hes home tonight. im in my
room" was labelled homelessness). The first list of words was too short: a young person told to leave and not come
back, or a family whose landlord wants them out, were labelled suicide, the model's next most likely harm, and given
its helplines. Both languages; none of these lines is in a benchmark file.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

HOMELESS = [
    "the landlord wants us out by friday and we've got nothing sorted",
    "dw i'n cysgu yn nhŷ ffrindia fi ers pythefnos achos ma mam di deud bo fi ddim yn cael dod adra",
    "ma'r landlord isio ni allan erbyn dydd gwener a does gynnon ni nunlle",
    "I'm 17 and dad told me to leave and not come back",
    "ma dad wedi deud wrtha i am adael a peidio dod nôl",
]


@pytest.mark.parametrize("text", HOMELESS)
def test_told_to_leave_or_put_out_is_homelessness_not_suicide(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "none"
    assert "homelessness" in reading.categories
    assert "suicide" not in reading.categories


@pytest.mark.parametrize("text", ["hes home tonight. im in my room", "mae e adre heno. dw i yn fy stafell"])
def test_someone_home_tonight_is_not_homelessness(text: str) -> None:
    assert "homelessness" not in assess_risk(text).categories
