"""Whole conversations over the REST channel, in Welsh and in English, checked in the database."""
from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest

from bot import messages
from bot.settings import REPO_ROOT
from bot.storage.db import session_scope
from tests.support.records import stored_conversation

pytestmark = pytest.mark.e2e


def stored_answers(sender: str) -> dict[str, list[str]]:
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        out: dict[str, list[str]] = {}
        for a in conv.answers:
            out.setdefault(a.question_key, []).append(a.text)
        return out


def conversation(sender: str):
    with session_scope() as s:
        return stored_conversation(s, sender)


ENGLISH_ANSWERS = {
    "what_matters": "I want to walk to the shop again 🚶‍♀️\nand keep seeing the grandchildren",
    "strengths": "My neighbour Glenys pops in – she's a STAR ⭐",
    "keep": "Keep going to chapel on Sundays",
    "change": "a referral to the day centre",
    "why_change": "so I can meet people and not feel so alone all day",
    "support": "Be patient with me, I'm slow on the phone",
    "people": "My son Gareth <b>and</b> his wife <script>alert(1)</script>",
    "communication": "'; DROP TABLE answers; --",
    "visit_time": "Mornings, after 10.  Not Mondays!",
}


def test_person_completes_the_conversation_in_english(assistant) -> None:
    sender = "e2e-en-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("/greet")
    # Active Offer: Welsh first, both languages as equal choices.
    assert user.text.index("Shwmae") < user.text.index("Hello")
    assert [b["title"] for b in user.buttons] == ["Cymraeg", "English"]

    user.press("English")
    assert messages.text("consent_choice", "en") in user.text
    user.press("Yes")
    assert messages.text("role", "en") in user.text
    user.press("it's about me")
    assert messages.text("name", "en") in user.text
    user.say("Dorothy")
    assert "Thank you, Dorothy." in user.text
    assert messages.text("q_what_matters", "en") in user.text

    user.say(ENGLISH_ANSWERS["what_matters"])
    assert messages.text("q_strengths", "en") in user.text
    user.say(ENGLISH_ANSWERS["strengths"])
    user.say(ENGLISH_ANSWERS["keep"])
    assert messages.text("q_change", "en") in user.text
    user.say(ENGLISH_ANSWERS["change"])
    # A service, not a reason: asked once, gently, why it matters.
    assert "a referral to the day centre" in user.text and "What difference" in user.text
    user.say(ENGLISH_ANSWERS["why_change"])
    assert messages.text("q_support", "en") in user.text
    user.say(ENGLISH_ANSWERS["support"])
    assert messages.text("q_worries", "en") in user.text
    user.press("Skip")
    assert messages.text("q_people", "en") in user.text
    user.say(ENGLISH_ANSWERS["people"])
    user.say(ENGLISH_ANSWERS["communication"])
    assert messages.text("q_visit_time", "en") in user.text
    user.say(ENGLISH_ANSWERS["visit_time"])
    assert messages.text("q_anything_else", "en") in user.text
    user.press("Nothing else")

    # Read-back in their own words, grouped.
    assert "Here is what I've written down" in user.text
    assert "Keep going to chapel on Sundays" in user.text
    assert "Things to keep the same" in user.text
    assert conversation(sender).status != "confirmed"
    before = len(assistant.smtp.received)
    user.press("Yes, send it")
    conv = conversation(sender)
    assert conv.status == "confirmed"
    assert conv.reference in user.text

    # The team hears that a confirmed summary is waiting: reference and link, nothing personal.
    assert assistant.smtp.wait_for(before + 1, timeout=10)
    notice = [r for r in assistant.smtp.received if "adult-services@localhost" in r.rcpt_tos][-1]
    raw = notice.raw.decode("utf-8", "replace")
    assert conv.reference in raw and f"/summaries/{conv.reference}" in raw
    assert "Dorothy" not in raw and "chapel" not in raw and "Glenys" not in raw

    stored = stored_answers(sender)
    for key, text in ENGLISH_ANSWERS.items():
        assert stored[key] == [text], key  # byte for byte
    assert "worries" not in stored  # skipped, not invented
    assert conv.language == "en" and conv.completed_by == "person" and conv.display_name == "Dorothy"

    # The CLI prints the same record as JSON.
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "summary", sender, "--format", "json"],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True,
        env={**__import__("os").environ, "DATABASE_URL": assistant.database_url},
    ).stdout
    record = json.loads(out)
    assert record["reference"] == conv.reference and len(record["conversation_key"]) == 32
    assert sender not in out  # the chat's credential never leaves the service
    assert record["language"] == "en" and record["completed_by"] == "person"
    assert {a["text"] for a in record["answers"]} >= set(ENGLISH_ANSWERS.values())
    assert all(a["whose_view"] == "person" for a in record["answers"])
    texts = [o["text"] for o in record["outcomes"]]
    assert any("chapel" in t for t in texts)
    for o in record["outcomes"]:
        assert o["type"] in ("change", "maintenance", "process") and 0 <= o["confidence"] <= 1
    # An everyday conversation never raises an alarm. Loneliness said in passing ("not feel so
    # alone all day") may be noted quietly as a concern for the practitioner, never as urgent.
    assert [f for f in record["risk_flags"] if f["level"] == "urgent"] == []
    assert len(record["risk_flags"]) <= 1 and not conv.urgent

    # Nothing personal in the services' logs (INFO level): no name, no answer.
    logs = "".join(p.read_text(errors="replace") for p in assistant.stack.log_dir.glob("*.log"))
    assert "Dorothy" not in logs
    for text in ENGLISH_ANSWERS.values():
        assert text not in logs


WELSH_CARER_ANSWERS = {
    "what_matters": "Mae Mam isio aros yn ei chartref ei hun, efo'i chath Mali 🐈",
    "strengths": "Mae Nain drws nesa'n galw bob bore",
    "keep": "Dal i fynd i'r capel ar ddydd Sul, mae hi wrth ei bodd",
    "change": "Hoffai hi allu cerdded i'r siop eto heb ofn cwympo",
    "support": "Siarad Cymraeg efo hi, a pheidio â'i brysio",
    "worries": "Dw i'n poeni ei bod hi'n anghofio bwyta",
    "people": "Fi, fy mrawd Huw, a'r gweinidog",
    "communication": "Mae hi braidd yn fyddar – siaradwch yn glir",
    "visit_time": "Prynhawn dydd Mawrth, dw i yno bryd hynny",
    "carer_own": "Cael noson o gwsg iawn unwaith yr wythnos",
    "carer_support": "Rhywun i eistedd efo Mam tra dw i'n mynd i'r côr",
    "anything_else": "Diolch am ofyn 💐",
}


def test_carer_completes_the_conversation_in_welsh(assistant) -> None:
    sender = "e2e-cy-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("helo")
    user.press("Cymraeg")
    assert messages.text("consent_choice", "cy") in user.text
    user.say("ydw")  # a Welsh echo-form yes, typed
    assert messages.text("role", "cy") in user.text
    user.press("gofalu am rywun")
    user.say("Elin")
    assert "Diolch, Elin." in user.text
    user.say("Mam (Gwenda)")
    # "Mam" already says how they are connected (issue 11): the relationship is not asked again,
    # and the name in brackets is the name the questions use.
    assert messages.text("relationship", "cy", role="carer", cared_for_name="Gwenda") not in user.text
    assert "Bydda i'n gofyn am Wenda yn gyntaf" in user.text
    for key in ("what_matters", "strengths", "keep", "change", "support", "worries", "people",
                "communication", "visit_time", "carer_own", "carer_support", "anything_else"):
        user.say(WELSH_CARER_ANSWERS[key])
        assert "Saesneg" not in user.text or "English" in user.text  # never silently flips to English
    assert "Dyma beth dw i wedi'i ysgrifennu" in user.text
    assert "AMDANOCH CHI (Y GOFALWR)" in user.text
    user.press("Ydy")
    conv = conversation(sender)
    assert conv.status == "confirmed" and conv.language == "cy" and conv.preferred_language == "cy"
    assert messages.text("active_offer_applies", "cy") in user.text

    stored = stored_answers(sender)
    for key, text in WELSH_CARER_ANSWERS.items():
        assert stored[key] == [text], key
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        views = {(a.question_key, a.whose_view, a.about) for a in conv.answers}
        assert ("carer_own", "carer", "carer") in views
        assert ("what_matters", "carer", "person") in views
        assert all(a.language in ("cy", "und") for a in conv.answers)
        assert conv.cared_for_name == "Gwenda" and conv.relationship_to_person == "Mam"
