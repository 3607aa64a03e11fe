"""A third writer's calm conversations (stop 26, dev_fresh3 tuning half): two idioms of dying read urgent, and an English
"rather die than go on like this" read nothing.

"Well 'da fi farw yn 'y nghadair fan hyn na mynd i gartre" (I'd rather die in my chair than go into a home) refuses a care
home: a low-mood concern, as "Gwell gen i farw na mynd i gartref" already was (the words between broke that rule); "nath nhw golli dydd sadwrn a o ni isio marw lol" (they lost on Saturday and I wanted to
die, lol) is a football result. Their twins that are disclosures stay urgent: "rather die than go on like this" (was
nothing), "well gen i farw na byw fel hyn", "lost my job and I wanted to die, still do some days".
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

CALM = [
    "Sai moyn mynd i gartre, byth. Well 'da fi farw yn 'y nghadair fan hyn na mynd i gartre. Ond sdim sôn am 'ny, oes e?",
    "Mae'n well gen i farw yn fy nghadair na mynd i gartref",
    "mets fi a'r gym. a gwylio wrecsam efo dad, season ticket ers o ni'n 8. nath nhw golli dydd sadwrn a o ni isio "
    "marw lol",
    "they lost on saturday and i wanted to die lol",
    "mae hi'n cymryd ei thabledi i gyd bob bore",  # her routine, every morning
]
URGENT = [
    "I'd rather die than go on like this",
    "I would rather die than live with him another day",
    "id rather die than live like this tbh",
    "Mae'n well gen i farw na byw fel hyn",
    "lost my job and i wanted to die, still do some days",
    "Well 'da fi farw. Sai moyn mynd mla'n",
    "mae hi wedi cymryd ei thabledi i gyd",  # as "she's taken all her tablets" (noticed by the calm helper)
    "ma fe di llyncu ei dabledi i gyd",
]


@pytest.mark.parametrize("text", CALM)
def test_idioms_of_dying_are_not_urgent(text: str) -> None:
    assert read_risk(text).level != "urgent"


@pytest.mark.parametrize("text", CALM[:2])
def test_rather_die_than_a_home_is_a_low_mood_concern_with_words_between(text: str) -> None:
    found = read_risk(text)
    assert found.level == "concern" and "low_mood" in found.categories


@pytest.mark.parametrize("text", URGENT)
def test_their_disclosing_twins_stay_urgent(text: str) -> None:
    found = read_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories
