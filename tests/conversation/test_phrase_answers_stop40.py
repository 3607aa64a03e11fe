"""Stop 40, the mid-form set after flow40: "ar ol ysgol" (after school), the answer to the best time to visit, was
kept as more of the answer before it ("tecst", to how to talk) because it opens with a preposition and has no verb, and
the visit question came again. At the visit and communication questions, and for any piece that says when, a phrase
that opens with a preposition is the answer; a tag ("lol", "innit") still carries on the answer before, and "with
trains" after "I want a job" still does at other questions. Fictional words.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from tests.conversation.memory import skipped_to


def _sender(*parts: object) -> str:
    return "mem-phrase40-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language, role, how, when", [
    ("cy", "young_person", "tecst", "ar ol ysgol"),  # the mid-form set's words (north, a young carer)
    ("cy", "person", "ffonio plis", "yn y bore"),
    ("en", "person", "by text", "in the mornings"),
    ("en", "young_person", "txt", "after school"),
])
def test_a_time_that_opens_with_a_preposition_answers_the_visit_question(sqlite_url: str, language: str, role: str,
                                                                        how: str, when: str) -> None:
    conversation = skipped_to(_sender(language, how, when), language, role, "q_communication")
    conversation.say(how)
    assert conversation.requested == "q_visit_time"
    conversation.say(when)
    assert conversation.requested != "q_visit_time"  # answered, not asked again
    assert when in repository.answer_texts(conversation.sender_id, only="visit_time")
    assert when not in repository.answer_texts(conversation.sender_id, only="communication")


@pytest.mark.parametrize("language, how, by", [("en", "text me", "on whatsapp"), ("cy", "tecstio fi", "ar whatsapp")])
def test_a_way_to_talk_that_opens_with_a_preposition_answers_the_communication_question(
        sqlite_url: str, language: str, how: str, by: str) -> None:
    conversation = skipped_to(_sender("comm", language, by), language, "young_person", "q_people")
    conversation.say("nain")
    assert conversation.requested == "q_communication"
    conversation.say(by)
    assert by in repository.answer_texts(conversation.sender_id, only="communication")


@pytest.mark.parametrize("language, answer, piece", [("en", "I want a job", "with trains"),
                                                     ("cy", "dwi isio job", "efo trenau")])
def test_a_piece_of_a_burst_still_joins_the_answer_before_at_other_questions(sqlite_url: str, language: str,
                                                                             answer: str, piece: str) -> None:
    conversation = skipped_to(_sender("burst", language, piece), language, "young_person", "q_change")
    conversation.say(answer)
    waiting = conversation.requested
    conversation.say(piece)
    assert conversation.requested == waiting
    assert piece in repository.answer_texts(conversation.sender_id, only="change")
