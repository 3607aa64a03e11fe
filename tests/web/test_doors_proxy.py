"""The client's address behind a trusted proxy (WEB_REAL_IP_HEADER), and a forged header without one.

Sign-in throttling and the audit log count the address `bot.web.guards.client_ip` gives. Behind
the documented TLS proxy every request comes from the proxy's socket, so without the header a
stranger's five wrong passwords would lock a practitioner out everywhere; with the header set
but read naively, a client could name any address it liked. Both are tested against a real
`python -m bot.web` on loopback.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.storage import db
from bot.storage.db import session_scope
from bot.web.models import AuditEntry
from tests.support.postgres import free_port
from tests.support.processes import stop_process
from tests.web.helpers import PASSWORD, ROOT, Client, WebServer

STAFF = "proxy.test@example.org"
FORWARDED = "X-Forwarded-For"


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base address, database URL) of a web app told to read X-Forwarded-For."""
    from bot.web.accounts import add_user

    tmp = tmp_path_factory.mktemp("proxied")
    db_url = f"sqlite:///{tmp / 'whatmatters.db'}"
    db.migrate(db_url)
    add_user(STAFF, PASSWORD, "practitioner", "north", "en", database_url=db_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp / "web.log"
    env = dict(os.environ, DATABASE_URL=db_url, PYTHONPATH=str(ROOT), WEB_REAL_IP_HEADER=FORWARDED)
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port),
                                 "--no-migrate"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(base, proc, log)
        yield base, db_url
    finally:
        stop_process(proc)
        db.reset_engines()


def _wait_healthy(base: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            with urllib.request.urlopen(base + "/health", timeout=1) as r:
                if r.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(log.read_text())


def _sign_in(base: str, email: str, password: str, forwarded: str | None) -> int:
    c = Client(base)
    if forwarded is not None:
        c.http.headers[FORWARDED] = forwarded
    return c.sign_in(email, password).status_code


def test_behind_the_proxy_each_client_is_throttled_by_its_own_address(proxied: tuple[str, str]) -> None:
    base, db_url = proxied
    # The client's own claims come first; the proxy appends the address it saw (the last entry).
    for n in range(5):
        assert _sign_in(base, STAFF, "wrong password here", f"10.9.9.{n}, 203.0.113.5") == 401
    assert _sign_in(base, STAFF, PASSWORD, "203.0.113.5") == 429  # this client is locked
    assert _sign_in(base, STAFF, PASSWORD, "198.51.100.7") == 303  # the practitioner elsewhere is not
    with session_scope(db_url) as s:
        addresses = {e.action: e.ip for e in s.execute(select(AuditEntry)).scalars()}
    assert addresses["sign_in_failed"] == "203.0.113.5"
    assert addresses["sign_in_locked"] == "203.0.113.5"
    assert addresses["sign_in"] == "198.51.100.7"


def test_behind_the_proxy_a_bad_or_missing_entry_falls_back_to_the_socket(proxied: tuple[str, str]) -> None:
    base, db_url = proxied
    assert _sign_in(base, "nobody.bad@example.org", "wrong password here", "203.0.113.9, not-an-address") == 401
    assert _sign_in(base, "nobody.none@example.org", "wrong password here", None) == 401
    with session_scope(db_url) as s:
        ips = [e.ip for e in s.execute(select(AuditEntry).where(AuditEntry.action == "sign_in_failed")
                                       .order_by(AuditEntry.id.desc()).limit(2)).scalars()]
    assert ips == ["127.0.0.1", "127.0.0.1"]


def test_without_the_setting_a_forged_header_is_ignored(web: WebServer) -> None:
    """The default app (no WEB_REAL_IP_HEADER): every request counts as its socket's address."""
    typed = "forged.header@example.org"
    for n in range(5):
        assert _sign_in(web.base, typed, "wrong password here", f"203.0.113.{n + 20}") == 401
    assert _sign_in(web.base, typed, "wrong password here", "198.51.100.99") == 429
    with session_scope(web.db_url) as s:
        ips = {e.ip for e in s.execute(select(AuditEntry).where(AuditEntry.action == "sign_in_failed")).scalars()}
    assert ips == {"127.0.0.1"}
