"""The trial's outcome-sorting finding BA18 (stop 46 trial, /work/notes/s46/trial46_report.md), checked on the sorter
alone, in both languages (north, south, text-speak, no accents).

BA18. "getting to the mart … not missed many" is a thing kept (he goes), the never-missed remark part of it;
      "give me time" / "speak slowly" is how support is given wherever it is said in the answer;
      "mor annibynnol ag y medra i cyn hired a fedra i" is kept whole (the Welsh equative's "a" is no "and");
      "dwi ddim isio rywun diarth yn fy molchi" (strangers at their care) is how support is given;
      a burden / "home" line ("we'd be better off putting him in a home") is no wish;
      "My own kids say they never see me" is a carer's change, not a process;
      "i never get to go to sleepovers" is a change (it was lost);
      good days ("diwrnod da yw pan…", "a good day is when…") stay things to keep.

The trial's words first in each list, then phrasings written for this test (in no benchmark file).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse


def _analysed(text: str, question: str | None) -> list[tuple[str, str]]:
    found = analyse(text, question=question).outcomes
    for s in found:
        assert s.text == text[s.start:s.end]  # verbatim
    return [(s.text, s.type) for s in found]


# --- going without fail is a keep, the remark with it -----------------------------------------------------------------

NEVER_MISSED = [
    "Getting to the mart in Welshpool on a Monday, I've not missed many in fifty years.",  # the trial's
    "Going to chapel every Sunday, never missed one since I was a boy",
    "Mynd i'r mart yn Nolgellau bob dydd Iau, dwi heb golli llawer ers deugain mlynedd",  # north
    "mynd i gem y Scarlets, sai byth yn colli un",  # south, no accents
    "bingo nos iau, fi ddim di colli run ers blynydde",  # text-speak
]


@pytest.mark.parametrize("question", [None, "maintenance"])
@pytest.mark.parametrize("text", NEVER_MISSED)
def test_going_without_fail_is_one_keep(text: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert len(found) == 1, found
    assert found[0] == (text.rstrip("."), "maintenance") or found[0] == (text, "maintenance"), found


def test_going_back_to_it_is_still_a_change() -> None:
    found = _analysed("I'd like to get back to the mart, never missed one till my hip went", None)
    assert found and all(t == "change" for _w, t in found), found


# --- time to answer, slow speech: process wherever said ---------------------------------------------------------------

TIME_TO_ANSWER = [
    ("Me speech is a bit slow since the stroke, so give me time.", "give me time"),  # the trial's
    ("Ma'n llais i'n ara ers y strôc, felly rhowch amser i fi", "rhowch amser i fi"),  # south
    ("my hearing's bad so just speak slowly and face me", "speak slowly"),
    ("siaradwch yn ara deg efo fi plis, dwi'n drwm fy nghlyw", "siaradwch yn ara deg"),  # north
    ("ma fe'n cymryd sbel i ateb, rho amser iddo fe", "rho amser iddo fe"),  # text-speak, no accents
]


@pytest.mark.parametrize("question", [None, "change", "maintenance", "process"])
@pytest.mark.parametrize("text, words", TIME_TO_ANSWER)
def test_time_to_answer_is_process_wherever_said(text: str, words: str, question: str | None) -> None:
    found = _analysed(text, question)
    holding = [(w, t) for w, t in found if words in w]
    assert holding, found
    assert all(t == "process" for _w, t in holding), found


# --- the Welsh equative is one clause ---------------------------------------------------------------------------------

EQUATIVES = [
    "dwi isio bod mor annibynnol ag y medra i cyn hired a fedra i",  # the trial's
    "wi moyn aros adre cyhyd ag y galla i",  # south
    "dwi isio dal i nofio cyn amled a phosib",  # north, no accents
]


@pytest.mark.parametrize("text", EQUATIVES)
def test_the_welsh_equative_is_kept_whole(text: str) -> None:
    found = _analysed(text, None)
    assert [w for w, _t in found] == [text], found


def test_and_after_an_equative_still_starts_a_second_wish() -> None:
    found = _analysed("wi moyn aros adre cyhyd ag y galla i a cadw fy annibyniaeth", None)
    assert [w for w, _t in found] == ["wi moyn aros adre cyhyd ag y galla i", "cadw fy annibyniaeth"], found


# --- strangers at their care: process ---------------------------------------------------------------------------------

STRANGERS = [
    "dwi ddim isio rywun diarth yn fy molchi, well gen i neud o fy hun",  # the trial's
    "sa i moyn pobl ddierth yn dod i olchi fi",  # south
    "I don't want strangers washing me",
    "she doesnt want someone she doesnt know doing her shower",  # text-speak
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text", STRANGERS)
def test_strangers_at_their_care_is_process(text: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert found, text
    assert found[0][1] == "process", found


# --- a burden / home line is no wish ----------------------------------------------------------------------------------

BURDEN_LINES = [
    "Honestly sometimes I think we'd be better off putting him in a home.",  # the trial's
    "He keeps saying we'd be better off without him.",
    "Weithia dwi'n meddwl fasa'n well i ni ei roi o mewn cartref.",  # north
    "ma fe'n gweud bydde'n well 'da ni hebddo fe",  # south, text-speak
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text", BURDEN_LINES)
def test_a_burden_or_home_line_is_no_wish(text: str, question: str | None) -> None:
    assert _analysed(text, question) == []


def test_not_going_into_a_home_is_still_kept() -> None:
    found = _analysed("I don't want to go in a home", None)
    assert found and found[0][1] == "maintenance", found


# --- their own people never see them: a change ------------------------------------------------------------------------

NEVER_SEEN = [
    "My own kids say they never see me.",  # the trial's
    "Mae'r plant yn deud bo nhw byth yn fy ngweld i",  # north
    "ma'r plant yn gweud bo nhw byth yn gweld fi",  # south, text-speak
    "my grandkids hardly ever see me now",
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text", NEVER_SEEN)
def test_never_seen_by_their_own_is_a_change(text: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert found and all(t == "change" for _w, t in found), found


# --- never getting to do a thing: a change, never lost ----------------------------------------------------------------

NEVER_GETS_TO = [
    "i never get to go to sleepovers",  # the trial's
    "i never get to go to football practice cos of looking after mum",
    "dwi byth yn cal mynd i aros at ffrindia achos mam",  # north, text-speak
    "fi byth yn ca'l mynd i'r pwll nofio",  # south
]


@pytest.mark.parametrize("question", [None, "change", "maintenance"])
@pytest.mark.parametrize("text", NEVER_GETS_TO)
def test_never_getting_to_is_a_change(text: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert found, text
    assert all(t == "change" for _w, t in found), found


# --- good days stay keeps ---------------------------------------------------------------------------------------------

GOOD_DAYS = [
    "diwrnod da yw pan ni'n ennill a fi'n mynd mas gyda'r bois",  # the trial's (south)
    "a good day is when mum gets up",  # the trial's
    "diwrnod da ydi pan dwi'n cael mynd i'r traeth efo Taid",  # north
    "gd day is when dad makes pancakes n we watch a film",  # text-speak
]


@pytest.mark.parametrize("text", GOOD_DAYS)
def test_a_good_day_is_kept(text: str) -> None:
    found = _analysed(text, None)
    assert found, text
    assert all(t == "maintenance" for _w, t in found), found
