"""Closing note 37 ("Left alone", conversation) and re-trial 37 AP8: "Wi 'di ca'l digon am heddi" was kept as an
answer and the next question asked; "digon am rŵan dwi'n meddwl, dwi di blino'n lân" was kept as a worry. Like
"enough for today" (fix37c AP8), the speaker's own "had enough for today", "that will do for today", "dyna ddigon am
nawr" and "got to go" stop the questions for now, and coming back carries on at the question they left.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.controls import control_of
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record
from tests.conversation.test_stop_and_come_back_trial26 import _intent

#: The closing note's messages, then close variants; young people are spoken to as "ti".
FOR_TODAY = [
    ("cy", "person", "Wi 'di ca'l digon am heddi"),
    ("cy", "young_person", "Wi 'di ca'l digon am heddi"),
    ("cy", "carer", "dyna ddigon am nawr"),
    ("cy", "young_person", "fi di ca'l digon am heddi, diolch"),
    ("cy", "person", "dw i wedi cael digon am heddiw"),
    ("cy", "person", "digon am rŵan dwi'n meddwl, dwi di blino'n lân"),  # re-trial 37, at the worries question
    ("en", "person", "that'll do for today"),
    ("en", "young_person", "got to go"),
    ("en", "carer", "I've had enough for today"),
    ("en", "person", "that will do for today, thanks"),
    ("en", "person", "ive had enough for now thanks"),
]
#: What they write when they come back.
BACK = {"cy": "helo, dw i nôl", "en": "hi, I'm back"}
CARRY_ON = {"cy": "Parhau", "en": "Carry on"}


def _sender(*parts: object) -> str:
    return "mem-fix38b-stop-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _register(role: str) -> str:
    return "ti" if role == "young_person" else "chi"


def _stored_words(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.text for a in conv.answers]


def _status(sender: str) -> str:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return str(conv.status)


def _at_keep(language: str, role: str, text: str) -> MemoryConversation:
    conversation = started_with_record(_sender(language, role, text), language, role=role, name="Osian")
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language, role, text", FOR_TODAY)
def test_enough_for_today_stops_for_now_and_coming_back_carries_on(sqlite_url: str, language: str, role: str,
                                                                   text: str) -> None:
    assert control_of(text) == ("stop", None)  # the core's reading, which Rasa's NLU follows (bot.nlu.signals)
    assert _intent(text) == "stop"
    conversation = _at_keep(language, role, text)
    question = conversation.said[-1].text  # "is there anything you want to keep…?", as it was asked
    conversation.stop(text)
    register = _register(role)
    assert messages.text("stopped", language, register, role) in conversation.text
    assert text not in _stored_words(conversation.sender_id)  # never kept as an answer
    assert _status(conversation.sender_id) == "stopped"
    conversation.say(BACK[language])
    assert messages.text("welcome_back", language, register, role).split("\n")[0] in conversation.text \
        or conversation.requested == "q_keep"
    if conversation.requested is None:  # the welcome-back choice: carry on
        conversation.say(CARRY_ON[language], intent="continue_conversation")
    assert conversation.requested == "q_keep"  # where they left off
    assert question in conversation.text  # asked again


@pytest.mark.parametrize("text", [
    "He's had enough for today", "mae o wedi cael digon am heddiw", "she's had enough for today, she's tired",
    "Wi 'di ca'l digon", "I've had enough of my carer", "dw i wedi cael digon ar fyw",
])
def test_what_someone_else_had_enough_of_or_enough_alone_is_no_stop(text: str) -> None:
    """Another person's "had enough", and "had enough" with no "for today" (which may be despair, read by the risk
    reading), are never taken as a pause."""
    assert control_of(text) is None


@pytest.mark.parametrize("language, text", [("cy", "Wi 'di ca'l digon am heddi"), ("en", "I've had enough for today")])
def test_the_stop_raises_no_alarm(sqlite_url: str, language: str, text: str) -> None:
    from bot.conversation.safety import note_risk

    conversation = _at_keep(language, "person", text)
    conversation.messages.append(text)
    assert note_risk(MemoryTurn(conversation, text, "stop")).level == "none"
