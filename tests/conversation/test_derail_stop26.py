"""Derailments, stop 26 (issue 11): what the fuzzing player found when it played as real people do, Welsh and English.

- "sorry I meant …" / "sori, o'n i'n feddwl: …" after an answer puts that answer right: it was kept as the answer to
  the next question, which was then never really asked. Now it is added to what they said, and the question waiting
  is asked again.
- After "start again", "what?" at a question that had been put in plainer words before the start left the question
  for the visit, as a second "what?" does: the words before the start no longer count.
- "hepgor" / "skip" while "are you safe?" waits is carrying on: once the check had been asked twice, it was kept as
  words and the questions waited, so whoever kept answering and skipping met the same question a third time. Harm
  happening now still asks whether help is coming.
The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.controls import ends_with_a_stop
from bot.conversation import steering
from bot.conversation.answers import ADDED_LATER_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, at_question, started
from tests.conversation.test_safe_check_stop23 import ABUSE, OVERDOSE
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)

FIRST = {"cy": "Y bowls, a'r capel ar fore Sul", "en": "The bowls club, and chapel on a Sunday"}
#: The fuzzing player's corrections, at the question after the answer they put right.
MEANT = {"cy": "sori, o'n i'n feddwl: y bowls ar nos Fawrth, nid y capel",
         "en": "sorry I meant the bowls on a Tuesday night, not chapel"}
MEANT_TOO = {"cy": "o na sori, be o'n i'n feddwl oedd y bowls", "en": "oops sorry, what I meant was the bowls"}
STRENGTHS = {"cy": "Mae'r cymdogion yn dda efo fi", "en": "The neighbours are good with me"}
WHAT = {"cy": "be?", "en": "what?"}
#: A reply at the check that is neither a choice nor plainly safe to go on from ("no" in it, too short to be an answer).
NOT_A_CHOICE = {"cy": "tecst yn well na galwad", "en": "text not calls"}
SKIP = {"cy": "hepgor", "en": "skip"}


def _sender(name: str) -> str:
    return f"derail26-{name}-{next(_senders)}"


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("meant", [MEANT, MEANT_TOO])
def test_sorry_i_meant_is_added_to_the_answer_before(sqlite_url: str, language: str,
                                                      meant: dict[str, str]) -> None:
    conversation = at_question(_sender("meant"), language, "q_strengths", what_matters=FIRST[language])
    conversation.say(meant[language])
    assert conversation.requested == "q_strengths"  # the question waiting is asked again
    assert repository.answer_texts(conversation.sender_id, only="strengths") == []
    assert repository.answer_texts(conversation.sender_id, only=ADDED_LATER_KEY) == [meant[language]]  # as typed
    conversation.say(STRENGTHS[language])
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [STRENGTHS[language]]


@pytest.mark.parametrize("language,text", [
    ("cy", "o'n i'n meddwl bod y cymdogion yn helpu ond dydyn nhw ddim"),
    ("en", "I mean the neighbours are good with me"),
])
def test_an_answer_that_opens_with_i_mean_is_still_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(_sender("mean"), language, "q_strengths", what_matters=FIRST[language])
    conversation.say(text)
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [text]


def _start_again(conversation: MemoryConversation, language: str) -> None:
    cleared = steering.start_again(MemoryTurn(conversation, "dechrau eto" if language == "cy" else "start again"))
    assert cleared is not None
    conversation.slots.update(cleared)
    conversation.slots.update({"role": "person", "completed_by": "person", "name": "Jo", "register": "chi"})
    conversation.start()


@pytest.mark.parametrize("language", ["cy", "en"])
def test_what_after_starting_again_puts_the_question_plainly_again(sqlite_url: str, language: str) -> None:
    conversation = at_question(_sender("again"), language, "q_keep", what_matters=FIRST[language])
    conversation.say(WHAT[language])
    plainly = messages.text("plain_q_keep", language, "chi")
    assert plainly in conversation.text  # put plainly, before the start again
    _start_again(conversation, language)
    while conversation.requested != "q_keep":
        conversation.say(FIRST[language] if conversation.requested == "q_what_matters" else "/skip", intent=None
                         if conversation.requested == "q_what_matters" else "skip")
    conversation.say(WHAT[language])
    assert plainly in conversation.text  # put plainly again, not left for the visit
    assert conversation.requested == "q_keep"
    conversation.say(FIRST[language])
    assert repository.answer_texts(conversation.sender_id, only="keep") == [FIRST[language]]


def _held_twice(language: str) -> MemoryConversation:
    """"are you safe?" asked twice after a disclosure, then a reply that is no choice: the questions wait."""
    conversation = started(_sender("held"), language, role="person", name="Sam")
    conversation.say(ABUSE[language])
    conversation.say(NOT_A_CHOICE[language])
    conversation.say(NOT_A_CHOICE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("intent", [None, "skip"])
def test_skip_while_the_check_waits_carries_on(sqlite_url: str, language: str, intent: str | None) -> None:
    conversation = _held_twice(language)
    waiting = conversation.requested
    conversation.say(SKIP[language], intent=intent)
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert _said(conversation, "safety_check_carry_on") in conversation.text
    assert conversation.requested == waiting  # the question that waited, asked now


@pytest.mark.parametrize("language", ["cy", "en"])
def test_skip_after_harm_happening_now_asks_whether_help_is_coming(sqlite_url: str, language: str) -> None:
    conversation = started(_sender("now"), language, role="person", name="Sam")
    conversation.say(OVERDOSE[language])
    conversation.say(SKIP[language])
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    assert repository.safe_check(conversation.sender_id)[0] is not None


#: Their name, then at once "sorry I meant …" (the fuzzing player's corrections), and the name from then on.
NAME_PUT_RIGHT = {"cy": [("Dai", "sori, Dafydd dw i", "Dafydd"), ("Sian", "sori, Siân efo to bach", "Siân")],
                  "en": [("Jon", "sorry I meant John", "John"), ("Bev", "sorry, I meant Beverley", "Beverley")]}


def _named(language: str, role: str, name: str) -> MemoryConversation:
    conversation = MemoryConversation(_sender("name"), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role})
    conversation.start()
    assert conversation.requested == "name"
    conversation.say(name)
    assert conversation.slots["name"] == name
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
@pytest.mark.parametrize("role", ["person", "carer"])
def test_their_name_put_right_in_the_next_message_is_their_name(sqlite_url: str, language: str, which: int,
                                                                 role: str) -> None:
    given, put_right, meant = NAME_PUT_RIGHT[language][which]
    conversation = _named(language, role, given)
    waiting = conversation.requested
    conversation.say(put_right)
    assert conversation.slots["name"] == meant
    with session_scope() as session:
        record = repository.get_conversation(session, conversation.sender_id)
        assert record is not None and record.display_name == meant
    assert meant in conversation.text  # "I'll use the name John from now on"
    assert conversation.requested == waiting  # asked again: a carer's "sorry I meant John" is not whom they look after
    assert conversation.slots.get("cared_for_name") is None
    assert put_right in repository.answer_texts(conversation.sender_id, only="name")  # kept as typed


@pytest.mark.parametrize("language,text", [("cy", "sori, Mam"), ("en", "sorry, Mum")])
def test_a_carer_who_says_sorry_then_names_whom_they_look_after_is_not_renamed(sqlite_url: str, language: str,
                                                                              text: str) -> None:
    conversation = _named(language, "carer", "Jon")
    conversation.say(text)
    assert conversation.slots["name"] == "Jon"


@pytest.mark.parametrize("language,text", [("cy", "Dafydd dw i, a dwi'n licio garddio"), ("en", "sorry, tired")])
def test_an_answer_later_is_no_name(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(_sender("later"), language, "q_strengths", what_matters=FIRST[language])
    conversation.say(text)
    assert conversation.slots["name"] == "Jo"


@pytest.mark.parametrize("language,text", [("en", "meself"), ("en", "just meself love"), ("cy", "meself")])
def test_meself_is_about_themselves(sqlite_url: str, language: str, text: str) -> None:
    """"meself" (myself) was not understood, asked again, and after "start again" once more (a loop)."""
    conversation = MemoryConversation(_sender("meself"), language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(text)
    assert conversation.slots["role"] == "person"
    assert conversation.requested == "name"


#: An answer, then in the same sentence a stop (the fuzzing player's tail): the answer was lost and the question came
#: round again after each "carry on", until it was asked a third time.
ANSWER_THEN_STOP = {"en": "straight talking sorry got to go, can I finish later?",
                    "cy": "y capel a'r côr sori gorfod mynd, alla i orffen wedyn?"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_answer_then_a_stop_in_one_sentence_is_kept_then_stops(sqlite_url: str, language: str) -> None:
    conversation = at_question(_sender("stop"), language, "q_strengths", what_matters=FIRST[language])
    text = ANSWER_THEN_STOP[language]
    assert ends_with_a_stop(text)
    conversation.messages.append(text)
    kept = steering.stop(MemoryTurn(conversation, text, "stop"))  # as action_stop
    assert kept.get("q_strengths") == text
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [text]  # verbatim
    assert messages.text("stopped", language, "chi") in "\n".join(m.text for m in conversation.said)


@pytest.mark.parametrize("text", ["ok sorry got to go, can I finish later?", "sori gorfod mynd, alla i orffen wedyn?",
                                  "she has to go to bed early sorry"])
def test_a_stop_alone_or_an_answer_without_one_is_not_an_answer_then_a_stop(text: str) -> None:
    assert not ends_with_a_stop(text)
