"""The same wish said more than once is shown once (the senior practitioner's review, stop 19, item 4).

Exactly the same words, the same view, at several questions: one quote where it was first said, with "Also said
in answer to: …" naming the other questions. Words that differ at all stay separate quotes; the JSON record keeps
every outcome. Both languages, every format.
"""
from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.types import OutcomeSpan, RiskAssessment
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database

WISH = {"en": "I want to stay in my own home", "cy": "Dw i isio aros yn fy nghartref fy hun"}
NEAR = {"en": "I want to stay in my own home!", "cy": "Dw i isio aros yn fy nghartref fy hun!"}  # not the same words
SCRIPTS = {
    "en": [("what_matters", "What matters to you?", WISH["en"], [(WISH["en"], "maintenance")]),
           ("keep", "What would you like to keep as it is?", WISH["en"], [(WISH["en"], "maintenance")]),
           ("change", "What would you like to change?", f"{WISH['en']} and get a cleaner",
            [(WISH["en"], "maintenance"), ("get a cleaner", "change")]),
           ("anything_else", "Anything else?", NEAR["en"], [(NEAR["en"], "maintenance")])],
    "cy": [("what_matters", "Beth sy'n bwysig i chi?", WISH["cy"], [(WISH["cy"], "maintenance")]),
           ("keep", "Beth hoffech chi ei gadw fel y mae?", WISH["cy"], [(WISH["cy"], "maintenance")]),
           ("change", "Beth hoffech chi ei newid?", f"{WISH['cy']} a chael rhywun i lanhau",
            [(WISH["cy"], "maintenance"), ("chael rhywun i lanhau", "change")]),
           ("anything_else", "Unrhyw beth arall?", NEAR["cy"], [(NEAR["cy"], "maintenance")])],
}


def _seed(sender: str, lang: str) -> None:
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Megan")
    repository.record_consent(sender, True)
    for n, (key, question, text, found) in enumerate(SCRIPTS[lang]):
        spans = tuple(OutcomeSpan(w, text.index(w), text.index(w) + len(w), t, 0.9, False) for w, t in found)
        analysis = dataclasses.replace(analyse(text), outcomes=spans, risk=RiskAssessment("none"))
        repository.record_answer(sender, question_key=key, question_text=question, text=text, whose_view="person",
                                 about="person", analysis=analysis, message_id=f"m{n}")
    repository.confirm_record(sender)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("said-once-db")):
        for lang in SCRIPTS:
            _seed(f"once-{lang}", lang)
        found = {lang: load_record(f"once-{lang}") for lang in SCRIPTS}
    return {k: v for k, v in found.items() if v is not None}


BOTH = pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])


def also(lang: str, ui: str) -> str:
    return label("also_said", ui, questions="; ".join(f"“{SCRIPTS[lang][n][1]}”" for n in (1, 2)))


@BOTH
def test_the_view_shows_it_once_and_says_where_else(records, lang, ui):
    record = records[lang]
    assert [o["text"] for o in record["outcomes"]].count(WISH[lang]) == 3  # the record keeps every one
    view = build_view(record, ui)
    outcomes = [i for s in view.sections for i in s.items if i.source == "outcome"]
    (once,) = [i for i in outcomes if i.quote == WISH[lang]]
    assert also(lang, ui) in once.meta
    assert [i.quote for i in outcomes].count(NEAR[lang]) == 1 and not any(  # other words: their own quote
        m.startswith(label("also_said", ui, questions="")) for i in outcomes if i.quote == NEAR[lang] for m in i.meta)


def page_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@BOTH
def test_every_format(records, lang, ui, tmp_path):
    record = records[lang]
    for name, text in (("md", re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))),
                       ("web", page_text(render.render_html_body(record, ui))),
                       ("pdf", pdf_text(render.render_pdf(record, ui), tmp_path))):
        assert text.count(f"“{WISH[lang]}”") == 1, name
        assert re.sub(r"\s+", " ", also(lang, ui)) in text, name
