"""Retention: old records (and Rasa's events) deleted, new ones kept, urgent flags kept for the duty team, audited."""
from __future__ import annotations

import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

from sanic import Sanic
from sqlalchemy import select

from bot.conversation.retention import RetentionPolicy, RetentionRun, apply_retention
from bot.settings import REPO_ROOT, Settings
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import utcnow
from bot.web.app import create_app
from bot.web.models import AuditEntry
from tests.data_protection.conftest import DISCLOSURE, a_record, a_transcript, age, events_of
from tests.data_protection.test_erase import audit_rows, whatmatters
from tests.support.postgres import free_port
from tests.support.processes import stop_process

POLICY = RetentionPolicy(unconfirmed_days=30, after_visit_days=90)


def exists(sender: str) -> bool:
    with session_scope() as s:
        return repository.get_conversation(s, sender) is not None


def a_world(url: str) -> None:
    """One of each case the rules tell apart, with Rasa's events beside each."""
    now = utcnow()
    long_ago, lately = now - timedelta(days=45), now - timedelta(days=5)
    for sender, urgent, confirm in [("old-unconfirmed", False, False), ("new-unconfirmed", False, False),
                                    ("old-urgent", True, False), ("old-confirmed", False, True),
                                    ("visited-long-ago", False, True), ("visited-lately", False, True),
                                    ("urgent-visited-long-ago", True, True), ("old-but-chatting", False, False)]:
        a_record(sender, urgent=urgent, confirm=confirm)
        a_transcript(url, sender, at=now if sender in ("new-unconfirmed", "old-but-chatting") else long_ago)
    for sender in ("old-unconfirmed", "old-urgent", "old-confirmed", "old-but-chatting"):
        age(sender, last_activity=long_ago)
    age("visited-long-ago", last_activity=now - timedelta(days=200), visit_done=now - timedelta(days=100))
    age("urgent-visited-long-ago", last_activity=now - timedelta(days=200), visit_done=now - timedelta(days=91))
    age("visited-lately", last_activity=now - timedelta(days=200), visit_done=lately)
    a_transcript(url, "never-had-a-record", at=long_ago)  # someone who only said hello, long ago
    a_transcript(url, "said-hello-today")


def snapshot() -> dict[str, object]:
    with session_scope() as s:
        convs = {c.sender_id: (len(c.answers), len(c.outcomes), len(c.risk_flags), c.display_name)
                 for c in (repository.get_conversation(s, x) for x in SENDERS) if c is not None}
    return {"records": convs, "events": {x: events_of(x) for x in SENDERS}}


SENDERS = ("old-unconfirmed", "new-unconfirmed", "old-urgent", "old-confirmed", "visited-long-ago", "visited-lately",
           "urgent-visited-long-ago", "old-but-chatting", "never-had-a-record", "said-hello-today")


def test_the_rules_on_sqlite_and_postgresql(database_url: str) -> None:
    a_world(database_url)
    before = snapshot()

    dry = apply_retention(POLICY, dry_run=True)
    assert snapshot() == before  # a dry run changes nothing
    assert dry.dry_run and dry.counts.startswith("dry run: ")

    run = apply_retention(POLICY)
    assert (run.unconfirmed, run.kept_for_safety, run.after_visit) == (2, 1, 2)
    assert run.transcripts_without_record == 1 and run.failed == 0
    assert (run.answers, run.outcomes, run.unreadable, run.flags) == (4, 4, 4, 1)
    assert run.transcript_events == sum(before["events"][x] for x in (  # type: ignore[index]
        "old-unconfirmed", "old-urgent", "visited-long-ago", "urgent-visited-long-ago", "never-had-a-record"))
    assert dry == RetentionRun(**{**run.__dict__, "dry_run": True})  # the dry run counted exactly this

    # Never confirmed and idle for 45 days: gone, with Rasa's events.
    assert not exists("old-unconfirmed") and events_of("old-unconfirmed") == 0
    # ... unless still chatting (Rasa's events are activity too), or recent.
    assert exists("old-but-chatting") and exists("new-unconfirmed") and events_of("new-unconfirmed") > 0
    # Confirmed, visit not yet done: kept however old; visit done 5 days ago: kept; 100 days ago: gone.
    assert exists("old-confirmed") and exists("visited-lately")
    assert not exists("visited-long-ago") and events_of("visited-long-ago") == 0
    # Urgent and never confirmed: only the duty team's part is left, with the words that raised the flag.
    with session_scope() as s:
        urgent = repository.get_conversation(s, "old-urgent")
        assert urgent is not None and urgent.urgent and [f.text for f in urgent.risk_flags] == [DISCLOSURE]
        assert urgent.answers == [] and urgent.unreadable == [] and urgent.display_name is None
    assert events_of("old-urgent") == 0
    # Urgent, visit done 91 days ago: the duty team's time is over too.
    assert not exists("urgent-visited-long-ago")
    # Rasa's events with no record: the old ones go, today's stay.
    assert events_of("never-had-a-record") == 0 and events_of("said-hello-today") > 0

    again = apply_retention(POLICY)  # nothing left to do: the urgent remainder is not counted again
    assert not again.anything


def test_marking_the_visit_done_starts_the_clock(sqlite_url: str) -> None:
    a_record("to-visit", confirm=True)
    with session_scope() as s:
        conv = repository.get_conversation(s, "to-visit")
        assert conv is not None and conv.visit_done_at is None
        repository.advance_review_status(conv, "viewed")
        assert conv.visit_done_at is None
        repository.advance_review_status(conv, "visit_done")
        marked: datetime | None = conv.visit_done_at  # (a fresh name: mypy still thinks it is None)
        assert marked is not None and utcnow() - marked < timedelta(minutes=5)
    assert not apply_retention(POLICY).anything
    later = utcnow() + timedelta(days=91)
    assert apply_retention(POLICY, now=later, dry_run=True).after_visit == 1
    assert exists("to-visit")
    assert apply_retention(POLICY, now=later).after_visit == 1 and not exists("to-visit")


def test_the_command_dry_run_then_real_run_audited(sqlite_url: str) -> None:
    a_record("cli-old")
    age("cli-old", last_activity=utcnow() - timedelta(days=31))
    dry = whatmatters(sqlite_url, "retention", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would delete: never confirmed 1 (kept for the duty team 0)" in dry.stdout and "Nothing was changed" in dry.stdout
    assert exists("cli-old") and audit_rows("retention") == []

    done = whatmatters(sqlite_url, "retention", "--by", "Gwyn")
    assert done.returncode == 0, done.stderr
    assert "Deleted: never confirmed 1" in done.stdout and "answers 1, outcomes 1" in done.stdout
    assert not exists("cli-old")
    [row] = audit_rows("retention")
    assert row.detail.startswith("by Gwyn (whatmatters retention): never confirmed 1") and row.reference is None

    shorter = whatmatters(sqlite_url, "retention")  # nothing due: still one row per run, saying so
    assert shorter.returncode == 0 and "never confirmed 0" in shorter.stdout
    assert len(audit_rows("retention")) == 2


def test_the_policy_comes_from_settings() -> None:
    s = Settings.from_env({"RETENTION_UNCONFIRMED_DAYS": "7", "RETENTION_AFTER_VISIT_DAYS": "365",
                           "RETENTION_AUTOMATIC": "off", "RETENTION_EVERY_MINUTES": "15"})
    assert RetentionPolicy.from_settings(s) == RetentionPolicy(7, 365)
    assert not s.retention_automatic and s.retention_every_minutes == 15.0
    default = Settings.from_env({})
    assert (default.retention_unconfirmed_days, default.retention_after_visit_days) == (30, 90)
    assert default.retention_automatic and default.retention_every_minutes == 60.0


def _sweep_listeners(app: Sanic) -> list[str]:
    """Our listeners on the app (Sanic 21.12 keeps server listeners as signal routes)."""
    handlers = [getattr(route.handler, "keywords", {}).get("listener") for route in app.signal_router.routes]
    return sorted(h.__qualname__ for h in handlers if h is not None and h.__module__ == "bot.web.data_protection")


def test_switched_off_the_web_app_starts_no_sweep() -> None:
    assert _sweep_listeners(create_app(Settings())) == ["register.<locals>.start", "register.<locals>.stop"]
    assert _sweep_listeners(create_app(Settings(retention_automatic=False))) == []


def test_the_web_app_sweeps_by_itself_and_audits_it(sqlite_url: str, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    a_record("web-old")
    age("web-old", last_activity=utcnow() - timedelta(days=40))
    a_record("web-new")
    port = free_port()
    log = tmp_path / "web.log"
    env = dict(os.environ, DATABASE_URL=sqlite_url, PYTHONPATH=str(REPO_ROOT), RETENTION_EVERY_MINUTES="0.01")
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while exists("web-old") and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.3)
        assert not exists("web-old"), log.read_text()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
            assert r.status == 200
    finally:
        stop_process(proc)
    assert exists("web-new")
    with session_scope() as s:
        rows = list(s.execute(select(AuditEntry).where(AuditEntry.action == "retention")).scalars())
    # Repeated sweeps found nothing more and wrote nothing more: one row, for the run that deleted.
    assert len(rows) == 1 and rows[0].detail.startswith("by the web app (every 0.01 min): never confirmed 1")
