"""The "misread" marker (stop 24, issue 11): a flag the person said misread them right after it.

The flag stays (never deleted or downgraded: a practitioner decides) but is marked "the person said this was
misread", with their words, in both languages, in the summary's safeguarding section (every format) and in the
JSON and FHIR exports. Played through the conversation core, Welsh and English. The words are fictional.
"""
from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from bot.summary import render
from bot.summary.fhir import EXT_SAID_MISREAD
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.summary.test_what_happened_next import page_text, play

FIRST = {"en": "I'd like to get out to the garden more", "cy": "Hoffwn i fynd allan i'r ardd yn amlach"}
#: Urgent by the reader, then "no, I was talking about the dog" at the safe check.
BITES = {"en": "he hurts me sometimes and bites", "cy": "Mae o'n fy mrifo i weithia, ac yn cnoi"}
THE_DOG = {"en": "no, I was talking about the dog", "cy": "na, o'n i'n sôn am y ci"}
#: A concern, then the next answer says it was misread.
LOW = {"en": "I feel so low and alone these days", "cy": "dwi'n teimlo mor isel ac unig"}
NOT_MEANT = {"en": "that's not what I meant, I was joking about the cuppa",
             "cy": "na, dim dyna be o'n i'n feddwl. jocian o'n i am y banad"}


def _flag(record: dict[str, Any], text: str) -> dict[str, Any]:
    return next(f for f in record["risk_flags"] if f["text"] == text)


def _check_every_format(record: dict[str, Any], flag_text: str, said: str) -> None:
    flag = _flag(record, flag_text)
    assert flag["misread"]["text"] == said and flag["misread"]["time"]
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        section = view.section("safeguarding")
        assert section is not None
        (item,) = [i for i in section.items if i.source == "flag" and i.quote == flag_text]  # the flag stays
        assert label("misread_marker", ui) in item.meta
        assert item.follow_up[0].key == "misread" and item.follow_up[0].value == said and item.follow_up[0].verbatim
        assert [f.value for f in item.follow_up].count(said) == 1  # once, not again as a reply to the check
        markdown = render.md_unescape(render.render_markdown(record, ui))
        top = markdown[:markdown.index(label("sec_about", ui))]
        assert label("misread_marker", ui) in top and f"“{said}”" in top
        html = page_text(render.render_html_body(record, ui))
        assert label("misread_marker", ui) in html and said in html
    fhir = render.to_fhir(record)
    marks = [e for r in fhir["entry"] if r["resource"]["resourceType"] == "Flag"
             for e in r["resource"].get("extension") or [] if e["url"] == EXT_SAID_MISREAD]
    assert marks == [{"url": EXT_SAID_MISREAD, "extension": [{"url": "words", "valueString": said},
                                                              {"url": "at", "valueDateTime": flag["misread"]["time"]}]}]


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_an_urgent_flag_said_misread_at_the_check_stays_marked(sqlite_url: str, lang: str) -> None:
    record = play(f"misread-urgent-{lang}", lang, [FIRST[lang], BITES[lang], THE_DOG[lang]])
    flag = _flag(record, BITES[lang])
    assert flag["level"] == "urgent"  # never downgraded
    _check_every_format(record, BITES[lang], THE_DOG[lang])


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_concern_said_misread_in_the_next_answer_stays_marked(sqlite_url: str, lang: str) -> None:
    record = play(f"misread-concern-{lang}", lang, [LOW[lang], NOT_MEANT[lang]])
    assert _flag(record, LOW[lang])["level"] == "concern"
    _check_every_format(record, LOW[lang], NOT_MEANT[lang])


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_flag_not_followed_by_a_correction_has_no_marker(sqlite_url: str, lang: str) -> None:
    record = play(f"misread-none-{lang}", lang, [FIRST[lang], BITES[lang], {"cy": "dwi'n iawn", "en": "I'm ok"}[lang],
                                                 NOT_MEANT[lang]])
    assert _flag(record, BITES[lang])["misread"] is None  # a correction later on is not "right after" it
    section = build_view(record, lang).section("safeguarding")
    assert section is not None and all(label("misread_marker", lang) not in i.meta for i in section.items)


# Stop-26 trial W3: Harold, 84, "I sometimes think everyone would be better off without me", then at the safe check
# "I didn't mean anything by it, I'm just tired some days": recorded as "The person said this was misread". Playing
# it down is no correction: the flag is marked as played down, with their words, and never as misread.
BETTER_OFF = {"en": "Though between you and me, I sometimes think everyone would be better off without me.",
              "cy": "Rhyngddoch chi a fi, dwi'n meddwl weithia y bysa pawb yn well eu byd hebdda i."}
PLAYED_DOWN = {"en": "Yes, I'm quite safe, thank you. I didn't mean anything by it, I'm just tired some days. "
                     "We can carry on.",
               "cy": "Ydw, dwi'n iawn, diolch. Paid â phoeni, o'n i'm yn feddwl o, dwi jyst wedi blino weithia."}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_playing_it_down_is_marked_as_such_not_as_misread(sqlite_url: str, lang: str) -> None:
    from bot.summary.fhir import EXT_PLAYED_DOWN

    record = play(f"played-down-{lang}", lang, [FIRST[lang], BETTER_OFF[lang], PLAYED_DOWN[lang]])
    flag = _flag(record, BETTER_OFF[lang])
    assert flag["level"] == "urgent" and flag["misread"] is None
    assert flag["played_down"]["text"] == PLAYED_DOWN[lang] and flag["played_down"]["time"]
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("safeguarding")
        assert section is not None
        (item,) = [i for i in section.items if i.source == "flag" and i.quote == BETTER_OFF[lang]]
        assert label("played_down_marker", ui) in item.meta and label("misread_marker", ui) not in item.meta
        # (said as the reply to "are you safe right now?": shown once, as that reply, in order)
        assert [f.value for f in item.follow_up].count(PLAYED_DOWN[lang]) == 1
        markdown = render.md_unescape(render.render_markdown(record, ui))
        top = markdown[:markdown.index(label("sec_about", ui))]
        assert label("played_down_marker", ui) in top and f"“{PLAYED_DOWN[lang]}”" in top
        assert label("misread_marker", ui) not in markdown
        html = page_text(render.render_html_body(record, ui))
        assert label("played_down_marker", ui) in html and label("misread_marker", ui) not in html
    exts = [e for r in render.to_fhir(record)["entry"] if r["resource"]["resourceType"] == "Flag"
            for e in r["resource"].get("extension") or []]
    assert [e["extension"][0]["valueString"] for e in exts if e["url"] == EXT_PLAYED_DOWN] == [PLAYED_DOWN[lang]]
    assert not [e for e in exts if e["url"] == EXT_SAID_MISREAD]


@pytest.mark.parametrize("text, misread", [
    ("I didn't mean anything by it, I'm just tired some days", False),
    ("I'm fine really, don't worry about me", False),
    ("paid â phoeni, o'n i'm yn feddwl o", False),
    ("Dwi'n iawn rili", False),
    ("you misread me, I meant the cake", True),
    ("I didn't mean it like that, I meant the cake", True),
    ("na, dim dyna be o'n i'n feddwl. jocian o'n i am y banad", True),
])
def test_a_correction_is_told_apart_from_playing_it_down(text: str, misread: bool) -> None:
    from bot.analysis.safe_reply import plays_it_down, says_it_was_misread

    assert says_it_was_misread(text) is misread
    assert plays_it_down(text) is not misread
