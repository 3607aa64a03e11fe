"""How to communicate and when to visit: shown once, in their own section (stop 20's closing note).

The answer to "what makes talking easier?" and to "when is the best time to visit?" was listed whole in its own
section and its outcomes again under "How they want to be supported": "Any morning except Friday" printed twice.
Now only in the own section, in every format (the view, Markdown, the PDF) and both interface languages; the JSON
record keeps the outcomes (and FHIR its Goals). Through the conversation core, Welsh and English.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from bot.summary import render
from bot.summary.view import build_view
from tests.conversation.memory import person_record_after
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
WHAT_MATTERS = {"en": "I want to keep going to the Legion on a Friday with the boys.",
                "cy": "Dw i isio dal i fynd i'r Lleng bob dydd Gwener efo'r hogia."}
COMMUNICATION = {"en": "Phone me on the landline, I dont do texts. Speak up, Im a bit mutt and jeff.",
                 "cy": "Ffoniwch y tŷ, dwi ddim yn gwneud tecsts. Siaradwch yn uchel, dwi'n drwm fy nghlyw."}
VISIT_TIME = {"en": "Any morning except Friday, thats Legion day.",
              "cy": "Unrhyw fore heblaw dydd Gwener, diwrnod y Lleng ydi hwnnw."}


def _conversation(language: str) -> dict[str, Any]:
    said = {"q_what_matters": WHAT_MATTERS[language], "q_communication": COMMUNICATION[language],
            "q_visit_time": VISIT_TIME[language]}
    return person_record_after(f"own-section-{language}-{next(_senders)}", language, "Dilwyn", said)


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_how_to_talk_and_when_to_visit_are_shown_once_in_their_own_section(sqlite_url: str, lang: str, ui: str,
                                                                            tmp_path: Path) -> None:
    record = _conversation(lang)
    own = {a["id"]: a["question_key"] for a in record["answers"]
           if a["question_key"] in ("communication", "visit_time")}
    assert sorted(own.values()) == ["communication", "visit_time"]
    kept = [o for o in record["outcomes"] if o["answer_id"] in own]
    assert kept  # what the test rests on: the JSON record keeps their outcomes
    view = build_view(record, ui)
    what_matters = view.section("what_matters")
    assert what_matters is not None
    shown = [i for i in what_matters.items if i.source == "outcome"]
    assert shown and not [i for i in shown if i.id in {o["id"] for o in kept}]  # not again as outcomes
    for key, words in (("communication", COMMUNICATION), ("visit_time", VISIT_TIME)):
        section = view.section(key)
        assert section is not None and [i.quote for i in section.items] == [words[lang]]
    for outcome in kept:  # each outcome's words once in the view: inside its own section's answer
        assert sum(outcome["text"] in quote for quote in view.quotes()) == 1, outcome["text"]
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    for said in (COMMUNICATION[lang], VISIT_TIME[lang]):
        assert md.count(said) == 1
        assert pdf.count(squash(said)) == 1
    assert md.count(WHAT_MATTERS[lang]) >= 1  # an outcome from another question is still shown
