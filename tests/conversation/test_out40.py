"""Whole turns of the seventeenth trial's outcome findings (stop 39 AT6), through the conversation core, in both
languages: the same words said twice at one question are one outcome ("footie" twice in the summary); "isio PA sy'n
tecstio fi" at "is anything worrying you?", after a disclosure, is kept as how they want support; a school wish beside
a disclosure is an outcome and the disclosure never is. The words are fictional twins of the trial's.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.summary import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation, consented_at, stored_outcomes

DISCLOSURE = {"cy": "ma boi drws nesa di deud neith o stabio fi os dwi'n deud wrth neb",
              "en": "the guy next door said he'd stab me if i tell anyone"}
CARRY_ON = {"cy": "dwi'n iawn, carry on", "en": "im ok, carry on"}


def _sender(*parts: object) -> str:
    return "mem-out40-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, slot: str, *parts: object) -> MemoryConversation:
    """A young person at `slot`; "footie" was their answer to what matters (said twice: once, then again to "anything
    about it?", as at_question answers the follow-up)."""
    return consented_at(_sender(language, slot, *parts), language, slot, what_matters="footie", role="young_person",
                        name="Osian")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_words_twice_at_one_question_are_one_outcome(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "q_support", "twice")
    conversation.say(DISCLOSURE[language])
    assert stored_outcomes(conversation).count(("footie", "maintenance")) == 1
    record = load_record(conversation.sender_id)
    assert record is not None
    summary = render_markdown(record, language)
    assert summary.count("“footie”") == 1
    assert "Also said in answer to" not in summary and "hefyd mewn ateb" not in summary.lower()


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_words_at_another_question_are_still_kept(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "q_keep", "again")
    conversation.say("footie")
    assert len([o for o in stored_outcomes(conversation) if o[0] == "footie"]) == 2


PA_AT_WORRIES = {"cy": "isio PA sy'n tecstio fi", "en": "want a PA that texts me not rings"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_pa_who_texts_at_worries_is_kept(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "q_support", "pa")
    conversation.say(DISCLOSURE[language])
    conversation.say(CARRY_ON[language])
    while conversation.requested != "q_worries":
        conversation.say("/skip", intent="skip")
    conversation.say(PA_AT_WORRIES[language])
    assert (PA_AT_WORRIES[language], "process") in stored_outcomes(conversation)


SCHOOL_BESIDE_HARM = {
    "cy": ("mae cariad mam yn fy nharo i. isio i'r ysgol wbod pam dwi'n hwyr heb fi orfod deud wrth bawb",
           "isio i'r ysgol wbod pam dwi'n hwyr heb fi orfod deud wrth bawb"),
    "en": ("mums boyfriend hits me. want the school to know why im late without me having to tell everyone",
           "want the school to know why im late without me having to tell everyone"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_school_wish_beside_a_disclosure_is_an_outcome_the_disclosure_never(sqlite_url: str, language: str) -> None:
    said, wish = SCHOOL_BESIDE_HARM[language]
    conversation = _at(language, "q_change", "school")
    conversation.say(said)
    outcomes = stored_outcomes(conversation)
    assert (wish, "process") in outcomes
    assert not any(said.split(".")[0] in text for text, _ in outcomes)
    record = load_record(conversation.sender_id)
    assert record is not None and record["urgent"]


@pytest.mark.parametrize("language, first_q, again_q", [("cy", "Beth sy'n bwysig i ti?", "Beth sy'n bwysig i ti?"),
                                                        ("en", "What matters?", "What matters?")])
def test_a_record_holding_it_twice_at_one_question_gets_no_also_said(language: str, first_q: str,
                                                                     again_q: str) -> None:
    from bot.summary.view import _said_once  # records stored before stop 40 may hold the same words twice

    answers: dict[Any, dict[str, Any]] = {1: {"id": 1, "question": first_q, "language": language},
               2: {"id": 2, "question": again_q, "language": language},
               3: {"id": 3, "question": "What to keep?" if language == "en" else "Beth i'w gadw?", "language": language}}
    outcome: dict[str, Any] = {"text": "footie", "type": "maintenance", "whose_view": "young_person", "about": "person"}
    twice = [{**outcome, "id": 10, "answer_id": 1}, {**outcome, "id": 11, "answer_id": 2}]
    said = _said_once(twice, answers)
    assert [o["id"] for o in said.shown] == [10] and not said.also.get(10)
    elsewhere = _said_once([*twice, {**outcome, "id": 12, "answer_id": 3}], answers)
    assert elsewhere.also.get(10) == [answers[3]["question"]]
