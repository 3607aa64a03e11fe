"""Bad input at every door of one running assistant: a clear 4xx or a kind reply, never a 500 or a crash.

One stack for the whole module (Rasa, the action server, the web app, with Telegram pointed at the
fake Bot API): Rasa's REST and web-chat channels, the web chat page, the Telegram webhook, the
sign-in form, the API and the action server each get empty, 1 MB, invalid UTF-8, malformed and
10,000-deep JSON, NUL and control characters, emoji, script and SQL text; after each, the door
still answers a normal message. Every text sent carries MARK, and the last test reads every
service's log for it: none of the words sent may be there.

The limits are set low for this stack (SENDER_MESSAGES_PER_MINUTE=8, ADDRESS_MESSAGES_PER_MINUTE=100)
so they can be reached quickly; each REST call comes from its own X-Forwarded-For address
(SANIC_REAL_IP_HEADER, as behind a proxy) unless a test wants one address to fill its window.
"""
from __future__ import annotations

import http.client
import itertools
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import messages, services
from bot.actions.server import ACTION_MAX_BODY_BYTES, TOKEN_HEADER
from bot.settings import get_settings
from bot.storage import db
from channels.limits import SAID_FOR
from channels.telegram import MAX_UPDATE_BYTES, SECRET_HEADER
from tests.servers.fake_telegram import BOT_USERNAME, TOKEN, FakeTelegram, text_update
from tests.support.postgres import free_port
from tests.support.stacks import serving
from tests.telegram.conftest import SECRET, SENDER_KEY
from tests.web.helpers import Client

pytestmark = pytest.mark.e2e

#: In every text sent to any door: found in a log, it means someone's words were logged.
MARK = "Zorblatquex"
SENDER_LIMIT, ADDRESS_LIMIT = 8, 100
MEGABYTE = 1024 * 1024
DEEP = b"[" * 10_000 + b"]" * 10_000  # 20,000 bytes
DEEP_BUT_SMALL = b"[" * 4_000 + b"]" * 4_000  # under the size limit: Python's json would raise RecursionError
ODD_BUT_FINE = {
    "emoji": f"Dw i'n hoffi nofio 🏊‍♀️🙂 {MARK}",
    "script": f"<script>alert('{MARK}')</script>",
    "sql": f"Robert'); DROP TABLE conversations;-- {MARK}",
    "control characters": f"tab\there\x07bell\x1bescape {MARK}",
    "NUL": f"a\x00b {MARK}",  # past the door: the conversation answers it (tests/e2e/test_controls.py)
}
_numbers = itertools.count(1)


def fresh(prefix: str) -> str:
    return f"doors-{prefix}-{next(_numbers)}"


def fresh_address() -> str:
    n = next(_numbers)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def as_json(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def megabyte_message(sender: str) -> bytes:
    return as_json({"sender": sender, "message": (MARK + " ") * (MEGABYTE // (len(MARK) + 1))})


@dataclass
class Reply:
    status: int
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


def call(url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> Reply:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **(headers or {})},
                                     method=method or ("POST" if body is not None else "GET"))
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return Reply(response.status, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read())


@dataclass
class Doors:
    stack: services.Stack
    fake: FakeTelegram
    database_url: str

    @property
    def rasa(self) -> str:
        return self.stack.rasa_url

    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.stack.web_port}"

    @property
    def actions(self) -> str:
        return f"http://127.0.0.1:{self.stack.action_port}"

    def channel(self, name: str, body: bytes, address: str | None = None) -> Reply:
        """A POST to one of Rasa's REST-style channels, from `address` (a fresh one when None)."""
        return call(f"{self.rasa}/webhooks/{name}/webhook", body,
                    {"X-Forwarded-For": address or fresh_address()})

    def say(self, sender: str, text: str, channel: str = "rest") -> list[dict[str, Any]]:
        reply = self.channel(channel, as_json({"sender": sender, "message": text}))
        assert reply.status == 200, reply.body[:300]
        replies = reply.json
        assert isinstance(replies, list) and any(r.get("text") for r in replies), replies
        return replies

    def user_texts(self, sender: str) -> list[str]:
        """What the tracker holds as this sender's messages (read with Rasa's API token)."""
        url = (f"{self.rasa}/conversations/{urllib.parse.quote(sender)}/tracker"
               f"?token={self.stack.env['RASA_TOKEN']}&include_events=ALL")
        reply = call(url)
        assert reply.status == 200
        return [e.get("text") for e in reply.json.get("events") or [] if e.get("event") == "user"]

    def telegram(self, body: bytes, secret: str | None = SECRET) -> Reply:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        return call(f"{self.rasa}/webhooks/telegram/webhook", body, headers)


@pytest.fixture(scope="module")
def doors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Doors]:
    assert services.train(quiet=True) == 0, "rasa train failed"  # only when the training data changed
    model = services.latest_model()
    assert model is not None
    workdir = tmp_path_factory.mktemp("wm-doors")
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(url)
    fake = FakeTelegram().start()
    env = {
        "DATABASE_URL": url, "PUBLIC_BASE_URL": "http://127.0.0.1:8080",
        "TELEGRAM_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET, "TELEGRAM_PUBLIC_URL": "https://bot.example.test",
        "TELEGRAM_BASE_URL": fake.base_url, "TELEGRAM_SENDER_KEY": SENDER_KEY, "TELEGRAM_BOT_USERNAME": BOT_USERNAME,
        "SENDER_MESSAGES_PER_MINUTE": str(SENDER_LIMIT), "ADDRESS_MESSAGES_PER_MINUTE": str(ADDRESS_LIMIT),
        # Rasa's Sanic reads SANIC_* variables: the client address comes from the proxy's header.
        "SANIC_REAL_IP_HEADER": "x-forwarded-for",
    }
    stack = services.make_stack(free_port(), free_port(), env, log_dir=workdir / "logs", web_port=free_port())
    try:
        with serving(stack, model, url):
            get_settings.cache_clear()
            yield Doors(stack, fake, url)
    finally:
        fake.stop()
        get_settings.cache_clear()


# ---- Rasa's REST channel and the web chat's channel ------------------------------------------------------

BAD_BODIES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "unreadable"),
    "invalid UTF-8": (b'{"sender": "doors-utf8", "message": "\xff\xfe ' + MARK.encode() + b'"}', "unreadable"),
    "malformed JSON": (b'{"sender": "doors-malformed", "message": "' + MARK.encode(), "unreadable"),
    "10,000 deep": (DEEP, "too_large"),
    "4,000 deep": (DEEP_BUT_SMALL, "unreadable"),
    "a list": (as_json(["doors-list", MARK]), "unreadable"),
    "a number as sender": (as_json({"sender": 12, "message": MARK}), "unreadable"),
    "an object as message": (as_json({"sender": "doors-obj", "message": {"text": MARK}}), "unreadable"),
    "a huge number": (b'{"sender": "doors-huge", "message": ' + b"9" * 5000 + b"}", "unreadable"),
    "Infinity": (b'{"sender": "doors-inf", "message": Infinity}', "unreadable"),
    "a lone surrogate": (b'{"sender": "doors-sur", "message": "\\ud800 ' + MARK.encode() + b'"}', "characters"),
    "a control character in the sender": (as_json({"sender": "doors\x1bsender", "message": MARK}), "unreadable"),
    "1 MB": (megabyte_message("doors-1mb"), "too_large"),
}
STATUS = {"unreadable": 400, "characters": 400, "too_large": 413, "slow_down": 429}


@pytest.mark.parametrize("channel", ["rest", "webchat"])
@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_a_bad_body_gets_a_4xx_with_words_in_both_languages(doors: Doors, channel: str, name: str) -> None:
    body, kind = BAD_BODIES[name]
    reply = doors.channel(channel, body)
    assert reply.status == STATUS[kind], (name, reply.status, reply.body[:200])
    assert reply.json == {"error": kind, "message": messages.text(SAID_FOR[kind], None)}
    assert MARK.encode() not in reply.body


def test_a_megabyte_sent_in_chunks_is_cut_off_at_the_limit(doors: Doors) -> None:
    """No Content-Length to go by: the body is counted as it streams in, and refused at 16 KB."""
    connection = http.client.HTTPConnection("127.0.0.1", doors.stack.rasa_port, timeout=60)
    body = megabyte_message("doors-chunked")
    chunks = (body[i:i + 8192] for i in range(0, len(body), 8192))
    connection.request("POST", "/webhooks/rest/webhook", body=chunks, encode_chunked=True,
                       headers={"Content-Type": "application/json", "X-Forwarded-For": fresh_address()})
    response = connection.getresponse()
    assert response.status == 413
    assert json.loads(response.read())["error"] == "too_large"
    connection.close()
    assert doors.user_texts("doors-chunked") == []


@pytest.mark.parametrize("name", list(ODD_BUT_FINE))
def test_emoji_script_sql_and_control_characters_are_a_conversation_kept_as_written(doors: Doors, name: str) -> None:
    sender = fresh(name.replace(" ", "-"))
    text = ODD_BUT_FINE[name]
    doors.say(sender, text)
    assert doors.user_texts(sender) == [text]


def test_after_bad_bodies_both_channels_still_answer(doors: Doors) -> None:
    for channel in ("rest", "webchat"):
        doors.say(fresh("after"), "hello", channel)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=300))
def test_arbitrary_bytes_get_a_2xx_or_a_4xx(doors: Doors, body: bytes) -> None:
    assert doors.channel("rest", body).status in (200, 400, 413)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(sender=st.text(min_size=1, max_size=30), text=st.text(max_size=80))
def test_arbitrary_senders_and_texts_get_a_2xx_or_a_4xx(doors: Doors, sender: str, text: str) -> None:
    reply = doors.channel("rest", json.dumps({"sender": sender, "message": text}).encode("utf-8", "surrogatepass"))
    assert reply.status in (200, 400, 429), reply.body[:200]  # 429: Hypothesis may repeat a sender


def test_one_sender_is_slowed_down_after_its_limit_and_nobody_else_is(doors: Doors) -> None:
    sender = fresh("fast")
    # A real start, so the conversation keeps its words (eight unclear replies to "may I write this
    # down?" would end it with nothing kept: then the tracker holds no texts to count).
    sent = ["hi", '/choose_language{"language":"en"}', "yes", "me", "Sam",
            "My garden matters most", "My sister helps me", "Keep my Tuesday walks"][:SENDER_LIMIT]
    for text in sent:
        assert doors.channel("rest", as_json({"sender": sender, "message": text})).status == 200
    reply = doors.channel("rest", as_json({"sender": sender, "message": f"one more {MARK}"}))
    assert reply.status == 429
    assert reply.json == {"error": "slow_down", "message": messages.text("chat_slow_down", None)}
    assert doors.user_texts(sender) == sent
    doors.say(fresh("patient"), "hello")


def test_one_address_is_slowed_down_after_its_limit_on_the_rest_channel_only(doors: Doors) -> None:
    address = fresh_address()
    for _ in range(ADDRESS_LIMIT):  # bodies that are refused still count: the window is for floods
        assert doors.channel("rest", b"", address).status == 400
    assert doors.channel("rest", as_json({"sender": fresh("flood"), "message": "hello"}), address).status == 429
    doors.say(fresh("elsewhere"), "hello")  # another address is not held up
    # The web chat's channel counts senders only: its one caller, the web app, counts browsers' addresses.
    for _ in range(ADDRESS_LIMIT + 5):
        assert doors.channel("webchat", b"", address).status == 400


def test_a_megabyte_while_another_person_chats_is_refused_at_the_door(doors: Doors) -> None:
    """The mechanism behind "the other person's reply time is unchanged" (timed in
    benchmarks/door_benchmark.py): the 1 MB message is refused before it is parsed, so it never
    reaches NLU or the tracker, while the other person's turns are answered as usual."""
    big_sender, other = fresh("big"), fresh("other")
    statuses: list[int] = []

    def flood() -> None:
        statuses.extend(doors.channel("rest", megabyte_message(big_sender)).status for _ in range(6))

    flooder = threading.Thread(target=flood)
    flooder.start()
    try:
        doors.say(other, "/greet")
        doors.say(other, '/choose_language{"language":"en"}')
        doors.say(other, "I want to keep going to the allotment with my brother")
    finally:
        flooder.join(timeout=120)
    assert statuses == [413] * 6
    assert doors.user_texts(big_sender) == []  # nothing of it in the tracker: NLU never saw it
    assert len(doors.user_texts(other)) == 3
    assert "refused at the door (too_large)" in (doors.stack.log_dir / "rasa.log").read_text(errors="replace")


# ---- the web chat page -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chat(doors: Doors) -> Client:
    """A browser on the web chat: its conversation cookie and the page's CSRF token."""
    client = Client(doors.web)
    assert client.get("/chat").status_code == 200 and client.csrf
    return client


def _send(chat: Client, message: str | bytes, *, raw: bool = False) -> Any:
    if raw:
        body = b"csrf_token=" + chat.csrf.encode() + b"&message=" + (message if isinstance(message, bytes)
                                                                      else message.encode())
        return chat.http.post(chat.base + "/chat/send", data=body, timeout=60, allow_redirects=False,
                              headers={"Accept": "application/json",
                                       "Content-Type": "application/x-www-form-urlencoded"})
    return chat.post("/chat/send", {"message": str(message)}, headers={"Accept": "application/json"})


def test_the_web_chat_refuses_what_it_cannot_take_kindly(chat: Client) -> None:
    cases = [
        ("", 400, "empty"),
        ("x" * 10_001 + MARK, 413, "input_too_long"),
        ("🙂" * 5_000 + MARK, 413, "door_too_large"),  # under 10,000 characters, over 16 KB
        (f"a\x00b {MARK}", 400, "input_control_characters"),
    ]
    for message, status, key in cases:
        r = _send(chat, message)
        assert r.status_code == status, (key, r.status_code, r.text[:200])
        if key != "empty":
            assert r.json()["replies"][0]["text"] == messages.text(key, None)
        assert MARK not in r.text


def test_the_web_chat_asks_to_slow_down_when_the_assistants_own_limit_is_reached(doors: Doors) -> None:
    """Rasa's channel counts each conversation too (SENDER_MESSAGES_PER_MINUTE, 8 here, under the web
    chat's own 20): its refusal reaches the person as "slow down" (429), not "unavailable" (503)."""
    browser = Client(doors.web)
    assert browser.get("/chat").status_code == 200 and browser.csrf
    # Opening the page started the conversation: that greeting is the first of the conversation's messages.
    for text in ["Cymraeg", "ia", "fi", "Sam", "Fy ngardd", "Fy chwaer", "Dydd Mawrth"][:SENDER_LIMIT - 1]:
        assert _send(browser, text).status_code == 200
    r = _send(browser, f"un arall {MARK}")
    assert r.status_code == 429, r.text[:300]
    assert r.json()["error"] == "slow_down"
    # In the conversation's language (it chose Welsh above), as the web chat page follows it since stop 20.
    assert r.json()["replies"][0]["text"] == messages.text("chat_slow_down", "cy")
    assert MARK not in r.text


def test_the_web_chat_refuses_a_megabyte_and_bad_bytes_before_reading_them(chat: Client) -> None:
    assert _send(chat, b"x" * MEGABYTE + MARK.encode(), raw=True).status_code == 413
    assert _send(chat, b"%FF" + MARK.encode() + b"\xff\xfe", raw=True).status_code == 400


def test_the_web_chat_keeps_emoji_script_and_sql_and_shows_them_escaped(chat: Client) -> None:
    # Through the start first, so the odd texts are answers kept on screen (unclear replies to
    # "may I write this down?" would end the conversation with nothing kept, the screen cleared).
    for text in ("Cymraeg", "ia", "fi"):  # (the channel takes 8 messages a minute from one sender)
        assert _send(chat, text).status_code == 200
    for text in (text for name, text in ODD_BUT_FINE.items() if name != "NUL"):  # NUL: refused kindly, above
        r = _send(chat, text)
        assert r.status_code == 200, r.text[:300]
        assert r.json()["replies"], r.text[:300]
    page = chat.get("/chat")
    assert page.status_code == 200
    assert f"<script>alert('{MARK}')" not in page.text and "&lt;script&gt;" in page.text


# ---- the Telegram webhook --------------------------------------------------------------------------------

def test_the_telegram_webhook_refuses_bad_bodies_after_the_secret(doors: Doors) -> None:
    before = len(doors.fake.calls)
    assert doors.telegram(b"x" * MEGABYTE, secret=None).status == 403  # no secret: nothing read at all
    assert doors.telegram(b"", secret="wrong").status == 403
    for body, status in ((b"", 400), (b"{not json" + MARK.encode(), 400), (b'{"update_id": "\xff"}', 400),
                         (DEEP, 400), (b'[1, 2]', 400), (b"{" * (MAX_UPDATE_BYTES + 1), 413),
                         (as_json(text_update(918273645599, "x" * MEGABYTE)), 413)):
        assert doors.telegram(body).status == status, body[:40]
    assert len(doors.fake.calls) == before  # nothing was sent to anyone


def test_telegram_text_with_nul_gets_a_kind_reply_and_odd_text_a_conversation(doors: Doors) -> None:
    chat_id = 918273645590
    assert doors.telegram(as_json(text_update(chat_id, f"a\x00b {MARK}"))).status == 200
    replies = doors.fake.calls_of("sendMessage", chat_id)
    assert [c.text for c in replies] == [messages.text("input_control_characters", None)]
    for i, text in enumerate(ODD_BUT_FINE.values()):
        other_chat = chat_id + 1 + i
        assert doors.telegram(as_json(text_update(other_chat, text))).status == 200
        assert doors.fake.calls_of("sendMessage", other_chat), text
    assert doors.telegram(as_json(text_update(chat_id + 9, "/start"))).status == 200
    assert doors.fake.calls_of("sendMessage", chat_id + 9)


# ---- the practitioners' web app: sign-in form and API ----------------------------------------------------

def test_the_sign_in_form_answers_bad_input_with_a_4xx(doors: Doors) -> None:
    def attempt(body: bytes) -> int:
        client = Client(doors.web)
        client.get("/sign-in")
        data = b"csrf_token=" + client.csrf.encode() + b"&" + body
        return client.http.post(doors.web + "/sign-in", data=data, timeout=30, allow_redirects=False,
                                headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code

    assert attempt(b"email=a@example.org&password=" + b"x" * MEGABYTE) == 413
    assert attempt(b"email=\xff\xfe@example.org&password=" + MARK.encode()) == 400
    assert attempt(b"email=a%00b@example.org&password=" + MARK.encode()) == 400
    for email, password in ((f"<script>{MARK}</script>@example.org", MARK),
                            (f"' OR 1=1 --{MARK}@example.org", f"' OR ''='{MARK}"),
                            (f"🙂{MARK}@example.org", "🙂" * 100)):
        body = urllib.parse.urlencode({"email": email, "password": password}).encode()
        assert attempt(body) == 401
    assert call(doors.web + "/sign-in").status == 200


def test_the_api_answers_bad_input_with_a_4xx(doors: Doors) -> None:
    from bot.web.accounts import create_api_token

    token = create_api_token(None, "doors", database_url=doors.database_url)
    auth = {"Authorization": f"Bearer {token}"}
    for path in ("/api/summaries/" + "9" * 40, "/api/summaries/WM-%FF%FE", "/api/summaries/%27%20OR%201%3D1--",
                 "/api/summaries/%3Cscript%3E", "/api/summaries?before=" + "9" * 40, "/api/summaries?x=%00%FF"):
        reply = call(doors.web + path, headers=auth)
        assert reply.status == 200 or 400 <= reply.status < 500, (path, reply.status)
    for bad in ("Bearer <script>", "Bearer ' OR 1=1 --", "Bearer " + "x" * 4000, "Basic 🙂".encode().decode("latin-1")):
        assert call(doors.web + "/api/summaries", headers={"Authorization": bad}).status == 401
    assert call(doors.web + "/api/summaries", headers=auth).status == 200
    assert call(doors.web + "/api/summaries?" + "x" * 20_000, headers=auth).status in (400, 413, 414)


# ---- the action server -----------------------------------------------------------------------------------

def _action_call(text: str, **changes: Any) -> dict[str, Any]:
    sender = fresh("action")
    call_body: dict[str, Any] = {
        "next_action": "action_help", "sender_id": sender, "version": "3.6.2", "domain": {},
        "tracker": {"sender_id": sender, "slots": {}, "events": [], "paused": False, "followup_action": None,
                    "active_loop": {}, "latest_action_name": "action_listen",
                    "latest_message": {"text": text, "message_id": f"{sender}-m1", "intent": {"name": "help"},
                                       "entities": [], "metadata": {}}},
    }
    call_body.update(changes)
    return call_body


ACTION_BODIES: dict[str, tuple[bytes, int]] = {
    "empty": (b"", 400),
    "invalid UTF-8": (b'{"next_action": "action_help", "x": "\xff' + MARK.encode() + b'"}', 400),
    "malformed JSON": (b'{"next_action": "action_help", "tracker": {"text": "' + MARK.encode(), 400),
    "10,000 deep": (DEEP, 400),
    "a list": (as_json([MARK]), 400),
    "a tracker that is a string": (as_json(_action_call(MARK, tracker=MARK)), 400),
    "events that are not a list": (as_json(_action_call(MARK, tracker={"sender_id": "x", "events": MARK})), 400),
    "an action that does not exist": (as_json(_action_call(MARK, next_action="<script>x</script>")), 404),
}


def _declared_only(port: int, path: str, length: int, headers: dict[str, str]) -> int:
    """The status a server answers to a POST that only declares its body's length."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json",
                 f"Content-Length: {length}", *(f"{k}: {v}" for k, v in headers.items())]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        status_line = sock.makefile("rb").readline().decode()
    return int(status_line.split()[1])


def _to_actions(doors: Doors, body: bytes, token: str | None, encoding: str | None = None) -> Reply:
    headers = {TOKEN_HEADER: token} if token is not None else {}
    if encoding:
        headers["Content-Encoding"] = encoding
    return call(doors.actions + "/webhook", body, headers)


@pytest.mark.parametrize("name", list(ACTION_BODIES))
def test_the_action_server_refuses_bad_bodies_and_never_echoes_them(doors: Doors, name: str) -> None:
    body, status = ACTION_BODIES[name]
    token = doors.stack.env["ACTION_SERVER_TOKEN"]
    without = _to_actions(doors, body, None)
    assert without.status == 403 and MARK.encode() not in without.body
    with_token = _to_actions(doors, body, token)
    assert with_token.status == status, (name, with_token.body[:200])
    assert MARK.encode() not in with_token.body


def test_the_action_server_refuses_oversized_and_inflating_bodies(doors: Doors) -> None:
    import zlib

    token = doors.stack.env["ACTION_SERVER_TOKEN"]
    # Refused on its Content-Length, before a byte is read (Sanic then closes the connection, so the
    # request is sent as headers only, and the answer read).
    assert _declared_only(doors.stack.action_port, "/webhook", ACTION_MAX_BODY_BYTES + 1, {}) in (403, 413)
    assert _declared_only(doors.stack.action_port, "/webhook", ACTION_MAX_BODY_BYTES + 1, {TOKEN_HEADER: token}) == 413
    bomb = zlib.compress(b" " * (ACTION_MAX_BODY_BYTES + 10))  # a few KB that inflate past the cap
    assert _to_actions(doors, bomb, token, "deflate").status == 413
    assert _to_actions(doors, b"not deflated", token, "deflate").status == 400


def test_an_action_that_fails_answers_plainly_without_the_persons_words(doors: Doors) -> None:
    token = doors.stack.env["ACTION_SERVER_TOKEN"]
    broken = _action_call(f"words of the person {MARK}")
    broken["tracker"]["latest_message"] = {"text": MARK, "intent": "not an object", "entities": MARK}
    reply = _to_actions(doors, as_json(broken), token)
    assert MARK.encode() not in reply.body
    assert reply.status in (200, 500), reply.body[:300]
    if reply.status == 500:
        assert reply.json == {"error": "the action could not be run"}
    good = _to_actions(doors, as_json(_action_call("hello")), token)
    assert good.status == 200 and "responses" in good.json


# ---- last: the logs --------------------------------------------------------------------------------------

def test_zz_no_service_log_holds_any_of_the_words_sent(doors: Doors) -> None:
    """Runs last in this module (pytest keeps file order): every service's log, after every door test."""
    logs = sorted(Path(doors.stack.log_dir).glob("*.log"))
    assert {p.stem for p in logs} >= {"rasa", "actions", "web"}
    for log in logs:
        content = log.read_text(errors="replace")
        assert content, log
        assert MARK not in content, f"{log.name} holds words that were sent"
        assert "Zorblat" not in content
