"""A language typed as the answer to the communication question is an answer, not a command (issue 11)."""
from __future__ import annotations

import pytest

from bot.conversation import steering
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _at_communication_question(sender: str, language: str) -> MemoryConversation:
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("yndi 👍" if language == "cy" else "yeah thats fine")
    conversation.say("fi" if language == "cy" else "me")
    conversation.say("Megan")
    while conversation.requested != "q_communication":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.slots["requested_slot"] = "q_communication"  # as Rasa's form holds it
    return conversation


@pytest.mark.parametrize("language,text,preferred", [
    ("cy", "Cymraeg", "cy"), ("cy", "Welsh please", "cy"), ("en", "Welsh please", "cy"), ("en", "Cymraeg", "cy"),
    ("en", "English", "en"), ("cy", "saesneg os gwelwch yn dda", "en"),
])
def test_a_language_at_the_communication_question_is_kept_verbatim(
        sqlite_url: str, language: str, text: str, preferred: str) -> None:
    sender = f"mem-lang-answer-{language}-{abs(hash(text))}"
    conversation = _at_communication_question(sender, language)
    turn = MemoryTurn(conversation, text, intent="choose_language")
    updates = steering.language_as_answer(turn, [preferred])
    assert updates is not None and updates["q_communication"] == text
    assert turn.slot("language") == language  # the conversation stays in its language
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [(a.question_key, a.text) for a in conv.answers] == [("communication", text)]
        assert conv.preferred_language == preferred


@pytest.mark.parametrize("text", ["Cymraeg", "English please", '/choose_language{"language":"cy"}'])
def test_elsewhere_or_from_a_button_a_language_is_a_command(sqlite_url: str, text: str) -> None:
    conversation = _at_communication_question(f"mem-lang-command-{abs(hash(text))}", "en")
    conversation.slots["requested_slot"] = "q_what_matters" if not text.startswith("/") else "q_communication"
    turn = MemoryTurn(conversation, text, intent="choose_language")
    assert steering.language_as_answer(turn, ["cy"]) is None
