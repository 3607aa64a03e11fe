"""The action server answers Rasa only: a request without ACTION_SERVER_TOKEN is refused and changes nothing.

Before, any caller that reached /webhook could raise an urgent flag (and a duty alert) on another
team's record, or confirm it. The server is started as `whatmatters run` starts it
(services.action_server_command); that Rasa really sends the token is shown by the end-to-end
conversation tests, which go through endpoints.yml.
"""
from __future__ import annotations

import json
import secrets
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import services
from bot.actions.server import TOKEN_HEADER
from bot.settings import REPO_ROOT, service_environment
from bot.storage.db import session_scope
from bot.storage.models import Conversation, RiskFlag
from tests.support.postgres import free_port
from tests.support.processes import stop_process

READY_WITHIN_SECONDS = 240  # a generous limit for a busy machine, not a speed check
DISCLOSURE = "My husband hits me and I am scared he will kill me"


def _call(port: int, path: str, body: dict | None = None, token: str | None = None) -> tuple[int, bytes]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers[TOKEN_HEADER] = token
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers,
                                     method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _action_call(sender: str) -> dict:
    """What Rasa sends when the person's message is a disclosure and the next action is help."""
    return {
        "next_action": "action_help",
        "sender_id": sender,
        "version": "3.6.2",
        "domain": {},
        "tracker": {
            "sender_id": sender, "slots": {}, "events": [], "paused": False, "followup_action": None,
            "active_loop": {}, "latest_action_name": "action_listen",
            "latest_message": {"text": DISCLOSURE, "message_id": f"{sender}-m1", "intent": {"name": "help"},
                               "entities": [], "metadata": {}},
        },
    }


def _stored(sender: str) -> tuple[int, int]:
    """(conversations, risk flags) stored for this sender."""
    with session_scope() as s:
        conv = s.execute(select(Conversation).where(Conversation.sender_id == sender)).scalar_one_or_none()
        if conv is None:
            return 0, 0
        return 1, len(s.execute(select(RiskFlag).where(RiskFlag.conversation_id == conv.id)).scalars().all())


@pytest.fixture
def action_server(sqlite_url: str, tmp_path: Path) -> Iterator[tuple[int, str]]:
    port, token = free_port(), secrets.token_hex(24)
    env = {**service_environment(), "DATABASE_URL": sqlite_url, "ACTION_SERVER_TOKEN": token}
    env.pop("SANIC_HOST", None)
    env.pop("ACTION_HOST", None)
    log_path = tmp_path / "actions.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(services.action_server_command(port), cwd=REPO_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + READY_WITHIN_SECONDS
        while True:
            assert proc.poll() is None, log_path.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "the action server did not start"
            try:
                if _call(port, "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.5)
        yield port, token
        assert "Action endpoint is up and running on http://127.0.0.1:" in log_path.read_text(errors="replace")
    finally:
        stop_process(proc)


def test_only_a_caller_with_the_token_reaches_the_actions(action_server: tuple[int, str]) -> None:
    port, token = action_server
    sender = "auth-test-sender"
    for wrong in (None, "", "not-the-token", token[:-1], token + "x"):
        status, body = _call(port, "/webhook", _action_call(sender), wrong)
        assert status == 403, (wrong, body[:200])
        assert DISCLOSURE.encode() not in body
    assert _call(port, "/actions", token=None)[0] == 403
    assert _stored(sender) == (0, 0)  # nothing was kept, flagged or alerted

    status, body = _call(port, "/webhook", _action_call(sender), token)
    assert status == 200, body[:300]
    assert "responses" in json.loads(body)
    conversations, flags = _stored(sender)
    assert conversations == 1 and flags >= 1  # the real call is handled as before

