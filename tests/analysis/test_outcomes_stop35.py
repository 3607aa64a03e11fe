"""Outcomes on real answers, stop 35 (issue 11: span F1 on real answers), from the twelfth trial and its re-trial.

- Formal and literary Welsh is read as the colloquial is: "Yr wyf yn hoffi darllen y Beibl… a myned i'r capel" made
  no outcome, though "I like reading the Bible and going to chapel" does (re-trial r1).
- A wish said again and marked as said before ("noson o gwsg wedes i.") makes no second outcome (trial g1).

Each with its twin in the other language.
"""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text  # stored byte for byte as typed
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text,question", [
    # formal Welsh, as an older woman writes it, and its colloquial and English twins: liking to do a thing
    ("Yr wyf yn hoffi darllen y Beibl a myned i'r capel.", None),
    ("Dw i'n hoffi darllen y Beibl a mynd i'r capel.", None),
    ("Rwy'n hoffi gwneud fy mwyd fy hun.", "maintenance"),
    ("I like reading the Bible and going to chapel.", None),
    ("I like doing my own cooking.", "maintenance"),
])
def test_liking_to_do_a_thing_is_what_to_keep_in_formal_and_colloquial_welsh_as_in_english(
        text: str, question: str | None) -> None:
    assert _spans(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text", [
    "Nid wyf am fyned i gartref gofal.",  # literary "wyf am" (I want), the verb-noun "myned"
    "Yr wyf am fyned adref.",
    "Dw i ddim isio mynd i gartref gofal.",
    "I don't want to go into a care home.",
])
def test_a_wish_in_literary_welsh_is_an_outcome_as_the_colloquial_and_english_are(text: str) -> None:
    assert [t for t, _type in _spans(text, None)] == [text]


@pytest.mark.parametrize("text,repeat,new", [
    ("fi? sa i'n gwbod bach, neb wedi gofyn ers sbel. noson o gwsg wedes i. a'r côr ar nos Iau, sai di bod ers y "
     "trawiad", "noson o gwsg", "a'r côr ar nos Iau"),
    ("me? I don't know love, nobody's asked in a while. a night's sleep, like I said. and choir on a Thursday, not "
     "been since the heart attack", "a night's sleep", "choir on a Thursday"),
])
def test_a_wish_said_again_as_said_before_makes_no_new_outcome(text: str, repeat: str, new: str) -> None:
    cut = [t for t, _type in _spans(text, None)]
    assert not any(repeat in t for t in cut)
    assert any(t.startswith(new) for t in cut)  # what is new in the answer is still theirs


@pytest.mark.parametrize("text,wish", [
    ("fel wedes i, dwi isio noson o gwsg.", "dwi isio noson o gwsg."),
    ("like I said, I want a night's sleep.", "I want a night's sleep."),
])
def test_a_wish_in_so_many_words_stays_though_it_was_said_before(text: str, wish: str) -> None:
    assert [t for t, _type in _spans(text, None)] == [wish]
