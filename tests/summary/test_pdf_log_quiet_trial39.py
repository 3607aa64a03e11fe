"""Making a PDF writes nothing to the log below a warning (trial 39 AT11).

fpdf2 subsets the font with fontTools, whose INFO lines (about 150 per PDF) were 900 of the web log's 1,003 lines in
the trial: a log a person has to read for what went wrong must not be buried, and the glyphs it lists follow the
words printed.
"""
from __future__ import annotations

import logging

import pytest

from bot.summary import render


@pytest.mark.parametrize("interface", ["cy", "en"])
def test_a_pdf_is_made_without_font_subsetting_chatter(welsh_carer_record, caplog: pytest.LogCaptureFixture,
                                                       interface: str) -> None:
    with caplog.at_level(logging.DEBUG):
        pdf = render.render_pdf(welsh_carer_record, interface)
    assert pdf.startswith(b"%PDF")
    assert [r for r in caplog.records if r.name.startswith("fontTools") and r.levelno < logging.WARNING] == []
