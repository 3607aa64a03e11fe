"""The web app's /ready and /metrics, on a real server: ready with its database, 503 naming it without.

No Rasa here: the record's figures are counted from the database at each scrape, so a web app
and a database are all it takes.
"""
from __future__ import annotations

import json
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from bot.storage.db import session_scope
from bot.storage.models import Conversation
from tests.observability.web import get, web_app
from tests.support.postgres import free_port

#: A password in the URL the web app is given: readiness must never show it, nor where the database is.
PASSWORD = "s3cret-Pa55"


def _value(text: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return sample.value
    raise AssertionError(f"no {name} {labels} in the metrics")


def test_ready_and_counting_with_the_database(sqlite_url: str, tmp_path: Path) -> None:
    with web_app(sqlite_url, tmp_path / "web.log") as base:
        status, body, _ = get(base + "/ready")
        assert (status, json.loads(body)) == (200, {"status": "ready", "checks": {"database": "ok"}})

        status, body, content_type = get(base + "/metrics")
        assert status == 200 and content_type.startswith("text/plain")
        before = _value(body.decode(), "whatmatters_conversations_started", channel="telegram", language="cy")
        assert _value(body.decode(), "whatmatters_record_up") == 1
        with session_scope(sqlite_url) as s:
            s.add(Conversation(sender_id="tg-55501", reference="WM-QQQQQQ", channel="telegram", language="cy",
                               display_name="Gwenllian"))
        text = get(base + "/metrics")[1].decode()
        assert _value(text, "whatmatters_conversations_started", channel="telegram", language="cy") == before + 1
        assert "tg-55501" not in text and "WM-QQQQQQ" not in text and "Gwenllian" not in text
        assert "process_resident_memory_bytes" in text  # the process's own figures come too


def test_metrics_need_the_token_when_one_is_set(sqlite_url: str, tmp_path: Path) -> None:
    with web_app(sqlite_url, tmp_path / "web.log", METRICS_TOKEN="scrape-me") as base:
        assert get(base + "/metrics")[0] == 403
        assert get(base + "/metrics", {"Authorization": "Bearer wrong"})[0] == 403
        status, body, _ = get(base + "/metrics", {"Authorization": "Bearer scrape-me"})
        assert status == 200 and b"whatmatters_record_up 1.0" in body
        assert get(base + "/ready")[0] == 200  # readiness stays open: it says only "ok" or "unavailable"


def test_not_ready_names_the_database_and_nothing_else(tmp_path: Path) -> None:
    port = free_port()  # nothing listens here
    url = f"postgresql://whatmatters:{PASSWORD}@127.0.0.1:{port}/whatmatters"
    log = tmp_path / "web.log"
    with web_app(url, log) as base:
        assert get(base + "/health") == (200, b"ok", "text/plain; charset=utf-8")  # alive, though not ready
        status, body, _ = get(base + "/ready")
        assert status == 503
        assert json.loads(body) == {"status": "unavailable", "checks": {"database": "unavailable"},
                                    "failing": ["database"]}
        status, body, _ = get(base + "/metrics")  # a scrape still answers, saying the record could not be read
        assert status == 200 and _value(body.decode(), "whatmatters_record_up") == 0
    logged = log.read_text()
    assert "readiness: the database did not answer" in logged
    for secret in (PASSWORD, str(port), "postgresql://"):
        assert secret not in logged
