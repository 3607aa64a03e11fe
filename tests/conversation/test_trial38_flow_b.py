"""Trial 38 (stop 38), the flow, role and language findings: the trial's messages as fixtures, with close variants and a
twin in the other language, through the conversation core with SQLite (and the summary where it shows them).

AR2: "fi. dwi'n 17, newydd adael gofal…" (a care leaver) was summarised as a young carer entitled to a young carer's
needs assessment; leaving care, being in care or in foster care is being cared for, never caring for someone.
"""
from __future__ import annotations

import pytest

from bot.conversation.about_you import role_from_text, says_they_care_for_someone
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation

# --- AR2: a care leaver is a young person, no young carer ----------------------------------------------------------

IN_CARE = [
    ("cy", "fi. dwi'n 17, newydd adael gofal, gen i fflat yn bangor rwan"),
    ("en", "me. I'm 17, just left care, got a flat in Bangor now"),
    ("cy", "fi, dwi'n 16 a dwi mewn gofal maeth"),
    ("en", "me (16), I'm in foster care"),
    ("en", "me, 17, care leaver"),
    ("cy", "fi. 17. dwi'n byw efo gofalwyr maeth"),
]


@pytest.mark.parametrize("language, text", IN_CARE)
def test_a_care_leaver_is_a_young_person_and_no_young_carer(sqlite_url: str, language: str, text: str) -> None:
    sender = f"tfix38b-ar2-{language}-{IN_CARE.index((language, text))}"
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("ie" if language == "cy" else "yes")
    assert conversation.requested == "role"
    conversation.say(text)
    assert conversation.slots["completed_by"] == "young_person"
    record = load_record(sender)
    assert record is not None
    assert record["young_carer_answer_id"] is None
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_person", interface)
        assert not [n for n in about.notices if n.key == "young_carer"]
        assert label("completed_young_carer", interface) not in render.render_markdown(record, interface)


@pytest.mark.parametrize("text, role, caring", [
    ("dwi'n 17, newydd adael gofal", "young_person", False),
    ("I live with my foster carers", "young_person", False),
    ("I was in care till last year", "young_person", False),
    ("dwi'n gofalu am mam", "carer", True),  # caring, as before
    ("I look after my mum", "carer", True),
    ("I'm his foster carer", "carer", True),  # an adult who fosters is a carer
    ("dw i'n ofalwr maeth iddo fo", "carer", True),
])
def test_in_care_is_not_caring(text: str, role: str, caring: bool) -> None:
    assert role_from_text(text) == role
    assert says_they_care_for_someone(text) is caring
