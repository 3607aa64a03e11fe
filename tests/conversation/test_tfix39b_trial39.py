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
from tests.conversation.memory import MemoryConversation
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
