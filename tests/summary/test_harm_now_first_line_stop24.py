"""The summary's first line after harm happening now (stop 24, issue 11).

A practitioner opening the summary sees, before anything else, one line: harm happening now was disclosed, when
(UK time) and that the person was told to call 999, in the summary's language. The words stay in the safeguarding
section. One view (bot.summary.view) feeds Markdown, the HTML fragment, the PDF; the JSON and FHIR exports keep
when. Played through the conversation core, Welsh and English. The words are fictional.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from bot.summary import render
from bot.summary.fhir import EXT_HARM_NOW_AT
from bot.summary.view import build_view, format_time, label
from tests.conversation.test_safe_one_alert_stop23 import ABUSE
from tests.conversation.test_safe_one_alert_stop23 import NOW as HARM_NOW
from tests.summary.test_what_happened_next import page_text, pdf_text, play

OVERDOSE = {"en": "ive just taken all the paracetamol from the drawer, sorry",
            "cy": "dwi newydd gymryd y tabledi i gyd o'r drôr, sori"}
FIRST = {"en": "I'd like to get out to the garden more", "cy": "Hoffwn i fynd allan i'r ardd yn amlach"}


def _line(record: dict[str, Any], ui: str) -> str:
    return label("harm_now_first_line", ui, time=format_time(record["harm_now_at"], ui) or "")


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_every_format_opens_with_the_harm_now_line(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    record = play(f"first-line-{lang}", lang, [FIRST[lang], OVERDOSE[lang]])
    (flag,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert record["harm_now_at"] == flag["harm_now_at"] == flag["time"]
    for ui in ("cy", "en"):
        line = _line(record, ui)
        assert "999" in line and (format_time(flag["time"], ui) or "-") in line
        assert build_view(record, ui).first_line == line
        markdown = render.render_markdown(record, ui)
        assert markdown.startswith(f"**{render.md_escape(line)}**\n")
        html = page_text(render.render_html_body(record, ui))
        assert html.strip().startswith(line)
        assert render.render_html_body(record, ui, first_line=False).count(line) == 0  # the web page shows it itself
        text = pdf_text(render.render_pdf(record, ui), tmp_path)
        start = text.index(line.split(";")[0])  # first on page 1 under the running header, before the title block
        assert start < text.index(label("prepared", ui)) < text.index(label("sec_safeguarding", ui))
        assert len(text[:start]) < 120  # only the page's running header (product, title, reference) is above it
        # the words stay in the safeguarding section, once, after the line
        assert markdown.count(render.md_escape(OVERDOSE[lang])) == 1
        assert markdown.index(render.md_escape(OVERDOSE[lang])) > markdown.index(label("sec_safeguarding", ui))
    out = io.BytesIO()
    render.write(record, "fhir", out)
    assert EXT_HARM_NOW_AT.encode() in out.getvalue() and flag["time"].encode() in out.getvalue()
    fhir = render.to_fhir(record)
    harm = [e for r in fhir["entry"] for e in r["resource"].get("extension") or [] if e["url"] == EXT_HARM_NOW_AT]
    assert harm == [{"url": EXT_HARM_NOW_AT, "valueDateTime": flag["time"]}]


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_harm_now_added_to_an_alert_is_the_time_of_that_message(sqlite_url: str, lang: str) -> None:
    record = play(f"first-line-added-{lang}", lang, [FIRST[lang], ABUSE[lang], HARM_NOW[lang]])
    (flag,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    (added,) = [m for m in flag["added_messages"] if m["text"] == HARM_NOW[lang]]
    assert added["raised"]
    assert record["harm_now_at"] == added["time"]
    assert build_view(record, lang).first_line == _line(record, lang)


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_no_first_line_without_harm_happening_now(sqlite_url: str, lang: str) -> None:
    record = play(f"first-line-none-{lang}", lang, [FIRST[lang], ABUSE[lang]])
    assert record["urgent"] and record["harm_now_at"] is None
    view = build_view(record, lang)
    assert view.first_line is None
    assert render.render_markdown(record, lang).startswith("# ")
