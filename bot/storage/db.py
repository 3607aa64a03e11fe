"""Database engine and sessions.

The embedded default is a SQLite file under `var/`; `DATABASE_URL` points
everything (our tables and Rasa's tracker store) at PostgreSQL instead.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot.settings import get_settings

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()
_sessionmakers: dict[str, sessionmaker[Session]] = {}


def database_url() -> str:
    """This process's database (DATABASE_URL), or the embedded SQLite file."""
    return get_settings().database


#: The record holds people's words: only the account that runs the service may read its files.
PRIVATE_FILE_MODE = 0o600
#: The files SQLite keeps beside the database (it gives them the database file's own mode).
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def keep_private(path: Path) -> None:
    """Make `path` (created empty if missing) and its SQLite side files readable by this account only.

    Created with the private mode from the start, not made and then narrowed, so there is no moment
    when another account can open it; an older file left readable by others is narrowed too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if candidate.stat().st_mode & 0o077:
                candidate.chmod(PRIVATE_FILE_MODE)


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (another database, or SQLite in memory)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Every process that opens the file (Rasa's tracker store too) narrows it before WAL files exist.
    cursor = dbapi_connection.cursor()
    for _, name, file in cursor.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            keep_private(Path(file))
    # WAL lets the Rasa server, the action server and the web app share the file.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Deleted answers (consent withdrawn, start again) are overwritten on disk, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


#: Connections each process keeps open to a SQLite file and may open beyond that at a busy moment.
#: SQLAlchemy 1.4 opens (and closes) a new SQLite connection per session otherwise, with our PRAGMAs
#: each time: 41% of the action server's time per turn (issue 12). A kept connection is used by one
#: thread at a time (check_same_thread=False only lets the pool hand it to another thread later).
SQLITE_POOL_SIZE = 5
SQLITE_POOL_OVERFLOW = 10


def engine_options(url: str) -> dict[str, Any]:
    """How an engine for `url` is made: a kept pool of connections, each set up once when it opens."""
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        if sqlite_file(url) is not None:  # a file: kept connections (in memory, SQLAlchemy's own choice stays)
            kwargs.update(poolclass=QueuePool, pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_OVERFLOW)
    else:
        kwargs["pool_pre_ping"] = True  # a database server restarted: its old connections are replaced, not failed on
    return kwargs


def get_engine(url: str | None = None) -> Engine:
    """This process's one engine (and pool) for `url`, shared by every thread and by Rasa's tracker store."""
    url = url or database_url()
    if url in _engines:
        return _engines[url]
    with _engines_lock:  # actions run on worker threads: two first calls at once must not make two pools
        if url not in _engines:
            path = sqlite_file(url) if url.startswith("sqlite") else None
            if path is not None:
                keep_private(path)
            engine = create_engine(url, **engine_options(url))
            if url.startswith("sqlite"):
                event.listen(engine, "connect", sqlite_pragmas)
            _sessionmakers[url] = sessionmaker(bind=engine, future=True, expire_on_commit=False)
            _engines[url] = engine  # last: a thread that finds the engine finds its sessionmaker too
    return _engines[url]


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One unit of work: committed on success, rolled back on any error."""
    get_engine(url)
    session: Session = _sessionmakers[url or database_url()]()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def migrate(url: str | None = None) -> None:
    """Bring the schema up to date with the Alembic migrations."""
    from alembic import command
    from alembic.config import Config

    url = url or database_url()
    path = sqlite_file(url)
    if path is not None:
        keep_private(path)  # Alembic's own engine would otherwise create it readable by all
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def reset_engines() -> None:
    """Forget cached engines (tests switch databases)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()
    _sessionmakers.clear()
