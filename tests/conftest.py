"""Shared fixtures: fresh databases (SQLite and a real PostgreSQL) and the running assistant."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.settings import get_settings  # noqa: E402
from bot.storage import db  # noqa: E402
from tests.support.postgres import LocalPostgres, free_port  # noqa: E402
from tests.support.stacks import pointed_at  # noqa: E402

#: The web servers the tests start (python -m bot.web, whatmatters run) skip the warm-up a served app does before it
#: listens (AX22, stop 44): each would otherwise spend 15-30 s on this loaded machine compiling the risk rules.
#: tests/web/test_warm_up_stop44.py switches it on where it is what is tested.
os.environ.setdefault("WEB_WARM_UP", "no")
#: The tests' clients answer within milliseconds of each question, faster than a person could read it: with the typing
#: window on, every answer would be more of the one before (tests/conversation/test_burst_timing_stop44.py turns it on).
os.environ.setdefault("BURST_TYPING_WINDOW", "no")

#: Fixtures that run a whole assistant, web app or cluster, and the attribute naming the database it writes.
STACK_RECORDS = {"assistant": "database_url", "cluster": "database_url", "web": "db_url"}


@pytest.fixture(autouse=True)
def _settings_read_afresh() -> Iterator[None]:
    """The process's settings are read once; each test reads the environment it sets up."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _reads_the_record_its_stack_writes(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that uses a running stack reads that stack's database, whatever other stack started since.

    A stack points this process at its database when it starts (tests.support.stacks.serving). Under pytest-xdist a
    worker runs files from many folders, so a session-wide stack (tests/e2e's assistant, tests/web's web app) can be
    started before another folder's stack and then read the other's database (stop 42: 38 e2e and web tests found no
    record). Each test is pointed back at its own, and the old value comes back after it.
    """
    for name, attribute in STACK_RECORDS.items():
        if name in request.fixturenames:
            with pointed_at(getattr(request.getfixturevalue(name), attribute)):
                yield
            return
    yield


@pytest.fixture
def sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A migrated, empty SQLite database used by everything in this test."""
    url = f"sqlite:///{tmp_path / 'whatmatters.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    db.reset_engines()
    db.migrate(url)
    yield url
    db.reset_engines()


@pytest.fixture(scope="session")
def postgres() -> Iterator[LocalPostgres]:
    server = LocalPostgres().start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres: LocalPostgres, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[str]:
    """A migrated, empty PostgreSQL database used by everything in this test."""
    name = "t_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50] + f"_{free_port()}"
    url = postgres.create_database(name)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    db.reset_engines()
    db.migrate(url)
    yield url
    db.reset_engines()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The Rasa model every test that starts Rasa uses (tests/e2e, tests/scale); trained only if the data changed."""
    from bot import services

    assert services.train(quiet=True) == 0, "rasa train failed"
    model = services.latest_model()
    assert model is not None
    return model


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Run the test on the embedded default and on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
