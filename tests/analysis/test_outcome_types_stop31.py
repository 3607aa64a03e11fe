"""The right group for each outcome (issue 11, stop 31): the type of a span already cut is read by a model learned from
many writers' gold with the question as one of its features (bot.analysis.outcomes.TypeReader), not by the sorter's
type with a fixed weight for the question. Each cause of a wrong group found on the readable sets, in both languages,
with the writers' own answers (each was typed wrong before, and right by a reader taught without its writer) and a
twin written for this test:

1. "what matters?" is almost never answered with a process wish: a thing done now is kept, not changed, nor "how to
   be supported" because a bus or a day centre is named;
2. not wanting to go into a home, said with a negation ("Sai moyn mynd i gartre", "I do not wish to go into a
   home"), is staying where they are: kept, at any question;
3. asked what to keep, a named worker ("PA fi, Ceri", "Jackie the nurse") is how they want to be supported (process),
   and a group or calls named at "keep" are kept, not process because "carers" or "phone" is in them;
4. a carer's own life: seeing someone more often, or what stopped since the caring began, is a change;
5. someone who keeps talking about doing a thing wants it: a change, though "keeps" is the cue word of keeping.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcomes import TypeReader, get_type_reader, load_type_training


def _types(text: str, question: str | None) -> list[str]:
    _otype, _conf, spans = sort_outcomes(text, question)
    assert spans, text
    for s in spans:
        assert s.text == text[s.start:s.end]
    return [s.type for s in spans]


@pytest.mark.parametrize("text", [
    "mynd i'r clwb nofio.",
    "gweld y wyrion, ma nhw'n dod ar ddydd Mercher ar ol ysgol.",
    "Cael mynd i'r capel bob bore Sul",
    "going to the racecourse to watch wrexham.",
    "For Abdi the mosque on Friday with his uncle, very important for him, he knows everybody there and they are kind.",
    "walking the dog down the prom every afternoon.",
])
def test_what_matters_a_thing_done_now_is_kept(text: str) -> None:
    assert _types(text, None) == ["maintenance"]


@pytest.mark.parametrize("text,question", [
    ("Sai moyn mynd i gartre, byth.", "change"),
    ("Dwi ddim isio mynd i gartref preswyl, byth.", None),
    ("I do not wish to go into a home.", None),
    ("I don't want to end up in a care home.", None),
])
def test_not_going_into_a_home_is_kept(text: str, question: str | None) -> None:
    assert _types(text, question) == ["maintenance"]


@pytest.mark.parametrize("text,want", [
    ("PA fi, Ceri, hi di'r gora.", "process"),
    ("nyrsys y district, ma nhw n angylion.", "process"),
    ("Jackie the nurse, she's lush, she explains everything proper.", "process"),
    ("the young carers trips.", "maintenance"),
    ("ivys phone calls.", "maintenance"),
])
def test_keep_a_named_worker_is_process_a_group_is_kept(text: str, want: str) -> None:
    assert _types(text, "maintenance") == [want]


@pytest.mark.parametrize("text", [
    "licen i weld fy chwaer yn Porth Tywyn yn amlach.",
    "hoffwn i weld fy ffrindia o'r côr yn amlach.",
    "Bingo with Jan on a Friday, I've not been since they came.",
    "I'd like to get over to my sister's in Rhyl more often.",
])
def test_a_carers_own_life_more_often_is_a_change(text: str) -> None:
    assert _types(text, None) == ["change"]


def test_the_question_is_a_feature_the_reader_weighs() -> None:
    """The same words lean the way of the question asked ("what matters?" has no lean of its own)."""
    reader = get_type_reader()
    words = ["gweld Jackie bob wythnos", "seeing Jackie every week"]
    for said in words:
        keep, support, neither = reader.proba([said] * 3, ["maintenance", "process", None])
        assert keep[1] > neither[1]
        assert support[2] > neither[2]


def test_leaving_a_writer_out_leaves_their_gold_out() -> None:
    """Leave-one-writer-out (the benchmark's honest reading) teaches from every other writer only."""
    everyone, _ = load_type_training()
    without_dev, _ = load_type_training(leave_out="dev")
    assert 0 < len(without_dev) < len(everyone)
    assert TypeReader(leave_out="dev").proba(["mynd i'r clwb nofio."], [None])[0][1] > 0.5


@pytest.mark.parametrize("text", [
    "He keeps talking about going to the day centre in Holyhead",
    "she keeps on about getting a dog again",
    "Mae o'n sôn am fynd i'r clwb henoed yn Llangefni hefyd",
    "Mae hi'n sôn am gael mynd i nofio eto",
])
def test_keeps_talking_about_doing_is_a_change(text: str) -> None:
    assert _types(text, None) == ["change"]
