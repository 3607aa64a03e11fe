"""The action server's /ready names the database when it does not answer; /ready and /metrics need no action token.

The server is started as `whatmatters run` starts it (services.action_server_command), its models
loaded, but given a PostgreSQL address where nothing listens.
"""
from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import services
from bot.settings import REPO_ROOT, service_environment
from tests.observability.web import get
from tests.support.postgres import free_port
from tests.support.processes import stop_process

STARTS_WITHIN_SECONDS = 240  # a generous limit for a busy machine, not a speed check
PASSWORD = "s3cret-Pa55"


@pytest.fixture
def action_server_without_database(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    port, db_port = free_port(), free_port()
    url = f"postgresql://whatmatters:{PASSWORD}@127.0.0.1:{db_port}/whatmatters"
    env = {**service_environment(), "DATABASE_URL": url, "ACTION_SERVER_TOKEN": "the-token",
           "METRICS_TOKEN": "scrape-me"}
    env.pop("ACTION_HOST", None)
    log = tmp_path / "actions.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(services.action_server_command(port), cwd=REPO_ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTS_WITHIN_SECONDS
        while True:
            assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "the action server did not start"
            try:
                if get(base + "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.5)
        yield base, log, str(db_port)
    finally:
        stop_process(proc)


def test_not_ready_names_the_database_and_metrics_need_their_own_token(action_server_without_database) -> None:
    base, log, db_port = action_server_without_database
    status, body, _ = get(base + "/ready")  # no action token: readiness is open
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "checks": {"database": "unavailable", "models": "ok"},
                                "failing": ["database"]}
    assert get(base + "/metrics")[0] == 403  # METRICS_TOKEN is set here
    status, body, _ = get(base + "/metrics", {"Authorization": "Bearer scrape-me"})
    assert status == 200 and b"# TYPE whatmatters_action_seconds histogram" in body
    assert get(base + "/actions")[0] == 403  # everything else still needs the action server's token
    logged = log.read_text(errors="replace")
    assert "readiness: the database did not answer" in logged
    for secret in (PASSWORD, db_port, "postgresql://"):
        assert secret not in logged
