"""The review of stop 44 (AX8's pause): a break asked for with a pause in the chat, at the carer's own question, is a
pause, never a change outcome of respite ("i need a break, can we finish tomorrow", "I need a break from these
questions"); a break from caring beside it is still the carer's change (tests/conversation/test_outcome_findings_stop44).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import skipped_to


def _sender(*parts: object) -> str:
    return "mem-review44-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language,text", [
    ("en", "i need a break, can we finish tomorrow"),  # the review's words
    ("en", "i need a break from this chat tbh"),  # the review's words
    ("en", "I need a break from these questions"),  # the review's words
    ("cy", "dw i angen brêc, gawn ni orffen fory"),  # written for this test
    ("cy", "dwi angen seibiant o'r cwestiynau 'ma"),
    ("cy", "fi angen hoe o hwn"),
])
def test_a_pause_asked_for_at_the_carers_question_is_no_outcome(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("pause", language, text), language, "carer", "q_carer_own")
    conversation.say(text)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert [o.text for o in conv.outcomes] == []
