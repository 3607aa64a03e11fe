"""A first write that races another request (two actions creating one conversation at the same moment, or a
reference clash) is tried again in a fresh transaction, the same way for every such write
(repository._retried_after_a_race: the conversation, an invitation opened, an unreadable message noted). A real
unique-constraint clash on SQLite and PostgreSQL, no mocks.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import Conversation
from bot.storage.repository import RACE_ATTEMPTS, RecordError


def _senders() -> list[str]:
    with session_scope() as s:
        return sorted(s.execute(select(Conversation.sender_id)).scalars())


def test_a_write_that_clashed_is_tried_again(database_url: str) -> None:
    taken = repository.ensure_conversation("sender-1")
    attempts: list[str] = []

    def create(s: Session) -> str:
        reference = taken if not attempts else repository.new_reference()  # the first clashes with sender-1's
        attempts.append(reference)
        s.add(Conversation(sender_id="sender-2", reference=reference, channel="rest"))
        s.flush()
        return reference

    made = repository._retried_after_a_race(create, "could not create the conversation record")
    assert len(attempts) == 2 and made == attempts[1] != taken
    assert _senders() == ["sender-1", "sender-2"]


def test_it_gives_up_with_a_reason_after_the_last_attempt(database_url: str) -> None:
    taken = repository.ensure_conversation("sender-1")
    attempts: list[int] = []

    def create(s: Session) -> None:
        attempts.append(1)
        s.add(Conversation(sender_id="sender-2", reference=taken, channel="rest"))
        s.flush()

    with pytest.raises(RecordError, match="could not create the conversation record"):
        repository._retried_after_a_race(create, "could not create the conversation record")
    assert len(attempts) == RACE_ATTEMPTS
    assert _senders() == ["sender-1"]  # nothing half-written
