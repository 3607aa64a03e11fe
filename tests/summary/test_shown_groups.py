"""Every format shows the same groups of the summary (Section.shown_groups, one rule): a group with something in it,
or with words saying there is nothing ("No urgent flags noted"); never a heading over nothing. Played through the
conversation core (no Rasa): a disclosure, so the safeguarding section has urgent items and groups left empty.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from bot.summary import render
from bot.summary.view import build_view
from tests.summary.test_summary_trial26 import pdf_text, said_in_turn, squash

DISCLOSURE = {"en": "my stepdad grabs me and pushed me into the door last week when hes been drinking",
              "cy": "ma llysdad fi'n gafael yn fi a nath e ngwthio fi mewn i'r drws wythnos dwetha pan oedd e di yfed"}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_web_page_the_pdf_and_the_markdown_show_the_same_groups(sqlite_url: str, lang: str,
                                                                    tmp_path: Path) -> None:
    record = said_in_turn(f"shown-groups-{lang}", lang, ["football and gaming", DISCLOSURE[lang]], register="ti")
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = view.section("safeguarding")
        assert top is not None
        shown = {g.key for g in top.shown_groups}
        hidden = [g for g in top.groups if g.key not in shown]
        assert "urgent" in shown and hidden, [g.key for g in top.groups]  # (something on each side to compare)
        assert all(not g.items and not g.empty_text for g in hidden)
        page = squash(html.unescape(re.sub(r"<[^>]+>", " ", render.render_html_body(record, ui))))
        formats = {"markdown": squash(render.md_unescape(render.render_markdown(record, ui))), "html": page,
                   "pdf": pdf_text(record, ui, tmp_path)}
        for name, text in formats.items():
            for group in top.shown_groups:
                assert group.title is None or squash(group.title) in text, (name, group.key)
            for group in hidden:
                assert group.title is None or squash(group.title) not in text, (name, group.key)
        markup = render.render_html_body(record, ui)
        assert [f"wm-group-{key}" in markup for key in sorted(shown)] == [True] * len(shown)
        assert not any(f"wm-group-{g.key}\"" in markup for g in hidden)
