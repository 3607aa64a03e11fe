"""A young person who looks after someone is shown as a young carer, from his own words (acceptance trial F32).

"dwi'n sbio ar ol mam 😅 dwi'n 15" was recorded only as "Person ifanc"; a young carer is entitled to a young
carer's needs assessment. Played through the conversation core (no Rasa) in Welsh and English.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view, label

OPENING = {"cy": "dwi'n sbio ar ol mam 😅 dwi'n 15", "en": "I look after my mum, I'm 15"}
JUST_YOUNG = {"cy": "Dw i'n 15 oed", "en": "I'm 15"}


def opening(sender_id: str, lang: str, words: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.start()
    conversation.say("yes" if lang == "en" else "ie")
    assert conversation.requested == "role"
    conversation.say(words)
    assert conversation.slots["completed_by"] == "young_person"
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_young_person_who_looks_after_someone_is_a_young_carer(sqlite_url: str, lang: str) -> None:
    record = opening(f"young-carer-{lang}", lang, OPENING[lang])
    (said,) = [a for a in record["answers"] if a["question_key"] == "role"]
    assert said["text"] == OPENING[lang] and record["young_carer_answer_id"] == said["id"]
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        facts = {f.key: f.value for f in about.facts}
        assert facts["completed_by"] == label("completed_young_carer", interface)
        assert facts["role_answer"] == OPENING[lang]
        assert [n.key for n in about.notices if n.key == "young_carer"] == ["young_carer"]
        assert label("young_carer_notice", interface) in render.render_markdown(record, interface).replace("’", "'")


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_an_age_alone_is_no_young_carer(sqlite_url: str, lang: str) -> None:
    record = opening(f"young-{lang}", lang, JUST_YOUNG[lang])
    assert record["young_carer_answer_id"] is None
    about = build_view(record, lang).section("about")
    assert about is not None
    assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_person", lang)
    assert not [n for n in about.notices if n.key == "young_carer"]
