"""Reading what the assistant stored, for assertions."""
from __future__ import annotations

from sqlalchemy.orm import Session

from bot.storage import repository
from bot.storage.models import Conversation


def stored_conversation(session: Session, sender_id: str) -> Conversation:
    """The stored record of one sender; the test fails here, with the sender named, when there is none."""
    conv = repository.get_conversation(session, sender_id)
    assert conv is not None, f"no conversation stored for {sender_id!r}"
    return conv
