"""Under each urgent disclosure, what happened next (the senior practitioner's review, stop 19, item 1).

The helplines the urgent reply gave, the person's replies to "are you safe right now?" (verbatim, with when) and
whether they chose to carry on, take a break or stop, and when. The conversation keeps no copy of its own replies
and a button press leaves no words, so the record derives these from what it keeps
(bot.summary.record.what_happened_next). Whole conversations are played through the conversation core (no Rasa)
in Welsh and English, typed and by button, and the summary is read in every format and both interface languages.
"""
from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.safeguarding.helplines import MAX_HELPLINES_SHOWN
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import EXT_HELPLINE_GIVEN, EXT_SAFE_CHECK_CHOICE, EXT_SAFE_CHECK_CHOICE_FROM
from bot.summary.record import (
    CHOICE_BY_BUTTON,
    CHOICE_FROM_NEXT_ANSWER,
    CHOICE_FROM_RECORD,
    CHOICE_IN_THEIR_WORDS,
    HELPLINES_KEPT,
    HELPLINES_WORKED_OUT,
    NOT_ANSWERED_YET,
)
from bot.summary.view import build_view, label

# Fictional people's words. The disclosure names a man at home hurting her: the domestic-abuse line is given.
WORDS = {
    "en": {"q_what_matters": "I want to keep seeing my grandchildren on Sundays",
           "disclosure": "He hits me when he's had a drink and I'm scared of him",
           "reply": "not really, he's asleep upstairs",
           "carry_on": "carry on",
           "break": "take a break",
           "next": "I'd like help with the shopping",
           "second": "I've been thinking about ending it all"},
    "cy": {"q_what_matters": "Dw i eisiau dal i weld fy wyrion ar y Sul",
           "disclosure": "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e",
           "reply": "ddim rili, mae e'n cysgu lan llofft",
           "carry_on": "parhau",
           "break": "seibiant",
           "next": "Hoffwn i help gyda'r siopa",
           "second": "Dw i wedi bod yn meddwl am ladd fy hun"},
}
DOMESTIC_LINE = {"en": "Live Fear Free: 0808 80 10 800", "cy": "Byw Heb Ofn: 0808 80 10 800"}
CARRY_ON_BUTTON, BREAK_BUTTON, STOP_BUTTON = "/continue_conversation", '/choose{"choice":"break"}', "/stop"
LANGS = pytest.mark.parametrize("lang", ["en", "cy"])


def play(sender_id: str, lang: str, steps: list[str]) -> dict[str, Any]:
    """The person's messages in order after the first question; the record as the summary reads it."""
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    repository.ensure_conversation(sender_id, channel="memory")
    # as the start of a real conversation leaves the record (bot.conversation.about_you)
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Jo")
    repository.record_consent(sender_id, True)
    conversation.start()
    for words in steps:
        assert conversation.requested is not None, words
        conversation.say(words)
    record = load_record(sender_id)
    assert record is not None
    return record


def after(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [f["after"] for f in record["risk_flags"] if f["level"] == "urgent"]


def answer_time(record: dict[str, Any], words: str) -> str:
    return str(next(a["time"] for a in record["answers"] if a["text"] == words))


def typed(lang: str) -> list[str]:
    w = WORDS[lang]
    return [w["q_what_matters"], w["disclosure"], w["reply"], w["carry_on"], w["next"]]


# --------------------------------------------------------------------------- what the record derives

@LANGS
def test_typed_reply_and_carry_on(sqlite_url: str, lang: str) -> None:
    w = WORDS[lang]
    record = play(f"next-typed-{lang}", lang, typed(lang))
    (next_steps,) = after(record)
    ids = [line["id"] for line in next_steps["helplines"]]
    assert ids[0] == "emergency_999" and "live_fear_free" in ids  # 999 first; domestic abuse: Live Fear Free
    assert "childline" not in ids and "meic" not in ids  # an adult speaking for herself
    # At most a few lines, best first (AW17, stop 42): she names her grandchildren, so after Live Fear Free comes
    # Hourglass (the abuse of an older person), before Samaritans; the Welsh-language line never in English.
    assert len(ids) <= MAX_HELPLINES_SHOWN and "hourglass" in ids
    if lang == "en":
        assert "samaritans_cy" not in ids
    assert not next_steps["short_follow_up"] and next_steps["helplines_from"] == HELPLINES_KEPT
    replies = [a["text"] for a in record["answers"] if a["id"] in next_steps["safe_check_replies"]]
    assert replies == [w["reply"], w["carry_on"]]  # both kept verbatim, in order
    assert (next_steps["choice"], next_steps["choice_from"]) == ("carry_on", CHOICE_IN_THEIR_WORDS)
    assert next_steps["choice_at"] == answer_time(record, w["carry_on"])


def kept_before_0009(sender_id: str) -> dict[str, Any]:
    """The record as one kept before migration 0009 reads: no helplines on the flags, no steps of the pause."""
    from bot.storage.db import session_scope
    from bot.storage.models import PauseStep

    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        assert conv is not None
        for flag in conv.risk_flags:
            flag.helplines = None
        s.query(PauseStep).filter(PauseStep.conversation_id == conv.id).delete()
    record = load_record(sender_id)
    assert record is not None
    return record


def steps_of(next_steps: dict[str, Any]) -> list[tuple[str, str]]:
    return [(step["step"], step["from"]) for step in next_steps["steps"]]


@LANGS
def test_carry_on_by_button_is_kept_with_its_time(sqlite_url: str, lang: str) -> None:
    w = WORDS[lang]
    record = play(f"next-button-{lang}", lang, [w["q_what_matters"], w["disclosure"], CARRY_ON_BUTTON, w["next"]])
    (next_steps,) = after(record)
    assert next_steps["safe_check_replies"] == []  # a button press leaves no words
    assert steps_of(next_steps) == [("carry_on", CHOICE_BY_BUTTON)]
    assert (next_steps["choice"], next_steps["choice_from"]) == ("carry_on", CHOICE_BY_BUTTON)
    (disclosure,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert disclosure["time"] <= next_steps["choice_at"] <= answer_time(record, w["next"])
    # a record kept before the steps were: dated by the next answer, as before
    (before,) = after(kept_before_0009(f"next-button-{lang}"))
    assert (before["choice"], before["choice_from"], before["choice_at"]) == (
        "carry_on", CHOICE_FROM_NEXT_ANSWER, answer_time(record, w["next"]))
    assert before["steps"] == [] and before["helplines_from"] == HELPLINES_WORKED_OUT


@LANGS
def test_break_and_stop(sqlite_url: str, lang: str) -> None:
    w = WORDS[lang]
    by_words = play(f"next-break-words-{lang}", lang, [w["q_what_matters"], w["disclosure"], w["break"]])
    (steps,) = after(by_words)
    assert (steps["choice"], steps["choice_from"], steps["choice_at"]) == (
        "break", CHOICE_IN_THEIR_WORDS, answer_time(by_words, w["break"]))
    by_button = play(f"next-break-button-{lang}", lang, [w["q_what_matters"], w["disclosure"], BREAK_BUTTON])
    (steps,) = after(by_button)
    assert (steps["choice"], steps["choice_from"]) == ("break", CHOICE_BY_BUTTON) and steps["choice_at"]
    (before,) = after(kept_before_0009(f"next-break-button-{lang}"))
    assert (before["choice"], before["choice_from"], before["choice_at"]) == ("break", CHOICE_FROM_RECORD, None)
    stopped = play(f"next-stop-button-{lang}", lang, [w["q_what_matters"], w["disclosure"], STOP_BUTTON])
    (steps,) = after(stopped)
    assert (steps["choice"], steps["choice_from"]) == ("stop", CHOICE_BY_BUTTON) and steps["choice_at"]
    (before,) = after(kept_before_0009(f"next-stop-button-{lang}"))
    assert (before["choice"], before["choice_from"]) == ("stop", CHOICE_FROM_RECORD)
    waiting = play(f"next-waiting-{lang}", lang, [w["q_what_matters"], w["disclosure"]])
    (steps,) = after(waiting)
    assert (steps["choice"], steps["choice_from"]) == (NOT_ANSWERED_YET, None) and steps["steps"] == []
    # a break, then back with "carry on" by button and on with the questions: each step kept, with when
    back = play(f"next-back-{lang}", lang, [w["q_what_matters"], w["disclosure"], w["break"], CARRY_ON_BUTTON,
                                            w["next"]])
    (steps,) = after(back)
    assert steps_of(steps) == [("break", CHOICE_IN_THEIR_WORDS), ("back", CHOICE_BY_BUTTON),
                               ("carry_on", CHOICE_BY_BUTTON)]
    assert steps["steps"][0]["at"] <= steps["steps"][1]["at"] <= answer_time(back, w["next"])
    assert (steps["choice"], steps["choice_from"]) == ("carry_on", CHOICE_BY_BUTTON)
    (before,) = after(kept_before_0009(f"next-back-{lang}"))
    assert (before["choice"], before["choice_from"], before["choice_at"]) == (
        "carry_on", CHOICE_FROM_NEXT_ANSWER, answer_time(back, w["next"]))


@LANGS
def test_a_second_disclosure_names_only_new_lines(sqlite_url: str, lang: str) -> None:
    w = WORDS[lang]
    record = play(f"next-second-{lang}", lang, [*typed(lang), w["second"]])
    first, second = after(record)
    assert (first["choice"], first["choice_from"]) == ("carry_on", CHOICE_IN_THEIR_WORDS)  # not the later one's
    assert second["short_follow_up"] and second["choice"] == NOT_ANSWERED_YET
    given_first = {line["id"] for line in first["helplines"]}
    assert not given_first.intersection(line["id"] for line in second["helplines"])  # 999 and the rest: not again


# --------------------------------------------------------------------------- every format, both interfaces

def page_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def top_of(text: str, ui: str) -> tuple[str, str]:
    cut = text.index(label("sec_about", ui), text.index(label("sec_safeguarding", ui)))
    return text[:cut], text[cut:]


@LANGS
def test_every_format_shows_it_under_the_disclosure(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    w = WORDS[lang]
    record = play(f"next-formats-{lang}", lang, typed(lang))
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        (disclosure,) = next(g for g in view.sections[0].groups if g.key == "urgent").items
        assert disclosure.quote == w["disclosure"]
        facts = {f.key: f for f in disclosure.follow_up}
        assert list(facts) == ["helplines_given", "safe_check_reply", "safe_check_choice"]
        assert DOMESTIC_LINE[ui] in facts["helplines_given"].value and facts["helplines_given"].value.startswith("999")
        assert [f.value for f in disclosure.follow_up if f.verbatim] == [w["reply"], w["carry_on"]]
        assert facts["safe_check_choice"].value.startswith(label("choice_carry_on", ui))
        assert label("choice_from_their_words", ui) in facts["safe_check_choice"].value
        assert view.quotes().count(w["reply"]) == 1
        md = render.md_unescape(render.render_markdown(record, ui))
        web = page_text(render.render_html_body(record, ui))
        pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
        for name, text in (("md", md), ("web", web), ("pdf", pdf)):
            top, rest = top_of(text[text.index(label("prepared", ui)):], ui)
            for expected in (label("what_next", ui), DOMESTIC_LINE[ui], f"“{w['reply']}”", label("choice_carry_on", ui)):
                assert expected in top, (name, expected)
            assert top.index(w["disclosure"]) < top.index(label("what_next", ui)) < top.index(w["reply"]), name
            assert w["reply"] not in rest, name
    out = io.BytesIO()
    render.write(record, "fhir", out)
    bundle = json.loads(out.getvalue())
    (flag,) = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"
               and "urgent" in [c["code"] for c in e["resource"]["code"]["coding"]]]
    ext = flag["extension"]
    assert "Live Fear Free: 0808 80 10 800" in [e["valueString"] for e in ext if e["url"] == EXT_HELPLINE_GIVEN]
    assert {"url": EXT_SAFE_CHECK_CHOICE, "valueCode": "carry_on"} in ext
    assert {"url": EXT_SAFE_CHECK_CHOICE_FROM, "valueCode": CHOICE_IN_THEIR_WORDS} in ext


def test_a_helplines_file_it_cannot_read_never_breaks_the_summary(sqlite_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The helplines are worked out when the record is built: a missing file says "Not recorded", nothing fails."""
    from bot.analysis.types import RiskAssessment
    from bot.settings import get_settings

    repository.ensure_conversation("next-no-file", channel="rest")
    repository.update_conversation("next-no-file", language="en", completed_by="person")
    repository.record_risk("next-no-file", message_id="m1", text=WORDS["en"]["disclosure"],
                           assessment=RiskAssessment("urgent", ("abuse", "domestic_abuse")), language="en",
                           alert_needed=True)
    with monkeypatch.context() as env:
        env.setenv("HELPLINES_FILE", str(tmp_path / "missing.yml"))
        get_settings.cache_clear()
        try:
            record = load_record("next-no-file")
        finally:
            get_settings.cache_clear()
    assert record is not None
    (next_steps,) = after(record)
    assert next_steps["helplines"] is None
    for ui in ("cy", "en"):
        (item,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        assert {f.key: f.value for f in item.follow_up}["helplines_given"] == label("choice_not_recorded", ui)
