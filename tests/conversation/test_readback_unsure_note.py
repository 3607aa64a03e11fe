"""The read-back explains its "(?)" mark (stop-19 trial C1: a 15-year-old read a bare "(?)" on 9 of 14 items as
the assistant doubting him). The note comes once, under the list, only when an item is marked."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation import readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn

_senders = itertools.count(1)
ANSWER = {"cy": "dwi isio cal mynd i ymarfer pel droed ar nos fercher efo'r hogia",
          "en": "i want to go to football practice on wednesdays with the lads"}


def _with_one_outcome(language: str, unsure: bool) -> MemoryConversation:
    conversation = MemoryConversation(f"unsure-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Cai", "register": "ti"})
    conversation.start()
    conversation.say(ANSWER[language])
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        outcomes = [o for a in conv.answers for o in a.outcomes]
        assert outcomes
        for outcome in outcomes:
            outcome.unsure = unsure
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_marked_item_comes_with_what_the_mark_means(sqlite_url: str, language: str) -> None:
    conversation = _with_one_outcome(language, unsure=True)
    listed = readback.listing(MemoryTurn(conversation, ""))
    note = messages.text("readback_unsure_note", language, "ti")
    assert "(?)" in listed
    assert listed.endswith(note)
    assert listed.count(note) == 1


@pytest.mark.parametrize("language", ["cy", "en"])
def test_no_mark_no_note(sqlite_url: str, language: str) -> None:
    conversation = _with_one_outcome(language, unsure=False)
    listed = readback.listing(MemoryTurn(conversation, ""))
    assert "(?)" not in listed
    assert messages.text("readback_unsure_note", language, "ti") not in listed
