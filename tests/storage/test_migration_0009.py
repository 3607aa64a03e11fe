"""Migration 0009 upgrades a database made at 0008 with a disclosure in it, and the summary still reads it.

Why: a council's database holds records kept before the helplines and the pause's steps were; `whatmatters
migrate` must bring it up without losing a flag, and those records' "what happened next" is then worked out
as before (labelled so). The command itself is run, as an operator would, on a SQLite file made at 0008.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from bot.settings import REPO_ROOT, get_settings
from bot.storage import db
from bot.summary import load_record
from bot.summary.record import HELPLINES_WORKED_OUT

DISCLOSURE = "He hits me when he's had a drink and I'm scared of him"  # fictional


def _at_0008(url: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(db.__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0008")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO conversations (id, sender_id, reference, channel, team, language, register, completed_by, "
            "status, urgent, review_status, started_at, updated_at, unmatched_invitation, safe_check, "
            "safe_check_message) VALUES (1, 'old-sender', 'WM-OLD009', 'rest', 'north', 'en', 'chi', 'person', "
            "'in_progress', 1, 'new', '2026-12-01 10:00:00', '2026-12-01 10:05:00', 0, 'break', 'm2')"))
        conn.execute(text(
            "INSERT INTO risk_flags (conversation_id, message_id, level, categories, text, language, created_at, "
            "alert_status, alert_attempts) VALUES (1, 'm1', 'urgent', 'abuse,domestic_abuse', :t, 'en', "
            "'2026-12-01 10:01:00', 'sent', 1)"), {"t": DISCLOSURE})
    engine.dispose()


def test_whatmatters_migrate_upgrades_a_database_made_at_0008(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'whatmatters.db'}"
    _at_0008(url)
    env = {**os.environ, "DATABASE_URL": url}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "migrate"], check=False, cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() >= "0009"
        assert "helplines" in {c["name"] for c in inspect(conn).get_columns("risk_flags")}
        assert inspect(conn).has_table("pause_steps")
        assert conn.execute(text("SELECT text, helplines FROM risk_flags")).one() == (DISCLOSURE, None)
    engine.dispose()


def test_a_record_kept_before_0009_is_read_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    url = f"sqlite:///{tmp_path / 'whatmatters.db'}"
    _at_0008(url)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    db.reset_engines()
    try:
        db.migrate(url)
        record = load_record("WM-OLD009")
    finally:
        db.reset_engines()
    assert record is not None
    (flag,) = record["risk_flags"]
    assert flag["text"] == DISCLOSURE and flag["helplines_given"] is None
    assert flag["after"]["helplines_from"] == HELPLINES_WORKED_OUT and flag["after"]["steps"] == []
    assert "live_fear_free" in [line["id"] for line in flag["after"]["helplines"]]
    assert flag["after"]["choice"] == "break"  # as the record stands (no time kept then)
