"""The Alembic history builds exactly the tables the code uses, on SQLite and on PostgreSQL.

Why: a column added to a model but not to a migration works in tests that call create_all,
then fails on a council's real database after an upgrade.
"""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import bot.web.models  # noqa: F401  (registers the web app's tables on Base)
from bot.storage import db
from bot.storage.models import Base


def test_migrations_match_the_models(database_url: str) -> None:
    with db.get_engine(database_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff


def test_sqlite_overwrites_deleted_words(sqlite_url: str) -> None:
    """Withdrawn answers must not linger in the database file's free pages."""
    from sqlalchemy import text

    with db.get_engine(sqlite_url).connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
