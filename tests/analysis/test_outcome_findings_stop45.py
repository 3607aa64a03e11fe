"""The trial's outcome findings (stop 45, /work/notes/s44/trial44_report.md), checked on the sorter alone, in both
languages (north, south, text-speak, no accents); tests/conversation/test_carer_findings_stop45.py has the whole
conversations.

AY8.  a job wanted ("I want to work at the dogs home", "dw i isio gweithio yn…", "hoffwn i gael swydd") is a change at
      any question, "what to keep" too; a job kept ("I still want to keep working at the shop") stays a keep.
AY12. "panad yn y caffi wedyn." (the next part of a good day told) is no change.
AY13. a carer's bare need ("Sleep, mainly.", "Knowing she's alright at night.") is named by is_a_carers_need; "nobody
      comes after 6 and she's on her own till morning" is a change (support in the evening), not only a concern.
AY17. "cofiwch, ond" / "mind, but" opening a quote is left off it (the quote stays an exact substring).

Each family has the trial's words and phrasings written for this test (in no benchmark file).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.outcomes import is_a_carers_need


def _analysed(text: str, question: str | None) -> list[tuple[str, str]]:
    found = analyse(text, question=question).outcomes
    for s in found:
        assert s.text == text[s.start:s.end]  # verbatim
    return [(s.text, s.type) for s in found]


# --- AY8: a job wanted is a change -----------------------------------------------------------------------------------

JOB_WANTED = [
    "I want to work at the dogs home in swansea.",  # the trial's
    "I'd love a little part-time job at the garden centre",
    "i wanna get a job in the cafe",
    "dw i isio gweithio yn y cartref cŵn yn abertawe.",  # north
    "wi moyn gweithio yn y siop lyfrau",  # south
    "hoffwn i gael swydd yn y llyfrgell",  # formal
    "dwi isio job yn y garej",  # text-speak, no accents
]


@pytest.mark.parametrize("question", [None, "maintenance", "change"])
@pytest.mark.parametrize("text", JOB_WANTED)
def test_a_job_wanted_is_a_change_at_any_question(text: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert found, text
    assert all(t == "change" for _w, t in found), found


@pytest.mark.parametrize("text", ["i still want to keep working at the shop", "dw i isio cadw gweithio yn y siop"])
def test_a_job_kept_stays_a_keep(text: str) -> None:
    found = _analysed(text, "maintenance")
    assert found and all(t == "maintenance" for _w, t in found), found


# --- AY12: the next part of a good day is no change ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["panad yn y caffi wedyn.", "a cup of tea in the café afterwards",
                                  "sglodion ar y ffordd adra wedyn"])
def test_the_next_part_of_a_good_day_is_no_change(text: str) -> None:
    assert all(t != "change" for _w, t in _analysed(text, None)), text


def test_a_wish_for_afterwards_stays_a_change() -> None:
    found = _analysed("I'd like to go for a coffee after", "change")
    assert found and all(t == "change" for _w, t in found), found


# --- AY13: a carer's need; left alone at night ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Sleep, mainly.", "Knowing she's alright at night.", "a proper night's sleep",
                                  "Cwsg, yn bennaf.", "gwybod ei bod hi'n iawn yn y nos", "gwbod bod o'n saff",
                                  "jyst cwsg"])
def test_a_carers_bare_need_is_named(text: str) -> None:
    assert is_a_carers_need(text)


@pytest.mark.parametrize("text", ["She sleeps well most nights", "knowing the neighbours", "my garden",
                                  "mae hi'n cysgu'n iawn"])
def test_other_words_are_no_carers_need(text: str) -> None:
    assert not is_a_carers_need(text)


ALONE_AT_NIGHT = [
    ("And evenings, nobody comes after 6 and she's on her own till morning", "on her own till morning"),  # the trial's
    ("no one calls in after tea and he's on his own until the morning", "on his own until the morning"),
    ("gyda'r nos, does neb yn dod ar ôl 6 ac mae hi ar ei phen ei hun tan y bore", "ar ei phen ei hun tan y bore"),
    ("sneb yn galw ar ol chwech, mae o ar ei ben ei hun tan bora", "ar ei ben ei hun tan bora"),
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text, words", ALONE_AT_NIGHT)
def test_left_alone_for_the_night_is_a_change(text: str, words: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert any(words in w and t == "change" for w, t in found), found


# --- AY17: "cofiwch, ond" is no part of the quote ---------------------------------------------------------------------

MIND_BUT = [
    ("cofiwch, ond mae'r gweiddi yn fy nychryn i ganol nos.", "mae'r gweiddi yn fy nychryn i ganol nos."),
    ("cofia, ond dw i isio cysgu drwy'r nos", "dw i isio cysgu drwy'r nos"),
    ("mind you, but I need a good night's sleep.", "I need a good night's sleep."),
    ("mind, but I'd like him to have a night sitter", "I'd like him to have a night sitter"),
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text, quote", MIND_BUT)
def test_mind_but_is_left_off_the_quote(text: str, quote: str, question: str | None) -> None:
    found = _analysed(text, question)
    assert found, text
    assert not any(w.lower().startswith(("cofi", "mind")) for w, _t in found), found
    assert any(w == quote for w, _t in found), found
