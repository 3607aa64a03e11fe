"""Markdown, HTML and the CLI's write(): one view, so the formats never disagree."""
from __future__ import annotations

import html
import io
import json
import re

import pytest

from bot.settings import Settings
from bot.summary import render
from bot.summary.view import build_view, own_section_keys
from tests.summary.conftest import WELSH_CARER_ANSWERS, WELSH_NAMES, WELSH_URGENT_WORDS, outcome_texts

SCRIPT_ANSWER = next(t for k, _q, t, _a in WELSH_CARER_ANSWERS if k == "support")


def html_text(fragment: str) -> str:
    """The text a browser shows (tags removed, entities decoded, line breaks as newlines)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>\n", "\n")))


def test_html_escapes_the_persons_words(welsh_carer_record):
    body = render.render_html_body(welsh_carer_record, "cy")
    assert "<script" not in body.lower()
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in body
    assert SCRIPT_ANSWER in html_text(body)  # shown verbatim once escaped
    assert body.lstrip().startswith("<div class=\"wm-summary")  # a fragment, not a page
    assert "<html" not in body and "<body" not in body
    assert 'id="outcome-' not in body  # the web page owns those ids


def test_html_keeps_line_breaks_and_marks_the_words_language(welsh_carer_record):
    record = dict(welsh_carer_record)
    record["answers"] = record["answers"] + [{
        "id": 998, "question_key": "anything_else", "question": "?", "text": "llinell un\nllinell <b>dau</b>",
        "language": "cy", "whose_view": "carer", "about": "person", "time": None}]
    body = render.render_html_body(record, "en")
    assert "llinell un<br>\nllinell &lt;b&gt;dau&lt;/b&gt;" in body
    assert 'lang="cy">“Mae Dad eisiau' in body and '<div class="wm-summary wm-urgent" lang="en"' in body


def test_urgent_flag_comes_first_in_markdown_and_html(welsh_carer_record):
    md = render.md_unescape(render.render_markdown(welsh_carer_record, "en"))
    page = html_text(render.render_html_body(welsh_carer_record, "en"))
    for text in (md, page):
        first_quote = text.index("“")
        assert text.index(WELSH_URGENT_WORDS) == first_quote + 1
        assert text.index("Safeguarding") < text.index("Who and when") < text.index("What matters: personal outcomes")
        assert text.index(WELSH_URGENT_WORDS) < text.index(outcome_texts(welsh_carer_record)[0])


def test_markdown_cannot_smuggle_html_but_reads_back_verbatim(welsh_carer_record):
    md = render.render_markdown(welsh_carer_record, "cy")
    assert re.search(r"(?<!\\)[<>]", md) is None  # every < and > is backslash-escaped: no raw HTML
    assert "\\<script\\>" in md
    back = render.md_unescape(md)
    assert SCRIPT_ANSWER in back
    for text in outcome_texts(welsh_carer_record):
        assert text in back
    for letters in ("dŷ", "Llŷn", "ŵyr", "â'i", "Ŵen", "😊"):
        assert letters in md


def test_markdown_and_html_show_the_same_things_in_the_same_order(welsh_carer_record):
    view = build_view(welsh_carer_record, "cy")
    md = render.md_unescape(render.render_markdown(welsh_carer_record, "cy"))
    page = html_text(render.render_html_body(welsh_carer_record, "cy"))
    for text in (md, page):
        positions: list[int] = []
        for quote in view.quotes():
            found = text.find("“" + quote + "”", positions[-1] if positions else 0)
            assert found >= 0, quote
            positions.append(found)
        for section in view.sections:
            assert section.title in text
        for item in (i for s in view.sections for i in s.items):
            for meta in item.meta:
                assert meta in text


def test_sections_from_the_issue_are_present(welsh_carer_record):
    # (its one unsure draft was the visit time, now shown once in its own section: mark a shown outcome unsure)
    (change,) = [o for o in welsh_carer_record["outcomes"] if o["type"] == "change" and o["about"] == "person"]
    change["to_confirm"] = True
    md = render.render_markdown(welsh_carer_record, "cy")
    for heading in ("## Diogelu", "## Pwy a phryd", "## Iaith", "## Beth sy'n bwysig: canlyniadau personol",
                    "### Newid", "### Cadw pethau fel maen nhw (cynnal)", "### Sut hoffai gael cymorth (proses)",
                    "## Beth sy'n bwysig i'r gofalwr ei hun", "## Cryfderau a phwy sy'n helpu",
                    "## Pryderon a risgiau, fel y cawson nhw eu disgrifio", "## Pobl bwysig", "## Cyfathrebu a mynediad",
                    "## Yr amser gorau i ymweld", "## Unrhyw beth arall", "## Ar gyfer yr ymweliad"):
        assert heading in md, heading
    assert "Mae'r Cynnig Rhagweithiol yn berthnasol" in md
    assert "Beth sydd angen digwydd?" in md and "Sut byddwn ni'n gwybod ein bod ni'n gwneud cynnydd?" in md
    assert "I'w gadarnhau yn yr ymweliad" in md


def test_no_active_offer_line_for_an_english_preference(english_record):
    md = render.render_markdown(english_record, "en")
    assert "Active Offer" not in md
    assert "This summary has not been confirmed yet" in md


@pytest.mark.parametrize("fmt", ["md", "json", "fhir", "pdf"])
def test_write_every_format(welsh_carer_record, fmt):
    out = io.BytesIO()
    assert render.write(welsh_carer_record, fmt, out) == 0
    data = out.getvalue()
    if fmt == "pdf":
        assert data.startswith(b"%PDF-")
        return
    text = data.decode("utf-8")
    assert "Llŷn" in text  # UTF-8, not \u escapes
    if fmt == "json":
        assert json.loads(text) == welsh_carer_record
    elif fmt == "fhir":
        assert json.loads(text)["resourceType"] == "Bundle"
    else:
        assert text.startswith("# Crynodeb cyn yr ymweliad")  # the conversation was in Welsh


def test_write_language_and_bad_format(welsh_carer_record, monkeypatch):
    out = io.BytesIO()
    render.write(welsh_carer_record, "md", out, language="en")
    assert out.getvalue().startswith(b"# Pre-visit summary")
    monkeypatch.setenv("SUMMARY_LANGUAGE", "en")  # as `whatmatters summary` passes it on
    out = io.BytesIO()
    render.write(welsh_carer_record, "md", out, language=Settings.from_env().summary_language)
    assert out.getvalue().startswith(b"# Pre-visit summary")
    with pytest.raises(ValueError):
        render.write(welsh_carer_record, "docx", io.BytesIO())


def test_cli_summary_subcommand(seeded_db, capsysbinary):
    from bot.cli import main

    assert main(["summary", seeded_db["welsh"], "--format", "md"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert WELSH_URGENT_WORDS in out and WELSH_NAMES[0] in out
    assert main(["summary", "tg-carer-1", "--format", "fhir"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["type"] == "collection"


def test_web_page_puts_each_group_form_beside_its_outcome_once(welsh_carer_record) -> None:
    """The practitioner corrects an outcome where they read it, not in a second copy of the list."""
    from bot.web.pages import environment, render_summary_body

    body = str(render_summary_body(environment(), welsh_carer_record, "cy", "csrf-token-123"))
    own = {a["id"] for a in welsh_carer_record["answers"] if a["question_key"] in own_section_keys()}
    ids = [o["id"] for o in welsh_carer_record["outcomes"] if o["answer_id"] not in own]
    assert ids
    for oid in (o["id"] for o in welsh_carer_record["outcomes"] if o["answer_id"] in own):
        assert f'id="outcome-{oid}"' not in body  # shown once, in its own section, as the answer
    for oid in ids:
        assert body.count(f'id="outcome-{oid}"') == 1
        assert body.count(f'action="/summaries/{welsh_carer_record["reference"]}/outcomes/{oid}"') == 1
    assert body.count('value="csrf-token-123"') == len(ids)
    assert "Grŵp" in body  # the form speaks the practitioner's interface language
    # Other formats carry no forms.
    assert "<form" not in render.render_html_body(welsh_carer_record, "cy")
