"""Who is talking, read from how people really say it (issue 11), in Welsh and English."""
from __future__ import annotations

import pytest

from bot.conversation.about_you import role_from_text


@pytest.mark.parametrize("text", ["dwi'n edrach ar ôl dad", "dwi'n edrych ar ol dad", "fi sy'n gofalu am mam",
                                  "Dw i'n gofalu am fy nhad", "I look after my nan", "its for my mum",
                                  "doing this 4 my nan", "I'm filling it in for Dad"])
def test_carers(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("text", ["dwi'n 15", "im 16", "Dw i'n 14 oed", "I'm 17 and at college", "fi'n 16"])
def test_young_people(text: str) -> None:
    assert role_from_text(text) == "young_person"


@pytest.mark.parametrize("text", ["fi", "Fi fy hun", "me", "it's about me"])
def test_the_person(text: str) -> None:
    assert role_from_text(text) == "person"


@pytest.mark.parametrize("text", ["Megan", "Kai", "Dorothy", "yndi", "ok"])
def test_a_name_or_a_yes_says_nothing_about_who(text: str) -> None:
    assert role_from_text(text) is None
