"""Fear of being killed for telling someone (stop 35, issue 11; found checking the thirteenth trial's AK2 guard).

"she'll kill me if she finds out I told the police" read nothing and "…told social services" only a concern, while
"…if she finds out I told you" was urgent; the Welsh "neith o fy lladd i os ddudai wrth rywun" (northern "ddudai": if I
told) read nothing. Telling the police, social services, a teacher, a doctor or a helpline is the same fear as telling
us. A clause that goes on to say what was told ("…told the teacher about the trip") is a look-alike and stays calm, as
does being told off for moaning (test_trial35_told_off.py).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

URGENT = [
    ("en", "she'll kill me if she finds out I told the police"),
    ("en", "he will kill me if he finds out i told social services"),
    ("en", "He'd kill me if he knew I had told the police"),
    ("en", "my stepdad would kill me if he found out I went to the school nurse"),
    ("cy", "neith o fy lladd i os ddudai wrth rywun"),
    ("cy", "bydd hi'n fy lladd i os dduda i wrth yr athrawes"),
    ("cy", "mi neith o'n lladd i os ddeuda i wrth yr heddlu"),
]

CALM = [
    ("en", "mum will kill me if she finds out I told the teacher about the trip"),
    ("en", "she'll kill me if she finds out I told you the ending"),
    ("en", "she'll kill me if she thinks I've been moaning about her"),
    ("cy", "neith mam fy lladd i os dduda i wrth dad am y parti"),
    ("cy", "bydd mam yn fy lladd i os ddeuda i wrth Dad be gostiodd o"),
]


@pytest.mark.parametrize("language, text", URGENT)
def test_fear_of_being_killed_for_telling_is_urgent(language: str, text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent", (language, text, found)
    assert "abuse" in found.categories


@pytest.mark.parametrize("language, text", CALM)
def test_what_was_told_or_a_telling_off_is_no_alert(language: str, text: str) -> None:
    assert assess_risk(text).level != "urgent", (language, text)
