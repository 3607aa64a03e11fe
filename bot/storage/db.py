"""Database engine and sessions.

The embedded default is a SQLite file under `var/`; `DATABASE_URL` points
everything (our tables and Rasa's tracker store) at PostgreSQL instead.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import get_settings

_engines: dict[str, Engine] = {}
_sessionmakers: dict[str, sessionmaker] = {}


def database_url() -> str:
    """This process's database (DATABASE_URL), or the embedded SQLite file."""
    return get_settings().database


def sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the Rasa server, the action server and the web app share the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Deleted answers (consent withdrawn, start again) are overwritten on disk, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def get_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url not in _engines:
        kwargs: dict[str, Any] = {"future": True, "pool_pre_ping": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(engine, "connect", sqlite_pragmas)
        _engines[url] = engine
        _sessionmakers[url] = sessionmaker(bind=engine, future=True, expire_on_commit=False)
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

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", (url or database_url()).replace("%", "%%"))
    command.upgrade(cfg, "head")


def reset_engines() -> None:
    """Forget cached engines (tests switch databases)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()
    _sessionmakers.clear()
