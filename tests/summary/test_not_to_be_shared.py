"""What must not be shared with whom, at the top, never an outcome to confirm (acceptance trial, stop 19, F14).

Karen wrote "please don't let mum know this came from me"; the summary showed it as Pat's process outcome "to
confirm at the visit", and the visit is with Pat. Played through the conversation core (no Rasa) in English and
Welsh; read in every format and both interface languages.
"""
from __future__ import annotations

import html
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.view import build_view, label

# Fictional carers' words: a wish for the person, then the request about where it came from.
WISH = {"en": "She wants to stay in her own home.", "cy": "Mae hi eisiau aros yn ei chartref ei hun."}
KEEP = {"en": "Just that please don't let mum know this came from me.",
        "cy": "Peidiwch â dweud wrth Mam mai fi ddwedodd hyn, plis."}


def play(sender_id: str, lang: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Karen",
                               "cared_for_name": "Pat", "relationship": "daughter"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name="Karen", cared_for_name="Pat")
    repository.record_consent(sender_id, True)
    conversation.start()
    assert conversation.requested == "q_what_matters", conversation.requested
    conversation.say(f"{WISH[lang]} {KEEP[lang]}")
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_request_to_keep_it_from_the_person_is_at_the_top_not_an_outcome(sqlite_url: str, lang: str) -> None:
    record = play(f"keep-{lang}", lang)
    (answer,) = [a for a in record["answers"] if KEEP[lang] in a["text"]]
    assert answer["sensitive_words"] == KEEP[lang]
    assert any(WISH[lang].rstrip(".") in o["text"] for o in record["outcomes"] if not o["sensitive"])
    assert [o["text"] for o in record["outcomes"] if o["sensitive"]]  # drawn as an outcome, as in the trial
    for interface in ("en", "cy"):
        view = build_view(record, interface)
        section = view.section("safeguarding")
        assert section is not None
        (group,) = [g for g in section.groups if g.key == "sensitive"]
        assert [item.quote for item in group.items] == [KEEP[lang]]
        assert group.title == label("group_sensitive", interface)
        shown = [item.quote for s in view.sections if s.key != "safeguarding" for g in s.groups
                 if g.key in ("change", "maintenance", "process") for item in g.items]
        assert shown and not any(KEEP[lang] in q or q in KEEP[lang] for q in shown), shown
        for text in (render.render_markdown(record, interface), html.unescape(render.render_html_body(record,
                                                                                                      interface))):
            assert label("group_sensitive", interface) in text and KEEP[lang] in text
    goals = [e["resource"] for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "Goal"]
    assert goals and not any(KEEP[lang] in str(g) for g in goals)
