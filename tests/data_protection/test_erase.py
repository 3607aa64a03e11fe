"""`whatmatters erase REF`: one person's data gone (record and Rasa's events), an urgent flag kept, audited."""
from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from bot.conversation.erase import erase_conversation
from bot.settings import REPO_ROOT
from bot.storage import repository
from bot.storage.db import session_scope
from bot.web import store
from bot.web.models import AuditEntry
from tests.data_protection.conftest import DISCLOSURE, WORDS, a_record, a_transcript, events_of
from tests.web.helpers import WebServer


def whatmatters(url: str, *args: str, answer: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=url)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=REPO_ROOT, env=env, input=answer,
                          capture_output=True, text=True, check=False, timeout=300)


def audit_rows(action: str) -> list[AuditEntry]:
    with session_scope() as s:
        rows = list(s.execute(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).scalars())
        for row in rows:
            s.expunge(row)
        return rows


def test_erase_by_reference_removes_the_record_and_rasas_events_and_is_audited(database_url: str) -> None:
    reference = a_record("rest-erase-me")
    a_transcript(database_url, "rest-erase-me")
    a_record("rest-someone-else")
    a_transcript(database_url, "rest-someone-else")
    assert events_of("rest-erase-me") > 0

    done = whatmatters(database_url, "erase", reference.lower(), "--yes", "--by", "Dafydd (data protection)")
    assert done.returncode == 0, done.stderr
    assert f"Erased {reference}: answers 1, outcomes 1, unreadable notes 1, flags 0, transcript events " in done.stdout
    for secret in ("rest-erase-me", WORDS, "Dilys"):
        assert secret not in done.stdout + done.stderr  # counts, never words, names or sender ids
    with session_scope() as s:
        assert repository.get_conversation_by_reference(s, reference) is None
    assert events_of("rest-erase-me") == 0
    assert events_of("rest-someone-else") > 0  # only that person's

    [row] = audit_rows("erased")
    assert row.reference == reference and row.team == "north" and row.user_id is None
    assert row.detail.startswith("by Dafydd (data protection) (whatmatters erase): answers 1, outcomes 1")
    assert "transcript events" in row.detail and WORDS not in row.detail and "rest-erase-me" not in row.detail
    # Shown to the team's manager on /audit (the page reads the log through this one function).
    with session_scope() as s:
        assert [r["reference"] for r in store.audit_page(s, "north") if r["action"] == "erased"] == [reference]


def test_an_urgent_flag_is_kept_for_the_duty_team_and_the_command_says_so(database_url: str) -> None:
    reference = a_record("rest-urgent", urgent=True)
    a_transcript(database_url, "rest-urgent")
    done = whatmatters(database_url, "erase", reference, "--yes")
    assert done.returncode == 0, done.stderr
    assert "urgent safeguarding flag" in done.stdout and "KEPT for the duty team" in done.stdout
    assert "kept for the duty team: the reference and 1 safeguarding flag(s)" in done.stdout
    with session_scope() as s:
        conv = repository.get_conversation_by_reference(s, reference)
        assert conv is not None and conv.urgent
        assert [f.text for f in conv.risk_flags] == [DISCLOSURE]
        assert conv.answers == [] and conv.outcomes == [] and conv.unreadable == [] and conv.display_name is None
    assert events_of("rest-urgent") == 0
    [row] = audit_rows("erased")
    assert row.reference == reference and "kept for the duty team" in row.detail and DISCLOSURE not in row.detail
    assert row.detail.startswith("by ")  # the account that ran it, when no --by is given


def test_it_asks_first_and_no_keeps_everything(sqlite_url: str) -> None:
    reference = a_record("rest-ask")
    kept = whatmatters(sqlite_url, "erase", reference, answer="no\n")
    assert kept.returncode == 1 and "Nothing was erased." in kept.stdout
    assert f"{reference} holds: answers 1, outcomes 1" in kept.stdout  # shown before asking
    with session_scope() as s:
        assert repository.get_conversation_by_reference(s, reference) is not None
    assert audit_rows("erased") == []
    gone = whatmatters(sqlite_url, "erase", reference, answer="yes\n")
    assert gone.returncode == 0 and f"Erased {reference}" in gone.stdout
    with session_scope() as s:
        assert repository.get_conversation_by_reference(s, reference) is None


def test_an_unknown_reference_is_a_clear_message_and_exit_code_1(sqlite_url: str) -> None:
    a_record("rest-stays")
    unknown = whatmatters(sqlite_url, "erase", "WM-ZZZZ22", "--yes")
    assert unknown.returncode == 1
    assert "No conversation has the reference WM-ZZZZ22; nothing was erased." in unknown.stderr
    not_a_reference = whatmatters(sqlite_url, "erase", "rest-stays", "--yes")
    assert not_a_reference.returncode == 1 and "That is not a reference" in not_a_reference.stderr
    assert "rest-stays" not in not_a_reference.stderr  # a pasted sender id is not echoed back
    with session_scope() as s:
        assert repository.get_conversation(s, "rest-stays") is not None
    assert audit_rows("erased") == []


def test_a_dry_run_of_the_core_counts_exactly_and_changes_nothing(database_url: str) -> None:
    reference = a_record("rest-dry", urgent=True)
    a_transcript(database_url, "rest-dry")
    before = events_of("rest-dry")
    preview = erase_conversation(reference=reference, dry_run=True)
    assert preview.found and preview.kept_for_safety and preview.answers == 1 and preview.transcript_events == before
    with session_scope() as s:
        conv = repository.get_conversation_by_reference(s, reference)
        assert conv is not None and len(conv.answers) == 1 and conv.display_name == "Dilys"
    assert events_of("rest-dry") == before
    assert erase_conversation(reference=reference) == preview  # the real thing removes what was counted


def test_the_erasure_shows_on_the_audit_page(web: WebServer) -> None:
    reference = a_record("rest-audit-page")
    done = whatmatters(web.db_url, "erase", reference, "--yes", "--by", "Eleri")
    assert done.returncode == 0, done.stderr
    page = web.client("manager").get("/audit")
    assert page.status_code == 200
    row = next(line for line in page.text.split("<tr") if reference in line)
    assert "Erased a person&#39;s data (command)" in row and "by Eleri (whatmatters erase)" in row


def test_messages_held_for_replay_go_too(sqlite_url: str) -> None:
    from bot.storage import holding
    from bot.storage.models import HeldMessage

    reference = a_record("rest-held")
    assert holding.hold("rest-held", "rest", "m9", "Held while the action server was away")
    assert holding.hold("rest-other", "rest", "m1", "Someone else's")
    done = erase_conversation(reference=reference)
    assert done.held_messages == 1 and "messages held for replay 1" in done.counts
    with session_scope() as s:
        assert [h.sender_id for h in s.execute(select(HeldMessage)).scalars()] == ["rest-other"]
