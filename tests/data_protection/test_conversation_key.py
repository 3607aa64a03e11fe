"""Exports and the API carry a keyed hash of the sender id, never the id itself (the chat's only credential)."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import requests

from bot.settings import REPO_ROOT
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from bot.web.models import AppSecret
from tests.data_protection.conftest import a_record
from tests.summary.test_summary_pdf import pdf_text
from tests.web.helpers import WebServer


def test_the_key_is_a_stable_keyed_hash_that_cannot_be_turned_back(database_url: str) -> None:
    a_record("rest-alpha")
    a_record("rest-beta")
    with session_scope() as s:
        alpha = repository.conversation_key(s, "rest-alpha")
        beta = repository.conversation_key(s, "rest-beta")
    with session_scope() as s:  # another session, as another process would: the same key
        assert repository.conversation_key(s, "rest-alpha") == alpha
        secret = s.get(AppSecret, repository.CONVERSATION_KEY_SECRET)
        assert secret is not None and len(bytes.fromhex(secret.value)) == 32
    assert re.fullmatch(r"[0-9a-f]{32}", alpha) and alpha != beta
    # Not a plain hash anyone could compute from a guessed sender id.
    assert alpha not in (hashlib.sha256(b"rest-alpha").hexdigest()[:32], hashlib.md5(b"rest-alpha").hexdigest())  # noqa: S324
    record = load_record("rest-alpha")
    assert record is not None and record["conversation_key"] == alpha and "conversation_id" not in record


def test_another_installation_gets_another_key(sqlite_url: str, tmp_path: Path) -> None:
    a_record("rest-alpha")
    with session_scope() as s:
        here = repository.conversation_key(s, "rest-alpha")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    from bot.storage import db

    db.migrate(other)
    with session_scope(other) as s:
        assert repository.conversation_key(s, "rest-alpha") != here


def _every_export(web: WebServer, reference: str) -> dict[str, str]:
    practitioner = web.client("north")
    bodies = {}
    for path in ("", "/export.json", "/export.fhir.json"):
        r = practitioner.get(f"/summaries/{reference}{path}")
        assert r.status_code == 200, (path, r.status_code)
        bodies[path or "page"] = r.text
    pdf = practitioner.get(f"/summaries/{reference}/export.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    bodies["pdf bytes"] = pdf.content.decode("latin-1")
    api = requests.get(f"{web.base}/api/summaries/{reference}", timeout=20,
                       headers={"Authorization": f"Bearer {web.tokens['north']}"})
    assert api.status_code == 200
    bodies["api"] = api.text
    listing = requests.get(f"{web.base}/api/summaries", timeout=20,
                           headers={"Authorization": f"Bearer {web.tokens['north']}"})
    bodies["api list"] = listing.text
    return bodies


def test_the_api_and_every_export_hold_the_key_and_never_the_sender_id(web: WebServer, tmp_path: Path) -> None:
    seeded = web.convs["visit"]
    bodies = _every_export(web, seeded.reference)
    api = json.loads(bodies["api"])
    assert re.fullmatch(r"[0-9a-f]{32}", api["conversation_key"])
    assert json.loads(bodies["/export.json"])["conversation_key"] == api["conversation_key"]
    for name, body in bodies.items():
        assert seeded.sender not in body, name
        assert "conversation_id" not in body, name
    words = pdf_text(bodies["pdf bytes"].encode("latin-1"), tmp_path)
    assert "swimming" in words and seeded.sender not in words  # the PDF's text, read back, not only its bytes


def test_the_summary_command_takes_a_sender_id_but_never_prints_it(web: WebServer, tmp_path: Path) -> None:
    seeded = web.convs["south"]
    env = {"DATABASE_URL": web.db_url, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for fmt in ("json", "md", "fhir"):
        done = subprocess.run([sys.executable, "-m", "bot.cli", "summary", seeded.sender, "--format", fmt],
                              cwd=REPO_ROOT, capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, done.stderr
        assert seeded.reference in done.stdout and seeded.sender not in done.stdout + done.stderr, fmt
    missing = subprocess.run([sys.executable, "-m", "bot.cli", "summary", "rest-nobody-secret", "--format", "json"],
                             cwd=REPO_ROOT, capture_output=True, text=True, env=env, check=False)
    assert missing.returncode == 1 and "rest-nobody-secret" not in missing.stdout + missing.stderr


def test_the_markdown_renderer_has_nothing_to_leak(sqlite_url: str) -> None:
    a_record("rest-gamma")
    record = load_record("rest-gamma")
    assert record is not None
    markdown = render.render_markdown(record, "en")
    assert "rest-gamma" not in markdown and "rest-gamma" not in json.dumps(render.to_fhir(record))
