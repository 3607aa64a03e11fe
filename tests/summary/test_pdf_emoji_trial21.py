"""The PDF never prints a blank where they wrote something (acceptance trial stop 21, U27).

The PDF's font has no 🤷 or 👊: a 16-year-old's whole answer "🤷‍♀️" was printed as an empty quote, and "my mate kyle 👊"
lost its fist. A symbol the font cannot draw is now printed by its name in square brackets ("[shrug]"), a letter of
another script as "□", and the PDF's note says so. Through the conversation core, Welsh and English, both interface
languages.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.summary import load_record, render
from bot.summary.pdf import NOT_PRINTABLE, _Printable
from bot.summary.view import label
from tests.conversation.memory import MemoryConversation
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
PEOPLE = {"en": "lily, mum, nan, my mate kyle 👊", "cy": "lili, mam, nain, fy ffrind kyle 👊"}


@pytest.mark.parametrize("text,printed", [("🤷‍♀️", "[shrug]"), ("👊", "[fisted hand sign]"), ("中文", NOT_PRINTABLE * 2)])
def test_an_answer_of_symbols_alone_is_never_blank(text: str, printed: str) -> None:
    printable = _Printable()
    assert printed in printable(text) and printable.dropped


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_the_fist_is_named_in_the_pdf(sqlite_url: str, lang: str, ui: str, tmp_path: Path) -> None:
    conversation = MemoryConversation(f"emoji-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Jay", "register": "ti"})
    conversation.start()
    while conversation.requested != "q_people":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(PEOPLE[lang])
    record = load_record(conversation.sender_id)
    assert record is not None
    text = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    assert squash(PEOPLE[lang].replace("👊", "[fisted hand sign]")) in text
    assert squash(label("symbols_dropped", ui))[:60] in text  # the note says why
