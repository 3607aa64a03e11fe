"""The web page of a summary opens with the harm-happening-now line, above its own heading (stop 24, issue 11).

Over the real web app (tests/web/conftest.py): a conversation whose first message is an overdose taken.
The words are fictional.
"""
from __future__ import annotations

import re
from typing import Any

from bot.conversation.erase import erase_conversation
from bot.summary import load_record
from bot.summary.view import harm_now_line
from tests.support.stacks import pointed_at
from tests.web.helpers import WebServer, _seed_disclosure_before_consent

OVERDOSE = "ive just taken all the paracetamol from the drawer, sorry"


def test_the_summary_page_opens_with_the_harm_now_line_once(web: WebServer) -> None:
    with pointed_at(web.db_url):
        seeded = _seed_disclosure_before_consent("harm-now-24", "north", OVERDOSE)
        record = load_record(seeded.sender)
    try:
        _opens_with_the_line(web, seeded.reference, record)
    finally:  # the session's other tests list the north team's conversations: this one goes again
        with pointed_at(web.db_url):
            erase_conversation(sender_id=seeded.sender, keep_for_safety=False)


def _opens_with_the_line(web: WebServer, reference: str, record: dict[str, Any] | None) -> None:
    assert record is not None
    for user, ui in (("north", "en"), ("north_cy", "cy")):
        page = web.client(user).get(f"/summaries/{reference}").text
        line = harm_now_line(record, ui)
        assert line is not None and "999" in line
        assert page.count(line.replace("'", "&#39;")) == 1  # once: the page's, not the fragment's as well
        content = page[page.index('<main'):] if '<main' in page else page
        first = re.search(r'<p class="wm-first-line"[^>]*>', content)
        assert first is not None and first.start() < content.index("<h1")
        assert content.index(OVERDOSE.replace("'", "&#39;")) > content.index("<h1")  # the words: in the section
