"""Re-trial 31 AC1: the name of whom a carer looks after, put right later on, is heard (stop 32).

"o sori, Idwal ydi enw Dad dim Idris!" at the first question got "Diolch, dw i wedi nodi hynny", the summary still
said Idris, and "Jyst bod enw Dad yn Idwal, dim Idris…" at "anything else?" became something to keep. The name in use
said to be wrong beside another ("dim Idris", "not Idris") now changes the name from then on, in the record and the
summary, is acknowledged, and is never an outcome; the same logic as her own name put right ("Sioned ydw i, dim
Emrys!"). Through the conversation core, SQLite and the summary renderer; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from tests.conversation.memory import MemoryConversation, started_with_record


def _sender(*parts: object) -> str:
    return "mem-l32n-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _carer(text: str, language: str) -> MemoryConversation:
    conversation = started_with_record(_sender(text, language), language, role="carer", name="Gwen")
    conversation.slots.update({"cared_for_name": "Idris", "relationship": "Dad"})
    repository.update_conversation(conversation.sender_id, cared_for_name="Idris", relationship_to_person="Dad")
    conversation.start()  # the first question about Idris
    return conversation


def _answers(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv else []


def _outcome_texts(sender_id: str) -> list[str]:
    record = load_record(sender_id)
    assert record is not None
    return [o["text"] for o in record["outcomes"]]


def _summary_names_idwal(sender_id: str) -> None:
    record = load_record(sender_id)
    assert record is not None and record["cared_for_name"] == "Idwal"
    for ui in ("cy", "en"):
        markdown = render.md_unescape(render.render_markdown(record, ui))
        assert "“Idwal”" in markdown and "“Idris”" not in markdown


@pytest.mark.parametrize("language, text", [
    ("cy", "o sori, Idwal ydi enw Dad dim Idris! dwi'n hanner cysgu"),  # the re-trial's words
    ("cy", "sori, Idwal yw enw Dad, nid Idris"),  # south
    ("en", "sorry, Dad's name is Idwal not Idris"),
    ("en", "oops, it's Idwal not Idris, I'm half asleep"),
])
def test_his_name_put_right_alone_changes_it_and_asks_again(sqlite_url: str, language: str, text: str) -> None:
    conversation = _carer(text, language)
    assert conversation.requested == "q_what_matters"
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == "Idwal" and conversation.slots["name"] == "Gwen"
    assert messages.text("name_corrected", language, new_name="Idwal") in conversation.text
    assert messages.text("ack_2", language) not in conversation.text  # never "Diolch, dw i wedi nodi hynny"
    assert conversation.requested == "q_what_matters"  # the question again, with the right name
    assert "Idwal" in conversation.text.split(messages.text("name_corrected", language, new_name="Idwal"))[-1]
    assert not any(key == "what_matters" for key, _ in _answers(conversation.sender_id))  # no answer, no outcome
    _summary_names_idwal(conversation.sender_id)


@pytest.mark.parametrize("language, text", [
    ("cy", "Idwal dwi'n feddwl, dim Idris. Ta waeth. Mae o'n dal i fwynhau mynd i'r capel efo fi bore Sul ac mae o "
           "wrth ei fodd efo'r corau ar S4C."),  # the re-trial's words
    ("en", "Idwal I think, not Idris. Anyway. He still loves going to chapel with me on a Sunday morning and he "
           "loves the choirs on S4C."),
])
def test_his_name_put_right_before_an_answer_keeps_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = _carer(text, language)
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == "Idwal"
    assert messages.text("name_corrected", language, new_name="Idwal") in conversation.text
    assert ("what_matters", text) in _answers(conversation.sender_id)  # the answer, kept whole
    assert conversation.requested != "q_what_matters"
    _summary_names_idwal(conversation.sender_id)


@pytest.mark.parametrize("language, text", [
    ("cy", "Jyst bod enw Dad yn Idwal, dim Idris, nes i gamdeipio ar y dechra. Dyna'r cwbl, diolch"),  # the re-trial's
    ("en", "Just that Dad's name is Idwal, not Idris, I mistyped it at the start. That's all, thanks"),
])
def test_his_name_put_right_at_anything_else_is_never_an_outcome(sqlite_url: str, language: str, text: str) -> None:
    conversation = _carer(text, language)
    while conversation.requested != "q_anything_else":
        conversation.say("/skip", intent="skip")
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == "Idwal"
    assert messages.text("name_corrected", language, new_name="Idwal") in conversation.text
    assert not any("Idwal" in outcome for outcome in _outcome_texts(conversation.sender_id))
    assert not any(key == "anything_else" for key, _ in _answers(conversation.sender_id))
    _summary_names_idwal(conversation.sender_id)


@pytest.mark.parametrize("language, text", [
    ("en", "I'm Sioned, not Idris"),  # her own name: whom she looks after stays Idris
    ("cy", "Mae o'n nabod pawb, Emrys ydi o i bawb, dim Dylan"),  # a name that is not in use
    ("en", "He calls everyone Idwal, not me though"),
    ("cy", "Dim Idris sy'n poeni fi ond y tŷ"),
])
def test_words_that_only_mention_his_name_change_nothing(sqlite_url: str, language: str, text: str) -> None:
    conversation = _carer(text, language)
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == "Idris"
