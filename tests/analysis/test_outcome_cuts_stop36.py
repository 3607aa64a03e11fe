"""Outcome cuts, stop 36 (issue 11: "each person's wishes as separate, correctly grouped quotes"; spans36).

A family of span misses on the fresh writers' readable halves, read by meaning in both languages: a list of things set
apart by commas alone, with no "and" before the last ("Choir on Wednesdays, swimming at Pentwyn, our Saturday morning
routine."), stayed one outcome where the writers name each thing as its own. Each outcome stays an exact slice of what
was typed, and none is under three words unless it is the whole answer.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS


def _spans(text: str, question: str | None) -> list[str]:
    _type, _conf, spans = sort_outcomes(text, question)
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text  # stored byte for byte
        assert len(sp.text.split()) >= MIN_OUTCOME_WORDS or sp.text == text.strip()  # never a fragment
    return [sp.text for sp in spans]


# (answer, question's prior, each thing as its own outcome)
COMMA_LISTS = [
    # the fresh writers' words (readable halves)
    ("Choir on Wednesdays, swimming at Pentwyn, our Saturday morning routine.", "maintenance",
     ["Choir on Wednesdays", "swimming at Pentwyn", "our Saturday morning routine."]),
    ("The garden and his greenhouse, the Legion on a Friday, his own house.", None,
     ["The garden and his greenhouse", "the Legion on a Friday", "his own house."]),
    ("Friday mosque with his uncle, the day centre three days, keeping his routine.", None,
     ["Friday mosque with his uncle", "the day centre three days", "keeping his routine."]),
    # Welsh twins, north and south
    ("Côr ar nos Fercher, nofio yn y pwll, ein bore Sadwrn ni.", "maintenance",
     ["Côr ar nos Fercher", "nofio yn y pwll", "ein bore Sadwrn ni."]),
    ("Yr ardd a'r tŷ gwydr, y Lleng ar nos Wener, ei dŷ ei hun.", None,
     ["Yr ardd a'r tŷ gwydr", "y Lleng ar nos Wener", "ei dŷ ei hun."]),
]


@pytest.mark.parametrize("text, question, items", COMMA_LISTS)
def test_a_list_set_apart_by_commas_is_each_thing(text: str, question: str | None, items: list[str]) -> None:
    assert _spans(text, question) == items


# Commas that do not list things: short times, a negation, a remark with a subject or a verb of its own, a wish said
# outright, a condition or an aside (the writers' words, readable halves, and twins).
NOT_LISTS = [
    ("Perhaps a cookery class for widowers, if such a thing exists, or a lunch club where one might talk to people.",
     "change"),
    ("licen i i Dilwyn, fy ffrind o'r côr, ishte gyda hi am awr bob dydd fel bo fi'n gallu mynd â'r ci ar hyd y "
     "traeth, 'na'r unig amser wi'n clirio'r pen.", "change"),
    ("cael ryw fath o job, hyd yn oed part time, o adra os yn bosib", "change"),
    ("some kind of job, even part time, from home if I can", "change"),
    ("Ffôn y tŷ, sai'n deall y ffôn bach 'ma, Carys sy'n neud hwn i fi.", "process"),
    ("a speech thing, like an ipad that talks, before his voice goes", "change"),
    ("Rhwng 11 a 2, dim dydd Llun, ar ôl cinio.", "process"),
    ("Between 11 and 2, not Mondays, after dinner.", "process"),
    ("My garden, my two cats, he loves them both.", None),
    ("Yr ardd, y ddwy gath, mae o wrth ei fodd efo nhw.", None),
    ("Monday, Tuesday, Friday.", "process"),
]


@pytest.mark.parametrize("text, question", NOT_LISTS)
def test_commas_that_do_not_list_things_stay_one_outcome(text: str, question: str | None) -> None:
    spans = _spans(text, question)
    assert len(spans) <= 1, spans
