"""Eleventh user trial (stop 33) AG7: a numbered list on one line ("1) good day… 2) me and my brother Gareth help…
3) he wants to keep his allotment") was cut across its items, one outcome "Gareth does his shopping Fridays 3) he wants
to keep his allotment…"; and Strengths said "Nothing noted" though Gareth helps (the strengths answer was "i put that
already in number 2"). List markers ("1)", "2.", "•") are item boundaries; who helps, named in any answer, is shown
under Strengths with the question. Through the conversation core, SQLite and the summary's view; the trial's words
(fictional people) and a Welsh twin.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.outcomes import sentences
from bot.storage import repository
from bot.summary import load_record
from bot.summary.record import help_named
from bot.summary.view import build_view
from tests.conversation.memory import started_with_record

LIST = {
    "en": "1) good day is him getting down the club for a pint and the racing on telly 2) me and my brother Gareth "
          "help, Gareth does his shopping Fridays 3) he wants to keep his allotment, he've had it 30 year",
    "cy": "1) diwrnod da ydi fo'n cal mynd lawr i'r clwb am beint a'r rasys ar y teli 2) fi a mrawd Gareth yn helpu, "
          "Gareth yn neud ei siopa bob dydd Gwener 3) mae o isio cadw'i randir, mae o di cal hi ers 30 mlynedd",
}
HELP = {"en": "me and my brother Gareth help, Gareth does his shopping Fridays",
        "cy": "fi a mrawd Gareth yn helpu, Gareth yn neud ei siopa bob dydd Gwener"}
ALLOTMENT = {"en": "he wants to keep his allotment", "cy": "mae o isio cadw'i randir"}


def _sender(*parts: object) -> str:
    return "mem-f33c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_numbered_items_are_apart_and_the_help_is_a_strength(sqlite_url: str, language: str) -> None:
    sender = _sender("ag7", language)
    conversation = started_with_record(sender, language, role="carer", name="Bethan")
    repository.update_conversation(sender, cared_for_name="Clive")
    conversation.slots.update({"cared_for_name": "Clive", "relationship": "my dad"})
    conversation._ask_next()
    conversation.say(LIST[language])
    record = load_record(sender)
    assert record is not None
    outcomes = [o["text"] for o in record["outcomes"]]
    assert any(text.startswith(ALLOTMENT[language]) for text in outcomes)
    # no outcome runs across an item: none holds a marker, none holds words of two items
    assert not [text for text in outcomes if "2)" in text or "3)" in text]
    assert not [text for text in outcomes if "Gareth" in text and ("randir" in text or "allotment" in text)]
    for interface in ("cy", "en"):
        strengths = build_view(record, interface).section("strengths")
        assert strengths is not None
        assert [f.value for f in strengths.facts] == [HELP[language]]
        assert all(g.empty_text is None for g in strengths.groups)  # not "Nothing noted"


@pytest.mark.parametrize("text, items", [
    ("1) a walk 2) his paper 3) the club", ["a walk", "his paper", "the club"]),
    ("1. cadw'r ci 2. mynd i'r capel", ["cadw'r ci", "mynd i'r capel"]),
    ("• keep his dog • see his mates more", ["keep his dog", "see his mates more"]),
    ("• cadw'r ardd • gweld ei ffrindiau", ["cadw'r ardd", "gweld ei ffrindiau"]),
    ("ar ôl 5. neu sadwrn", ["ar ôl 5.", "neu sadwrn"]),  # a time, no list: as before
    ("I'm out till 5) then home", ["I'm out till 5) then home"]),
    ("Numbers 5 and 6", ["Numbers 5 and 6"]),
])
def test_list_markers_part_items(text: str, items: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == items


@pytest.mark.parametrize("text, said", [
    ("My neighbour pops in most days. He likes his paper.", "My neighbour pops in most days."),
    ("Mae Megan drws nesa yn galw heibio bob dydd. Mae o'n licio'i bapur.",
     "Mae Megan drws nesa yn galw heibio bob dydd."),
    ("Help with dressing would be good.", None),  # no one named: a wish
    ("Help i wisgo fysa'n dda.", None),
    ("He needs more help from someone. My sister wants help too.", None),  # help wanted, not given
    ("Mae hi angen mwy o help. Dwi isio help gan y cyngor.", None),
])
def test_who_helps(text: str, said: str | None) -> None:
    assert help_named(text) == said
