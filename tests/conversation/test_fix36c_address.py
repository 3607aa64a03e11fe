"""Trial 36 AM10: the form of address asked for is what the assistant uses, and speaking clearly is a need kept.

"Megan Evans yw fy enw. Mrs Evans, os gwelwch yn dda." got "Diolch, Megan Evans."; "Siarad yn araf ac yn glir, a'm
galw'n Mrs Evans." got "Bydda i'n defnyddio geiriau symlach…" and the name stayed.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.about_you import name_in
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record


def _at(language: str, slot: str, *parts: object) -> MemoryConversation:
    sender = "mem-fix36c-am10-" + hashlib.sha256("|".join(map(str, (language, slot, *parts))).encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Megan Evans")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("text", ["Megan Evans yw fy enw. Mrs Evans, os gwelwch yn dda.", "Megan Evans. Mrs Evans please",
                                  "call me Mrs Evans", "galwch fi'n Mrs Evans", "Dai Jones. Mr Jones plis."])
def test_the_title_asked_for_is_the_name_used(text: str) -> None:
    assert name_in(text, own=True) in ("Mrs Evans", "Mr Jones")


@pytest.mark.parametrize("language,text", [
    ("cy", "Siarad yn araf ac yn glir, a'm galw'n Mrs Evans."),
    ("en", "Speak slowly and clearly, and please call me Mrs Evans."),
])
def test_asked_inside_an_answer_the_name_changes_and_the_need_is_kept(sqlite_url: str, language: str,
                                                                       text: str) -> None:
    conversation = _at(language, "q_communication", text)
    conversation.say(text)
    turn = MemoryTurn(conversation, "")
    assert turn.display_name == "Mrs Evans"
    assert turn.render("visit_need_noted").text in conversation.text
    assert turn.render("simpler_words_noted").text not in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None and record["name"] == "Mrs Evans"
    assert text in [a["text"] for a in record["answers"]]
