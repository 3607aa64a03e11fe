"""One set of servers for every test in tests/scale: PostgreSQL, Redis, two Rasa servers, two action servers.

Package-scoped: Rasa start-ups are the slow part, so they happen once for the folder (the
killed-server test restarts what it kills before it ends).
"""
from __future__ import annotations

import shutil
import tarfile
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage import db
from tests.support.cluster import Cluster, start_cluster
from tests.support.postgres import LocalPostgres
from tests.support.redis import LocalRedis
from tests.support.stacks import pointed_at

#: How long to wait for a model that is being written by a training run elsewhere.
MODEL_COPY_SECONDS = 300.0


@pytest.fixture(scope="package")
def model(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A whole copy of the trained model: a retraining elsewhere rewrites bot/models under running tests,
    and a Rasa server restarted then would load half a file."""
    copy = tmp_path_factory.mktemp("model") / trained_model.name
    deadline = time.monotonic() + MODEL_COPY_SECONDS
    while True:
        shutil.copyfile(trained_model, copy)
        try:
            with tarfile.open(copy) as archive:
                archive.getmembers()  # reads to the end: a file still being written fails here
            return copy
        except (tarfile.TarError, EOFError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(5)


@pytest.fixture(scope="package")
def redis_server() -> Iterator[LocalRedis]:
    server = LocalRedis().start()
    yield server
    server.stop()


@pytest.fixture(scope="package")
def cluster(model: Path, postgres: LocalPostgres, redis_server: LocalRedis) -> Iterator[Cluster]:
    url = postgres.create_database("scale_" + uuid.uuid4().hex[:8])
    db.reset_engines()
    db.migrate(url)
    with pointed_at(url):  # the tests read the record where the servers write it
        servers = start_cluster(model, url, redis_server, Path(tempfile.mkdtemp(prefix="wm-scale-")))
        try:
            yield servers
        finally:
            servers.stop()
