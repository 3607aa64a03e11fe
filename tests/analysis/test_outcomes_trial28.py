"""The fifth trial's outcome findings (stop 28, Y9): the trial's own words, each with a twin in the other language.

A wish that points back ("keep going to that") keeps the thing it points at; a heading ("for how to help him -") is
no outcome; trying for a job is a change; not going back to foster care is to keep where she is."""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text  # byte for byte as typed
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text", [
    "My bridge club on a Thursday, I would like very much to keep going to that.",
    "My bridge club on a Thursday. I would like very much to keep going to that.",
    "Fy nghlwb bridge ar ddydd Iau, dw i isio dal i fynd i hynna.",
])
@pytest.mark.parametrize("question", [None, "maintenance"])
def test_a_wish_pointing_back_keeps_the_thing_it_points_at(text: str, question: str | None) -> None:
    assert _spans(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text,heading,wishes", [
    ("more stuff to do at wkends hes bored and gets stressed. and for how to help him - dont touch him without "
     "warning, use his name first, write things down dont just say them", "for how to help him",
     "dont touch him without warning, use his name first, write things down dont just say them"),
    ("mwy i neud ar y penwythnos, mae o'n diflasu ac yn stresio. ac o ran sut i'w helpu o - peidiwch a'i gyffwrdd "
     "heb rybudd, defnyddiwch ei enw fo gynta, sgwennwch bethau lawr", "sut i'w helpu o",
     "peidiwch a'i gyffwrdd heb rybudd, defnyddiwch ei enw fo gynta, sgwennwch bethau lawr"),
])
def test_a_heading_before_a_dash_is_no_outcome(text: str, heading: str, wishes: str) -> None:
    found = _spans(text, "change")
    assert not any(heading in quote for quote, _type in found)
    assert (wishes, "process") in found


@pytest.mark.parametrize("text,wish", [
    ("routine is evrything for him, same breakfast same bus to the day centre in Haverfordwest, if it changes he "
     "melts down. good day is when he gets his 2 hrs on the xbox and nobody moves his stuff. also he wants to try "
     "get a job at the garden centre, hes mad about plants", "he wants to try get a job at the garden centre"),
    ("mae o isio trio cael job yn y ganolfan arddio, mae o'n wirion am blanhigion",
     "mae o isio trio cael job yn y ganolfan arddio"),
])
def test_trying_for_a_job_is_a_change(text: str, wish: str) -> None:
    found = [t for quote, t in _spans(text, None) if wish in quote]
    assert found == ["change"]


@pytest.mark.parametrize("text", ["sai moyn mynd nol i foster, no way", "i dont wanna go back into foster care, no way"])
@pytest.mark.parametrize("question", [None, "change"])
def test_not_going_back_to_foster_care_is_to_keep_where_she_is(text: str, question: str | None) -> None:
    assert _spans(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text", ["a night off a week. someone to talk to who gets it",
                                  "noson i ffwrdd bob wythnos. rhywun i siarad efo fo sy'n dallt hynna"])
def test_a_wish_with_an_it_that_keeps_nothing_stays_apart_from_the_thing_before(text: str) -> None:
    assert text not in [quote for quote, _type in _spans(text, "change")]
