"""A message held while the action server is away (channels.resilience) never repeats the whole urgent text
(stop 24, issue 11): a later message of the same thread gets the short "added" line ("call 999 now" first when the
harm is happening now), a later disclosure the short follow-up, and the replay of a held disclosure gives no urgent
text again. Through the conversation core and the resilience layer's own held-message reading, Welsh and English.
The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.safety import respond_to_urgent
from bot.storage import repository
from channels.resilience import HeldTurn, _read_for_risk
from tests.conversation.memory import MemoryConversation, MemoryTurn, started
from tests.conversation.test_safe_one_alert_stop23 import ABUSE, AGAIN
from tests.conversation.test_safe_one_alert_stop23 import NOW as HARM_NOW

_senders = itertools.count(1)

def _adult(language: str) -> MemoryConversation:
    return started(f"held24-{language}-{next(_senders)}", language, role="person", name="Sam")


def _held(conversation: MemoryConversation, text: str, message_id: str) -> str:
    turn = HeldTurn(conversation.sender_id, "rest", message_id, text, dict(conversation.slots))
    return "\n".join(str(r["text"]) for r in _read_for_risk(turn))


def _opening(key: str, language: str) -> str:
    return messages.text(key, language, "chi", helplines="").splitlines()[0]


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("later", ["again", "now"])
def test_a_held_message_of_the_same_thread_gets_no_urgent_text_again(sqlite_url: str, language: str,
                                                                       later: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    assert _opening("urgent", language) in conversation.text
    said = _held(conversation, (AGAIN if later == "again" else HARM_NOW)[language], "held-1")
    assert _opening("urgent", language) not in said and _opening("urgent_again", language) not in said
    assert said.endswith(messages.text("urgent_added", language, "chi"))
    assert said.startswith(messages.text("urgent_now", language, "chi")) == (later == "now")
    assert repository.joined_flag(conversation.sender_id, "held-1")  # with its thread's alert, verbatim


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_held_first_disclosure_replayed_gets_no_urgent_text_again(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    said = _held(conversation, ABUSE[language], "held-2")
    assert _opening("urgent", language) in said  # help at once, while the action server is away
    replay = MemoryTurn(conversation, ABUSE[language], message_id="held-2")
    respond_to_urgent(replay, conversation.requested)
    replayed = "\n".join(m.text for m in conversation.said[-3:])
    assert _opening("urgent", language) not in replayed
    assert replayed.endswith(messages.text("safety_check", language, "chi"))  # the pause, as after any disclosure
    assert repository.safe_check(conversation.sender_id)[0] == "open"
