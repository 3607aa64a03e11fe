"""Re-trial 35 AL1: a support worker's whole answer is their view on the page, in the PDF and in the JSON alike.

"this is Jo his support worker, in my view he needs a supported lodgings place near Merthyr so he can stay at college,
and someone to help him with a bank account", typed at a young person's "how would you like to be supported?": the
JSON's outcomes were Jo's ("professional"), yet the page and the PDF quoted the whole answer as "Barn y person ifanc",
from the answer's view. Now the answer is Jo's view wherever it is shown; an answer where the young person speaks
first and Jo after stays the young person's, with Jo's outcome Jo's. Played through the conversation core with
SQLite, then rendered by the one summary renderer.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import label
from tests.summary.test_safeguarding_section import pdf_text

JO = {
    "en": "this is Jo his support worker, in my view he needs a supported lodgings place near Merthyr so he can stay "
          "at college, and someone to help him with a bank account",  # the re-trial's words
    "cy": "Jo yma, ei weithiwr cymorth o. Yn fy marn i mae angen lle i fyw arno fo ger Merthyr er mwyn iddo "
          "aros yn y coleg, a rhywun i'w helpu fo efo cyfrif banc",
}
MIXED = {
    "en": "I want to learn to cook. Jo here, his support worker - in my view he needs more support hours",
    "cy": "Dw i isio dysgu coginio. Jo yma, ei weithiwr cymorth o - yn fy marn i mae angen mwy o oriau cymorth arno fo",
}
FILLER = {"en": "My mates, and football on a Sunday.", "cy": "Fy mêts, a ffwtbol ar ddydd Sul."}


def play(sender_id: str, lang: str, support: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Rhys", "register": "ti"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="ti",
                                   completed_by="young_person", display_name="Rhys")
    repository.record_consent(sender_id, True)
    conversation.start()
    while conversation.requested not in (None, "readback"):
        conversation.say(support if conversation.requested == "q_support" else FILLER[lang])
    record = load_record(sender_id)
    assert record is not None
    return record


def _shown(record: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    return {f"{fmt}-{ui}": text for ui in ("en", "cy") for fmt, text in (
        ("md", render.render_markdown(record, ui)),
        ("page", html.unescape(render.render_html_body(record, ui))),
        ("pdf", pdf_text(render.render_pdf(record, ui), tmp_path)))}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_support_workers_whole_answer_is_their_view_everywhere(sqlite_url: str, lang: str,
                                                                   tmp_path: Path) -> None:
    record = play(f"fix36a-al1-{lang}", lang, JO[lang])
    (answer,) = [a for a in record["answers"] if a["text"] == JO[lang]]
    assert answer["whose_view"] == "professional"
    mine = [o for o in record["outcomes"] if o["answer_id"] == answer["id"]]
    assert mine and all(o["whose_view"] == "professional" for o in mine)
    for name, text in _shown(record, tmp_path).items():
        ui = name.split("-")[1]
        flat, quote = " ".join(text.split()), " ".join(JO[lang].split())
        start = flat.find(quote)  # the answer quoted whole (a heading may show its start only)
        assert start >= 0, name
        after = flat[start + len(quote):start + len(quote) + 120]
        assert label("whose_professional", ui) in after, (name, after)
        assert label("whose_young_person", ui) not in after, (name, after)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_young_persons_words_first_keep_the_answer_theirs(sqlite_url: str, lang: str) -> None:
    record = play(f"fix36a-al1-mixed-{lang}", lang, MIXED[lang])
    (answer,) = [a for a in record["answers"] if a["text"] == MIXED[lang]]
    assert answer["whose_view"] == "young_person"
    views = {o["text"]: o["whose_view"] for o in record["outcomes"] if o["answer_id"] == answer["id"]}
    assert "professional" in views.values() and "young_person" in views.values(), views
