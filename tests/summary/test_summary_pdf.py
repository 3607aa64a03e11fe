"""The PDF for the case file: renders to images (pdftoppm) and gives back the Welsh words (pdftotext).

Needs poppler-utils (apt-get install poppler-utils).
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.summary import render
from bot.summary.pdf import _Printable
from bot.summary.view import build_view
from tests.summary.conftest import WELSH_NAMES, WELSH_URGENT_WORDS, outcome_texts


@pytest.fixture(autouse=True)
def _poppler() -> None:
    """scripts/test.sh installs poppler-utils; without it these checks must fail, not vanish."""
    assert shutil.which("pdftoppm") and shutil.which("pdftotext"), "poppler-utils is not installed"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "summary") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")


def printable(text: str) -> str:
    return squash(_Printable()(text))


@pytest.fixture(scope="module")
def welsh_pdf(seeded_records) -> bytes:
    return render.render_pdf(seeded_records["welsh"], "cy")


def test_pdf_renders_to_page_images(welsh_pdf, tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(welsh_pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    from PIL import Image

    with Image.open(pages[0]) as image:
        assert image.size[0] in range(490, 500) and image.size[1] in range(695, 705)  # A4 at 60 dpi
        darkest, lightest = image.convert("L").getextrema()
        assert not isinstance(darkest, tuple) and not isinstance(lightest, tuple)  # one band ("L"): (min, max)
        assert darkest < 80 and lightest > 240  # text on a white page, not a blank page


def test_pdf_gives_back_the_welsh_words_intact(welsh_carer_record, welsh_pdf, tmp_path):
    text = pdf_text(welsh_pdf, tmp_path)
    flat = squash(text)
    for word in ("dŷ", "Llŷn", "ŵyr", "â'i", "Ŵen", "drws nesa", "ôl", "ffôn", "Caniatâd", "Siân"):
        assert word in text, word
    assert squash(WELSH_URGENT_WORDS) in flat
    for answer in welsh_carer_record["answers"]:
        assert printable(answer["text"]) in flat, answer["question_key"]
    assert "<script>alert('x')</script>" in text  # plain text in a PDF: nothing to escape
    assert "Mae'r Cynnig Rhagweithiol yn berthnasol" in flat
    assert "Beth sydd angen digwydd?" in flat


def test_pdf_md_and_html_show_the_same_outcomes(welsh_carer_record, welsh_pdf, tmp_path):
    flat_pdf = squash(pdf_text(welsh_pdf, tmp_path))
    md = squash(render.md_unescape(render.render_markdown(welsh_carer_record, "cy")))
    page = squash(html.unescape(re.sub(r"<[^>]+>", "", render.render_html_body(welsh_carer_record, "cy"))))
    texts = outcome_texts(welsh_carer_record)
    assert len(texts) >= 6
    for text in texts:
        assert squash(text) in md and squash(text) in page, text
        assert printable(text) in flat_pdf, text
    # and in the same order, because all three come from one view
    view = build_view(welsh_carer_record, "cy")
    at_a_glance = {printable(f.value) for f in view.glance}  # printed once, on page 1 under the title (trial F10)
    view_quotes = [printable(q) for q in view.quotes() if printable(q) not in at_a_glance]
    pos = 0
    for quote in view_quotes:
        found = flat_pdf.find(quote, pos)
        assert found >= 0, quote
        pos = found


def test_urgent_flag_is_the_first_thing_quoted_in_the_pdf(welsh_pdf, tmp_path):
    flat = squash(pdf_text(welsh_pdf, tmp_path))
    assert flat.index("“") + 1 == flat.index(squash(WELSH_URGENT_WORDS))
    assert flat.index("Diogelu") < flat.index("Pwy a phryd")


def test_pdf_header_and_metadata_hold_the_reference_not_names(welsh_carer_record, welsh_pdf, tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(welsh_pdf)
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    title = next(line for line in info.splitlines() if line.startswith("Title:"))
    assert welsh_carer_record["reference"] in title
    assert "A4" in info
    for name in (*WELSH_NAMES, "Siân", "Gwilym"):
        assert name not in info
    # -layout: in reading order, a facts table split by the page break could come before the header's text
    page_two = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", "-l", "2", str(path), "-"], check=True,
                              capture_output=True, timeout=60).stdout.decode("utf-8")
    header = page_two.strip().splitlines()[:3]
    assert any(welsh_carer_record["reference"] in line for line in header)


def test_characters_the_font_lacks_are_left_out_without_crashing(welsh_carer_record, welsh_pdf, tmp_path):
    text = pdf_text(welsh_pdf, tmp_path)
    assert "🙏" not in text and "Diolch o galon am ofyn" in text  # the words stay, the glyph goes
    assert "doedd dim modd argraffu rhai symbolau" in squash(text)  # and the PDF says so


def test_awkward_text_still_renders(welsh_carer_record, tmp_path):
    record = dict(welsh_carer_record)
    long_word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch" * 6
    record["answers"] = record["answers"] + [
        {"id": 990, "question_key": "anything_else", "question": "?", "language": "cy", "whose_view": "carer",
         "about": "person", "time": None,
         "text": "w\u0302 y\u0302 a\u0302 (wedi'u dadgyfansoddi)\n\n\tTab\x07bell " + long_word + " " + "gair " * 1500},
        {"id": 991, "question_key": "anything_else", "question": "?", "language": "und", "whose_view": "carer",
         "about": "person", "time": None, "text": "中文 👍🏽 ❤️ 🏴󠁧󠁢󠁷󠁬󠁳󠁿"},
    ]
    pdf = render.render_pdf(record, "en")
    text = pdf_text(pdf, tmp_path, "awkward")
    assert "ŵ ŷ â (wedi'u dadgyfansoddi)" in text  # composed for print: the same letters
    assert "Llanfairpwllgwyngyll" in text and text.count("gair") >= 1500
    assert "some symbols (such as emoji) could not be printed" in squash(text)


def test_english_interface_pdf_keeps_the_welsh_words(welsh_carer_record, tmp_path):
    text = squash(pdf_text(render.render_pdf(welsh_carer_record, "en"), tmp_path))
    assert "Pre-visit summary" in text and "What matters: personal outcomes" in text
    assert "The Active Offer applies" in text
    assert squash("Mae Dad eisiau aros yn ei dŷ ei hun yn Llŷn, efo'i gi") in text  # never translated
