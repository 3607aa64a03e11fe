"""Wishes cut badly and context dropped (third trial, stop 26, W6, W15): a remark that goes on with its subject left
out, the things a wish is about named before "and", and what they still do, asked what to keep.

Harold's "Ring before you come, I'm usually in the greenhouse and don't hear the door." gave "don't hear the door." as
an outcome of its own; Bethan's "Or a carers' group, I went once in Porth but couldn't get back." gave "couldn't get
back." as a change; her "all his letters from the council and the hospital need to be in Welsh please" lost the
letters ("the hospital need to be in Welsh please, ..."). A Welsh remark is left out of its wish, as before (stop 23);
an English one stays with it.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse


def _outcomes(text: str, question: str) -> list[str]:
    return [o.text for o in analyse(text, question=question).outcomes]


@pytest.mark.parametrize("text,question,whole,not_alone", [
    ("Plainly and politely. Don't call me 'love' or 'my darling', I'm eighty-four not four. Ring before you come, I'm "
     "usually in the greenhouse and don't hear the door.", "process",
     "Ring before you come, I'm usually in the greenhouse and don't hear the door.", "don't hear the door."),
    ("A sitter on a Saturday night maybe. Or a carers' group, I went once in Porth but couldn't get back.", "change",
     "a carers' group, I went once in Porth but couldn't get back.", "couldn't get back."),
])
def test_a_remark_going_on_without_its_subject_is_no_wish_of_its_own(text: str, question: str, whole: str,
                                                                     not_alone: str) -> None:
    found = _outcomes(text, question)
    assert whole in found, found
    assert not_alone not in found, found


@pytest.mark.parametrize("text,question,wish,remark", [
    ("Ffoniwch cyn dod, dw i fel arfer yn y tŷ gwydr a ddim yn clywed y drws.", "process", "Ffoniwch cyn dod",
     "ddim yn clywed y drws"),
    ("Sitter ar nos Sadwrn falle. Neu grŵp gofalwyr, es i unwaith yn Porth ond o'n i ffaelu dod nôl.", "change",
     "grŵp gofalwyr, es i unwaith yn Porth ond o'n i ffaelu dod nôl.", "ffaelu dod nôl"),
])
def test_in_welsh_the_remark_is_no_wish_of_its_own(text: str, question: str, wish: str, remark: str) -> None:
    found = _outcomes(text, question)
    assert wish in found, found
    assert not any(o.startswith(("dw i", "o'n i", "ddim")) or o.strip(" .") == remark for o in found), found


def test_the_things_a_wish_is_about_stay_with_it() -> None:
    text = ("Dad's first language is Welsh, he's from Cwmgors, and all his letters from the council and the hospital "
            "need to be in Welsh please, he won't read the English ones and then they go in the drawer.")
    found = _outcomes(text, "process")
    assert [o for o in found if o.startswith("all his letters from the council and the hospital need to be in Welsh")]
    assert not [o for o in found if o.startswith("the hospital")], found
    assert not [o for o in found if o.startswith("Dad's first language")], found  # the story before it is left out


@pytest.mark.parametrize("text,question,expected", [
    # an instruction after "and don't" is its own, and a wish after a remark still is one
    ("Ring before you come and don't send anyone after six in the evening", "process",
     ["Ring before you come", "don't send anyone after six in the evening"]),
    ("He's fine with the carers and doesn't want any more help", "process", ["doesn't want any more help"]),
])
def test_what_was_cut_before_is_cut_as_before(text: str, question: str, expected: list[str]) -> None:
    assert _outcomes(text, question) == expected


@pytest.mark.parametrize("text,kept", [
    # W15: Harold's drive to Tesco, with his daughter's differing view, was missing from what he wants to keep
    ("My garden, first and foremost. My Thursday garden club. I still drive to Tesco on a Friday morning, though my "
     "daughter thinks I shouldn't.", "I still drive to Tesco on a Friday morning, though my daughter thinks I shouldn't."),
    ("Yr ardd yn gynta. Dwi'n dal i yrru i Tesco ar fore Gwener, er bod fy merch yn meddwl na ddylwn i.",
     "Dwi'n dal i yrru i Tesco ar fore Gwener, er bod fy merch yn meddwl na ddylwn i."),
])
def test_what_they_still_do_is_kept_with_the_view_against_it(text: str, kept: str) -> None:
    found = {o.text: o.type for o in analyse(text, question="maintenance").outcomes}
    assert found.get(kept) == "maintenance", found


def test_what_they_still_do_is_no_wish_at_other_questions() -> None:
    assert _outcomes("I still drive to Tesco on a Friday morning.", "change") == []
