"""A carer's own name given in the answer to "who is talking?" (stop-20 trial T10): "It's me, Gareth, I'm filling this
in for my dad Alan…" was followed by "What name would you like me to use for you?" ("Gareth, like I said"). The name
said there is kept and thanked, and not asked again; the person cared for is still asked for when not named."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent


def _role_answer(language: str, text: str) -> tuple[Dialogue, str]:
    dialogue = _at_consent(_sender("own-name-role", language, text), language)
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"
    reply = dialogue.say(text)
    return dialogue, reply


@pytest.mark.parametrize("language,text,name,next_slot", [
    ("en", "I'm Karen, I look after my mum", "Karen", "cared_for_name"),
    ("cy", "Catrin dw i, dwi'n gofalu am Mam", "Catrin", "cared_for_name"),
    ("en", "It's me, Gareth, I'm filling this in for my dad Alan, he's got Parkinson's and he's 81. I'm his son",
     "Gareth", "q_what_matters"),
    ("cy", "Fi yw Gareth, dwi'n llenwi hwn ar ran fy nhad Alan, mae ganddo fo Parkinson's", "Gareth", "q_what_matters"),
    ("en", "hi im Sue, it's about me", "Sue", "q_what_matters"),
    ("cy", "Shwmae, Rhian dw i, fi sydd angen help", "Rhian", "q_what_matters"),
])
def test_the_name_in_the_role_answer_is_used_and_not_asked(sqlite_url: str, language: str, text: str, name: str,
                                                            next_slot: str) -> None:
    dialogue, reply = _role_answer(language, text)
    assert dialogue.slots["name"] == name
    assert messages.text("nice_to_meet", language, name=with_name_capitals(name)) in reply
    assert "name" not in dialogue.conversation.asked
    assert dialogue.asking == next_slot


@pytest.mark.parametrize("language,text", [
    ("en", "I'm filling this in for my dad"), ("cy", "Dwi'n llenwi hwn i dad"),
    ("en", "I'm Worried about my mum, I look after her"), ("cy", "Mam dw i, dwi'n gofalu am fy mab"),
])
def test_no_name_said_the_name_is_asked(sqlite_url: str, language: str, text: str) -> None:
    dialogue, _ = _role_answer(language, text)
    assert not dialogue.slots.get("name")
    assert dialogue.asking == "name"
