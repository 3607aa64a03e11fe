"""DATABASE_URL points everything at PostgreSQL, and a restart loses no conversation."""
from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import messages, services
from bot.storage import db
from bot.storage.db import session_scope
from tests.support.postgres import free_port
from tests.support.records import stored_conversation
from tests.support.rest import RestUser

pytestmark = pytest.mark.e2e


def test_conversation_survives_a_restart_on_postgresql(trained_model: Path, postgres, monkeypatch) -> None:
    url = postgres.create_database("restart_" + uuid.uuid4().hex[:8])
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    db.migrate(url)
    logs = Path(tempfile.mkdtemp(prefix="wm-pg-logs-"))
    sender = "e2e-pg-" + uuid.uuid4().hex[:8]

    stack = services.make_stack(free_port(), free_port(), {"DATABASE_URL": url}, log_dir=logs, web_port=free_port())
    stack.start(trained_model)
    try:
        stack.wait_ready()
        user = RestUser(stack.rasa_url, sender)
        user.say("/greet")
        user.press("Cymraeg")
        user.say("/affirm")
        user.press("mae hyn amdana i")
        user.say("Mererid")
        user.say("Canu yn y côr bob nos Iau 🎶")
        assert messages.text("q_strengths", "cy") in user.text
    finally:
        stack.stop()

    # A fresh set of servers on the same database picks up exactly where the person was.
    stack = services.make_stack(free_port(), free_port(), {"DATABASE_URL": url}, log_dir=logs, web_port=free_port())
    stack.start(trained_model)
    try:
        stack.wait_ready()
        user = RestUser(stack.rasa_url, sender)
        user.say("Fy chwaer, Non")
        assert messages.text("q_keep", "cy") in user.text
    finally:
        stack.stop()

    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert [a.text for a in conv.answers] == ["Canu yn y côr bob nos Iau 🎶", "Fy chwaer, Non"]
        assert conv.language == "cy" and conv.display_name == "Mererid"
    with db.get_engine(url).connect() as conn:
        events = conn.execute(text("select count(*) from events where sender_id = :s"), {"s": sender}).scalar_one()
        assert events > 10  # Rasa's tracker lives in PostgreSQL too
    db.reset_engines()
