"""One pooled engine per database URL (bot.storage.db): connections kept, set up once, shared by threads."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import event, text

from bot.storage import db, repository


def test_sqlite_connections_are_kept_and_set_up_once(sqlite_url: str) -> None:
    engine = db.get_engine(sqlite_url)
    opened: list[Any] = []
    event.listen(engine, "connect", lambda conn, _record: opened.append(conn))
    engine.dispose()  # start counting from no open connection
    for _ in range(20):
        with db.session_scope() as s:
            pragmas = {name: s.execute(text(f"PRAGMA {name}")).scalar_one()
                       for name in ("journal_mode", "foreign_keys", "busy_timeout", "secure_delete")}
    assert len(opened) == 1  # twenty units of work, one connection
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10000, "secure_delete": 1}


def test_threads_share_the_pool_safely(database_url: str) -> None:
    """Many threads storing answers at once (the action server's workers): every answer kept, none mixed up."""
    senders = [f"thread-{i}" for i in range(12)]
    for sender in senders:
        repository.ensure_conversation(sender, "rest")
        repository.record_consent(sender, True)

    def note(sender: str) -> None:
        for n in range(5):
            repository.update_conversation(sender, display_name=f"{sender}-{n}")

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(note, senders))
    with db.session_scope() as s:
        names = {repository.get_conversation(s, sender).display_name for sender in senders}  # type: ignore[union-attr]
    assert names == {f"{sender}-4" for sender in senders}


def test_the_same_url_gives_the_same_engine(sqlite_url: str) -> None:
    assert db.get_engine(sqlite_url) is db.get_engine(sqlite_url)
    assert db.engine_options(sqlite_url)["pool_size"] == db.SQLITE_POOL_SIZE
    assert db.engine_options("postgresql://u@127.0.0.1/x")["pool_pre_ping"] is True
