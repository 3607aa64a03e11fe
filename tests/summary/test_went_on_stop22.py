"""After a disclosure, questions that went on without a choice are labelled honestly (stop-21 trial U47, stop-22 V28).

After two plain replies at "are you safe right now?" ("ia dwi'n iawn, ma fo'n cysgu rwan. plis paid deud wrth mam") the
questions go on though nobody chose "carry on", and the summary said "Chose to carry on (in their reply)". The pause
now keeps the step "went_on" (repository.PAUSE_STEPS; bot.conversation.pause writes it, the safety-path helper's) and
the summary says "The questions went on after replies that were not a choice (they did not choose to carry on)", in
both languages, every format; the JSON (valid against the served schema) and FHIR keep the code.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import EXT_PAUSE_STEP
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.summary.test_what_happened_next import WORDS, after, pdf_text, play, top_of


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_questions_went_on_is_no_choice_to_carry_on(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    w = WORDS[lang]
    sender = f"went-on-{lang}"
    play(sender, lang, [w["q_what_matters"], w["disclosure"]])
    repository.note_pause_step(sender, "went_on", "m-went-on")  # as the pause keeps it after two plain replies
    record = load_record(sender)
    assert record is not None
    (next_steps,) = after(record)
    assert next_steps["choice"] == "went_on" and next_steps["steps"][-1]["step"] == "went_on"
    jsonschema.validate(json.loads(json.dumps(record, ensure_ascii=False)), SUMMARY_SCHEMA)
    for ui in ("cy", "en"):
        (disclosure,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        choices = [f.value for f in disclosure.follow_up if f.key == "safe_check_choice"]
        assert choices and choices[-1].startswith(label("choice_went_on", ui))
        assert not any(c.startswith(label("choice_carry_on", ui)) for c in choices)
        md = render.md_unescape(render.render_markdown(record, ui))
        top, _ = top_of(md[md.index(label("prepared", ui)):], ui)
        assert label("choice_went_on", ui) in " ".join(top.split())
        pdf = " ".join(pdf_text(render.render_pdf(record, ui), tmp_path).split())
        assert label("choice_went_on", ui)[:40] in pdf
    out = io.BytesIO()
    render.write(record, "fhir", out)
    codes = [x.get("valueCode") for e in json.loads(out.getvalue())["entry"] if e["resource"]["resourceType"] == "Flag"
             for ext in e["resource"].get("extension", []) if ext["url"] == EXT_PAUSE_STEP for x in ext["extension"]]
    assert "went_on" in codes
