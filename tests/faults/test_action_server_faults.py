"""The action server killed, or too slow, mid-conversation: a short apology in the person's language, their
message kept, and the conversation carrying on with every answer stored exactly once.

One real assistant for the module (Rasa, the action server, the web app), with a pass-through in front of
the action server (tests/faults/support.py) so a test can hold Rasa's calls as a slow server would.
"""
from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot import messages, services
from bot.settings import REPO_ROOT
from bot.storage import db, holding
from bot.storage.db import session_scope
from tests.faults.support import LONGEST_WAIT_SECONDS, ActionRelay, wait_until
from tests.servers.smtp import LocalSMTPServer
from tests.support.postgres import free_port
from tests.support.records import stored_conversation
from tests.support.rest import RestUser
from tests.support.stacks import serving

pytestmark = pytest.mark.e2e

#: Rasa gives up on an action after this long here (ACTION_CALL_TIMEOUT_SECONDS; 20 s by default).
CALL_TIMEOUT_SECONDS = 8


@dataclass
class Faulty:
    stack: services.Stack
    relay: ActionRelay
    log_dir: Path
    smtp: LocalSMTPServer

    def user(self, sender: str) -> RestUser:
        return RestUser(self.stack.rasa_url, sender)

    def kill_action_server(self) -> None:
        proc = self.stack.processes["actions"]
        os.killpg(proc.pid, signal.SIGKILL)  # no goodbye: as a crash or an out-of-memory kill would
        proc.wait(timeout=30)

    def start_action_server(self) -> None:
        log = services.open_private_log(self.log_dir / "actions.log")
        self.stack.processes["actions"] = subprocess.Popen(
            services.action_server_command(self.stack.action_port), cwd=REPO_ROOT, env=self.stack.env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, umask=services.PRIVATE_UMASK)
        health = f"http://127.0.0.1:{self.stack.action_port}/health"
        wait_until(lambda: services._get(health) is not None, "the action server answering again")


@pytest.fixture(scope="module")
def faulty(trained_model: Path) -> Iterator[Faulty]:
    workdir = Path(tempfile.mkdtemp(prefix="wm-faults-"))
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(url)
    action_port = free_port()
    relay = ActionRelay(f"http://127.0.0.1:{action_port}").start()
    smtp = LocalSMTPServer().start()
    env = {"DATABASE_URL": url, "ACTION_CALL_TIMEOUT_SECONDS": str(CALL_TIMEOUT_SECONDS),
           "ACTION_ENDPOINT_URL": f"{relay.url}/webhook",  # Rasa reaches the action server through the relay
           "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.port), "DUTY_EMAIL_TO": "duty-team@localhost",
           "ALERT_EMAIL_FROM": "beth-syn-bwysig@localhost"}
    stack = services.make_stack(free_port(), action_port, env, log_dir=workdir / "logs", web_port=free_port())
    try:
        with serving(stack, trained_model, url):
            yield Faulty(stack, relay, workdir / "logs", smtp)
    finally:
        relay.stop()
        smtp.stop()


def answers(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        return [(a.question_key, a.text) for a in stored_conversation(s, sender).answers]


def english_to_first_question(user: RestUser) -> None:
    user.say("/greet")
    user.press("English")
    user.press("Yes")
    user.press("it's about me")
    user.say("Dorothy")
    assert messages.text("q_what_matters", "en") in user.text


def welsh_to_first_question(user: RestUser) -> None:
    user.say("/greet")
    user.press("Cymraeg")
    user.say("/affirm")
    user.press("mae hyn amdana i")
    user.say("Mererid")
    assert messages.text("q_what_matters", "cy") in user.text


def test_the_action_server_killed_and_restarted(faulty: Faulty) -> None:
    sender = "faults-killed-" + uuid.uuid4().hex[:8]
    user = faulty.user(sender)
    english_to_first_question(user)
    words = "I want to walk to the shop again 🚶‍♀️ and keep seeing the grandchildren"

    faulty.kill_action_server()
    user.say(words)
    assert user.text == messages.text("kept_for_later", "en")  # one short apology, in their language
    assert [h.text for h in holding.held(sender)] == [words]  # kept verbatim
    assert answers(sender) == []

    faulty.start_action_server()
    user.say(words)  # they send it again anyway: kept once
    assert messages.text("q_strengths", "en") in user.text  # carrying on where they were
    assert answers(sender) == [("what_matters", words)]
    assert holding.held(sender) == []

    faulty.kill_action_server()
    user.say("My neighbour Glenys pops in")
    assert user.text == messages.text("kept_for_later", "en")
    faulty.start_action_server()
    user.say("Keep going to chapel on Sundays")  # their next answer, written before they saw the question
    assert messages.text("q_keep", "en") in user.text  # the held answer's reply comes first
    assert answers(sender) == [("what_matters", words), ("strengths", "My neighbour Glenys pops in"),
                               ("keep", "Keep going to chapel on Sundays")]
    assert messages.text("q_change", "en") in user.text


def test_a_disclosure_while_the_action_server_is_down_reaches_the_duty_team_once(faulty: Faulty) -> None:
    sender = "faults-disclosure-" + uuid.uuid4().hex[:8]
    user = faulty.user(sender)
    english_to_first_question(user)
    disclosure = "My son punches me and takes my money"

    faulty.kill_action_server()
    user.say(disclosure)
    # The help comes at once (the urgent reply and its helplines), then the note that the message is kept.
    assert "sharing this with our safeguarding team" in user.text and "999" in user.text
    assert user.text.endswith(messages.text("kept_for_later", "en"))
    with session_scope() as s:  # read for risk at once: the flag kept and the duty team told, now
        flags = [(f.level, f.text) for f in stored_conversation(s, sender).risk_flags]
        assert flags == [("urgent", disclosure)]
    assert faulty.smtp.wait_for(1, timeout=LONGEST_WAIT_SECONDS)

    faulty.start_action_server()
    user.say(disclosure)  # sent again: the held one is replayed; the urgent text was given already (stop 24)
    assert messages.text("kept_for_later", "en") not in user.text
    assert "sharing this with our safeguarding team" not in user.text
    assert messages.text("safety_check", "en") in user.text  # the pause after it, as after any disclosure
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert [(f.level, f.alert_status) for f in conv.risk_flags] == [("urgent", "sent")]
    assert len(faulty.smtp.messages) == 1  # told once
    assert disclosure not in faulty.smtp.received[0].raw.decode()


def test_an_action_server_slower_than_rasa_waits(faulty: Faulty) -> None:
    sender = "faults-slow-" + uuid.uuid4().hex[:8]
    user = faulty.user(sender)
    welsh_to_first_question(user)
    words = "Canu yn y côr bob nos Iau 🎶"

    faulty.relay.hold()  # the action server gets Rasa's call only once released
    try:
        user.say(words)
        assert user.text == messages.text("kept_for_later", "cy")
        assert faulty.relay.arrived.is_set()
    finally:
        faulty.relay.release()
    # The call Rasa gave up on reaches the action server late, and does its work there.
    wait_until(lambda: answers(sender) == [("what_matters", words)], "the late call storing the answer")

    user.say(words)  # sent again, word for word
    assert messages.text("q_strengths", "cy") in user.text  # the held message was replayed: carrying on
    assert answers(sender) == [("what_matters", words)]  # the late call and the replay: stored once
    assert holding.held(sender) == []


def test_no_service_log_holds_the_words(faulty: Faulty) -> None:
    logs = "\n".join(path.read_text(errors="replace") for path in faulty.log_dir.glob("*.log"))
    assert "the actions events are lost" in logs or "held for replay" in logs  # the failures were logged...
    for words in ("walk to the shop", "Glenys", "chapel on Sundays", "Canu yn y côr", "punches me"):
        assert words not in logs  # ...by kind, never with what the person wrote
