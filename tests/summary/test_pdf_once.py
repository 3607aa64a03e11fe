"""The PDF prints page 1's key facts once (acceptance trial, stop 19, F10).

The top box (name, who completed it, language, the stated preference and the Active Offer) was printed again a
few lines later under "Pwy a phryd" and "Iaith": the Active Offer sentence twice on page 1.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.summary import render
from bot.summary.view import build_view, label
from tests.summary.test_summary_pdf import pdf_text, squash


@pytest.mark.parametrize("interface", ["cy", "en"])
def test_the_key_facts_and_the_active_offer_are_printed_once(welsh_carer_record, tmp_path: Path,
                                                             interface: str) -> None:
    view = build_view(welsh_carer_record, interface)
    assert [n.key for n in view.glance_notices] == ["active_offer"]  # what the test rests on
    text = squash(pdf_text(render.render_pdf(welsh_carer_record, interface), tmp_path))
    assert text.count(squash(label("active_offer", interface))) == 1
    for fact in view.glance:  # (a long label wraps in its column: its first words)
        start = " ".join(fact.label.split()[:3])
        assert text.count(start) == 1, fact.label
    assert squash(label("sec_about", interface)) in text  # the sections are still there, with their other facts
    assert squash(label("reference", interface)) in text
