"""Different views side by side (the senior practitioner's review, stop 19, item 3).

Where the person's words (as the carer passed them on) and the carer's own answer the same question, they are
shown next to each other, each with whose view it is, under that question, once: not by draft group in two places.
A carer's conversation in each language, stored through the real repository with the outcomes given (the
splitting is bot.analysis.outcomes' to test); every format and both interface languages.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database, seed_carer_views

# (question key, question as asked, words, [(span, type, whose)]) — fictional.
SCRIPTS = {
    "en": [
        ("what_matters", "What matters most to Dai at the moment?",
         "He says he wants to stay at home with the dog, but I think he needs someone to call in every morning",
         [("wants to stay at home with the dog", "maintenance", "person"),
          ("needs someone to call in every morning", "change", "carer")]),
        ("change", "What would Dai like to change?", "Getting out to the shops again",
         [("Getting out to the shops again", "change", "carer")]),
    ],
    "cy": [
        ("what_matters", "Beth sydd bwysicaf i Dai ar hyn o bryd?",
         "Mae o'n deud ei fod o isio aros adra efo'r ci, ond dw i'n meddwl bod angen rhywun i alw bob bore",
         [("isio aros adra efo'r ci", "maintenance", "person"),
          ("angen rhywun i alw bob bore", "change", "carer")]),
        ("change", "Beth hoffai Dai ei newid?", "Mynd allan i'r siopau eto",
         [("Mynd allan i'r siopau eto", "change", "carer")]),
    ],
}


def _seed(sender: str, lang: str) -> None:
    seed_carer_views(sender, lang, SCRIPTS[lang], carer="Ann", cared_for="Dai")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("views-db")):
        for lang in SCRIPTS:
            _seed(f"views-{lang}", lang)
        found = {lang: load_record(f"views-{lang}") for lang in SCRIPTS}
    return {k: v for k, v in found.items() if v is not None}


BOTH = pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])


def spans(lang: str) -> tuple[str, str]:
    found = SCRIPTS[lang][0][3]
    return found[0][0], found[1][0]


@BOTH
def test_the_view_puts_both_views_together_under_the_question(records, lang, ui):
    record = records[lang]
    assert sorted((o["whose_view"], o["reported_by"]) for o in record["outcomes"]) == [
        ("carer", None), ("carer", None), ("person", "carer")]
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None and section.groups[0].key == "views"
    assert section.groups[0].title == label("group_views", ui)
    person, carer = section.groups[0].items
    assert (person.quote, carer.quote) == spans(lang)
    assert person.question == SCRIPTS[lang][0][1] and carer.question is None  # the question once, above both
    assert person.whose_view_label == label("whose_person_reported", ui)
    assert carer.whose_view_label == label("whose_carer", ui)
    assert label("draft_type", ui, type=label("type_maintenance", ui)) in person.meta  # its group still said
    by_type = [i.quote for g in section.groups if g.key in ("change", "maintenance", "process") for i in g.items]
    assert by_type == [SCRIPTS[lang][1][3][0][0]]  # one view only: by type, as before
    for words in spans(lang):
        assert [i.quote for s in view.sections for i in s.items if i.source == "outcome"].count(words) == 1


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
def test_every_format_shows_them_next_to_each_other(records, lang, ui, tmp_path):
    record = records[lang]
    person, carer = spans(lang)
    for name, text in (("md", re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))),
                       ("web", page_text(render.render_html_body(record, ui))),
                       ("pdf", pdf_text(render.render_pdf(record, ui), tmp_path))):
        section = text[text.index(label("sec_what_matters", ui)):]
        start = section.index(label("group_views", ui))
        between = section[section.index(f"“{person}”", start):section.index(f"“{carer}”", start)]
        assert label("whose_person_reported", ui) in between, name  # whose view, beside the words
        for other in ("group_change", "group_maintenance", "group_process"):
            assert label(other, ui) not in between, (name, other)  # nothing else between the two views
        assert section.count(f"“{person}”") == 1 and section.count(f"“{carer}”") == 1, name


def test_one_view_only_keeps_the_groups_as_they_were(records):
    record = {**records["en"], "outcomes": [o for o in records["en"]["outcomes"] if o["whose_view"] == "carer"]}
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("what_matters")
        assert section is not None and "views" not in [g.key for g in section.groups]
