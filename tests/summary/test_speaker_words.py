"""The carer's opening words are the carer's (acceptance trial, stop 19, F26).

"I'm her daughter, I look after my mum, she has dementia", typed at "who is talking?", is kept as written before
anyone knows who is talking; the summary showed it (in Concerns) as "The person's view". Played through the
conversation core (no Rasa), in English and Welsh; the record and every interface language read.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.storage import db, repository
from bot.summary import load_record, render
from bot.summary.view import label

OPENING = {"en": "I'm her daughter, I look after my mum, she has dementia",
           "cy": "Dw i'n gofalu am dad, mae o'n 84 ac yn syrthio o hyd"}


def opening(sender_id: str, lang: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.start()
    conversation.say("yes" if lang == "en" else "ie")
    assert conversation.requested == "role"
    conversation.say(OPENING[lang])
    assert conversation.slots["completed_by"] == "carer"
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_carers_words_at_who_is_talking_are_the_carers_view(sqlite_url: str, lang: str) -> None:
    record = opening(f"opening-{lang}", lang)
    (said,) = [a for a in record["answers"] if a["text"] == OPENING[lang]]
    assert (said["question_key"], said["whose_view"]) == ("role", "carer")
    with db.session_scope() as s:  # what the test rests on: stored before anyone knew who was talking
        conv = repository.get_conversation(s, f"opening-{lang}")
        assert conv is not None
        assert [a.whose_view for a in conv.answers if a.question_key == "role"] == ["person"]
    for interface in ("en", "cy"):
        text = render.render_markdown(record, interface)
        assert OPENING[lang] in text.replace("’", "'")
        assert label("whose_person", interface) not in text, interface
