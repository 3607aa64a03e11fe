"""Helpers for the web tests: seeding, an HTTP client, the running server's handle.

Used by conftest.py (which starts the server) and by the tests.
Conversations are seeded through bot.storage.repository (with real analysis
results) and accounts through bot.web.accounts, as in production. Each test
that changes a record uses its own seeded conversation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
SCRIPT = "<script>alert(1)</script>"

# Names and words that must never appear in a URL, a <title> or an INFO log line.
PERSONAL = ["Megan", "Prydderch", "Siôn", "Rhys-Jones", "Gwenllian", "swimming", "capel", "diwedd", "Ceri"]


@dataclass
class Seeded:
    key: str
    sender: str
    reference: str
    team: str
    outcome_ids: list[int] = field(default_factory=list)


@dataclass
class WebServer:
    base: str
    db_url: str
    log_path: Path
    convs: dict[str, Seeded]
    users: dict[str, tuple[str, int]]  # key -> (email, id)
    tokens: dict[str, str]

    def ref(self, key: str) -> str:
        return self.convs[key].reference

    def client(self, user: str | None = None) -> Client:
        c = Client(self.base)
        if user:
            c.sign_in(self.users[user][0], PASSWORD)
        return c


class Client:
    """A browser-like HTTP client: keeps cookies, reads the CSRF token from the last page."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.csrf = ""

    def get(self, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("allow_redirects", False)
        r = self.http.get(self.base + path, timeout=20, **kw)
        m = re.search(r'name="csrf_token" value="([^"]*)"', r.text) if "html" in r.headers.get("content-type", "") else None
        if m and m.group(1):
            self.csrf = m.group(1)
        return r

    def post(self, path: str, data: dict[str, str], csrf: bool = True, **kw: Any) -> requests.Response:
        kw.setdefault("allow_redirects", False)
        body = dict(data)
        if csrf:
            body.setdefault("csrf_token", self.csrf)
        return self.http.post(self.base + path, data=body, timeout=20, **kw)

    def sign_in(self, email: str, password: str) -> requests.Response:
        self.get("/sign-in")
        r = self.post("/sign-in", {"email": email, "password": password})
        if r.status_code == 303:
            self.get("/summaries")  # pick up the session's CSRF token
        return r


def _seed_conversation(key: str, team: str, *, completed_by: str, language: str, name: str | None,
                       answers: list[tuple[str, str, str]], confirm: bool = True) -> Seeded:
    """One conversation through the same repository functions the actions use."""
    from bot.analysis import analyse
    from bot.storage import repository

    sender = f"test-{key}-sender"
    reference = repository.ensure_conversation(sender, channel="rest", team=team)
    repository.record_consent(sender, True)
    repository.update_conversation(sender, language=language, preferred_language=language,
                                   completed_by=completed_by, display_name=name, team=team)
    seeded = Seeded(key, sender, reference, team)
    for i, (question_key, question, text) in enumerate(answers):
        analysis = analyse(text, question)
        stored = repository.record_answer(
            sender, question_key=question_key, question_text=question, text=text,
            whose_view=completed_by, about="person", analysis=analysis, message_id=f"{key}-m{i}",
        )
        seeded.outcome_ids.extend(stored.outcome_ids)
        if analysis.risk.level != "none":
            repository.record_risk(sender, message_id=f"{key}-m{i}", text=text, assessment=analysis.risk,
                                   language=analysis.language.language,
                                   alert_needed=analysis.risk.level == "urgent")
    if confirm:
        repository.confirm_record(sender)
    return seeded


FIRST_MESSAGE_DISCLOSURE = "My husband hits me and I am scared he will kill me"


def _seed_disclosure_before_consent(key: str, team: str, text: str) -> Seeded:
    """An urgent disclosure as the very first message: flagged and alerted, consent never asked."""
    from bot.analysis.risk import assess_risk
    from bot.storage import repository

    sender = f"test-{key}-sender"
    reference = repository.ensure_conversation(sender, channel="rest", team=team)
    repository.record_risk(sender, message_id=f"{key}-m0", text=text, assessment=assess_risk(text),
                           language="en", alert_needed=True)
    return Seeded(key, sender, reference, team)


def seed(db_url: str) -> tuple[dict[str, Seeded], dict[str, tuple[str, int]], dict[str, str]]:
    from bot.web.accounts import add_user, create_api_token

    q_matters = "What matters to you?"
    q_matters_cy = "Beth sy'n bwysig i chi?"
    convs = {}
    for key in ("inject", "browser", "forge", "visit"):
        convs[key] = _seed_conversation(key, "north", completed_by="person", language="en", name="Megan Prydderch",
                                        answers=[("what_matters", q_matters,
                                                  f"I want to {SCRIPT} go swimming again with my friend Ceri"),
                                                 ("keep", "What do you want to keep as it is?",
                                                  "I want to keep living in my own home with my cat")])
    convs["urgent"] = _seed_conversation("urgent", "north", completed_by="carer", language="cy", name="Gwenllian",
                                         answers=[("what_matters", q_matters_cy,
                                                   "Weithiau dw i’n teimlo fel rhoi diwedd ar y cyfan"),
                                                  ("what_matters_2", q_matters_cy,
                                                   "Dw i eisiau mynd yn ôl i’r capel ar y Sul")])
    convs["south"] = _seed_conversation("south", "south", completed_by="person", language="en", name="Siôn Rhys-Jones",
                                        answers=[("what_matters", q_matters,
                                                  "I want to keep living in my own home with my cat")])
    convs["first_message"] = _seed_disclosure_before_consent("first_message", "north", FIRST_MESSAGE_DISCLOSURE)
    users = {}
    for key, role, team, lang in [("north", "practitioner", "north", "en"), ("north_cy", "practitioner", "north", "cy"),
                                  ("south", "practitioner", "south", "en"), ("manager", "team_manager", "north", "en"),
                                  ("admin", "admin", None, "en"), ("lockme", "practitioner", "north", "en"),
                                  ("browser", "practitioner", "north", "en"), ("south_browser", "practitioner", "south", "cy")]:
        email = f"{key}@example.org"
        users[key] = (email, add_user(email, PASSWORD, role, team, lang, database_url=db_url))
    tokens = {"north": create_api_token("north", "test", database_url=db_url),
              "all": create_api_token(None, "test-all", database_url=db_url)}
    return convs, users, tokens


