"""What arrived that the assistant could not read, in the one record and view: JSON, web, Markdown and PDF.

"2 voice notes and a sticker arrived that the assistant could not read — ask about them at the visit."
"""
from __future__ import annotations

import html
from pathlib import Path

import jsonschema
import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, labels, unreadable_notice
from bot.web.schema import SUMMARY_SCHEMA
from tests.summary.test_summary_pdf import pdf_text, squash

NOTICES = {
    "cy": "Daeth y canlynol i law, ond doedd y cynorthwyydd ddim yn gallu ei ddarllen: 2 neges lais a sticer. "
          "Gofynnwch am hyn yn yr ymweliad.",
    "en": "2 voice notes and a sticker arrived that the assistant could not read — ask about them at the visit.",
}


@pytest.fixture
def record_with_unreadable(sqlite_url: str) -> dict:
    sender = "tg-unreadable-1"
    repository.ensure_conversation(sender, "telegram")
    for n, kind in enumerate(("voice", "sticker", "voice")):
        repository.note_unreadable(sender, kind=kind, message_id=str(100 + n), channel="telegram")
    repository.note_unreadable(sender, kind="voice", message_id="100", channel="telegram")  # redelivered: once
    assert repository.unreadable_kinds(sender) == ["voice", "sticker", "voice"]
    record = load_record(sender)
    assert record is not None
    return record


def test_the_record_lists_each_kind_and_time_and_fits_the_schema(record_with_unreadable: dict) -> None:
    unread = record_with_unreadable["unreadable"]
    assert [u["kind"] for u in unread] == ["voice", "sticker", "voice"]
    assert all(u["time"] and u["time"].endswith("Z") for u in unread)
    assert set(unread[0]) == {"kind", "time"}  # its kind and when only: nothing of its content
    jsonschema.validate(record_with_unreadable, SUMMARY_SCHEMA)
    assert "unreadable" in SUMMARY_SCHEMA["properties"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_view_says_what_arrived_in_each_language(record_with_unreadable: dict, language: str) -> None:
    about = build_view(record_with_unreadable, language).section("about")
    assert about is not None
    notices = {n.key: n.text for n in about.notices}
    assert notices["unreadable"] == NOTICES[language]
    assert NOTICES[language] in html.unescape(render.render_html_body(record_with_unreadable, language))
    assert NOTICES[language] in render.md_unescape(render.render_markdown(record_with_unreadable, language))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_pdf_says_it_too(record_with_unreadable: dict, language: str, tmp_path: Path) -> None:
    text = squash(pdf_text(render.render_pdf(record_with_unreadable, language), tmp_path, language))
    assert NOTICES[language].split(":")[0].split("—")[0].strip() in text
    assert ("2 neges lais a sticer" if language == "cy" else "ask about them at the visit") in text


def test_nothing_is_said_when_everything_was_words(sqlite_url: str) -> None:
    repository.ensure_conversation("rest-words-only", "rest")
    record = load_record("rest-words-only")
    assert record is not None and record["unreadable"] == []
    for language in ("cy", "en"):
        about = build_view(record, language).section("about")
        assert about is not None and "unreadable" not in {n.key for n in about.notices}


def test_one_thing_many_kinds_and_the_welsh_and() -> None:
    assert unreadable_notice([{"kind": "photo"}], "en") == (
        "A photo arrived that the assistant could not read — ask about it at the visit.")
    notice = unreadable_notice([{"kind": "contact"}, {"kind": "contact"}, {"kind": "poll"}], "en")
    assert notice is not None and notice.startswith("2 contact cards and a poll arrived")
    welsh = unreadable_notice([{"kind": "photo"}, {"kind": "poll"}, {"kind": "contact"}, {"kind": "mystery"}], "cy")
    assert welsh is not None and "llun, arolwg, cerdyn cyswllt a rhywbeth arall." in welsh
    assert "sticer ac arolwg" in (unreadable_notice([{"kind": "sticker"}, {"kind": "poll"}], "cy") or "")
    assert "llun a cherdyn cyswllt" in (unreadable_notice([{"kind": "photo"}, {"kind": "contact"}], "cy") or "")
    assert unreadable_notice([], "cy") is None
    # Every kind a channel notes has both forms in both languages.
    data = labels()
    for kind in ("voice", "audio", "video", "video_note", "sticker", "photo", "gif", "file", "location", "contact",
                 "poll", "dice", "edited", "other"):
        assert f"unread_{kind}" in data and f"unread_{kind}_many" in data, kind
