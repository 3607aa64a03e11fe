"""Trial 36 (stop 36), conversation findings, the trial's messages as fixtures with a twin in the other language.

AM2: asking for a person ("look can I just speak to a real person instead of a computer", "I want to talk to a real
person. a human. not this", "ga i siarad efo person go iawn plis") got "OK, thank you for that." or was filed as an
outcome or a concern; after sending, "so is someone going to ring me or not" became an outcome. Now an honest answer:
what this is, who reads the answers and when, how to reach a person now, 999, carry on or stop; then the question again.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, asks_for_a_person
from bot.conversation import steering
from bot.settings import get_settings
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record


def _sender(*parts: object) -> str:
    return "mem-fix36c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, role, slot, *parts), language, role=role, name="Dennis")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _stored(conversation: MemoryConversation) -> tuple[list[tuple[str, str]], list[str]]:
    """(question key, words) of every stored answer, and every outcome's words."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers], [o.text for o in conv.outcomes]


def _reply(conversation: MemoryConversation, key: str) -> str:
    """The message as this conversation says it (its language, register, and who reads the answers filled in)."""
    return MemoryTurn(conversation, "").render(key).text


# --- AM2: asking for a person ----------------------------------------------------------------------------------------

ASKS_FOR_A_PERSON = [
    ("en", "look can I just speak to a real person instead of a computer"),
    ("en", "I want to talk to a real person. a human. not this"),
    ("en", "are you deaf? I SAID can I speak to a real person"),
    ("en", "Can I speak to a real person please?"),
    ("en", "a human please"),
    ("cy", "ga i siarad efo person go iawn plis, dim cyfrifiadur"),
    ("cy", "ga i siarad â rhywun go iawn"),
    ("cy", "dw i isio siarad efo person go iawn. dim hwn"),
    ("cy", "wi moyn siarad â rhywun go iawn"),
]
#: Answers that mention a person or speaking to someone: wishes, kept as said.
WISHES = [
    ("en", "I want a real person to ring me back, not a letter"),
    ("en", "I want to talk to someone about my mum"),
    ("en", "I want to see a real person at the visit"),
    ("cy", "Dw i isio i berson go iawn fy ffonio i'n ôl, nid llythyr"),
    ("cy", "dw i isio siarad efo rhywun am mam"),
    ("cy", "Hoffwn i siarad â pherson go iawn yn yr ymweliad"),
]


@pytest.mark.parametrize("language,text", ASKS_FOR_A_PERSON)
def test_asking_for_a_person_is_read_as_a_question_to_us(language: str, text: str) -> None:
    assert asks_for_a_person(text)
    assert asks_about_assistant(text) == "whole" and about_assistant_reply(text) == "real_person"


@pytest.mark.parametrize("language,text", WISHES)
def test_a_wish_about_people_is_not_a_request_for_a_person(language: str, text: str) -> None:
    assert not asks_for_a_person(text)
    assert asks_about_assistant(text) is None


@pytest.mark.parametrize("role", ["person", "young_person"])
@pytest.mark.parametrize("language,text", ASKS_FOR_A_PERSON)
def test_mid_way_asking_for_a_person_gets_the_honest_answer_and_the_question_again(
        sqlite_url: str, language: str, text: str, role: str) -> None:
    conversation = _at(language, role, "q_support", "am2", text)
    conversation.say(text)
    reply = _reply(conversation, "real_person")
    assert reply in conversation.text
    assert messages.text("who_reads_when", language, "ti" if role == "young_person" else "chi") in reply
    assert "999" in reply and messages.text("ack_thanks", language) not in conversation.text
    assert conversation.requested == "q_support"  # the question again, never their answer
    answers, outcomes = _stored(conversation)
    assert text not in [t for _, t in answers] and not outcomes


@pytest.mark.parametrize("language,text,answer", [
    ("en", "going well? nothing's going bloody well mate. the allotment I suppose, my mate Gareth helps with the "
           "digging now. look can I just speak to a real person instead of a computer", "the allotment"),
    ("cy", "Mae'r rhandir yn mynd yn iawn, mae fy ffrind Gareth yn helpu efo'r palu rŵan. Ga i siarad efo person go "
           "iawn plis, dim cyfrifiadur", "rhandir"),
])
def test_asked_inside_an_answer_the_answer_is_kept_and_the_request_answered(sqlite_url: str, language: str, text: str,
                                                                             answer: str) -> None:
    conversation = _at(language, "person", "q_keep", "am2-part")
    conversation.say(text)
    assert _reply(conversation, "real_person") in conversation.text
    answers, outcomes = _stored(conversation)
    assert ("keep", text) in answers  # kept as typed
    assert not any("person" in o.lower() for o in outcomes)  # the request is never an outcome
    assert conversation.requested != "q_keep"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_teams_number_is_given_when_the_service_set_one(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            language: str) -> None:
    monkeypatch.setenv("SERVICE_PHONE", "01234 567890")
    get_settings.cache_clear()
    conversation = _at(language, "person", "q_strengths", "am2-phone")
    conversation.say(dict(ASKS_FOR_A_PERSON)[language])
    assert "01234 567890" in conversation.text
    assert messages.text("reach_a_person_phone", language, service_phone="01234 567890") in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_without_a_number_they_are_told_where_to_ring(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                      language: str) -> None:
    monkeypatch.delenv("SERVICE_PHONE", raising=False)
    get_settings.cache_clear()
    conversation = _at(language, "person", "q_strengths", "am2-nophone")
    conversation.say(dict(ASKS_FOR_A_PERSON)[language])
    assert messages.text("reach_a_person", language) in conversation.text


@pytest.mark.parametrize("language,text", [("en", "I want a real person to ring me back, not a letter"),
                                           ("cy", "Dw i isio i berson go iawn fy ffonio i'n ôl, nid llythyr")])
def test_a_wish_for_a_person_to_ring_stays_an_outcome(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at(language, "person", "q_support", "am2-wish", text)
    conversation.say(text)
    assert _reply(conversation, "real_person") not in conversation.text
    answers, outcomes = _stored(conversation)
    assert ("support", text) in answers and outcomes


@pytest.mark.parametrize("language,text,key", [
    ("en", "so is someone going to ring me or not", "who_gets_in_touch"),
    ("en", "can I speak to a real person now please", "real_person"),
    ("cy", "felly fydd rhywun yn ffonio fi neu beidio?", "who_gets_in_touch"),
    ("cy", "ga i siarad efo rhywun go iawn rŵan plis", "real_person"),
])
def test_after_sending_a_question_to_us_is_answered_not_kept(sqlite_url: str, language: str, text: str,
                                                             key: str) -> None:
    conversation = _at(language, "person", "q_strengths", "am2-after", text)
    repository.confirm_record(conversation.sender_id)
    turn = MemoryTurn(conversation, text)
    assert steering.route(turn) is False
    assert conversation.said[-1].text == turn.render(key).text
    answers, _ = _stored(conversation)
    assert text not in [t for _, t in answers]
