"""Short replies to the Active Offer (issue 11): offered once, then carry on in the reply's own language."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import steering
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _offered(sender: str, first: str) -> MemoryConversation:
    conversation = MemoryConversation(sender, language="en")
    conversation.slots["language"] = None  # nothing chosen yet
    turn = MemoryTurn(conversation, first)
    assert steering.language_of_reply(turn) is None  # a first message always gets the offer
    assert steering.route(turn) is True  # ... and the conversation waits for the reply
    assert turn.slot("language") is None
    assert messages.text("active_offer", None) in "\n".join(m.text for m in conversation.said)
    conversation.slots["paused"] = True  # as ActionRoute keeps it
    return conversation


@pytest.mark.parametrize("reply,language", [("ia", "cy"), ("dwi'n 15", "cy"), ("iawn", "cy"), ("yes", "en"),
                                            ("im 16", "en"), ("yeah", "en")])
def test_a_second_reply_carries_on_in_its_language(sqlite_url: str, reply: str, language: str) -> None:
    sender = f"mem-offer-{abs(hash(reply))}"
    conversation = _offered(sender, "helo" if language == "cy" else "hiya")
    turn = MemoryTurn(conversation, reply)
    assert steering.language_of_reply(turn) == language
    assert turn.slot("language") == language
    assert messages.text("language_set", language) in "\n".join(m.text for m in conversation.said)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.language == language


@pytest.mark.parametrize("reply", ["ok", "👍", "hi"])
def test_a_reply_in_neither_language_is_offered_again(sqlite_url: str, reply: str) -> None:
    conversation = _offered(f"mem-offer-none-{abs(hash(reply))}", "helo")
    turn = MemoryTurn(conversation, reply)
    assert steering.language_of_reply(turn) is None
    assert turn.slot("language") is None
