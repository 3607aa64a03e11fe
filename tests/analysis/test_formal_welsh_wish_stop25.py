"""Formal Welsh wishes are wishes (stop-25 trial U4): an 87-year-old writing "chi" Welsh, "a rydw i'n dymuno aros
yma", had no outcome, where "dwi isio aros yma" has one."""
from __future__ import annotations

import pytest

from bot.analysis import analyse


@pytest.mark.parametrize("text,wish", [
    ("Rydw i wedi byw yn y tŷ hwn ers hanner can mlynedd, a rydw i'n dymuno aros yma.", "dymuno aros yma"),
    ("Dymunaf gael aros yn fy nghartref fy hun.", "aros yn fy nghartref"),
    ("Carwn i fynd i'r capel ar y Sul eto.", "fynd i'r capel"),
])
def test_a_formal_welsh_wish_is_an_outcome(text: str, wish: str) -> None:
    assert any(wish in o.text for o in analyse(text, question="what_matters").outcomes)
