"""Trial 41 AW8: a north-Walian daughter wrote of Taid "a mae o isio cadw'r rhandir, fo sy di tyfu tatws a ffa i'r
teulu i gyd ers 40 mlynedd"; the outcomes held the fragment "ffa i'r teulu i gyd ers 40 mlynedd" (beans for the whole
family…), cut inside "tatws a ffa" (potatoes and beans). A remark that opens with who did it ("fo sy di tyfu…", "he's
the one who…") is a clause of its own, not a thing in a list, so its "and" is never a cut between list items. Welsh
(north, south, text-speak) and English; the words are fictional."""
from __future__ import annotations

import pytest

from bot.analysis import analyse

CASES = [
    ("mae Taid yn 84 a mae gynno fo COPD. y capel ydi bob dim iddo fo, mae o'n mynd bob bore sul efo'i ffrind Wil a "
     "mae o isio cadw mynd. a mae o isio cadw'r rhandir, fo sy di tyfu tatws a ffa i'r teulu i gyd ers 40 mlynedd",
     "ffa"),  # the trial's words (north)
    ("Mae e moyn cadw'r rhandir, fe sy wedi tyfu tatws a ffa i'r teulu i gyd ers deugain mlynedd", "ffa"),  # south
    ("isio cadw rhandir, fo sy di tyfu tatws a ffa i bawb ers 40 mlynadd", "ffa"),  # text-speak
    ("he wants to keep the allotment, he has grown potatoes and beans for the whole family for 40 years", "beans"),
]


@pytest.mark.parametrize("text,second_thing", CASES)
def test_no_outcome_starts_inside_the_phrase(text: str, second_thing: str) -> None:
    found = analyse(text, "what_matters").outcomes
    assert found, "the wish to keep the allotment is an outcome"
    assert any("rhandir" in o.text or "allotment" in o.text for o in found)
    for o in found:
        assert text[o.start:o.end] == o.text  # verbatim
        assert not o.text.startswith(second_thing), o.text


def test_the_wish_keeps_its_why_north() -> None:
    text = CASES[0][0]
    found = [o.text for o in analyse(text, "what_matters").outcomes]
    assert "mae o isio cadw'r rhandir, fo sy di tyfu tatws a ffa i'r teulu i gyd ers 40 mlynedd" in found
