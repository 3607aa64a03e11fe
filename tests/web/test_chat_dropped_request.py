"""A browser that goes away while its message is with the assistant (eighth trial AB20).

The tab is closed, or the phone's network drops, after the web chat's POST reached the web app and while the web
app waits for Rasa's reply. That is no server error: the web app logged an ERROR line with a traceback. Now it is one
INFO line at most, with no words, ids or traceback, and the message is still handled: the person's words and the
assistant's reply to them are in the conversation when they come back.

The client is real (a raw socket, as a browser's connection is); the assistant is the real stack. To hold the request
in flight until the client has gone, Rasa is paused (SIGSTOP) while the web app's call waits in its socket, and
resumed once the client has hung up.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from markupsafe import escape

from bot.web.chat import CHAT_COOKIE, sender_for
from tests.web.chat_stack import ChatStack, assistant  # noqa: F401 (the running stack, for this module)

pytestmark = pytest.mark.e2e

WORDS = {"en": "Mae'n iawn, Gwyn here, happy to carry on with this",
         "cy": "Iawn, Gwyn sy 'ma, hapus i fwrw ymlaen efo hyn"}


def _log(stack: ChatStack, name: str) -> Path:
    return stack.stack.log_dir / f"{name}.log"


def _listen_queue(port: int) -> int:
    """Connections waiting for a (paused) server to accept them on 127.0.0.1:`port`, from the kernel's table."""
    waiting = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, state, queues = fields[1], fields[3], fields[4]
        if state == "0A" and int(local.split(":")[1], 16) == port:  # LISTEN: rx_queue is the accept backlog
            waiting += int(queues.split(":")[1], 16)
    return waiting


def _wait_for(check: Any, what: str, seconds: float = 60.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


def _post_and_hang_up(base: str, path: str, cookie: str, form: dict[str, str], rasa_port: int) -> None:
    """POST as chat.js does, then go away (the tab closed) while the web app's call to Rasa waits."""
    body = urllib.parse.urlencode(form).encode()
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nCookie: {CHAT_COOKIE}={cookie}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    client = socket.create_connection((host, int(port)))
    try:
        client.sendall(head + body)
        _wait_for(lambda: _listen_queue(rasa_port) > 0, "the web app's call waiting for Rasa")
    finally:
        client.close()


def _events(stack: ChatStack, sender: str) -> list[dict[str, Any]]:
    url = (f"{stack.stack.rasa_url}/conversations/{urllib.parse.quote(sender, safe='')}/tracker"
           f"?token={stack.stack.env['RASA_TOKEN']}")
    with urllib.request.urlopen(url, timeout=30) as response:
        return list(json.loads(response.read()).get("events") or [])


@pytest.fixture
def paused_rasa(assistant: ChatStack) -> Iterator[Any]:  # noqa: F811
    """Pause and resume Rasa's process group; never left paused."""
    group = assistant.stack.processes["rasa"].pid
    paused = False

    def pause(on: bool) -> None:
        nonlocal paused
        os.killpg(group, signal.SIGSTOP if on else signal.SIGCONT)
        paused = on

    try:
        yield pause
    finally:
        if paused:
            os.killpg(group, signal.SIGCONT)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_browser_that_leaves_mid_request_is_no_error_and_its_message_is_kept(assistant: ChatStack,  # noqa: F811
                                                                                paused_rasa: Any,
                                                                                language: str) -> None:
    base = f"http://127.0.0.1:{assistant.stack.web_port}"
    browser = requests.Session()
    page = browser.get(base + "/chat", timeout=60)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    cookie = browser.cookies.get(CHAT_COOKIE)
    assert csrf and cookie
    chosen = browser.post(base + "/chat/send", timeout=60, headers={"Accept": "application/json"},
                          data={"csrf_token": csrf.group(1), "message": f'/choose_language{{"language":"{language}"}}'})
    assert chosen.status_code == 200
    sender = sender_for(cookie)
    web_log, rasa_log = _log(assistant, "web"), _log(assistant, "rasa")
    web_before, rasa_before = web_log.stat().st_size, rasa_log.stat().st_size

    paused_rasa(True)
    _post_and_hang_up(base, "/chat/send", cookie, {"csrf_token": csrf.group(1), "message": WORDS[language]},
                      assistant.stack.rasa_port)
    # The web app notices the hang-up (its one line), then Rasa goes on and answers nobody.
    _wait_for(lambda: web_log.stat().st_size > web_before, "the web app noticing the browser left")
    paused_rasa(False)

    def answered() -> bool:
        events = _events(assistant, sender)
        said = [n for n, e in enumerate(events) if e.get("event") == "user" and e.get("text") == WORDS[language]]
        return bool(said) and any(e.get("event") == "bot" for e in events[said[0]:])

    assert _wait_for(answered, "the message handled and answered")  # not lost: kept, with the reply to it
    again = browser.get(base + "/chat", timeout=60).text  # coming back, the page shows it, and the reply after it
    assert str(escape(WORDS[language])) in again

    written = web_log.read_bytes()[web_before:].decode("utf-8", "replace")
    lines = [line for line in written.splitlines() if line.strip()]
    assert len(lines) <= 1, lines  # at most one line for it
    assert all(re.search(r"\b(INFO|WARNING)\b", line) for line in lines), lines
    assert "ERROR" not in written and "Traceback" not in written and "CancelledError" not in written
    for private in (WORDS[language], "Gwyn", sender, cookie, csrf.group(1), "/chat/send"):
        assert private not in written
    # Rasa was never left mid-reply: the web app waited for it, so Rasa has no hang-up of its own to report.
    rasa_written = rasa_log.read_bytes()[rasa_before:].decode("utf-8", "replace")
    assert "ERROR" not in rasa_written and "Traceback" not in rasa_written
    assert WORDS[language] not in rasa_written and "Gwyn" not in rasa_written
