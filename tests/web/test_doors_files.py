"""The database and the services' logs are created readable by their own account only (0600).

Under the usual umask (022) they used to be 0644: anyone on the machine could read people's words
from the SQLite file (or its WAL) and conversation references from the logs. Each check sets that
umask itself, so it fails without the fix whatever the test runner's umask is.
"""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import services
from bot.storage import db

OPEN_UMASK = 0o022


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(OPEN_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_files_are_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "var" / "whatmatters.db"
    url = f"sqlite:///{path}"
    db.reset_engines()
    try:
        db.migrate(url)
        with db.session_scope(url) as s:
            s.execute(text("CREATE TABLE IF NOT EXISTS mode_check (words TEXT)"))
            s.execute(text("INSERT INTO mode_check VALUES ('what matters to me')"))
            wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
            assert wal.exists() and shm.exists()  # WAL mode: written while the connection is open
            assert {p.name: _mode(p) for p in (path, wal, shm)} == {p.name: 0o600 for p in (path, wal, shm)}
    finally:
        db.reset_engines()


def test_an_older_readable_database_is_narrowed_when_opened(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "old.db"
    path.touch(mode=0o644)
    path.chmod(0o644)
    url = f"sqlite:///{path}"
    db.reset_engines()
    try:
        with db.session_scope(url) as s:
            s.execute(text("SELECT 1"))
        assert _mode(path) == 0o600
    finally:
        db.reset_engines()


def test_rasa_style_engines_narrow_the_file_too(tmp_path: Path, open_umask: None) -> None:
    """Rasa's tracker store builds its own engine with our connect hook (sqlite_pragmas)."""
    from sqlalchemy import create_engine, event

    path = tmp_path / "tracker.db"
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", db.sqlite_pragmas)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x TEXT)"))
            assert _mode(path) == 0o600
            assert _mode(Path(f"{path}-wal")) == 0o600  # exists while the connection is open
    finally:
        engine.dispose()


def test_service_logs_and_what_services_create_are_private(tmp_path: Path, open_umask: None) -> None:
    logs = tmp_path / "logs"
    made_by_child = tmp_path / "made-by-the-service.txt"
    stack = services.Stack(0, 0, 0, dict(os.environ), logs)
    (logs).mkdir()
    (logs / "old.log").write_bytes(b"")
    (logs / "old.log").chmod(0o644)
    stack._spawn("child", [sys.executable, "-c", f"open({str(made_by_child)!r}, 'w').write('x'); print('hello')"])
    stack._spawn("old", [sys.executable, "-c", "print('again')"])
    for proc in stack.processes.values():
        assert proc.wait(timeout=60) == 0
    assert (logs / "child.log").read_bytes().strip() == b"hello"
    assert _mode(logs / "child.log") == 0o600
    assert _mode(logs / "old.log") == 0o600
    assert _mode(made_by_child) == 0o600
