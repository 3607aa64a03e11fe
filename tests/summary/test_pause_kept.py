"""What happened after a disclosure, kept as it happened (stop 19's "noticed, left alone", items 1 and 2).

A break after a disclosure was not shown: "take a break" by button stored nothing and coming back cleared the
waiting check. The helplines were worked out at summary time from today's config, so a changed config made the
record say something that never happened. Now each step of the pause (carry on, break, stop, came back) is kept
with when (bot.storage.models.PauseStep) and the urgent reply's helplines are kept by id on the flag; the summary
shows those in every format and both interface languages. Played through the conversation core, Welsh and English.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from bot.settings import get_settings
from bot.summary import load_record, render
from bot.summary.fhir import EXT_HELPLINE_GIVEN, EXT_HELPLINES_FROM, EXT_PAUSE_STEP
from bot.summary.record import CHOICE_BY_BUTTON, CHOICE_IN_THEIR_WORDS, HELPLINES_KEPT, NOT_ANSWERED_YET
from bot.summary.view import build_view, format_time, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.summary.test_what_happened_next import (
    BREAK_BUTTON,
    CARRY_ON_BUTTON,
    DOMESTIC_LINE,
    WORDS,
    after,
    page_text,
    pdf_text,
    play,
    top_of,
)

LANGS = pytest.mark.parametrize("lang", ["en", "cy"])
#: Fictional: what they type when they come back after a while ("carry on" in their own words).
BACK = {"en": "ok im back, carry on", "cy": "dw i nôl, parhau"}


def steps_of(record: dict[str, Any]) -> list[tuple[str, str]]:
    (next_steps,) = after(record)
    return [(step["step"], step["from"]) for step in next_steps["steps"]]


@LANGS
def test_a_break_and_coming_back_are_kept_and_shown_in_every_format(sqlite_url: str, lang: str,
                                                                    tmp_path: Path) -> None:
    w = WORDS[lang]
    record = play(f"kept-break-{lang}", lang, [w["q_what_matters"], w["disclosure"], w["break"], BACK[lang],
                                               w["next"]])
    assert steps_of(record) == [("break", CHOICE_IN_THEIR_WORDS), ("back", CHOICE_IN_THEIR_WORDS),
                                ("carry_on", CHOICE_IN_THEIR_WORDS)]
    (next_steps,) = after(record)
    took_break, came_back = (step["at"] for step in next_steps["steps"][:2])
    assert took_break and came_back and took_break <= came_back
    assert next_steps["choice"] == "carry_on"
    jsonschema.validate(json.loads(json.dumps(record, ensure_ascii=False)), SUMMARY_SCHEMA)
    for ui in ("cy", "en"):
        (disclosure,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        lines = [(f.key, f.value) for f in disclosure.follow_up if not f.verbatim]
        assert [key for key, _ in lines] == ["helplines_given", "safe_check_choice", "safe_check_back",
                                             "safe_check_choice"]
        took_break_at, came_back_at = format_time(took_break, ui), format_time(came_back, ui)
        assert took_break_at and came_back_at
        assert lines[1][1].startswith(label("choice_break", ui)) and took_break_at in lines[1][1]
        assert lines[2][1] == came_back_at
        assert lines[3][1].startswith(label("choice_carry_on", ui))
        md = render.md_unescape(render.render_markdown(record, ui))
        web = page_text(render.render_html_body(record, ui))
        pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
        for name, text in (("md", md), ("web", web), ("pdf", pdf)):
            top, _ = top_of(text[text.index(label("prepared", ui)):], ui)
            for expected in (label("choice_break", ui), label("after_came_back", ui), came_back_at):
                assert expected in top, (name, ui, expected)
            assert top.index(label("choice_break", ui)) < top.index(label("after_came_back", ui)), name
            assert top.index(w["disclosure"]) < top.index(label("after_came_back", ui)), name
    out = io.BytesIO()
    render.write(record, "fhir", out)
    (flag,) = [e["resource"] for e in json.loads(out.getvalue())["entry"] if e["resource"]["resourceType"] == "Flag"
               and "urgent" in [c["code"] for c in e["resource"]["code"]["coding"]]]
    steps = [{x["url"]: x.get("valueCode") or x.get("valueDateTime") for x in e["extension"]}
             for e in flag["extension"] if e["url"] == EXT_PAUSE_STEP]
    assert steps == [{"step": "break", "at": took_break}, {"step": "back", "at": came_back},
                     {"step": "carry_on", "at": next_steps["steps"][2]["at"]}]
    assert {"url": EXT_HELPLINES_FROM, "valueCode": HELPLINES_KEPT} in flag["extension"]


@LANGS
def test_a_break_by_button_then_back_still_waiting(sqlite_url: str, lang: str) -> None:
    """Back after a break with something else than a choice: the check is asked again, and the summary says so."""
    w = WORDS[lang]
    record = play(f"kept-button-{lang}", lang, [w["q_what_matters"], w["disclosure"], BREAK_BUTTON, w["reply"]])
    assert steps_of(record) == [("break", CHOICE_BY_BUTTON), ("back", CHOICE_IN_THEIR_WORDS)]
    (next_steps,) = after(record)
    assert next_steps["choice"] == NOT_ANSWERED_YET
    for ui in ("cy", "en"):
        (disclosure,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        values = [f.value for f in disclosure.follow_up if not f.verbatim]
        assert label("choice_from_button", ui) in values[1] and values[-1] == label("choice_waiting", ui)
    # a stop by button, then back by button: both kept, with the time pressed
    stopped = play(f"kept-stop-{lang}", lang, [w["q_what_matters"], w["disclosure"], "/stop", CARRY_ON_BUTTON])
    assert steps_of(stopped) == [("stop", CHOICE_BY_BUTTON), ("back", CHOICE_BY_BUTTON),
                                 ("carry_on", CHOICE_BY_BUTTON)]


def _config_without_live_fear_free(tmp_path: Path) -> Path:
    """Today's helplines with Live Fear Free no longer offered for domestic abuse, and a new line that would be."""
    data = yaml.safe_load(Path(get_settings().helplines_file).read_text(encoding="utf-8"))
    for line in data["helplines"]:
        if line["id"] == "live_fear_free":
            line["fits"] = {"categories": ["nothing_now"]}
    data["helplines"].append({"id": "new_line", "name": {"cy": "Llinell Newydd", "en": "New Line"},
                              "number": "0800 000 000", "description": {"cy": "x", "en": "x"},
                              "fits": {"categories": ["domestic_abuse", "abuse"]}})
    path = tmp_path / "helplines.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@LANGS
def test_the_helplines_shown_are_the_ones_given_not_todays_config(sqlite_url: str, lang: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = WORDS[lang]
    sender = f"kept-lines-{lang}"
    given = play(sender, lang, [w["q_what_matters"], w["disclosure"], w["reply"]])
    (flag,) = [f for f in given["risk_flags"] if f["level"] == "urgent"]
    assert flag["helplines_given"][0] == "emergency_999" and "live_fear_free" in flag["helplines_given"]
    monkeypatch.setenv("HELPLINES_FILE", str(_config_without_live_fear_free(tmp_path)))
    get_settings.cache_clear()
    record = load_record(sender)
    assert record is not None
    (next_steps,) = after(record)
    assert next_steps["helplines_from"] == HELPLINES_KEPT
    ids = [line["id"] for line in next_steps["helplines"]]
    assert ids == flag["helplines_given"] and "new_line" not in ids  # what was said, not what today's rule says
    for ui in ("cy", "en"):
        (disclosure,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        given_line = next(f for f in disclosure.follow_up if f.key == "helplines_given")
        assert given_line.label == label("after_helplines_kept", ui)  # kept, not "worked out"
        assert DOMESTIC_LINE[ui] in given_line.value and "0800 000 000" not in given_line.value
    out = io.BytesIO()
    render.write(record, "fhir", out)
    assert "Live Fear Free: 0808 80 10 800" in [e.get("valueString") for x in json.loads(out.getvalue())["entry"]
                                                for e in x["resource"].get("extension", [])
                                                if e["url"] == EXT_HELPLINE_GIVEN]


@LANGS
def test_a_second_disclosure_keeps_only_the_new_lines_it_gave(sqlite_url: str, lang: str) -> None:
    w = WORDS[lang]
    record = play(f"kept-second-{lang}", lang, [w["q_what_matters"], w["disclosure"], w["reply"], w["carry_on"],
                                                w["next"], w["second"]])
    first, second = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert "emergency_999" in first["helplines_given"] and "emergency_999" not in second["helplines_given"]
    assert not set(first["helplines_given"]) & set(second["helplines_given"])
    assert [line["id"] for line in second["after"]["helplines"]] == second["helplines_given"]


# Acceptance trial T16: she stopped by the button, shaking, came back and asked twice when and how they would contact
# her; the stop was not shown and her questions were listed as replies to "are you safe right now?".
RETURN = {"cy": ["Helo. Fi sy 'ma 'to. Beth fydd yn digwydd nawr?",
                 "Ond pryd fydd rhywun yn cysylltu? A shwt? Sai moyn iddo fe wbod."],
          "en": ["Hello. It's me again. What happens now?",
                 "But when will someone get in touch? And how? I don't want him to know."]}
SHAKING = {"cy": "Odw, am nawr, ma fe yn y gwaith tan 6.",
           "en": "Yes, for now, he's at work till 6."}


@LANGS
def test_a_stop_and_the_words_on_coming_back_are_shown_in_the_order_they_happened(sqlite_url: str, lang: str,
                                                                                   tmp_path: Path) -> None:
    from bot.conversation import steering
    from bot.storage import repository
    from tests.conversation.memory import MemoryConversation, MemoryTurn

    w = WORDS[lang]
    sender = f"kept-return-{lang}"
    conversation = MemoryConversation(sender, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Jo")
    repository.record_consent(sender, True)
    conversation.start()
    for words in (w["q_what_matters"], w["disclosure"], SHAKING[lang], "/stop"):
        conversation.say(words)
    for words in RETURN[lang]:  # to "welcome back": kept as said on coming back (bot.conversation.steering)
        steering.route(MemoryTurn(conversation, words))
    conversation.say(CARRY_ON_BUTTON)
    record = load_record(sender)
    assert record is not None
    (next_steps,) = after(record)
    assert [s["step"] for s in next_steps["steps"]] == ["stop", "back", "carry_on"]
    for ui in ("cy", "en"):
        (disclosure,) = next(g for g in build_view(record, ui).sections[0].groups if g.key == "urgent").items
        lines = [(f.key, f.label, f.value) for f in disclosure.follow_up][1:]
        # "... I don't want him to know." says who must not be told: under what must not be shared (issue 11), its
        # questions listed with the other words said on coming back
        assert [(key, value) for key, _, value in lines if key == "safe_check_reply"] == [
            ("safe_check_reply", SHAKING[lang]), ("safe_check_reply", RETURN[lang][0]),
            ("safe_check_reply", RETURN[lang][1])]
        sensitive = next(g for g in build_view(record, ui).sections[0].groups if g.key == "sensitive")
        assert [i.quote for i in sensitive.items] == [RETURN[lang][1].split("? ")[-1]]
        assert [key for key, _, _ in lines] == ["safe_check_reply", "safe_check_choice", "safe_check_reply",
                                                "safe_check_reply", "safe_check_back", "safe_check_choice"]
        assert lines[0][1].startswith(label("after_reply", ui))
        assert lines[1][2].startswith(label("choice_stop", ui)) and label("choice_from_button", ui) in lines[1][2]
        # her questions on coming back: no replies to "are you safe?"
        assert lines[2][1].startswith(label("after_reply_after_stop", ui))
        assert lines[3][1].startswith(label("after_reply_after_stop", ui))
        assert lines[5][2].startswith(label("choice_carry_on", ui))
        md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
        top = md[md.index(label("sec_safeguarding", ui)):md.index(label("sec_about", ui))]
        assert top.index(label("choice_stop", ui)) < top.index(RETURN[lang][0]) < top.index(
            label("after_came_back", ui))
