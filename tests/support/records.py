"""Reading what the assistant stored, for assertions."""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from bot.storage import repository
from bot.storage.models import Conversation

Row = TypeVar("Row")


def stored_conversation(session: Session, sender_id: str) -> Conversation:
    """The stored record of one sender; the test fails here, with the sender named, when there is none."""
    conv = repository.get_conversation(session, sender_id)
    assert conv is not None, f"no conversation stored for {sender_id!r}"
    return conv


def stored(session: Session, model: type[Row], key: Any) -> Row:
    """The row of `model` with this primary key; the test fails here, naming it, when there is none."""
    row = session.get(model, key)
    assert row is not None, f"no {model.__name__} {key!r} stored"
    return row
