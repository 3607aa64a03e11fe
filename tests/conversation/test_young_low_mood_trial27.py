"""Stop-27 trial X13: a 15-year-old in foster care wrote "sometimes i dont see the point of anything" and got only "I've
noted it", while a 12-year-old's idiom, misread as urgent, got Childline. A young person's first low mood now gets the
word for it and the lines made for young people (Childline, Meic), as a concern: no alert, no 999. An adult's does not
(their low mood is heard as before). Through the conversation core, Welsh and English; the words are fictional."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import started

_senders = itertools.count(1)
LOW = {"en": "sometimes i dont see the point of anything", "cy": "weithia dwi ddim yn gweld pwynt unrhyw beth"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_young_persons_low_mood_gets_lines_to_talk_to(sqlite_url: str, language: str) -> None:
    conversation = started(f"young-low-{next(_senders)}", language, role="young_person", name="Kay")
    while conversation.requested != "q_worries":  # where Kayden said it
        conversation.say("/skip", intent="skip")
    conversation.said.clear()
    conversation.say(LOW[language])
    said = conversation.text
    assert "Meic" in said and "Childline" in said
    assert "999" not in said
    assert not repository.is_urgent(conversation.sender_id)
    assert messages.text("ack_heavy", language, "ti").split(".")[0] in said


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_adults_low_mood_is_heard_without_young_lines(sqlite_url: str, language: str) -> None:
    conversation = started(f"adult-low-{next(_senders)}", language, role="person", name="Sam")
    while conversation.requested != "q_worries":
        conversation.say("/skip", intent="skip")
    conversation.said.clear()
    conversation.say(LOW[language])
    said = conversation.text
    assert "Meic" not in said and "Childline" not in said
    assert not repository.is_urgent(conversation.sender_id)
