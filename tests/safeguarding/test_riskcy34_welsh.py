"""Welsh families the English rules read and the Welsh did not (issue 11, stop 34: Welsh urgent recall), from the
writers' tuning halves: tablets all taken told in the past, a man coming into a child's bed, mum's partner hitting her.
Each quoted message, an English twin, and calm look-alikes.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

URGENT = [
    ("Lyncis i'r tabledi i gyd neithiwr. Dwi'n iawn rŵan.", "suicide"),
    ("Cymeres i bob tabled oedd yn y bocs neithiwr ond dihunes i bore 'ma", "suicide"),
    ("I took every tablet in the box last night but woke up this morning", "suicide"),
    ("Nath hi lyncu'r tabledi i gyd neithiwr", "suicide"),
    ("llysdad fi'n dod i gwely fi pan ma mam yn gwaith", "abuse"),
    ("my stepdad comes into my bed when mum is at work", "abuse"),
    ("ma cariad mam yn bwrw hi, fi'n clywed e trwy'r wal", "domestic_abuse"),
    ("mums boyfriend hits her, I hear it through the wall", "domestic_abuse"),
]
#: Tablets taken as usual, a partner hitting a ball.
CALM = ["nes i gymryd y tabledi bore ma fel arfer", "I took my tablets this morning",
        "Cymerais i fy nhabledi i gyd bore 'ma fel arfer",
        "Gymrodd hi y tabledi i gyd bore 'ma fel ma hi fod", "mae cariad mam yn taro hi'n galed ar y gem"]


@pytest.mark.parametrize("text, category", URGENT)
def test_the_welsh_reads_what_the_english_reads(text: str, category: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and category in found.categories


@pytest.mark.parametrize("text", CALM)
def test_tablets_as_usual_or_a_ball_hit_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"
