"""After a carer names the person, the questions use it (stop-20 trial T20): "what matters most to them?" / "how people
talk with them?" about "my wife Jean" and "my dad, Alan". English questions say "her" / "him" when who the person is
says so ("my wife Mair", "Dad", "y gŵr"), else the name given, else "them"; Welsh questions name them as given."""
from __future__ import annotations

import pytest

from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_role


@pytest.mark.parametrize("name,relationship,them", [
    ("Mair", "my wife", "her"), ("Dad", None, "him"), ("Mam", None, "her"), ("Emyr", "y gŵr", "him"),
    ("Alan", "I'm his son", "him"), ("Jean", "daughter", "Jean"), ("Alex", None, "Alex"), ("__skipped__", None, "them"),
    ("Nain", "fy nain", "her"), ("Gwilym", "fy nhad", "him"),
])
def test_who_the_questions_refer_to(name: str, relationship: str | None, them: str) -> None:
    conversation = MemoryConversation("mem-them", language="en")
    conversation.slots.update({"cared_for_name": name, "relationship": relationship, "completed_by": "carer"})
    assert MemoryTurn(conversation, "").cared_for_them == them


@pytest.mark.parametrize("language,named,asked,absent", [
    ("en", "my wife Mair", "what matters most to her", "them"),
    ("en", "Dad", "what matters most to him", "them"),
    ("cy", "fy ngŵr Dafydd", "Dechreuwn ni gyda Dafydd", "nhw"),
    ("cy", "Mam", "Dechreuwn ni gyda Mam", "nhw"),
])
def test_the_first_question_about_them_uses_what_the_carer_said(sqlite_url: str, language: str, named: str,
                                                                 asked: str, absent: str) -> None:
    dialogue = _at_role(_sender("named-in-q", language, named), language)
    dialogue.say('/choose{"choice":"carer"}', intent="choose")
    dialogue.say("Karen")
    assert dialogue.asking == "cared_for_name"
    reply = dialogue.say(named)
    while dialogue.asking in ("relationship",):
        reply = dialogue.say("/skip", intent="skip")
    assert dialogue.asking == "q_what_matters"
    question = dialogue.conversation.said[-1].text
    assert asked in question and f" {absent}?" not in question and f" {absent} " not in question, reply
