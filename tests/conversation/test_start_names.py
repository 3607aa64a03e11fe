"""Names at the start (issue 11): the name in "Dad. Gwilym ydi enw fo", and a name is never off-topic."""
from __future__ import annotations

import pytest

from bot.conversation import about_you
from bot.conversation.about_you import name_in
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


@pytest.mark.parametrize("text,name", [
    ("Dad. Gwilym ydi enw fo", "Gwilym"), ("Dad. Tecwyn ydi o", "Tecwyn"), ("enw fo ydi gwilym", "gwilym"),
    ("Mam. Enw hi ydi Gaynor", "Gaynor"), ("Tom Jones ydi o", "Tom Jones"),
    ("Dad, Gwilym", "Gwilym"), ("his name's Tom", "Tom"), ("she's called Ann", "Ann"),
    ("my name is jo and hes 80", "jo"),
])
def test_the_name_in_a_sentence(text: str, name: str) -> None:
    found = name_in(text)
    assert found == name and found in text  # always the words as typed


@pytest.mark.parametrize("text", ["Gwilym", "lows", "Mair Jenkins"])  # "mam (Gaynor)" is Gaynor (start4)
def test_a_name_alone_is_the_whole_answer(text: str) -> None:
    assert name_in(text) == text


@pytest.mark.parametrize("text,name", [
    ("Mrs Mair Jenkins. Mair yn iawn", "Mair"), ("Gwil. pawb yn deud Gwil", "Gwil"), ("Ann, y wraig", "Ann"),
    ("Joan (Mum)", "Joan"), ("Margaret, please. Not Maggie.", "Margaret"),
])
def test_an_extra_clause_is_never_part_of_the_name(text: str, name: str) -> None:
    assert name_in(text) == name


def _carer_at_cared_for_name(sender: str, language: str) -> MemoryConversation:
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yep")
    conversation.say("dwi'n edrach ar ôl dad" if language == "cy" else "I look after my nan")
    conversation.say("Eirian")
    assert conversation.requested == "cared_for_name"
    return conversation


@pytest.mark.parametrize("language,text,name,relationship", [
    ("cy", "Dad. Gwilym ydi enw fo", "Gwilym", "merch fo dwi"),
    ("en", "Nan. Her name's Dilys", "Dilys", "granddaughter"),
])
def test_an_off_topic_looking_name_answers_the_question(
        sqlite_url: str, language: str, text: str, name: str, relationship: str) -> None:
    """What DIET took for off-topic is the name; the relationship that follows is not the name."""
    sender = f"mem-names-{language}"
    conversation = _carer_at_cared_for_name(sender, language)
    conversation.slots["requested_slot"] = "cared_for_name"  # as Rasa's form holds it
    turn = MemoryTurn(conversation, text, intent="out_of_scope")
    updates = about_you.off_topic_answer(turn)
    assert updates is not None
    assert updates["cared_for_name"] == name
    conversation.slots.update(updates)
    if "relationship" in updates:  # "Dad. Gwilym ydi enw fo": the relationship came with the name
        relationship = updates["relationship"]
    else:
        conversation.requested = "relationship"
        conversation.say(relationship)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert (conv.cared_for_name, conv.relationship_to_person) == (name, relationship)


def test_off_topic_outside_the_start_is_still_off_topic(sqlite_url: str) -> None:
    conversation = _carer_at_cared_for_name("mem-names-later", "en")
    conversation.slots["requested_slot"] = "q_what_matters"
    assert about_you.off_topic_answer(MemoryTurn(conversation, "what's the weather like", "out_of_scope")) is None
