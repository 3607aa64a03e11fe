"""Stop 25 (issue 11): the stop-24 trial's false alarms, over a whole conversation, Welsh and English.

T3: "dwi jyst isio i bob dim stopio am chydig" gets the gentle "please check" reply (the duty team still told), not the
urgent one. Someone found on the floor who will not wake gets "call 999 now" first, as a medical emergency. T9: carer
strain said by someone about their own life is stored as their low mood; a carer's stays carer strain.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)

FOR_A_BIT = {"cy": "dwi jyst isio i bob dim stopio am chydig", "en": "I just want everything to stop for a bit"}
WONT_WAKE = {"cy": "mae mam ar y llawr a dydi hi ddim yn deffro", "en": "mam's on the floor and won't wake up"}
CANT_GO_ON = {"cy": "fedra i ddim neud hyn ddim mwy", "en": "I can't cope with all of this anymore"}


def _conversation(language: str, role: str = "person") -> MemoryConversation:
    return started(f"alarms-stop25-{language}-{role}-{next(_senders)}", language, role=role, name="Sam")


def _text(conversation: MemoryConversation, key: str, **values: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi", **values)


def _flags(sender: str) -> list[tuple[str, bool, str, str]]:
    """(level, please check, categories, words) of every flag, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.please_check, f.categories, f.text) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_everything_to_stop_for_a_bit_gets_the_gentle_reply(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    asked = conversation.requested
    conversation.say(FOR_A_BIT[language])
    assert _text(conversation, "urgent", helplines="").splitlines()[0] not in conversation.text
    assert _text(conversation, "safety_check") not in conversation.text  # no "are you safe?" pause
    assert "999" in conversation.text  # the gentle reply still says it
    assert conversation.requested not in (None, asked)  # the questions carry on
    ((level, unsure, categories, words),) = _flags(conversation.sender_id)
    assert (level, unsure, words) == ("concern", True, FOR_A_BIT[language])  # the duty team reads it; byte for byte
    assert "suicide" in categories


@pytest.mark.parametrize("language", ["cy", "en"])
def test_someone_who_will_not_wake_gets_call_999_now_first(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    conversation.say(WONT_WAKE[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))
    ((level, unsure, categories, words),) = _flags(conversation.sender_id)
    assert (level, unsure, words) == ("urgent", False, WONT_WAKE[language])
    assert "medical_emergency" in categories and "suicide" not in categories and "neglect" not in categories


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("role, label", [("person", "low_mood"), ("carer", "carer_strain")])
def test_strain_is_labelled_for_who_is_speaking(sqlite_url: str, language: str, role: str, label: str) -> None:
    conversation = _conversation(language, role)
    conversation.say(CANT_GO_ON[language])
    ((level, _, categories, _),) = _flags(conversation.sender_id)
    assert level == "concern" and categories.split(",") == [label]
