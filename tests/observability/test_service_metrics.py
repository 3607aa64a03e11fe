"""Health, readiness and metrics of all three services after a short real conversation.

One assistant for this module (conftest.py): a person starts, answers a question and discloses
harm over the REST channel. Every service's /metrics moves (a conversation started, turn and action
latencies observed, an urgent flag) and holds no sender id, reference, name or word they typed;
every /ready is 200, until the action server is stopped, when Rasa's names it.
"""
from __future__ import annotations

import json
import signal
import uuid

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.storage.db import session_scope
from tests.e2e.conftest import Assistant
from tests.observability.web import get
from tests.support.records import stored_conversation
from tests.support.rest import RestUser

pytestmark = pytest.mark.e2e

NAME = "Gwenllian"
ANSWER = "Going to the allotment with my granddaughter"
DISCLOSURE = "my stepdad hits me when mum is out"
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def urls(assistant: Assistant) -> dict[str, str]:
    """Each service's address for health, readiness and metrics (+ "/health", "/ready", "/metrics")."""
    stack = assistant.stack
    return {"web": f"http://127.0.0.1:{stack.web_port}", "actions": f"http://127.0.0.1:{stack.action_port}",
            "rasa": f"{stack.rasa_url}/webhooks/ops"}


def scrape(base: str) -> tuple[Samples, str]:
    status, body, content_type = get(base + "/metrics")
    assert status == 200 and content_type.startswith("text/plain"), (base, status)
    text = body.decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}, text


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum of `name` over the series whose labels include `labels`."""
    return sum(v for (n, ls), v in samples.items() if n == name and labels.items() <= dict(ls).items())


def converse(assistant: Assistant, sender: str) -> RestUser:
    user = assistant.user(sender)
    user.say("/greet")
    user.press("English")
    user.say("/affirm")
    user.press("young person")
    user.say(NAME)
    user.say(ANSWER)
    user.say(DISCLOSURE)
    return user


def test_every_service_is_alive_and_ready(assistant: Assistant) -> None:
    for service, base in urls(assistant).items():
        assert get(base + "/health")[0] == 200, service
        status, body, _ = get(base + "/ready")
        ready = json.loads(body)
        assert (status, ready["status"]) == (200, "ready"), (service, ready)
        assert set(ready["checks"].values()) == {"ok"}
    assert set(json.loads(get(urls(assistant)["rasa"] + "/ready")[1])["checks"]) == {"model", "action_server",
                                                                                        "database"}
    assert set(json.loads(get(urls(assistant)["actions"] + "/ready")[1])["checks"]) == {"database", "models"}


def test_a_conversation_moves_the_figures_and_leaves_no_personal_data(assistant: Assistant) -> None:
    where = urls(assistant)
    before = {service: scrape(base)[0] for service, base in where.items()}
    sender = "obs-" + uuid.uuid4().hex
    converse(assistant, sender)
    with session_scope() as s:
        reference = stored_conversation(s, sender).reference
    after, texts = {}, {}
    for service, base in where.items():
        after[service], texts[service] = scrape(base)

    def moved(service: str, name: str, **labels: str) -> float:
        return total(after[service], name, **labels) - total(before[service], name, **labels)

    # The record, counted by the web app from the database.
    assert moved("web", "whatmatters_conversations_started", channel="rest", language="en") == 1
    assert moved("web", "whatmatters_risk_flags", level="urgent", language="en") == 1
    assert moved("web", "whatmatters_duty_alerts") == 1  # its duty alert, in one state or another
    # Latency, where it happened: seven turns at Rasa's REST door, and actions for them.
    assert moved("rasa", "whatmatters_turn_seconds_count", channel="rest", outcome="ok") == 7
    assert moved("actions", "whatmatters_action_seconds_count", outcome="ok") >= 7
    assert moved("actions", "whatmatters_action_seconds_count", action=metrics.OTHER) == 0  # our actions, named

    personal = (sender, reference, NAME, ANSWER, DISCLOSURE, "stepdad", "allotment")
    for service, text in texts.items():
        for bit in personal:
            assert bit.lower() not in text.lower(), (service, bit)


def test_rasa_is_not_ready_without_its_action_server(assistant: Assistant) -> None:
    """Last in this module: it stops the action server of this module's assistant."""
    actions = assistant.stack.processes["actions"]
    actions.send_signal(signal.SIGTERM)
    actions.wait(timeout=30)
    status, body, _ = get(urls(assistant)["rasa"] + "/ready")
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "failing": ["action_server"],
                                "checks": {"model": "ok", "action_server": "unavailable", "database": "ok"}}
    assert get(urls(assistant)["rasa"] + "/health")[0] == 200  # alive, though not ready
