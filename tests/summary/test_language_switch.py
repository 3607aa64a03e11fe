"""A carer who chose Welsh and switched to English is shown as starting in Welsh (acceptance trial, stop 19, F23).

She chose Welsh, answered in Welsh, then switched to English to spell on her phone; the summary said only
"Language the carer chose for the chat: English". Played through the conversation core (no Rasa).
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.conversation import steering
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label


def switched(sender_id: str, start: str, now: str | None) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation, MemoryTurn

    conversation = MemoryConversation(sender_id, language=start)
    repository.ensure_conversation(sender_id, channel="memory")  # as their choice at the start leaves the record
    repository.update_conversation(sender_id, language=start, preferred_language=start)
    conversation.start()
    conversation.say("ie" if start == "cy" else "yes")
    conversation.say("Dw i'n gofalu am Mam, mae hi'n 84 oed" if start == "cy" else "I look after my mum, she is 84")
    assert conversation.slots["completed_by"] == "carer"
    if now is not None:
        turn = MemoryTurn(conversation, "/choose_language", "choose_language")
        steering.choose_language(turn, [now])
        conversation.slots.update(turn.changes)
        conversation.start()  # the form asks its next question in the new language
    fillers = {"name": "Karen", "cared_for_name": "Pat", "relationship": "merch" if now == "cy" else "daughter"}
    while conversation.requested in fillers:
        conversation.say(fillers[str(conversation.requested)])
    assert conversation.requested == "q_what_matters", conversation.requested
    conversation.say("Mae hi eisiau aros adre efo'r gath" if (now or start) == "cy" else "She wants to stay home with her cat")
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("start,now", [("cy", "en"), ("en", "cy")])
def test_the_start_language_and_the_switch_are_shown(sqlite_url: str, start: str, now: str) -> None:
    record = switched(f"switch-{start}", start, now)
    assert (record["language"], record["chat_started_in"]) == (now, start)
    assert record["chat_switched_at"] == record["answers"][-1]["time"]
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("language")
        assert section is not None
        value = {f.key: f.value for f in section.facts}["language"]
        assert label("language_switched_" + start, interface).split("(")[0].strip() in value
        assert value.startswith(label("lang_" + now, interface))
        assert value in render.render_markdown(record, interface).replace("\\\\", "")


def test_no_switch_no_note(sqlite_url: str) -> None:
    record = switched("switch-none", "cy", None)
    assert record["chat_started_in"] is None
    section = build_view(record, "en").section("language")
    assert section is not None
    assert {f.key: f.value for f in section.facts}["language"] == label("lang_cy", "en")
