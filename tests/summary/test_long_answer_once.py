"""A long answer is printed once, in full, with its question (stop 19's open item 3).

A 3,000-character answer was printed at full length under its outcome and again under "their answers in full"
in the PDF. An outcome longer than LONG_OUTCOME_CHARS whose answer is shown in full further down (a long span of
it, or the whole answer but for its edges) is now shown by its first words with a pointer, like a "read in full"
one; a short answer that is its own one outcome is still shown once, as that outcome. Welsh and English; the view,
Markdown and the PDF.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.types import OutcomeSpan, RiskAssessment
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import LONG_OUTCOME_CHARS, build_view, label
from tests.summary.conftest import migrated_database
from tests.summary.test_what_happened_next import pdf_text

# Fictional. Each sentence differs, so a count of the last one counts the whole answer's printings.
SENTENCES = {
    "en": [f"On day {n} of the week I like to walk to the shop on the corner and talk to whoever is there."
           for n in range(1, 30)] + ["Most of all I want to keep singing with the Bethel chapel choir on Thursdays."],
    "cy": [f"Ar ddiwrnod {n} o'r wythnos dw i'n licio cerdded i'r siop ar y gornel a siarad efo pwy bynnag sydd yna."
           for n in range(1, 30)] + ["Yn fwy na dim dw i isio dal i ganu efo côr capel Bethel ar nos Iau."],
}
LAST = {lang: words[-1] for lang, words in SENTENCES.items()}


def _answer(lang: str) -> str:
    return " ".join(SENTENCES[lang]) + "\n"  # the outcome is the answer without its last line break


def _seed(sender: str, lang: str) -> None:
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Jo")
    repository.record_consent(sender, True)
    text = _answer(lang)
    whole = text.rstrip()
    span = OutcomeSpan(whole, 0, len(whole), "maintenance", 0.6, True)
    analysis = dataclasses.replace(analyse(text), outcomes=(span,), risk=RiskAssessment("none"))
    repository.record_answer(sender, question_key="what_matters", question_text="What matters to you?", text=text,
                             whose_view="person", about="person", analysis=analysis, message_id="m1")
    short = "I want to keep my garden"
    analysis = dataclasses.replace(analyse(short), outcomes=(OutcomeSpan(short, 0, len(short), "maintenance", 0.9,
                                                                         False),), risk=RiskAssessment("none"))
    repository.record_answer(sender, question_key="keep", question_text="What would you like to keep?", text=short,
                             whose_view="person", about="person", analysis=analysis, message_id="m2")
    repository.confirm_record(sender)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("long-once-db")):
        for lang in SENTENCES:
            _seed(f"long-once-{lang}", lang)
        found = {lang: load_record(f"long-once-{lang}") for lang in SENTENCES}
    return {k: v for k, v in found.items() if v is not None}


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_a_long_answer_is_printed_once_in_full(records: dict[str, dict[str, Any]], lang: str, ui: str,
                                               tmp_path: Path) -> None:
    record = records[lang]
    (long_outcome,) = [o for o in record["outcomes"] if len(o["text"]) > LONG_OUTCOME_CHARS]
    assert len(_answer(lang)) > 2500 and not long_outcome["read_in_full"]  # a span, not the stored answer
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None
    (item,) = [i for i in section.items if i.source == "outcome" and i.id == long_outcome["id"]]
    assert item.quote.endswith("…") and len(item.quote) < 300 and label("read_in_full", ui) in item.meta
    assert sum(LAST[lang] in quote for quote in view.quotes()) == 1  # the whole answer, once, with its question
    assert "I want to keep my garden" in view.quotes()  # a short answer that is its one outcome: shown once
    assert view.quotes().count("I want to keep my garden") == 1
    pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    for name, text in (("pdf", pdf), ("md", md)):
        assert text.count(LAST[lang]) == 1, name
