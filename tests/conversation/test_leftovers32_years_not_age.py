"""A number of years is not an age (stop 32).

`role_from_text("20 years ago my husband died")` read a young person: "NN years" with NN 10-24 counted as an age, so
"for 15 years" and "married 20 years" did too, and the adult who wrote it would have been called "ti" and sent to
Childline. One age reader lives in bot/analysis/age.py (gives_a_young_age): years are an age only with "old" / "oed",
alone, or after "I'm" / "dw i'n"; a time ago or a length of time never is. Through the conversation core and SQLite at
"who is talking?", Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.age import gives_a_young_age
from bot.conversation.about_you import role_from_text
from bot.summary.record import load_record
from tests.conversation.test_start_never_loops import _at_role, _sender

#: (language, the answer to "who is talking?", who it is): Welsh and English twins; none is a young person.
YEARS_NOT_AN_AGE = [
    ("en", "20 years ago my husband died", None),  # the words of the finding
    ("cy", "20 mlynedd yn ôl bu farw fy ngŵr", None),
    ("en", "I look after my husband, we've been married 20 years", "carer"),
    ("cy", "Dw i'n gofalu am y gŵr, dan ni wedi priodi ers 20 mlynedd", "carer"),
    ("en", "I look after my mum and have done for 15 years", "carer"),
    ("cy", "dwi'n edrych ar ôl Mam ers 15 years bellach", "carer"),
    ("en", "me, I'm 20 minutes from my mum and I look after her", "carer"),
]


@pytest.mark.parametrize("language, who, role", YEARS_NOT_AN_AGE)
def test_a_number_of_years_is_no_age(language: str, who: str, role: str | None) -> None:
    assert not gives_a_young_age(who)
    assert role_from_text(who) != "young_person"
    if role is not None:
        assert role_from_text(who) == role


@pytest.mark.parametrize("who", ["I'm 15", "15 yrs old", "16 years old and I look after mum", "20 years", "me (16)",
                                 "16", "aged 17", "im 22", "dwi'n 15 oed", "14 oed", "wi'n 17", "15 y/o", "me 15",
                                 "fi'n 19 a dwi'n gofalu am Mam"])
def test_an_age_said_as_an_age_is_still_one(who: str) -> None:
    assert gives_a_young_age(who) and role_from_text(who) == "young_person"


@pytest.mark.parametrize("language, who", [(lang, who) for lang, who, role in YEARS_NOT_AN_AGE if role == "carer"])
def test_the_carer_is_a_carer_through_the_conversation(sqlite_url: str, language: str, who: str) -> None:
    sender = _sender("l32-years", language, who)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["register"] == "chi"
    record = load_record(sender)
    assert record is not None and record["completed_by"] == "carer"
