"""Outcomes that are not outcomes (issue 11, span precision, stop 29; sixth trial Z6).

Over the tuning material (dev, the fresh writers' odd halves, the retired set's odd half) the assistant drew outcomes no
reader marked: a goodbye ("No that's everything love, ta ra"), "any time will do" at the visit question ("whenever, I'm
not going nowhere", "unrhyw bryd. dwi yma"), and asides about who is typing or whether an answer counts ("Gwenno sy'n
teipio rŵan.", "Is that allowed as an answer?"). They are no outcome now, in either language; the answer itself is
still stored as typed, and the wishes beside them are still drawn.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.analysis import analyse, may_keep_whole
from bot.analysis.outcomes import is_aside, leaves_the_time_open
from bot.storage import repository
from bot.summary import load_record
from tests.summary.conftest import migrated_database

VISIT = "process"  # the visit-time question's prior (bot.conversation.questions)


def _outcomes(text: str, question: str | None = None) -> list[str]:
    found = analyse(text, question=question).outcomes
    for o in found:
        assert text[o.start:o.end] == o.text
    return [o.text for o in found]


@pytest.mark.parametrize("text", [
    "No that's everything love, ta ra", "no thats everything", "I think that's everything", "nothing else to add",
    "n/a", "dont mind", "Na, dyna bopeth, hwyl", "dim byd arall i ddeud", "Na dim byd, diolch cariad, hwyl fawr",
    "ddim rili",
])
@pytest.mark.parametrize("question", ["change", "maintenance", "process", None])
def test_nothing_more_to_say_is_no_outcome(text: str, question: str | None) -> None:
    assert _outcomes(text, question) == []
    assert not may_keep_whole(text, analyse(text, question=question))  # not kept whole at the read-back either


@pytest.mark.parametrize("text", [
    "whenever", "any time, i'm not going anywhere ha", "any time im always in lol", "Whenever. I'm not going nowhere.",
    "unrhyw bryd. dwi yma", "Unrhyw amser, dwi adra drwy'r dydd", "sdim ots pryd", "pryd bynnag, sa i'n mynd i unman",
])
def test_any_time_will_do_is_no_outcome(text: str) -> None:
    assert leaves_the_time_open(text)
    assert _outcomes(text, VISIT) == []


@pytest.mark.parametrize("text", [
    "Unrhyw bryd ond dydd Sul", "any time after 10", "unrhyw amser ar ol 10 (ar ol y gwartheg lol)",
    "Any morning but Thursday, I go to the market", "whenever suits, mornings best",
])
def test_a_time_with_a_limit_is_still_an_outcome(text: str) -> None:
    assert not leaves_the_time_open(text)
    assert _outcomes(text, VISIT)


@pytest.mark.parametrize("text", [
    "Gwenno sy'n teipio rŵan.", "Dad's gone to put the kettle on.", "my daughter is typing this for me",
    "Mae Mam wedi mynd i neud panad.", "Is that allowed as an answer?", "ydy hynna'n cyfri?", "does that count?",
])
def test_an_aside_is_no_outcome(text: str) -> None:
    assert is_aside(text)
    assert _outcomes(text, "change") == []


@pytest.mark.parametrize("text,wish", [
    ("Gwenno sy'n teipio rŵan. Dwi isio cadw'r ardd a'r capel.", "Dwi isio cadw'r ardd a'r capel."),
    ("My daughter is typing this for me. I want to keep my garden and chapel.", "I want to keep my garden and chapel."),
    ("I'd like a stairlift. Is that allowed as an answer?", "I'd like a stairlift."),
    ("Fyswn i'n licio lifft grisia. Ydy hynna'n iawn?", "Fyswn i'n licio lifft grisia."),
    ("I'd love to get back to the club. No that's everything love, ta ra", "I'd love to get back to the club."),
    ("Dwi isio mynd nôl i'r clwb. Na, dyna bopeth, hwyl", "Dwi isio mynd nôl i'r clwb."),
])
def test_the_wish_beside_them_is_still_drawn(text: str, wish: str) -> None:
    assert [o.rstrip(".") for o in _outcomes(text, "change")] == [wish.rstrip(".")]


@pytest.mark.parametrize("text", ["Can someone ring me first?", "Dwi isio'r un gofalwyr bob tro, plis",
                                  "love my garden", "I don't mind carers, I want the same ones every time"])
def test_wishes_are_not_asides(text: str) -> None:
    assert not is_aside(text)
    assert _outcomes(text, "process")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[None]:
    with migrated_database(tmp_path):
        yield


@pytest.mark.parametrize("text", ["No that's everything love, ta ra", "unrhyw bryd. dwi yma",
                                  "Gwenno sy'n teipio rŵan.", "Whenever. I'm not going nowhere."])
def test_the_answer_is_still_stored_as_typed(database: None, text: str) -> None:
    sender = "stop29-" + str(abs(hash(text)))
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.record_consent(sender, True)
    found = analyse(text, question=VISIT)
    repository.record_answer(sender, question_key="visit_time", question_text="When is a good time to visit?",
                             text=text, whose_view="person", about="person", analysis=found, message_id="m1")
    record = load_record(sender)
    assert record is not None
    stored = [a for a in record["answers"] if a["question_key"] == "visit_time"]
    assert [a["text"] for a in stored] == [text]
    assert all(not a.get("outcomes") for a in stored)
