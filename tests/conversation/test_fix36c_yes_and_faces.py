"""Trial 36 AM9: a bare yes to a yes/no question, and a face for an answer.

"Oes unrhyw beth yn dy boeni di?" → "ia" got "Diolch." and the next question, and the summary's Concerns said “ia”;
"😐" at "when is the best time to visit?" became the best time to visit. Now a bare yes is asked, gently and once, what
it is; a face alone is their "not sure", kept as shown, never a time or an outcome, and the questions go on.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    sender = "mem-fix36c-am9-" + hashlib.sha256("|".join(map(str, (language, role, slot, *parts))).encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role=role, name="Elin")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _answers(conversation: MemoryConversation) -> list[tuple[str, str, int]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text, len(a.outcomes)) for a in conv.answers]


BARE_YES = [("cy", "ia"), ("cy", "oes"), ("cy", "Oes braidd"), ("en", "yes"), ("en", "yep"), ("en", "yeah a bit")]


@pytest.mark.parametrize("role", ["young_person", "person"])
@pytest.mark.parametrize("language,yes", BARE_YES)
def test_a_bare_yes_to_is_anything_worrying_you_is_asked_what_it_is(sqlite_url: str, language: str, yes: str,
                                                                    role: str) -> None:
    conversation = _at(language, role, "q_worries", yes)
    conversation.say(yes)
    prompt = MemoryTurn(conversation, "").render("yes_what_is_it")
    assert conversation.text == prompt.text  # not "Diolch." and the next question; not the question again either
    assert conversation.requested == "q_worries" and not _answers(conversation)
    worry = "pres. dim syniad sut i neud budget" if language == "cy" else "money. no idea how to do a budget"
    conversation.say(worry)
    assert ("worries", worry) in [(k, t) for k, t, _ in _answers(conversation)]
    assert conversation.requested != "q_worries"


@pytest.mark.parametrize("language,yes", [("cy", "ia"), ("en", "yes")])
def test_asked_once_a_second_bare_yes_is_kept_as_said(sqlite_url: str, language: str, yes: str) -> None:
    conversation = _at(language, "person", "q_worries", "twice", yes)
    conversation.say(yes)
    conversation.say(yes)
    assert conversation.requested != "q_worries"
    assert ("worries", yes) in [(k, t) for k, t, _ in _answers(conversation)]


@pytest.mark.parametrize("language,yes", [("cy", "ia"), ("en", "yes")])
def test_a_yes_to_an_open_question_is_not_asked_what_it_is(sqlite_url: str, language: str, yes: str) -> None:
    conversation = _at(language, "person", "q_people", "open", yes)
    conversation.say(yes)
    assert MemoryTurn(conversation, "").render("yes_what_is_it").text not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("face", ["😐", "🤷", "🤷‍♀️"])
@pytest.mark.parametrize("slot", ["q_visit_time", "q_what_matters"])
def test_a_face_alone_is_not_sure_and_never_a_time_or_an_outcome(sqlite_url: str, language: str, face: str,
                                                                  slot: str) -> None:
    conversation = _at(language, "young_person", slot, face)
    conversation.say(face)
    assert MemoryTurn(conversation, "").render("ack_dont_know").text in conversation.text
    assert conversation.requested != slot
    assert (slot[2:], face, 0) in _answers(conversation)  # kept as shown, no outcome
    record = load_record(conversation.sender_id)
    assert record is not None and not record["outcomes"]
    if slot != "q_visit_time":
        return
    section = build_view(record, language).section("visit_time")
    assert section is not None
    groups = {g.key: g for g in section.groups}
    assert not groups["items"].items  # never shown as the best time, or as what matters
    assert [i.quote for g in section.groups if g.key in ("not_sure", "no_time") for i in g.items] == [face]
