"""People named in other answers are under Important people, in their words, with the question (trial T3).

"my neighbour Glenys pops in every day", said at "what matters", was nowhere under "Important people". The sentences
that name someone with who they are (record.people_named: "my neighbour Glenys", "fy nghymdoges Glenys", "Mr Price")
are now shown there, verbatim, with the question they answered; no relationship is guessed. Through the conversation
core, Welsh and English; the view, Markdown and the PDF, both interface languages.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
WHAT_MATTERS = {"en": "I want to stay in my own home. My neighbour Glenys pops in every day.",
                "cy": "Dw i isio aros yn fy nghartref fy hun. Mae fy nghymdoges Glenys yn galw bob dydd."}
NAMED = {"en": "My neighbour Glenys pops in every day.", "cy": "Mae fy nghymdoges Glenys yn galw bob dydd."}
PEOPLE = {"en": "My daughter Sue", "cy": "Fy merch Sue"}


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_someone_named_at_another_question_is_under_important_people(sqlite_url: str, lang: str, ui: str,
                                                                     tmp_path: Path) -> None:
    conversation = MemoryConversation(f"named-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Dilwyn"})
    conversation.start()
    while conversation.requested != "q_anything_else":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        said = {"q_what_matters": WHAT_MATTERS, "q_people": PEOPLE}.get(conversation.requested)
        if said:
            conversation.say(said[lang])
        else:
            conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    view = build_view(record, ui)
    people = view.section("people")
    assert people is not None
    assert [i.quote for i in people.items] == [PEOPLE[lang]]  # their answer, as before
    (fact,) = people.facts
    asked = next(a["question"] for a in record["answers"] if a["question_key"] == "what_matters")
    assert fact.value == NAMED[lang] and fact.verbatim and asked in fact.label  # where it was said
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    # under important people, under strengths (who helps, the strengths question left unanswered: eleventh trial AG7),
    # and whole with its own question; once more where it is also a thing to keep (span33, stop 33: a good part of
    # life told with how often, "yn galw bob dydd")
    times = 3 + sum(o["text"] == NAMED[lang] for o in record["outcomes"])
    assert md.count(NAMED[lang]) == times
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    assert pdf.count(squash(NAMED[lang])) == times
