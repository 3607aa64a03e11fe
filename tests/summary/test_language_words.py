"""Their own words about language in the language section (the senior practitioner's review, stop 19, item 5).

What was said when asked about Welsh or English is quoted verbatim beside our reading of it ("Welsh if you can, it
was her first language"), only the sentences that name a language when the answer says more, with whose words they
are. Both languages, every format.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.record import EXCERPT_GAP, language_words
from bot.summary.view import build_view, label

# (chat language, who completed it, the answer to the communication question, what the language section quotes)
CASES = {
    "carer-en": ("en", "carer", "She's deaf in her left ear so sit on her right. Welsh if you can, it was her first "
                 "language. Mornings are best.", "Welsh if you can, it was her first language."),
    "person-cy": ("cy", "person", "Cymraeg plîs, dw i'n drysu efo Saesneg", "Cymraeg plîs, dw i'n drysu efo Saesneg"),
}


def _record(sender: str, case: str) -> dict:
    lang, who, words, _ = CASES[case]
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi", completed_by=who,
                                   display_name="Kay", cared_for_name="Mam-gu" if who == "carer" else None)
    question = "Is there anything that makes talking easier?" if lang == "en" else "Oes unrhyw beth sy'n helpu?"
    repository.record_answer(sender, question_key="communication", question_text=question, text=words,
                             whose_view=who, about="person", analysis=analyse(words, question="process"))
    record = load_record(sender)
    assert record is not None
    return record


def test_the_sentences_that_name_a_language_exactly() -> None:
    text = "Mornings. Welsh if you can. She was a teacher. No English on the phone please."
    assert language_words(text) == f"Welsh if you can.{EXCERPT_GAP}No English on the phone please."
    assert language_words("hi") == "hi"  # none names one: the whole answer


def page_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@pytest.mark.parametrize("case", list(CASES))
def test_the_language_section_quotes_their_words(sqlite_url: str, case: str, tmp_path: Path) -> None:
    _lang, who, _words, quoted = CASES[case]
    record = _record(f"language-words-{case}", case)
    assert record["stated_language"] == "cy"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("language")
        assert section is not None
        facts = {f.key: f for f in section.facts}
        said = facts["language_words"]
        assert (said.label, said.value, said.verbatim) == (label("language_words_" + who, ui), quoted, True)
        assert list(facts).index("preferred_language") < list(facts).index("language_words")  # beside our reading
        for name, text in (("md", re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))),
                           ("web", page_text(render.render_html_body(record, ui))),
                           ("pdf", pdf_text(render.render_pdf(record, ui), tmp_path))):
            part = text[text.index(label("sec_language", ui), text.index(label("sec_about", ui))):]
            if name != "pdf":  # (pdftotext may read a facts table split by a page break after the next page's header)
                part = part[:part.index(label("sec_what_matters", ui))]
            said_label = label("language_words_" + who, ui)
            if name == "pdf":  # (a label wraps in its column, and pdftotext reads the value between its lines)
                said_label = " ".join(said_label.split()[:3])
            assert f"“{quoted}”" in part and said_label in part, name


def test_no_words_when_no_language_was_named(sqlite_url: str) -> None:
    repository.ensure_conversation("language-none", channel="rest", team="de")
    repository.update_conversation("language-none", language="en", completed_by="carer")
    words = "bit deaf in the left ear so sit on her right"
    repository.record_answer("language-none", question_key="communication", question_text="?", text=words,
                             whose_view="carer", about="person", analysis=analyse(words))
    record = load_record("language-none")
    assert record is not None
    section = build_view(record, "en").section("language")
    assert section is not None and "language_words" not in [f.key for f in section.facts]
