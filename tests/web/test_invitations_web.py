"""Invitation links end to end, against the real Rasa, action server and web app.

A practitioner makes an invitation, the carer follows the web link and talks, and the summary
arrives in the right team with its case reference; the Telegram link has the right form; an
expired, reused, revoked or unknown link gets a kind message and still lets the person talk;
guessing a conversation id reads nothing; the chat's rate and size limits answer kindly.

Two web apps run on the same database and the same Rasa: the stack's own, and a second one
started here with a Telegram bot username and a low message limit (so the limit can be reached
without slowing the other tests).
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from bot import messages
from bot.conversation.invitations import create_invitation
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import utcnow
from bot.web.accounts import add_user
from bot.web.chat import CHAT_COOKIE, sender_for
from tests.support.postgres import free_port
from tests.support.processes import stop_process
from tests.web.chat_stack import ChatStack as Assistant
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)
from tests.web.helpers import PASSWORD, ROOT, Client

pytestmark = pytest.mark.e2e

BOT_USERNAME = "BethSynBwysigTestBot"
LIMIT = 3  # messages a minute per conversation on the second web app
JSON = {"Accept": "application/json"}

WELSH_CARER = [
    "Mae Mam isio aros yn ei chartref ei hun, efo'i chath Mali",
    "Mae Nain drws nesa'n galw bob bore",
    "Dal i fynd i'r capel ar ddydd Sul, mae hi wrth ei bodd",
    "Hoffai hi allu cerdded i'r siop eto heb ofn cwympo",
    "Siarad Cymraeg efo hi, a pheidio â'i brysio",
    "Dw i'n poeni ei bod hi'n anghofio bwyta",
    "Fi, fy mrawd Huw, a'r gweinidog",
    "Mae hi braidd yn fyddar – siaradwch yn glir",
    "Prynhawn dydd Mawrth, dw i yno bryd hynny",
    "Cael noson o gwsg iawn unwaith yr wythnos",
    "Rhywun i eistedd efo Mam tra dw i'n mynd i'r côr",
    "Diolch am ofyn",
]


class Web:
    """One running web app."""

    def __init__(self, base: str, log: Path | None = None) -> None:
        self.base = base
        self.log = log


@pytest.fixture(scope="module")
def accounts(assistant: Assistant) -> dict[str, str]:  # noqa: F811
    emails = {}
    for key, role, team in [("north", "practitioner", "north"), ("south", "practitioner", "south"),
                            ("admin", "admin", None)]:
        email = f"inv-{key}@example.org"
        add_user(email, PASSWORD, role, team, "en", database_url=assistant.database_url)
        emails[key] = email
    return emails


@pytest.fixture(scope="module")
def main_web(assistant: Assistant) -> Web:  # noqa: F811
    return Web(f"http://127.0.0.1:{assistant.stack.web_port}")


@pytest.fixture(scope="module")
def second_web(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:  # noqa: F811
    port = free_port()
    log = tmp_path_factory.mktemp("second-web") / "web.log"
    env = dict(assistant.stack.env, RASA_PORT=str(assistant.stack.rasa_port), TELEGRAM_BOT_USERNAME="@" + BOT_USERNAME,
               WEB_CHAT_MESSAGES_PER_MINUTE=str(LIMIT), PYTHONPATH=str(ROOT), WEB_LOG_LEVEL="INFO")
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port),
                                 "--no-migrate"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(base + "/health", timeout=1) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        yield Web(base, log)
    finally:
        stop_process(proc)


# ---- helpers ---------------------------------------------------------------------------------------

class Person:
    """Someone in a browser-like session on the chat (cookies kept), sending as chat.js does."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.csrf = ""
        self.replies: list[dict[str, Any]] = []

    def open(self, path: str) -> requests.Response:
        r = self.http.get(self.base + path, timeout=120)
        m = re.search(r'name="csrf_token" value="([^"]+)"', r.text)
        if m:
            self.csrf = m.group(1)
        return r

    def send(self, message: str) -> requests.Response:
        r = self.http.post(self.base + "/chat/send", data={"csrf_token": self.csrf, "message": message},
                           headers=JSON, timeout=120)
        self.replies = r.json().get("replies", []) if r.headers.get("content-type", "").startswith("application/json") else []
        return r

    def press(self, title_start: str) -> requests.Response:
        for reply in self.replies:
            for button in reply.get("buttons") or []:
                if button["title"].startswith(title_start):
                    return self.send(button["payload"])
        raise AssertionError(f"no button starting {title_start!r} in {self.replies}")

    @property
    def text(self) -> str:
        return "\n".join(r.get("text") or "" for r in self.replies)

    @property
    def token(self) -> str:
        return self.http.cookies.get(CHAT_COOKIE, path="/chat") or ""

    def conversation(self) -> Any:
        with session_scope() as s:
            conv = repository.get_conversation(s, sender_for(self.token))
            if conv is not None:
                s.expunge(conv)
            return conv


def make_invitation(client: Client, **fields: str) -> tuple[requests.Response, str, str | None]:
    """Through the practitioners' page: returns (response, web link, Telegram link)."""
    client.get("/invitations")
    r = client.post("/invitations", fields)
    web = re.search(r'id="web-link" href="([^"]+)"', r.text)
    telegram = re.search(r'id="telegram-link" href="([^"]+)"', r.text)
    return r, web.group(1) if web else "", telegram.group(1) if telegram else None


def token_of(link: str) -> str:
    return link.rsplit("/", 1)[-1]


# ---- the tests ---------------------------------------------------------------------------------------

def test_an_invited_carer_reaches_the_right_team_with_the_case_reference(
        assistant: Assistant, accounts: dict[str, str], main_web: Web, second_web: Web) -> None:  # noqa: F811
    practitioner = Client(second_web.base)
    assert practitioner.sign_in(accounts["north"], PASSWORD).status_code == 303
    r, web_link, telegram_link = make_invitation(
        practitioner, case_reference="CR-2026/0417", team="south",  # a practitioner cannot pick another team
        language="cy", audience="carer")
    assert r.status_code == 201
    assert '<svg role="img"' in r.text and "<path" in r.text  # the QR code, drawn here
    token = token_of(web_link)
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", token)
    assert web_link == f"{assistant.stack.env['PUBLIC_BASE_URL']}/chat/start/{token}"
    assert telegram_link == f"https://t.me/{BOT_USERNAME}?start={token}"
    # The link is shown once; the list shows the invitation as sent, without the link.
    listing = practitioner.get("/invitations").text
    assert "CR-2026/0417" in listing and "Sent" in listing and token not in listing

    # The carer follows the web link (on the public site: the stack's own web app).
    carer = Person(main_web.base)
    first = carer.http.get(main_web.base + f"/chat/start/{token}", allow_redirects=False, timeout=120)
    assert first.status_code == 303 and first.headers["location"] == "/chat"
    page = carer.open("/chat")
    assert '<html lang="cy">' in page.text  # the known language, with the switch to English
    assert messages.text("consent_choice", "cy").split("\n")[0] in html.unescape(page.text)
    assert "Shwmae" not in page.text  # no Active Offer: the language was known
    carer.send("ydw")
    # Who is talking was known: no "who are you" question, straight to their name.
    assert messages.text("role", "cy") not in carer.text
    carer.send("Elin")
    carer.send("Mam (Gwenda)")
    carer.send("merch")
    for answer in WELSH_CARER:
        carer.send(answer)
    assert "Dyma beth dw i wedi'i ysgrifennu" in carer.text
    carer.press("Ydy")
    conv = carer.conversation()
    assert conv is not None and conv.status == "confirmed"
    assert (conv.team, conv.case_reference, conv.completed_by, conv.unmatched_invitation) == (
        "north", "CR-2026/0417", "carer", False)
    assert conv.channel == "webchat" and conv.language == "cy"

    # The practitioner finds it in their team, with the case reference on the page and in the export.
    summaries = practitioner.get("/summaries").text
    listed = re.search(rf'<tr[^>]*>\s*<th scope="row"><a class="ref" href="/summaries/{conv.reference}">.*?</tr>',
                       summaries, re.S)
    assert listed is not None and "CR-2026/0417" in listed.group(0)  # the list shows the case reference too
    summary = practitioner.get(f"/summaries/{conv.reference}").text
    assert "CR-2026/0417" in summary
    exported = practitioner.get(f"/summaries/{conv.reference}/export.json").json()
    assert exported["case_reference"] == "CR-2026/0417" and exported["unmatched_invitation"] is False
    listing = practitioner.get("/invitations").text
    row = re.search(r'<tr id="invitation-\d+" class="state-completed">.*?</tr>', listing, re.S)
    assert row is not None and "CR-2026/0417" in row.group(0) and f"/summaries/{conv.reference}" in row.group(0)

    # Another team sees neither the invitation nor the summary.
    south = Client(second_web.base)
    south.sign_in(accounts["south"], PASSWORD)
    assert "CR-2026/0417" not in south.get("/invitations").text
    assert south.get(f"/summaries/{conv.reference}").status_code == 404

    # Nothing personal, no link and no message text in the web app's log.
    log = second_web.log.read_text() if second_web.log else ""
    for secret in (token, "CR-2026/0417", "Elin", WELSH_CARER[0]):
        assert secret not in log


def test_an_invited_young_person_in_english_is_not_asked_who_they_are_and_can_switch_to_welsh(
        main_web: Web) -> None:
    """The core reads who is talking from the record (no slots sent by the web app): "ti"/en_ti from the
    first question, no role question, and the other language is one press away."""
    made = create_invitation(case_reference="CYP-2026/0005", team="north", language="en", audience="young_person",
                             created_by=None)
    person = Person(main_web.base)
    first = person.http.get(main_web.base + f"/chat/start/{made.token}", allow_redirects=False, timeout=120)
    assert first.status_code == 303 and first.headers["location"] == "/chat"
    page = person.open("/chat")
    text = html.unescape(page.text)
    assert '<html lang="en">' in page.text
    assert messages.text("consent_choice", "en", "ti").split("\n")[0] in text
    assert '<input type="hidden" name="language" value="cy">' in page.text  # Welsh still offered
    assert "Shwmae" not in text
    person.send("yes")
    assert messages.text("role", "en") not in person.text and messages.text("role", "en", "ti") not in person.text
    assert messages.text("name", "en", "ti") in person.text
    person.send("Alex")
    assert messages.text("q_what_matters", "en", "ti", name="Alex") in person.text

    # The page's switch: the assistant carries on in Welsh, still speaking to them as "ti".
    switched = person.http.post(main_web.base + "/chat/language", data={"csrf_token": person.csrf, "language": "cy"},
                                allow_redirects=False, timeout=120)
    assert switched.status_code == 303
    page = person.open("/chat")
    assert '<html lang="cy">' in page.text
    assert messages.text("q_what_matters", "cy", "ti", name="Alex") in html.unescape(page.text)
    conv = person.conversation()
    assert conv is not None
    assert (conv.completed_by, conv.register, conv.language, conv.case_reference, conv.team) == (
        "young_person", "ti", "cy", "CYP-2026/0005", "north")
    assert conv.display_name == "Alex"


def test_expired_used_revoked_and_unknown_links_still_let_the_person_talk(
        accounts: dict[str, str], main_web: Web, second_web: Web) -> None:
    # Expired: made 15 days ago (the default is 14). Greeted in the known language, tied to nothing.
    old = create_invitation(case_reference="OLD-9", team="north", language="en", audience="person", created_by=None,
                            now=utcnow() - timedelta(days=15))
    late = Person(main_web.base)
    r = late.http.get(main_web.base + f"/chat/start/{old.token}", allow_redirects=False, timeout=120)
    assert r.headers["location"] == "/chat?notice=expired"
    page = late.open(r.headers["location"])
    assert messages.text("invitation_link_expired", "en") in html.unescape(page.text)
    assert late.send("I'd like to talk please").status_code == 200 and late.replies  # still talking
    conv = late.conversation()
    assert conv is not None and conv.unmatched_invitation and conv.case_reference is None
    assert conv.team != "north"  # the default team, flagged for matching by hand

    # Used: the first person is tied to it (and can reopen it); a second person is not.
    practitioner = Client(second_web.base)
    practitioner.sign_in(accounts["north"], PASSWORD)
    _, link, _ = make_invitation(practitioner, case_reference="USED-1", language="", audience="person")
    token = token_of(link)
    first = Person(main_web.base)
    assert first.http.get(main_web.base + f"/chat/start/{token}", allow_redirects=False).headers["location"] == "/chat"
    cookie = first.token
    again = first.http.get(main_web.base + f"/chat/start/{token}", allow_redirects=False)
    assert again.headers["location"] == "/chat" and first.token == cookie  # the same conversation carries on
    second = Person(main_web.base)
    r = second.http.get(main_web.base + f"/chat/start/{token}", allow_redirects=False)
    assert r.headers["location"] == "/chat?notice=used"
    page = second.open(r.headers["location"])
    # Language unknown: the kind words come Welsh first, then English, and the Active Offer follows.
    text = html.unescape(page.text)
    assert messages.text("invitation_link_used", None) in text and "Shwmae" in text
    assert second.conversation().unmatched_invitation
    assert first.conversation().case_reference == "USED-1"

    # Revoked by the practitioner before anyone opened it.
    _, link, _ = make_invitation(practitioner, case_reference="REV-2", language="cy", audience="young_person")
    invitation_id = re.findall(r'<tr id="invitation-(\d+)" class="state-sent">\s*<th scope="row">REV-2',
                               practitioner.get("/invitations").text)[0]
    r = practitioner.post(f"/invitations/{invitation_id}/revoke", {})
    assert r.status_code == 303 and r.headers["location"] == "/invitations?msg=revoked"
    assert re.search(rf'<tr id="invitation-{invitation_id}" class="state-revoked">', practitioner.get("/invitations").text)
    revoked = Person(main_web.base)
    r = revoked.http.get(main_web.base + f"/chat/start/{token_of(link)}", allow_redirects=False)
    assert r.headers["location"] == "/chat?notice=revoked"
    page = revoked.open(r.headers["location"])
    assert messages.text("invitation_link_revoked", "cy", register="chi") in html.unescape(page.text)
    # Another team's practitioner cannot revoke anything of north's.
    south = Client(second_web.base)
    south.sign_in(accounts["south"], PASSWORD)
    r = south.post(f"/invitations/{invitation_id}/revoke", {})
    assert r.headers["location"] == "/invitations?msg=not_revoked"

    # Unknown (mistyped, cut short).
    unknown = Person(main_web.base)
    r = unknown.http.get(main_web.base + "/chat/start/not-a-real-link", allow_redirects=False)
    assert r.headers["location"] == "/chat?notice=unknown"
    assert unknown.open("/chat?notice=unknown").status_code == 200


def test_guessing_a_conversation_reads_nothing(main_web: Web) -> None:
    owner = Person(main_web.base)
    owner.open("/chat")
    owner.send('/choose_language{"language":"en"}')
    owner.send("/affirm")
    owner.send("My secret words about my mum")
    stranger = Person(main_web.base)
    # Neither a made-up token nor the stored sender id (what a leaked record holds) opens it.
    for guess in ("A" * 32, sender_for(owner.token), owner.token[:-1] + ("A" if owner.token[-1] != "A" else "B")):
        stranger.http.cookies.set(CHAT_COOKIE, guess, path="/chat")
        page = stranger.open("/chat")
        assert "My secret words" not in page.text
    # A post without the page's form token is refused, even with the right cookie.
    thief = requests.Session()
    thief.cookies.set(CHAT_COOKIE, owner.token, path="/chat")
    r = thief.post(main_web.base + "/chat/send", data={"message": "hello", "csrf_token": "guess"}, headers=JSON)
    assert r.status_code == 403
    # The owner still sees their own words after a reload.
    assert "My secret words about my mum" in html.unescape(owner.open("/chat").text)


def test_rate_limit_and_size_limit_get_kind_replies(second_web: Web) -> None:
    person = Person(second_web.base)
    person.open("/chat?lang=en")
    too_long = "x" * 10_001
    r = person.send(too_long)
    assert r.status_code == 413
    assert person.text == messages.text("input_too_long", "en")  # the page's language, chosen in the address
    assert person.send('/choose_language{"language":"en"}').status_code == 200
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_for(person.token))
        assert conv is None or all(a.text != too_long for a in conv.answers)
    for _ in range(LIMIT - 2):  # the too-long message counted too
        assert person.send("/affirm").status_code == 200
    r = person.send("one more")
    assert r.status_code == 429 and r.headers["retry-after"] == "60"
    assert person.text == messages.text("chat_slow_down", "en")
    # Another conversation from elsewhere is not slowed down by this one.
    other = Person(second_web.base)
    other.open("/chat")
    assert other.send('/choose_language{"language":"cy"}').status_code == 200


def test_each_reply_says_its_language_and_the_page_follows_the_last(main_web: Web) -> None:
    """The language comes with Rasa's replies (bot.messages.LANGUAGE_KEY through the bot event and the
    collecting channel), not from a second call for the tracker: the Active Offer (both languages) says
    none, a choice says the new one, and typing "Saesneg plis" in a Welsh conversation turns it English."""
    person = Person(main_web.base)
    person.open("/chat")  # the page starts the conversation: the Active Offer, in both languages
    r = person.send('/choose_language{"language":"cy"}')
    assert r.status_code == 200 and r.json()["lang"] == "cy"
    assert person.replies and {reply["lang"] for reply in person.replies} == {"cy"}
    r = person.send("English please")
    assert r.json()["lang"] == "en", person.text
    assert person.replies[-1]["lang"] == "en" and "?" in person.replies[-1]["text"]
    assert r.cookies.get("wm_chat_lang") == "en"  # the page's own language follows too
    # After a reload, the transcript marks each line with the language it was said in.
    page = html.unescape(person.open("/chat").text)
    assert '<p class="text" lang="cy">' in page and '<p class="text" lang="en">' in page
