"""Trial 37 AP12: a pasted bullet line is one item; "and" inside a short one does not cut it.

"- Songs of Praise and a cwtch with the cat", pasted in a carer's list, became only "a cwtch with the cat". The trial's
list, and a Welsh twin (which kept the line whole already: it must stay so).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse

LIST = {
    "en": ("What matters to Mum:\n- staying in her own home, she has been there 50 years\n"
           "- her garden and the robins, she feeds them every morning\n- Songs of Praise and a cwtch with the cat",
           "Songs of Praise and a cwtch with the cat"),
    "cy": ("Be sy'n bwysig i Mam:\n- aros yn ei chartref ei hun, mae hi wedi bod yno 50 mlynedd\n"
           "- ei gardd a'r robinod, mae hi'n eu bwydo nhw bob bore\n- Dechrau Canu a mwytha efo'r gath",
           "Dechrau Canu a mwytha efo'r gath"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_short_bullet_line_is_one_item(language: str) -> None:
    text, line = LIST[language]
    found = [o.text for o in analyse(text, question="what_matters").outcomes]
    assert line in found
    assert not any(o != line and o in line for o in found)


@pytest.mark.parametrize("text,two", [
    ("- she wants to go to chapel and she wants to see her sister on Sundays, every week if she can manage it",
     ("she wants to go to chapel", "she wants to see her sister on Sundays")),
    ("- mae hi isio mynd i'r capel a mae hi isio gweld ei chwaer ar y Sul, bob wythnos os gall hi",
     ("mae hi isio mynd i'r capel", "mae hi isio gweld ei chwaer ar y Sul")),
])
def test_a_long_bullet_line_with_two_wishes_is_not_made_one(text: str, two: tuple[str, str]) -> None:
    found = [o.text for o in analyse(text, question="what_matters").outcomes]
    assert not any(two[0] in o and two[1] in o for o in found), found
