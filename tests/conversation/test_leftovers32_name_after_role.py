"""Their own name in a later sentence of the answer to "who is talking?" (stop 32).

"Dwi'n edrych ar ôl Mam. Sioned dw i" in one message at the role question: the name was not read (only the first
sentence was looked at), so she was asked her name straight after giving it. Each sentence of the answer may give it
now, in the same forms as the first ("Sioned dw i", "I'm Sioned", "Sioned here"); never the name of whom she looks
after, nor a relationship. Through the conversation core and SQLite, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_flow_own_name_in_role import _role_answer


@pytest.mark.parametrize("language, text", [
    ("cy", "Dwi'n edrych ar ôl Mam. Sioned dw i"),  # the finding's words
    ("cy", "Dw i'n gofalu am Mam! Sioned ydw i."),
    ("cy", "dwi'n edrych ar ol mam\nSioned dw i"),
    ("en", "I look after Mum. I'm Sioned"),
    ("en", "I look after my mum. Sioned here"),
])
def test_her_name_in_a_later_sentence_is_used_and_not_asked(sqlite_url: str, language: str, text: str) -> None:
    dialogue, reply = _role_answer(language, text)
    assert dialogue.slots["role"] == "carer"
    assert dialogue.slots["name"] == "Sioned"
    assert dialogue.slots.get("cared_for_name") != "Sioned"
    assert messages.text("nice_to_meet", language, name="Sioned") in reply
    assert "name" not in dialogue.conversation.asked  # never asked again
    with session_scope() as s:
        conv = repository.get_conversation(s, dialogue.sender)
        assert conv is not None and conv.display_name == "Sioned"


@pytest.mark.parametrize("language, text", [
    ("cy", "Dwi'n edrych ar ôl Mam. Mam dw i hefyd i dri o blant"),
    ("en", "I look after my mum. I'm Worried about her"),
])
def test_no_name_in_the_later_sentence_the_name_is_asked(sqlite_url: str, language: str, text: str) -> None:
    dialogue, _ = _role_answer(language, text)
    assert not dialogue.slots.get("name")
    assert dialogue.asking == "name"


@pytest.mark.parametrize("language, role_answer, cared_for, name, relation", [
    # The stop-32 smoke: with her own name read from the role answer, "Mair ydi enw Mam" answers "who do you look
    # after?", and "A sut dych chi'n adnabod Mair?" was asked although she had said "Mam" twice.
    ("cy", "Dwi'n edrych ar ôl Mam. Sioned dw i", "Mair ydi enw Mam", "Mair", "Mam"),
    ("en", "I look after Mum. I'm Sioned", "Mum's name is Mair", "Mair", "Mum"),
])
def test_who_they_are_named_by_kin_is_not_asked_again(sqlite_url: str, language: str, role_answer: str,
                                                      cared_for: str, name: str, relation: str) -> None:
    dialogue, _ = _role_answer(language, role_answer)
    assert dialogue.asking == "cared_for_name"
    dialogue.say(cared_for)
    assert dialogue.slots["cared_for_name"] == name
    assert dialogue.slots["relationship"] == relation
    assert dialogue.asking != "relationship" and "relationship" not in dialogue.conversation.asked
