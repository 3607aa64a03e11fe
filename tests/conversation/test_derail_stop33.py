"""Derailments, stop 33 (issue 11): answers that cross between questions, found by the fuzzing player's `--crossed`
moves (benchmarks/derail_fuzz.py), Welsh and English.

- A message meant for someone else, then "sorry that was meant for my husband" / "sori, i'r gŵr oedd hwnna": the
  stray message was kept as the answer to one question and the apology as the answer to the next, so neither question
  was answered. Now the stray message is taken out of their answers, its question asked again, and the apology kept
  as an aside.
- A reply to a question asked before, sent when a later one waits ("o ran y cwestiwn cynt, a Pat fy ffrind hefyd",
  "going back to your earlier question, and my friend Pat too"): the Welsh was kept as the answer to the question
  waiting, the English set aside as a wish to go back. Now it is added to what they said, and the question waiting is
  asked again.
- Two questions answered in one message ("1) … 2) …"), then the second pointed back to ("see 2) above", "gweler 2
  uchod"): the pointer was kept as the second question's answer. Now the earlier answer stands, as for "I said that
  already".

Through the conversation core (the web chat and Telegram share it); the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.controls import only_disowns_the_last_message, says_it_was_said_already
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)

#: What matters and what goes well, answered first.
FIRST = {"cy": ["Fy ngardd a'r gath", "Mynd i'r capel ar y Sul"], "en": ["My garden and my cat", "Going to chapel on Sundays"]}
#: A message meant for someone else, sent at "is there anything you want to keep?".
STRAY = {"cy": "cofia nôl llefrith x", "en": "can you grab milk on the way home x"}
MEANT_FOR = {"cy": ["sori, i'r gŵr oedd hwnna", "wps, neges i rywun arall oedd honna", "sori roedd hwnna i fod i'm chwaer"],
             "en": ["sorry that was meant for my husband", "sorry wrong chat, that was for my son",
                    "oops that was meant for my sister"]}
KEEP = {"cy": "y bws i'r dre bob dydd Mercher", "en": "the bus into town every Wednesday"}
#: Answers that speak of something meant for someone: the answer, as before.
NOT_DISOWNING = {"cy": ["roedd yr arian i fod i'm chwaer", "i'r gŵr oedd y blodau, dim i fi"],
                 "en": ["the money was meant for my sister", "it was meant to be for my son but he never got it"]}
LATE = {"cy": "o ran y cwestiwn cynt, a Pat fy ffrind hefyd", "en": "going back to your earlier question, and my friend Pat too"}
TWO_IN_ONE = {"cy": "1) Fy ngardd 2) capel ar y Sul", "en": "1) My garden 2) chapel on Sundays"}
POINTED_BACK = {"cy": ["gweler 2 uchod", "mae o yn yr ateb dwetha", "fel uchod"],
                "en": ["see 2) above", "its in my last message", "as above"]}


def _at_keep(language: str, name: str) -> MemoryConversation:
    conversation = started(f"derail33-{name}-{next(_senders)}", language, role="person", name="Jo")
    for answer in FIRST[language]:
        conversation.say(answer)
    assert conversation.requested == "q_keep"
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_message_meant_for_someone_else_is_taken_back_and_its_question_asked_again(sqlite_url: str, language: str,
                                                                                     which: int) -> None:
    conversation = _at_keep(language, "meant")
    conversation.say(STRAY[language])
    assert conversation.requested == "q_change"  # kept as the answer, as any answer is, until they say
    conversation.say(MEANT_FOR[language][which])
    assert _said(conversation, "message_taken_back") in conversation.text
    assert conversation.requested == "q_keep"  # its question again
    sender = conversation.sender_id
    assert repository.answer_texts(sender, only="keep") == []
    assert repository.answer_texts(sender, only="change") == []
    assert repository.answer_texts(sender, only="aside") == [MEANT_FOR[language][which]]  # kept, never an answer
    conversation.say(KEEP[language])
    assert repository.answer_texts(sender, only="keep") == [KEEP[language]]
    assert conversation.requested == "q_change"
    assert STRAY[language] not in repository.answer_texts(sender)


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_an_answer_about_something_meant_for_someone_is_the_answer(sqlite_url: str, language: str, which: int) -> None:
    conversation = _at_keep(language, "notmeant")
    conversation.say(KEEP[language])
    conversation.say(NOT_DISOWNING[language][which])
    sender = conversation.sender_id
    assert repository.answer_texts(sender, only="keep") == [KEEP[language]]
    assert repository.answer_texts(sender, only="change") == [NOT_DISOWNING[language][which]]
    assert _said(conversation, "message_taken_back") not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_reply_to_an_earlier_question_is_added_and_the_question_waiting_asked_again(sqlite_url: str,
                                                                                      language: str) -> None:
    conversation = _at_keep(language, "late")
    conversation.say(KEEP[language])
    assert conversation.requested == "q_change"
    conversation.say(LATE[language])
    assert _said(conversation, "added_later_noted") in conversation.text
    assert conversation.requested == "q_change"
    sender = conversation.sender_id
    assert repository.answer_texts(sender, only="change") == []
    assert repository.answer_texts(sender, only="aside") == []
    assert LATE[language] in repository.answer_texts(sender)  # kept, word for word, as something added


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_question_pointed_back_to_an_answer_above_is_not_asked_again(sqlite_url: str, language: str,
                                                                        which: int) -> None:
    conversation = started(f"derail33-two-{next(_senders)}", language, role="person", name="Jo")
    conversation.say(TWO_IN_ONE[language])
    assert conversation.requested == "q_strengths"
    conversation.say(POINTED_BACK[language][which])
    assert _said(conversation, "said_already_sorry") in conversation.text
    assert conversation.requested == "q_keep"
    sender = conversation.sender_id
    assert repository.answer_texts(sender, only="strengths") == []
    assert repository.answer_texts(sender, only="aside") == [POINTED_BACK[language][which]]


@pytest.mark.parametrize("text,only", [
    ("sorry that was meant for my husband", True), ("sorry wrong chat, that was for my son", True),
    ("that was for my son x", True), ("sorry ignore that", True),
    ("sori, i'r gŵr oedd hwnna", True), ("wps, neges i rywun arall oedd honna", True),
    ("ddim i chi oedd hwnna sori", True), ("sgwrs anghywir sori", True),
    ("the money was meant for my sister", False), ("it was meant to be for my son but he never got it", False),
    ("roedd yr arian i fod i'm chwaer", False), ("sorry ignore that. Can we do it in Welsh actually", False),
    ("I went to the wrong person at the council and they sent me here", False),
])
def test_only_taking_back_the_last_message(text: str, only: bool) -> None:
    assert only_disowns_the_last_message(text) is only


@pytest.mark.parametrize("text,said", [
    ("see 2) above", True), ("as above lol", True), ("its in my last message", True),
    ("gweler 2 uchod", True), ("fel uchod", True), ("mae o yn yr ateb dwetha", True),
    ("see above, and also my son helps on fridays", False), ("as above the shop is closed on mondays", False),
    ("see my doctor above all", False), ("fel uchod, a hefyd mae Mam yn dod ar ddydd Sul", False),
    ("gweld uchod. a arholiade", False),  # dev_retired cy-south-young_person-31: "see above, and exams" is an answer
    ("I already said that", True), ("wedes i hwnna yn barod??", True),
])
def test_pointed_back_to_an_answer_above(text: str, said: bool) -> None:
    assert says_it_was_said_already(text) is said
