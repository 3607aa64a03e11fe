"""How to communicate and when to visit are read by the risk rules only (second stop-25 trial, V3).

A support worker's "Easy read letters please, or phone me (Dave) and I'll go through it with him. Not emails" was a
"please check" labelled suicide from the learned model alone: the duty team was asked to read it, he was told to call
999 if not safe, and the communication need was shown only at the top. A disclosure the rules read at these questions
is still urgent.
"""
from __future__ import annotations

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_disclosure_resume import _answers, _conversation, _skip_to

EASY_READ = {"en": "Easy read letters please, or phone me (Dave) and I'll go through it with him. Not emails",
             "cy": "Llythyrau hawdd eu darllen plis, neu ffoniwch fi (Dave) a wna i fynd drwyddyn nhw efo fo. Dim e-bost"}
DISCLOSED = {"en": "text only please, he checks my phone and he gets violent",
             "cy": "tecstio yn unig plis, mae o'n tsiecio fy ffôn a mae o'n mynd yn dreisgar"}


def _flags(sender: str) -> list[tuple[str, bool]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.please_check) for f in conv.risk_flags]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_communication_need_raises_nothing(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_communication")
    conversation.say(EASY_READ[language])
    assert _flags(conversation.sender_id) == []
    assert ("communication", EASY_READ[language]) in [(k, w) for k, w, _ in _answers(conversation.sender_id)]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_disclosure_the_rules_read_there_is_still_urgent(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_communication")
    conversation.say(DISCLOSED[language])
    assert ("urgent", False) in _flags(conversation.sender_id)
