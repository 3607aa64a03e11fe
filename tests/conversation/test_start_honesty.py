"""Say what it is (issue 11): the first words say it is a program, not a person, and who reads the answers, when.

People may otherwise think a worker is reading as they type. The Active Offer (before any language is
chosen) says it in both languages; the message after the choice says it again in the person's own
language and register, with who reads the answers and when.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import steering
from tests.conversation.memory import MemoryConversation, MemoryTurn


def test_the_very_first_reply_says_it_is_a_program_in_both_languages(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-honest-first", language="en")
    conversation.slots["language"] = None
    steering.route(MemoryTurn(conversation, "helo"))
    first = "\n".join(m.text for m in conversation.said)
    assert "Cynorthwyydd digidol ydw i" in first and "nid person" in first
    assert "I'm a digital assistant" in first and "not a person" in first
    # Welsh first, as the Active Offer asks.
    assert first.index("Cynorthwyydd digidol") < first.index("digital assistant")


@pytest.mark.parametrize("language,register,program,reader", [
    ("cy", "chi", "nid person", "Bydd gweithiwr o'r tîm yn darllen eich atebion chi cyn dod i'ch gweld chi"),
    ("cy", "ti", "nid person go iawn", "Bydd gweithiwr o'r tîm yn darllen dy atebion di cyn dod i dy weld di"),
    ("en", "chi", "not a person", "A worker from the team will read your answers before they come to see you"),
    ("en", "ti", "not a real person", "A worker from the team will read your answers before they come to see you"),
])
def test_after_the_language_choice_it_says_who_reads_the_answers_and_when(
        language: str, register: str, program: str, reader: str) -> None:
    said = messages.text("language_set", language, register)
    assert program in said
    assert reader in said
    assert ("nid wrth i" in said) if language == "cy" else ("not while you're typing" in said)
