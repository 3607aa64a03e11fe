""""Are you safe right now?" quoted in the register it was asked in (acceptance trial, stop 19, F28).

A 15-year-old on Telegram was asked "Wyt ti'n ddiogel ar hyn o bryd?"; his summary quoted the check as
"Ydych chi'n ddiogel ar hyn o bryd?", a question nobody put to him. Played through the conversation core (no
Rasa), in "ti" and in "chi", and read in every format in Welsh (English has one form).
"""
from __future__ import annotations

import html
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view

# Fictional words of a young person and of an adult, in Welsh.
DISCLOSURE = {"ti": "Dw i di bod yn meddwl am ladd fy hun", "chi": "Dw i wedi bod yn meddwl am ladd fy hun"}
REPLY = {"ti": "dunno rili, dw i yn fy stafell", "chi": "ddim rili, dw i ar ben fy hun"}
TI, CHI = "Wyt ti'n ddiogel ar hyn o bryd?", "Ydych chi'n ddiogel ar hyn o bryd?"


def play(sender_id: str, register: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    role = "young_person" if register == "ti" else "person"
    conversation = MemoryConversation(sender_id, language="cy")
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role, "name": "Cai",
                               "register": register})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language="cy", preferred_language="cy", register=register,
                                   completed_by=role, display_name="Cai")
    repository.record_consent(sender_id, True)
    conversation.start()
    for words in ["Mynd i'r pêl-droed efo fy ffrindiau", DISCLOSURE[register], REPLY[register], "parhau"]:
        assert conversation.requested is not None, words
        conversation.say(words)
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("register,asked,not_asked", [("ti", TI, CHI), ("chi", CHI, TI)])
def test_the_safe_check_is_quoted_as_asked(sqlite_url: str, register: str, asked: str, not_asked: str) -> None:
    record = play(f"register-{register}", register)
    assert record["register"] == register
    assert [a["text"] for a in record["answers"] if a["question_key"] == "safety_check"][:1] == [REPLY[register]]
    view = build_view(record, "cy")
    section = view.section("safeguarding")
    assert section is not None
    (urgent,) = [g for g in section.groups if g.key == "urgent"]
    labels = [f.label for item in urgent.items for f in item.follow_up if f.key == "safe_check_reply"]
    assert labels and all(asked in label and not_asked not in label for label in labels), labels
    for text in (render.render_markdown(record, "cy"), html.unescape(render.render_html_body(record, "cy"))):
        assert asked in text.replace("’", "'") and not_asked not in text.replace("’", "'")
    english = render.render_markdown(record, "en")
    assert "Are you safe right now?" in english
