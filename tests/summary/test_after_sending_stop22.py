"""A message after the answers were sent is shown as added after sending, near the top of "What matters" (stop-21
trial U41), Welsh and English, every format.

"haia eto. dwi isio newid rwbath nes i ddeud. dwi'm isio symud i fflat fy hun rwan, dwi isio aros efo carys a dai",
written after sending (the closing message invites it), was kept, but the summary filed it under "Anything else", "Said
between the questions", "in answer to" the assistant's own reply to it. Now it is the first thing under "What matters",
"Added after sending, <when>", with no question; the JSON keeps it as it was. Through the conversation core (kept by
bot.conversation.steering.keep_news_after_sending, as the stack keeps it); the view, Markdown and PDF.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from bot.conversation import steering
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
NEWS = {"cy": "haia eto. dwi isio newid rwbath nes i ddeud. dwi'm isio symud i fflat fy hun rwan, dwi isio aros efo "
              "carys a dai",
        "en": "hiya again. i want to change something i said. i dont want to move to my own flat now, i want to stay "
              "with carys and dai"}
FIRST = {"cy": "dwi isio symud i fflat fy hun efo help", "en": "i want to move to my own flat with help"}


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_a_message_after_sending_is_shown_first_under_what_matters(sqlite_url: str, tmp_path: Path, lang: str,
                                                                    ui: str) -> None:
    conversation = MemoryConversation(f"after-sending-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Lowri", "register": "ti"})
    conversation.start()
    conversation.say(FIRST[lang])
    repository.confirm_record(conversation.sender_id)  # sent
    assert steering.keep_news_after_sending(MemoryTurn(conversation, NEWS[lang]))
    record = load_record(conversation.sender_id)
    assert record is not None
    assert NEWS[lang] in [a["text"] for a in record["answers"]]  # the JSON keeps it as it was
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None
    first = section.groups[0]
    assert first.key == "after_sending" and first.title == label("group_after_sending", ui)
    (item,) = first.items
    assert item.quote == NEWS[lang] and item.question is None
    assert any(m.startswith(label("added_after_sending", ui, time="").rstrip(", ")) for m in item.meta)
    anything_else = view.section("anything_else")
    assert anything_else is None or NEWS[lang] not in [i.quote for g in anything_else.groups for i in g.items]
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    assert md.count(NEWS[lang]) == 1
    assert md.index(label("group_after_sending", ui)) < md.index(label("group_change", ui))
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    assert squash(label("group_after_sending", ui)) in pdf
