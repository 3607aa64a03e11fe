"""Trial 39's conversation and outcome findings (AT5–AT11), through the conversation core with SQLite, Welsh and
English twins; the quoted messages are the trial's (fictional people), each with a twin in the other language.
"""
from __future__ import annotations

import itertools

import pytest

from bot.conversation import answers
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import typed_for_them
from tests.conversation.memory import MemoryConversation, at_question
from tests.support.records import stored_conversation

_senders = itertools.count(1)


def _answers(sender_id: str) -> list[tuple[str, str]]:
    """(question key, words) of every answer kept, in order."""
    with session_scope() as s:
        return [(a.question_key, a.text) for a in stored_conversation(s, sender_id).answers]


def _outcomes(sender_id: str) -> list[tuple[str, str]]:
    """(type, words) of every draft outcome in the practitioner's record."""
    record = load_record(sender_id)
    assert record is not None
    return [(str(o.get("type")), str(o["text"])) for o in record["outcomes"]]


# AT8: a paid support worker typing for the person is no family carer -------------------------------------------
STAFF_TYPING = {"en": "its Dai but Jo his support worker is typing what he says",
                "cy": "Jo o'r staff sy'n teipio i Dai"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_worker_typing_for_the_person_is_not_a_carer(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"tfix39b-staff-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(STAFF_TYPING[language])
    assert conversation.slots["role"] == "person"
    assert conversation.slots["name"] == "Dai"  # the person's name, never the typist's, and not asked again
    assert conversation.requested == "q_what_matters"
    slots = answers.required_slots(conversation.slots.get)
    assert "cared_for_name" not in slots and "q_carer_own" not in slots  # no "Now, about you. Caring can be a lot"
    record = load_record(conversation.sender_id)
    assert record is not None and record["completed_by"] == "person"
    assert typed_for_them(record["answers"]) == STAFF_TYPING[language]


# AT6: wishes lost from the outcomes ----------------------------------------------------------------------------
#: Gwyn's answer about Menna: what is important to her, and what she loves (a north-and-south twin in English).
IMPORTANT_TO_HER = {
    "cy": ("Ma hi'n dwli ar yr ardd. Ma fe'n bwysig iddi hi bod hi'n aros yn y tŷ, sai moyn cartref iddi.",
           "Ma hi'n dwli ar yr ardd.", "Ma fe'n bwysig iddi hi bod hi'n aros yn y tŷ"),
    "en": ("She loves the garden. It's important to her that she stays in the house, I don't want a home for her.",
           "She loves the garden.", "It's important to her that she stays in the house"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_what_is_important_to_her_and_what_she_loves_are_kept(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"tfix39b-menna-{next(_senders)}", language, "q_what_matters", what_matters="",
                               role="carer", name="Gwyn")
    conversation.say(IMPORTANT_TO_HER[language][0])
    kept = _outcomes(conversation.sender_id)
    loves, important = IMPORTANT_TO_HER[language][1:]
    assert ("maintenance", loves) in kept or ("change", loves) in kept
    assert [t for t, words in kept if words.startswith(important)] == ["maintenance"]


#: Jay at "is anything worrying you?": how to talk with him is how to support him, not a worry only.
TALK_NORMAL = {"en": ("just dont make a big deal. talk normal not like a teacher", "talk normal not like a teacher"),
               "cy": ("jyst paid gneud ffys. siarad yn normal efo fi, ddim fel athro",
                      "siarad yn normal efo fi, ddim fel athro")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_how_to_talk_to_me_at_the_worries_question_is_a_process_outcome(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"tfix39b-talk-{next(_senders)}", language, "q_worries", role="young_person",
                               name="Jay", what_matters={"en": "gaming w my mates", "cy": "gemio efo fy mêts"}[language])
    conversation.say(TALK_NORMAL[language][0])
    assert ("process", TALK_NORMAL[language][1]) in _outcomes(conversation.sender_id)


# AT5: a retraction is no outcome; the wish beside the harm is ---------------------------------------------------
MONEY = {
    "en": ("get down the hill again on my own. maybe a rail by the back step, thats where I went over. And I'd like to know where my money goes to be honest, there's never "
           "much left when Darren gives the card back and I don't like to ask because he gets angry",
           "I'd like to know where my money goes to be honest"),
}
TAKEN_BACK = {
    "en": ("Oh don't go making trouble for Darren now, he's a good boy. Forget the money bit. Support - talk to me "
           "not about me", ("don't go making trouble", "Forget the money bit")),
    "cy": ("O peidiwch â chreu trwbl i Darren rŵan, mae o'n hogyn da. Anghofiwch y darn am y pres. Siaradwch efo fi, "
           "nid amdana i", ("peidiwch â chreu trwbl", "Anghofiwch y darn")),
}


def test_the_wish_said_before_the_harm_in_its_sentence_is_an_outcome(sqlite_url: str) -> None:
    conversation = at_question(f"tfix39b-money-{next(_senders)}", "en", "q_change", what_matters="My house",
                               name="Glenys")
    conversation.say(MONEY["en"][0])
    assert ("change", MONEY["en"][1]) in _outcomes(conversation.sender_id)
    kept = _outcomes(conversation.sender_id)
    assert ("change", "get down the hill again on my own.") in kept
    assert not any("he gets angry" in words or "card back" in words for _, words in kept)  # the harm: no outcome


@pytest.mark.parametrize("language", ["en", "cy"])
def test_forget_the_money_bit_is_no_outcome(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"tfix39b-forget-{next(_senders)}", language, "q_support", what_matters="My house",
                               name="Glenys")
    text, taken_back = TAKEN_BACK[language]
    conversation.say(text)
    assert ("support", text) in _answers(conversation.sender_id)  # kept as typed, for the worker
    kept = [words for _, words in _outcomes(conversation.sender_id)]
    assert kept and not any(words.startswith(back) or back in words for words in kept for back in taken_back)
