"""A Rasa server killed mid-conversation (SIGKILL: nothing finished, nothing flushed) and started again.

The person carries on where they were: their next message answers the question they were on,
the reply asks the one after, and every answer they were given a reply to is in the record once.
tests/e2e/test_postgres_restart.py covers an orderly stop; here the process just dies.
"""
from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import services
from bot.storage import db
from tests.scale.conversations import ENGLISH_PERSON, WELSH_PERSON, Conversation, assert_stored_once_in_order
from tests.support.cluster import Cluster, RoundRobinUser, kill_rasa, restart_rasa
from tests.support.postgres import free_port

pytestmark = pytest.mark.e2e


def test_behind_the_load_balancer_on_postgresql(cluster: Cluster) -> None:
    user = cluster.user(f"scale-killed-{uuid.uuid4().hex[:8]}")
    conversation = Conversation(user, WELSH_PERSON)
    conversation.open()
    conversation.answer(2)

    # The server that answered last dies; the load balancer's health check takes it out.
    dead = next(s for s in cluster.stacks if s.rasa_url == user.served_by[-1])
    kill_rasa(dead)
    user.servers = [s.rasa_url for s in cluster.stacks if s is not dead]
    conversation.answer(2)  # on the other server: the question they were on, then the next

    # Then the other one dies too (the whole service down), and both come back.
    kill_rasa(next(s for s in cluster.stacks if s is not dead))
    restart_rasa(cluster.stacks, cluster.model)
    user.servers = cluster.rasa_urls
    conversation.answer_the_rest()
    conversation.confirm()

    assert_stored_once_in_order(user.sender, WELSH_PERSON)
    assert len(set(user.served_by)) == 2


@pytest.fixture(scope="module")
def sqlite_stack(model: Path) -> Iterator[tuple[services.Stack, str]]:
    """The embedded default: one Rasa server and its action server on the SQLite file, no web app."""
    workdir = Path(tempfile.mkdtemp(prefix="wm-killed-"))
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(url)
    stack = services.make_stack(free_port(), free_port(), {"DATABASE_URL": url}, log_dir=workdir / "logs",
                                web_port=free_port(), with_web=False)
    stack.start(model)
    try:
        stack.wait_ready()
        yield stack, url
    finally:
        stack.stop()
        db.reset_engines()


def test_on_the_default_sqlite(sqlite_stack: tuple[services.Stack, str], model: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    stack, url = sqlite_stack
    monkeypatch.setenv("DATABASE_URL", url)  # read the record where this server writes it
    user = RoundRobinUser([stack.rasa_url], f"scale-killed-sqlite-{uuid.uuid4().hex[:8]}")
    conversation = Conversation(user, ENGLISH_PERSON)
    conversation.open()
    conversation.answer(3)

    kill_rasa(stack)
    restart_rasa([stack], model)
    conversation.answer_the_rest()  # the first reply after the restart asks the question after the one they were on
    conversation.confirm()

    assert_stored_once_in_order(user.sender, ENGLISH_PERSON)
