"""Stop 44 (AX17 / AW16), end to end: two messages sent back to back, without waiting for the reply, are one answer.

Cai (14, Telegram) sent "sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…" and, a second or two later, "osian yw
brawd fi, ma autism da fe, ma fe'n 9"; the second was kept as his answer to "Beth sy'n mynd yn dda…?", which he had
not seen. Here the real stack (Rasa, the action server, the web app; `telegram_assistant` from
tests/telegram/test_conversations.py, one stack for this module) gets both at once: over Telegram's webhook from the
fake Bot API's side, and over the web chat's own send route. The second is kept with the first answer, the question
waiting is asked again, and nothing is kept as the answer to it. Sent after the reply was read, the same words answer
the question (the timing, not the words, made the difference).
"""
from __future__ import annotations

import re
import threading
import time
from typing import Any

import pytest
import requests

from bot import messages
from bot.web.chat import CHAT_COOKIE, choose_language_payload, sender_for
from tests.servers.fake_telegram import text_update
from tests.telegram.test_channel import expected_sender
from tests.telegram.test_conversations import (  # noqa: F401 (the running stack, for this module)
    TelegramAssistant,
    answers_of,
    telegram_assistant,
)

pytestmark = pytest.mark.e2e

CHATS = {"cy": 918273645541, "en": 918273645542}
LATER_CHATS = {"cy": 918273645543, "en": 918273645545}
#: (language button, consent button, role button, name, the answer, the piece sent straight after it)
START = {
    "cy": ("Cymraeg", "Ydy", "berson ifanc", "Cai", "sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…",
           "osian yw brawd fi, ma autism da fe, ma fe'n 9"),
    "en": ("English", "Yes", "young person", "Cai", "dunno really. a good day is when Osian's ok…",
           "osian is my brother, he's autistic, he's 9"),
}
#: How long after the first the second is sent: back to back, before the first is answered (its handling, NLU and the
#: action server, takes longer than this even on a quiet machine). Only a message that arrived before the question
#: was sent is read as more of the answer (answers.arrived_too_soon).
BACK_TO_BACK_SECONDS = 0.02


def _both_at_once(send_first: Any, send_second: Any) -> list[Any]:
    """Send the first, then the second a moment later without waiting for the first's reply; both replies."""
    out: list[Any] = [None, None]

    def first() -> None:
        out[0] = send_first()

    worker = threading.Thread(target=first)
    worker.start()
    time.sleep(BACK_TO_BACK_SECONDS)
    out[1] = send_second()
    worker.join(120)
    assert not worker.is_alive()
    return out


def _telegram_to_the_first_question(a: TelegramAssistant, chat: int, language: str) -> Any:
    lang_button, consent, role, name = START[language][:4]
    user = a.user(chat)
    user.say("/start")
    user.press(lang_button)
    user.press(consent)
    user.press(role)
    user.say(name)
    assert messages.text("q_what_matters", language, "ti").split("\n")[0][:30] in user.text
    return user


@pytest.mark.parametrize("language", ["cy", "en"])
def test_two_telegram_messages_back_to_back_are_one_answer(telegram_assistant: TelegramAssistant,  # noqa: F811
                                                           language: str) -> None:
    a = telegram_assistant
    chat = CHATS[language]
    user = _telegram_to_the_first_question(a, chat, language)
    answer, piece = START[language][4:]
    before = len(a.fake.calls_of("sendMessage", chat))
    statuses = _both_at_once(lambda: a.post(text_update(chat, answer)), lambda: a.post(text_update(chat, piece)))
    assert statuses == [200, 200]
    stored = answers_of(expected_sender(chat))
    assert stored.get("what_matters") == [answer, piece]  # (the piece was kept as what goes well)
    assert "strengths" not in stored
    said = "\n".join(c.text for c in a.fake.calls_of("sendMessage", chat)[before:])
    assert messages.text("added_more_noted", language, "ti") in said
    strengths = messages.text("q_strengths", language, "ti").split("\n")[0][:30]
    # asked once: the piece, sent before it was asked, is thanked in a few words, the question just above (trial 45
    # AZ9: this asserted the question asked again)
    assert said.count(strengths) == 1
    del user


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_telegram_message_sent_after_reading_the_question_answers_it(
        telegram_assistant: TelegramAssistant, language: str) -> None:  # noqa: F811
    a = telegram_assistant
    chat = LATER_CHATS[language]
    user = _telegram_to_the_first_question(a, chat, language)
    answer, piece = START[language][4:]
    user.say(answer)
    time.sleep(1.0 + 0.1 * len(piece))  # time enough to read the question and type it
    user.say(piece)
    stored = answers_of(expected_sender(chat))
    assert stored.get("what_matters") == [answer]
    assert stored.get("strengths") == [piece]


class WebChat:
    """One browser on the web chat, posting as chat.js does (JSON back)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()
        page = self.session.get(base + "/chat", timeout=60)
        found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert found is not None
        self.csrf = found.group(1)
        self.cookie = self.session.cookies.get(CHAT_COOKIE)
        self.replies: list[dict[str, Any]] = []

    @property
    def sender(self) -> str:
        return sender_for(self.cookie or "")

    def send(self, message: str) -> list[dict[str, Any]]:
        response = self.session.post(self.base + "/chat/send", timeout=120, headers={"Accept": "application/json"},
                                     data={"csrf_token": self.csrf, "message": message})
        assert response.status_code == 200, response.text
        self.replies = list(response.json()["replies"])
        return self.replies

    def press(self, title_part: str) -> None:
        for line in reversed(self.replies):
            for button in line.get("buttons") or []:
                if title_part.lower() in button["title"].lower():
                    self.send(button["payload"])
                    return
        raise AssertionError(f"no button {title_part!r} in {self.replies}")

    @property
    def text(self) -> str:
        return "\n".join(line["text"] for line in self.replies)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_two_web_chat_messages_back_to_back_are_one_answer(telegram_assistant: TelegramAssistant,  # noqa: F811
                                                           language: str) -> None:
    stack = telegram_assistant.stack
    base = f"http://127.0.0.1:{stack.web_port}"
    chat = WebChat(base)
    chat.send(choose_language_payload(language))
    _, consent, role, name, answer, piece = START[language]
    chat.press(consent)
    chat.press(role)
    chat.send(name)
    assert messages.text("q_what_matters", language, "ti").split("\n")[0][:30] in chat.text
    # (a second browser tab on the same conversation: chat.js itself waits for each reply)
    other = WebChat.__new__(WebChat)
    other.__dict__.update(chat.__dict__)
    other.replies = []
    other.session = requests.Session()
    other.session.cookies.update(chat.session.cookies)
    first, second = _both_at_once(lambda: chat.send(answer), lambda: other.send(piece))
    assert first is not None and second is not None
    stored = answers_of(chat.sender)
    # The web app forwards a browser's messages one at a time, so the piece reaches Rasa only a moment before the
    # first's reply is stamped, or just after it: whether it joins the answer by "arrived before the question" is a
    # race here (in service the typing window joins it; tests/conversation/test_burst_timing_stop44.py). What must
    # hold either way: both kept, once each, in the order sent, the answer first.
    kept = [*stored.get("what_matters", []), *stored.get("strengths", [])]
    assert kept == [answer, piece]
    assert stored.get("what_matters", [])[:1] == [answer]
    if stored.get("what_matters") == [answer, piece]:
        assert messages.text("added_more_noted", language, "ti") in other.text  # (AZ9: a few words)
