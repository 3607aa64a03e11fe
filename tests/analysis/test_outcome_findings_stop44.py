"""The trial's outcome findings (stop 44, /work/notes/s43/trial43_report.md), what the practitioner reads, fixed as
families in `bot.analysis.outcomes` and checked here on the sorter alone, in both languages:

AX7.  a thing lost ("I've had to give it up", "stopio mynd", "methu mynd dim mwy", "sai'n mynd rhagor") is never a
      keep: a change, and no outcome of its own when the next clause wishes it back.
AX8.  "I need a break" inside a longer answer is a wish (a change), not the "stop" control.
AX10. "yn gysur mawr i mi" / "a great comfort to me" is a keep, and with it the good day it is part of; "nid oes angen
      llawer" / "I don't need much" and "nid wyf am fod yn faich" / "I don't want to be a burden" are no outcome: how
      they see themselves, heard in the answer as typed, with no change wished and no way of helping asked for.
AX13. a clause whose only object is "mewn" / "in" / "there" is not cut alone: it takes the heading naming the place.
AX15. "we don't want to lose Helen", "dim isio colli Helen" is a keep, even of a worker.
AX9.  "give me time to find the words" is how to be supported (process), at any question.

Each family has the trial's words and phrasings written for this test (in no benchmark file).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse, sort_outcomes


def _outcomes(text: str, question: str | None) -> list[tuple[str, str]]:
    _otype, _conf, spans = sort_outcomes(text, question)
    for s in spans:
        assert s.text == text[s.start:s.end]  # verbatim
    return [(s.text, s.type) for s in spans]


def _analysed(text: str, question: str | None) -> list[tuple[str, str]]:
    found = analyse(text, question=question).outcomes
    for s in found:
        assert s.text == text[s.start:s.end]
    return [(s.text, s.type) for s in found]


# --- AX7: a thing lost is never a keep --------------------------------------------------------------------------------

CHOIR = "and my choir on a Tuesday night, I've had to give it up, I'd love to go back to the choir"


@pytest.mark.parametrize("question", [None, "maintenance", "change"])
def test_the_trials_lost_choir_is_no_keep(question: str | None) -> None:
    assert _outcomes(CHOIR, question) == [("I'd love to go back to the choir", "change")]


@pytest.mark.parametrize("text", [
    # written for this test: north and south Welsh, text-speak, no accents, English
    "y côr ar nos Iau, dw i wedi gorfod rhoi'r gorau iddo fo",
    "y clwb bowls, fi di stopio mynd ers i Dad fynd yn sâl",
    "nofio bob bore, dw i'n methu mynd dim mwy",
    "y gym, sai'n mynd rhagor",
    "my allotment, I had to give it up last spring",
    "bingo on a friday, cant go anymore cos of my hip",
    "the walking group, I stopped going when the bus changed",
])
def test_a_thing_lost_is_no_keep(text: str) -> None:
    found = _outcomes(text, "maintenance")
    assert found, text
    assert all(t != "maintenance" for _s, t in found), found


@pytest.mark.parametrize("text,question", [
    ("y côr ar nos Iau, dw i wedi gorfod rhoi'r gorau iddo, dw i isio mynd nôl i'r côr", "change"),
    ("bingo on a friday, cant go anymore, i'd love to go back to bingo", "change"),
])
def test_a_loss_before_the_wish_back_is_no_outcome_of_its_own(text: str, question: str) -> None:
    found = _outcomes(text, question)
    assert len(found) == 1 and found[0][1] == "change", found
    assert text.endswith(found[0][0].rstrip(".")), found


@pytest.mark.parametrize("text,want", [
    # a wish not to give it up stays a keep (twins)
    ("I love my job and my choir, I don't want to give them up", "maintenance"),
    ("dw i wrth fy modd efo'r côr, dwi'm isio rhoi'r gorau iddo fo", "maintenance"),
])
def test_not_wanting_to_give_it_up_is_still_a_keep(text: str, want: str) -> None:
    assert [t for _s, t in _outcomes(text, "maintenance")] == [want]


# --- AX8: a break asked for inside an answer --------------------------------------------------------------------------

@pytest.mark.parametrize("text,wish", [
    ("honestly? I need a break. sai di cael wythnos off ers blynyddoedd.", "I need a break."),  # the trial's words
    ("I need a break, I haven't had a weekend to myself since Easter", "I need a break"),
    ("a dweud y gwir dw i angen seibiant. dw i'n gofalu ddydd a nos.", "dw i angen seibiant."),
])
def test_a_break_in_a_longer_answer_is_a_change(text: str, wish: str) -> None:
    found = _analysed(text, None)
    assert any(wish in s and t == "change" for s, t in found), found


@pytest.mark.parametrize("text", ["I need a break.", "dw i angen seibiant", "I need a break, back in 5"])
def test_the_break_control_alone_is_no_outcome(text: str) -> None:
    assert _analysed(text, None) == []


# --- AX10: formal Welsh, comfort and asking for little ----------------------------------------------------------------

HYWEL = ("Diwrnod da yw cael mynd i'r capel ar y Sul, i Salem, a chael sgwrs efo'r gweinidog wedyn. Mae'r Beibl a'r "
         "emynau yn gysur mawr i mi.")


def test_the_trials_chapel_and_comfort_are_keeps() -> None:
    assert _outcomes(HYWEL, None) == [
        ("Diwrnod da yw cael mynd i'r capel ar y Sul, i Salem, a chael sgwrs efo'r gweinidog wedyn.", "maintenance"),
        ("Mae'r Beibl a'r emynau yn gysur mawr i mi.", "maintenance")]


@pytest.mark.parametrize("text", [
    "Mae'r radio Cymraeg yn gysur mawr iddi hi.",
    "ma'r gath yn gysur i fi",
    "The hymns on a Sunday are a great comfort to me.",
    "her rosary is such a comfort to her",
])
def test_a_comfort_is_a_keep(text: str) -> None:
    assert [t for _s, t in _outcomes(text, None)] == ["maintenance"]


@pytest.mark.parametrize("text", [
    "Wel, nid oes angen llawer.",  # the trial's words
    "nid wyf am fod yn faich ar neb.",  # the trial's words
    "dw i ddim isio bod yn faich ar neb",
    "sai moyn bod yn boen i neb",
    "does dim angen llawer arna i",
    "I don't need much really.",
    "I don't want to be a burden on my daughter.",
    "well i dont want to be a burden",
])
def test_asking_for_little_is_no_outcome(text: str) -> None:
    assert _outcomes(text, None) == []
    assert _outcomes(text, "change") == []


@pytest.mark.parametrize("text", [
    "Well I don't need much, just someone to help with the shopping",
    "does dim angen llawer, jyst rhywun i helpu efo'r siopa",
])
def test_a_need_after_asking_for_little_is_still_one(text: str) -> None:
    assert _outcomes(text, None), text


# --- AX13: "go in" takes the place it names ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,starts", [
    # the trial's words
    ("ysgol. ma bois yn blwyddyn 10 yn pigo arna i, … sai moyn mynd mewn. a moyn amser i neud gwaith cartre", "ysgol."),
    # written for this test
    ("coleg. dwi'm isio mynd i mewn", "coleg."),
    ("School. I don't want to go in.", "School."),
    ("college. dont wanna go in anymore", "college."),
])
def test_go_in_is_not_cut_from_the_place(text: str, starts: str) -> None:
    found = _analysed(text, "change")
    going_in = [(s, t) for s, t in found if "mewn" in s or " in" in s]
    assert going_in and all(s.startswith(starts) and t == "change" for s, t in going_in), found


def test_going_into_a_home_is_still_its_own_keep() -> None:
    assert _outcomes("I don't want to go in a home", None) == [("I don't want to go in a home", "maintenance")]


# --- AX15: not losing someone is a keep -------------------------------------------------------------------------------

HELEN = ("y nyrs Parkinson's, Helen, she's been amazing, ma hi'n dod bob mis a ma hi'n deall e. plis peidiwch newid hi, "
         "we don't want to lose Helen")


@pytest.mark.parametrize("question", [None, "maintenance"])
def test_the_trials_not_losing_helen_is_a_keep(question: str | None) -> None:
    assert ("plis peidiwch newid hi, we don't want to lose Helen", "maintenance") in _outcomes(HELEN, question)


@pytest.mark.parametrize("text", [
    "dan ni ddim isio colli Meinir, hi ydi'r unig un sy'n dallt o",
    "ni ddim moyn colli Rhodri",
    "sai moyn colli'r gofalwr sy'n dod bore",
    "we wouldn't want to lose our carer Trish",
    "i dont want to lose my PA Jen",
])
def test_not_losing_someone_is_a_keep(text: str) -> None:
    assert [t for _s, t in _outcomes(text, None)] == ["maintenance"]


# --- AX9: time to find the words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,question", [
    ("give me time to find the words", "change"),  # the trial's words
    ("rho amser i mi ffeindio'r geiriau", "change"),
    ("rhowch amser i mi feddwl plis", "maintenance"),
    ("just give me a bit of time to answer", None),
])
def test_time_to_find_the_words_is_process(text: str, question: str | None) -> None:
    assert [t for _s, t in _outcomes(text, question)] == ["process"]
