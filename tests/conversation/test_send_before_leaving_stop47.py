"""Trial 47 BB2: at "is this right?", "ok send it, got to go" got "OK, I've stopped." and nothing was sent: the son left
thinking his mother's record had gone to the practitioner (the list said "Not yet confirmed by the person"). A stop that
also says to send sends, as the button would; one that says not to ("dont send it, gotta go") stays a stop."""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, answer_until_readback, started_with_record

pytestmark = pytest.mark.usefixtures("sqlite_url")

_senders = itertools.count(1)

ANSWERS = {
    "en": {"q_keep": "staying in her bungalow", "q_change": "I want her to get out to the shops more",
           "q_support": "ring me first, I'm at work"},
    "cy": {"q_keep": "aros yn ei byngalo", "q_change": "dw i isio iddi fynd allan i'r siopau'n amlach",
           "q_support": "ffoniwch fi gynta, dw i'n gweithio"},
}


def _at_readback(language: str) -> MemoryConversation:
    conversation = started_with_record(f"sendleave47-{next(_senders)}", language, role="person", name="Dave")
    return answer_until_readback(conversation, ANSWERS[language])


def _status(sender_id: str) -> str | None:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return conv.status if conv else None


@pytest.mark.parametrize("language, said", [
    ("en", "ok send it, got to go"),
    ("en", "yep send it ta, gotta run"),
    ("cy", "anfonwch o, rhaid i fi fynd"),
    ("cy", "iawn anfona fe, rhaid i fi fynd nawr"),
])
def test_send_then_leave_sends(language: str, said: str) -> None:
    conversation = _at_readback(language)
    conversation.stop(said)
    assert _status(conversation.sender_id) == "confirmed"
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        reference = conv.reference if conv else None
    assert reference and reference in conversation.text  # the "sent, your reference is…" message, not "I've stopped"


@pytest.mark.parametrize("language, said", [
    ("en", "dont send it, gotta go"),
    ("en", "got to go, will finish later"),
    ("cy", "paid anfon o eto, rhaid i fi fynd"),
])
def test_a_stop_without_send_or_with_a_not_stays_a_stop(language: str, said: str) -> None:
    conversation = _at_readback(language)
    conversation.stop(said)
    assert _status(conversation.sender_id) == "stopped"
