"""The language already in use, typed as an answer to any question, is an answer (stop 20, dev_flow).

"Cymraeg" to "Sut hoffech chi gael eich cefnogi?" in a Welsh conversation was taken as the command to switch
to Welsh: "Iawn, Cymraeg" and the question again, the answer never kept. There is nothing to switch to, so it
is kept verbatim; the other language is still a switch (only the communication question takes it as an answer).
"""
from __future__ import annotations

import pytest

from bot.conversation import steering
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_start_language_answer import _at_communication_question


@pytest.mark.parametrize("language,text,chosen", [("cy", "Cymraeg", "cy"), ("en", "English", "en"),
                                                  ("cy", "yn Gymraeg plis", "cy"), ("en", "in English please", "en")])
def test_the_language_in_use_answers_the_support_question(sqlite_url: str, language: str, text: str,
                                                          chosen: str) -> None:
    sender = f"mem-flow-lang-{language}-{abs(hash(text))}"
    conversation = _at_communication_question(sender, language)
    conversation.slots["requested_slot"] = "q_support"
    turn = MemoryTurn(conversation, text, intent="choose_language")
    updates = steering.language_as_answer(turn, [chosen])
    assert updates is not None and updates["q_support"] == text
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and ("support", text) in [(a.question_key, a.text) for a in conv.answers]


@pytest.mark.parametrize("language,text,chosen", [("cy", "Saesneg", "en"), ("en", "Cymraeg", "cy")])
def test_the_other_language_at_the_support_question_is_a_switch(sqlite_url: str, language: str, text: str,
                                                                chosen: str) -> None:
    conversation = _at_communication_question(f"mem-flow-lang-switch-{language}", language)
    conversation.slots["requested_slot"] = "q_support"
    assert steering.language_as_answer(MemoryTurn(conversation, text, intent="choose_language"), [chosen]) is None
