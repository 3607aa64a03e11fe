"""Please check: the learned model alone, unsure (stop 24, issue 11).

Where no urgent rule fires and the learned model alone would make a message urgent below the bar where it is sure
(bot.analysis.risk.SURE_THRESHOLD), the flag is a concern marked "please check": the duty team is still told, by an
alert that says plainly the assistant was unsure and carries no words; the person gets a gentle reply (thanks, 999,
one helpline) and the questions carry on; the summary lists it after the urgent flags. A disclosure a rule reads is
urgent as before, with the full reply.

The Welsh model-only messages are real dev material (benchmarks/conversations/dev2_disclosures.tsv, its tuning half),
read by the model alone at p(urgent) 0.70-0.80 at the time of writing; the English one is made up (stop 26, below).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import SURE_THRESHOLD, assess_risk, explain, please_check
from bot.conversation.safety import note_risk
from bot.safeguarding.duty import retry_waiting
from bot.safeguarding.helplines import format_helplines, load_helplines
from bot.settings import Settings
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.fhir import EXT_PLEASE_CHECK, to_fhir
from bot.summary.view import build_view, label
from bot.web.summaries import list_rows
from tests.conversation.memory import MemoryConversation, MemoryTurn, started
from tests.safeguarding.test_duty_alert_once import _tried
from tests.servers.smtp import LocalSMTPServer

_senders = itertools.count(1)

#: Read by the model alone, no urgent rule. The English one was a dev2 disclosure ("I walked to the bridge ... I won't be
#: walking home.") until stop 26 read a place and a sideways ending across two sentences by rule (urgent now); this one
#: was written then, read by the model alone (no rule) and raised to urgent below the bar where it is sure.
WATER = "been sat by the canal most of the night looking at the water. dont think im going home"
#: The Welsh one was a dev2 disclosure (a funeral arranged, the cat given away) until stop 27 read that by rule; this one
#: was written then, read by the model alone (no rule) below the bar.
FUNERAL = "mae popeth yn barod rŵan, y llythyrau a phopeth. fydd neb yn gorfod poeni amdana i ar ôl penwythnos yma"
#: A young person's knife kept "just in case" (stop 31): the model alone, unsure. It replaced "di bod yn torri eto ers nos
#: sul. llewys hir yn ysgol so neb di sylwi", which with ten writers' lines trained the model reads as sure (urgent):
#: cutting again since Sunday, hidden, is a person on duty acting today, so urgent is the right reading.
KNIFE = "mae gen i gyllell fach yn fy stafell, dim ond rhag ofn"
CUTTING = "di bod yn torri eto ers nos sul. llewys hir yn ysgol so neb di sylwi"
MODEL_ONLY = {"en": WATER, "cy": FUNERAL, "cy_young": KNIFE}
#: Read by a rule: urgent, as before.
RULE_CAUGHT = {"en": "I want to kill myself", "cy": "Dw i eisiau lladd fy hun"}


def _conversation(language: str, role: str) -> MemoryConversation:
    return started(f"please-check-{language}-{role}-{next(_senders)}", language, role=role, name="Sam")


def _text(conversation: MemoryConversation, key: str, **values: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi", **values)


def _flags(sender: str) -> list[tuple[str, bool, str, str]]:
    """(level, please check, alert status, words) of every flag, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.please_check, f.alert_status, f.text) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


@pytest.mark.parametrize("text", list(MODEL_ONLY.values()))
def test_the_model_alone_below_the_bar_is_please_check(text: str) -> None:
    # What is asserted is the behaviour (no rule reads it; the model alone raises it; a person decides), not where the
    # model's probability falls (stop 27): the bar itself is test_the_bar's, with numbers chosen there.
    found = explain(text)
    assert found["rules"] == [] and found["model"]["raised_to"] == "urgent"  # type: ignore[index]
    reading = assess_risk(text)
    assert (reading.level, reading.please_check) == ("concern", True)
    assert reading.categories  # a harm's category, so the helpline fits


@pytest.mark.parametrize("text", list(RULE_CAUGHT.values()))
def test_a_rule_caught_disclosure_is_still_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.please_check) == ("urgent", False)


def test_cutting_again_hidden_under_long_sleeves_is_urgent() -> None:
    """Self-harm done again since Sunday and hidden (stop 31): the model alone is sure, so urgent, not "please check"."""
    reading = assess_risk(CUTTING)
    assert (reading.level, reading.please_check) == ("urgent", False)
    assert "self_harm" in reading.categories


def test_the_bar() -> None:
    assert please_check("none", "urgent", SURE_THRESHOLD - 0.001)
    assert not please_check("none", "urgent", SURE_THRESHOLD)  # the model sure: urgent, as before
    assert not please_check("urgent", "urgent", 0.5)  # a rule's urgent is never changed
    assert not please_check("none", "concern", 0.7)


@pytest.mark.parametrize("language, role, words, line", [
    ("en", "person", WATER, "nhs_111_press_2"),
    ("en", "young_person", WATER, "childline"),
    ("cy", "person", FUNERAL, "nhs_111_press_2"),
    ("cy", "young_person", KNIFE, "childline"),
])
def test_the_person_gets_a_gentle_reply_and_the_questions_carry_on(
        sqlite_url: str, language: str, role: str, words: str, line: str) -> None:
    conversation = _conversation(language, role)
    asked = conversation.requested
    conversation.say(words)
    helpline = next(h for h in load_helplines() if h.id == line)
    register = conversation.slots.get("register") or "chi"
    gentle = _text(conversation, "please_check", helpline=format_helplines([helpline], language, register))
    assert conversation.text.startswith(gentle)
    assert "999" in gentle and helpline.number in gentle
    offered = [h for h in load_helplines() if format_helplines([h], language, register) in conversation.text]
    assert offered == [helpline]  # one line only (999 is said in the words)
    urgent_opening = _text(conversation, "urgent", helplines="").splitlines()[0]
    assert urgent_opening not in conversation.text
    assert _text(conversation, "safety_check") not in conversation.text  # no "are you safe?" pause
    assert conversation.requested not in (None, asked)  # the next question, at once
    ((level, unsure, alert, kept),) = _flags(conversation.sender_id)
    assert (level, unsure, kept) == ("concern", True, words)  # byte for byte
    assert alert in ("pending", "failed")  # the duty team is told (no channel in this test: it waits)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and not conv.urgent
        row = list_rows([conv])[0]
    assert row["urgent"] is False  # the web list's urgent badge is not set
    assert row["attention"] == "safeguarding_concern" and row["please_check"] is True  # its own badge (trial T15)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_rule_caught_disclosure_gets_the_full_reply(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, "person")
    conversation.say(RULE_CAUGHT[language])
    assert _text(conversation, "urgent", helplines="").splitlines()[0] in conversation.text
    assert _text(conversation, "please_check_no_line") not in conversation.text
    assert conversation.text.endswith(_text(conversation, "safety_check"))
    assert [(level, unsure) for level, unsure, _, _ in _flags(conversation.sender_id)] == [("urgent", False)]


def test_the_duty_alert_says_please_check_and_holds_no_words(sqlite_url: str, smtp_server: LocalSMTPServer) -> None:
    conversation = _conversation("en", "person")
    conversation.say(WATER)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        reference = conv.reference
    assert [row[2] for row in repository.flags_awaiting_alert() if row[1] == reference] == [repository.CHECK]
    _tried(conversation.sender_id)  # the first attempt (no channel in the process's settings) has ended
    settings = Settings.from_env({"SMTP_HOST": smtp_server.host, "SMTP_PORT": str(smtp_server.port),
                                  "DUTY_EMAIL_TO": "duty@example.org", "ALERT_EMAIL_FROM": "wm@example.org",
                                  "PUBLIC_BASE_URL": "https://wm.example.org", "ALERT_RETRY_DELAY_SECONDS": "0"})
    assert retry_waiting(settings) >= 1
    assert smtp_server.wait_for(1, 30)
    (email,) = [m for m in smtp_server.messages if reference in str(m["Subject"])]
    subject, body = str(email["Subject"]), email.get_content()
    assert "please check" in subject.lower() and "unsure" in subject and "gwiriwch" in subject
    assert "Please read the message and decide" in body and "Darllenwch y neges a phenderfynwch" in body
    assert f"https://wm.example.org/summaries/{reference}" in body
    for words in ("bridge", "water", "stick", "walking home", "suicide", "Sam"):
        assert words not in subject and words not in body
    assert _flags(conversation.sender_id)[0][2] == "sent"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_summary_lists_it_after_urgent_and_before_concerns(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, "person")
    conversation.say(MODEL_ONLY[language])
    conversation.say(RULE_CAUGHT[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [(f["level"], f["please_check"]) for f in record["risk_flags"]] == [("urgent", False), ("concern", True)]
    (flag,) = [f for f in record["risk_flags"] if f["please_check"]]
    fhir_flag = next(e["resource"] for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "Flag"
                     and e["resource"]["identifier"][0]["value"].endswith(f"/flag/{flag['id']}"))
    assert {"url": EXT_PLEASE_CHECK, "valueBoolean": True} in fhir_flag["extension"]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        keys = [g.key for g in view.sections[0].groups]
        assert keys.index("urgent") < keys.index("please_check") < keys.index("concerns")
        group = next(g for g in view.sections[0].groups if g.key == "please_check")
        assert group.title == label("group_please_check", ui)
        (item,) = group.items
        assert item.quote == MODEL_ONLY[language]  # whole, verbatim: the duty team reads it to decide
        assert item.level_label == label("level_please_check", ui)
    assert label("group_please_check", "en") == "Please check: the assistant was unsure"
    assert label("group_please_check", "cy").startswith("Gwiriwch")


def test_the_duty_team_can_open_the_record_before_any_consent(sqlite_url: str) -> None:
    """The alert links to the record: a "please check" flag makes it readable as an urgent one does, consent or not."""
    conversation = MemoryConversation(f"please-check-early-{next(_senders)}", language="en")
    note_risk(MemoryTurn(conversation, WATER))
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.consent is None and not conv.urgent
        assert [f.please_check for f in conv.risk_flags] == [True]
        assert repository.may_reach_practitioner(conv)
        assert conv.id in {c.id for c in repository.list_conversations(s)}
