"""PostgreSQL stopped mid-conversation and started again: no answer silently dropped, readiness says so,
and the conversation carries on where it was.

The whole assistant on a real PostgreSQL server (Rasa's tracker and the record share it), stopped with
`pg_ctl stop` while a person is answering and started again with its data.
"""
from __future__ import annotations

import json
import tempfile
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import messages, services
from bot.health import database_ready
from bot.storage import db
from bot.storage.db import session_scope
from tests.faults.support import StoppablePostgres, wait_until
from tests.support.postgres import free_port
from tests.support.records import stored_conversation
from tests.support.rest import RestUser

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def stoppable_postgres() -> Iterator[StoppablePostgres]:
    server = StoppablePostgres()
    server.start()
    yield server
    server.stop()


def _ready(url: str) -> tuple[int, dict[str, object]]:
    """The action server's readiness answer: (status, its JSON body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_postgresql_stopped_and_started_mid_conversation(trained_model: Path, stoppable_postgres: StoppablePostgres,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    url = stoppable_postgres.create_database("faults_" + uuid.uuid4().hex[:8])
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    db.migrate(url)
    logs = Path(tempfile.mkdtemp(prefix="wm-faults-pg-"))
    sender = "faults-pg-" + uuid.uuid4().hex[:8]
    words = "Gardening with my neighbour on Saturdays 🌱"
    stack = services.make_stack(free_port(), free_port(), {"DATABASE_URL": url}, log_dir=logs, web_port=free_port())
    ready = f"http://127.0.0.1:{stack.action_port}/ready"
    stack.start(trained_model)
    try:
        stack.wait_ready()
        user = RestUser(stack.rasa_url, sender)
        user.say("/greet")
        user.press("English")
        user.press("Yes")
        user.press("it's about me")
        user.say("Dorothy")
        assert messages.text("q_what_matters", "en") in user.text
        assert _ready(ready)[0] == 200

        stoppable_postgres.pause()
        try:
            assert database_ready(url) is False
            status, body = _ready(ready)
            assert status == 503 and body.get("failing") == ["database"]  # readiness says so
            user.say(words)
            # Nothing could keep it (Rasa's tracker lives there too): asked to send it again, in both
            # languages, as their choice of language cannot be read either.
            assert user.text == messages.text("message_not_kept", None)
        finally:
            stoppable_postgres.resume()
        wait_until(lambda: _ready(ready)[0] == 200, "the action server ready again")

        user.say(words)  # sent again, as they were asked
        assert messages.text("q_strengths", "en") in user.text  # carrying on where they were
        user.say("My neighbour Glenys pops in")
        assert messages.text("q_keep", "en") in user.text
    finally:
        stack.stop()

    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert [(a.question_key, a.text) for a in conv.answers] == [
            ("what_matters", words), ("strengths", "My neighbour Glenys pops in")]
    for log in logs.glob("*.log"):
        assert "Gardening" not in log.read_text(errors="replace")  # failures logged by kind only
    db.reset_engines()
