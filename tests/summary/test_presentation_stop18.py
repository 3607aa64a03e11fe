"""What a senior practitioner asked of the stop-18 trial summaries, in every format and both languages.

1. No confidence numbers beside people's words ("Not Sundays, that's Susan's day · confidence 0%"; in
   Welsh "Barn y person ifanc · … hyder 8%" read as the young person's self-confidence): the web page,
   PDF and Markdown show only "To confirm at the visit" for an unsure draft; the JSON keeps the number.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.summary import render
from bot.summary.view import build_view, label
from tests.summary.test_long_concern import page_text

UIS = ("cy", "en")
# what the old labels printed: "confidence 87%", "hyder 8%" (any number beside a percent sign)
A_NUMBER_AS_PERCENT = re.compile(r"\d\s*%")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")


def every_format(record: dict[str, Any], ui: str, tmp_path: Path) -> dict[str, str]:
    from bot.web.pages import environment, render_summary_body  # the practitioners' page itself

    return {
        "markdown": render.md_unescape(render.render_markdown(record, ui)),
        "html": page_text(render.render_html_body(record, ui)),
        "page": page_text(str(render_summary_body(environment(), record, ui, "csrf"))),
        "pdf": pdf_text(render.render_pdf(record, ui), tmp_path),
    }


@pytest.fixture(params=["welsh", "english"])
def unsure_record(request, seeded_records) -> dict[str, Any]:
    """A seeded record whose first outcome is an unsure model draft (confidence 4%, as in the trial)."""
    record = json.loads(json.dumps(seeded_records[request.param]))
    first = next(o for o in record["outcomes"] if not o.get("safeguarding"))
    first.update(confidence=0.04, to_confirm=True, type_set_by="model")
    for other in record["outcomes"]:
        if other is not first:
            other.update(confidence=0.0)  # "confidence 0%" in the trial
    return record


@pytest.mark.parametrize("ui", UIS)
def test_no_confidence_number_beside_anyones_words_in_any_format(unsure_record, ui, tmp_path):
    assert not any(A_NUMBER_AS_PERCENT.search(a["text"]) for a in unsure_record["answers"])  # the words have none
    for name, text in every_format(unsure_record, ui, tmp_path).items():
        assert not A_NUMBER_AS_PERCENT.search(text), (name, A_NUMBER_AS_PERCENT.search(text))
        assert not re.search(r"\b(confidence|hyder)\b", text, re.IGNORECASE), name
        assert label("to_confirm", ui) in text, name  # the unsure item still says so


@pytest.mark.parametrize("ui", UIS)
def test_the_unsure_draft_keeps_its_to_confirm_mark_and_the_json_keeps_the_number(unsure_record, ui):
    view = build_view(unsure_record, ui)
    items = [i for s in view.sections for g in s.groups for i in g.items if i.source == "outcome"]
    unsure = [i for i in items if i.to_confirm]
    assert unsure and all(label("to_confirm", ui) in i.meta for i in unsure)
    assert not any(A_NUMBER_AS_PERCENT.search(m) for i in items for m in i.meta)
    assert json.loads(json.dumps(unsure_record, ensure_ascii=False))["outcomes"][0]["confidence"] in (0.04, 0.0)
