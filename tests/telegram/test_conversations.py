"""Whole conversations through the Telegram channel: the real Rasa server and action server,
started by `bot.services` with the Telegram section of credentials.yml pointed at the fake Bot API.

Updates arrive over real HTTP on Rasa's webhook route, replies leave over real HTTP to the fake,
and the database and the services' logs are checked afterwards.
"""
from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot import messages, services
from bot.conversation import invitations
from bot.storage import db, repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import build_view
from channels.telegram import DELETE_YES, SECRET_HEADER
from tests.servers.fake_telegram import (
    BOT_USERNAME,
    TOKEN,
    ApiCall,
    FakeTelegram,
    callback_update,
    sticker_update,
    text_update,
    voice_update,
)
from tests.support.postgres import free_port
from tests.support.stacks import serving
from tests.telegram.conftest import SECRET, SENDER_KEY
from tests.telegram.test_channel import expected_sender

pytestmark = pytest.mark.e2e

# Distinctive chat ids, so finding one anywhere in the database or the logs means it leaked.
WELSH_CHAT = 918273645501
ENGLISH_CHAT = 918273645502
GROUP_CHAT = -1009182736455
DELETE_CHAT = 918273645503
INVITED_CHAT = 918273645504
SECRET_CHAT = 918273645505
INVITED_WELSH_CHAT = 918273645506
CARRY_ON_CHATS = {"cy": 918273645507, "en": 918273645508}
ALL_CHATS = (WELSH_CHAT, ENGLISH_CHAT, GROUP_CHAT, DELETE_CHAT, INVITED_CHAT, SECRET_CHAT, INVITED_WELSH_CHAT,
             *CARRY_ON_CHATS.values())


@dataclass
class TelegramAssistant:
    stack: services.Stack
    fake: FakeTelegram
    database_url: str
    database_file: Path

    @property
    def webhook_url(self) -> str:
        return f"{self.stack.rasa_url}/webhooks/telegram/webhook"

    def post(self, update: dict[str, Any] | bytes, secret: str | None = SECRET) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        request = urllib.request.Request(self.webhook_url, data=body, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    def user(self, chat_id: int) -> TelegramUser:
        return TelegramUser(self, chat_id)


class TelegramUser:
    """One person in a private chat: sends updates, reads what the bot sent back to this chat."""

    def __init__(self, assistant: TelegramAssistant, chat_id: int) -> None:
        self.assistant = assistant
        self.chat_id = chat_id
        self.replies: list[ApiCall] = []

    def send(self, update: dict[str, Any]) -> list[ApiCall]:
        before = len(self.assistant.fake.calls_of("sendMessage", self.chat_id))
        assert self.assistant.post(update) == 200
        self.replies = self.assistant.fake.calls_of("sendMessage", self.chat_id)[before:]
        return self.replies

    def say(self, text: str) -> list[ApiCall]:
        return self.send(text_update(self.chat_id, text))

    @property
    def text(self) -> str:
        return "\n".join(c.text for c in self.replies)

    @property
    def buttons(self) -> list[str]:
        return [b["text"] for c in self.replies for b in c.buttons]

    def press(self, title_part: str) -> list[ApiCall]:
        for call in reversed(self.replies):
            for button in call.buttons:
                if title_part.lower() in button["text"].lower():
                    return self.send(callback_update(self.chat_id, button["callback_data"], pressed=call))
        raise AssertionError(f"no button containing {title_part!r} in {self.buttons}")


@pytest.fixture(scope="module")
def telegram_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TelegramAssistant]:
    assert services.train(quiet=True) == 0, "rasa train failed"
    model = services.latest_model()
    assert model is not None
    workdir = tmp_path_factory.mktemp("wm-telegram")
    database_file = workdir / "whatmatters.db"
    url = f"sqlite:///{database_file}"
    db.reset_engines()
    db.migrate(url)
    fake = FakeTelegram().start()
    env = {
        "DATABASE_URL": url,
        "PUBLIC_BASE_URL": "http://127.0.0.1:8080",
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_PUBLIC_URL": "https://bot.example.test",
        "TELEGRAM_BASE_URL": fake.base_url,
        "TELEGRAM_SENDER_KEY": SENDER_KEY,
        "TELEGRAM_BOT_USERNAME": BOT_USERNAME,
    }
    stack = services.make_stack(free_port(), free_port(), env, log_dir=workdir / "logs", web_port=free_port())
    try:
        with serving(stack, model, url):
            assert fake.wait_for_call("setWebhook"), "the channel did not set its webhook at start-up"
            yield TelegramAssistant(stack, fake, url, database_file)
    finally:
        fake.stop()


def answers_of(sender: str) -> dict[str, list[str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        out: dict[str, list[str]] = {}
        for a in conv.answers:
            out.setdefault(a.question_key, []).append(a.text)
        return out


def answer_until_readback(user: TelegramUser, answers: list[str], readback_marker: str) -> list[str]:
    """Answer each question in turn until the read-back; returns the answers actually given."""
    given = []
    for answer in answers:
        if readback_marker in user.text:
            break
        user.say(answer)
        given.append(answer)
    assert readback_marker in user.text, user.text
    return given


WELSH_ANSWERS = [
    "Dw i eisiau mynd i'r clwb pêl-droed ar nos Fercher eto ⚽",
    "Mae Nain yn fy helpu fi efo gwaith cartref",
    "Dal i weld fy ffrindiau ar ôl ysgol",
    "Hoffwn i gael help i fynd i'r ysgol ar y bws",
    "Siarad efo fi'n Gymraeg, a gwrando",
    "Dw i'n poeni am arholiadau",
    "Nain a fy chwaer Lowri",
    "Neges destun sy orau",
    "Ar ôl 4 o'r gloch",
    "Dim byd arall, diolch",
]


def test_a_young_person_talks_in_welsh_on_telegram(telegram_assistant: TelegramAssistant) -> None:
    a = telegram_assistant
    user = a.user(WELSH_CHAT)
    sender = expected_sender(WELSH_CHAT)

    # A missing or wrong secret: 403, and nothing at all is processed or stored.
    before = len(a.fake.calls)
    assert a.post(text_update(WELSH_CHAT, "helo"), secret=None) == 403
    assert a.post(text_update(WELSH_CHAT, "helo"), secret="not-the-secret") == 403
    assert a.post(text_update(WELSH_CHAT, "helo"), secret=SECRET.upper()) == 403
    assert a.post(b"{not json", secret=SECRET) == 400  # not an update (Telegram never sends one): refused, unread
    assert len(a.fake.calls) == before
    with session_scope() as s:
        assert repository.get_conversation(s, sender) is None

    user.say("/start")
    assert user.text.index("Shwmae") < user.text.index("Hello")  # the Active Offer, Welsh first
    assert user.buttons == ["Cymraeg", "English"]
    user.press("Cymraeg")
    assert messages.text("consent_choice", "cy") in user.text
    pressed = a.fake.calls_of("editMessageReplyMarkup", WELSH_CHAT)
    assert pressed and "reply_markup" not in pressed[-1].params  # the used keyboard was removed
    assert a.fake.calls_of("answerCallbackQuery")
    user.press("Ydy")
    assert messages.text("role", "cy") in user.text
    user.press("berson ifanc")
    user.say("Cai")
    assert "Cai" in user.text

    # Things the assistant cannot read: a kind reply in Welsh, "ti", and a note in the record.
    question = user.text
    user.send(voice_update(WELSH_CHAT))
    assert user.text == messages.text("telegram_unreadable_audio", "cy", "ti")
    user.send(sticker_update(WELSH_CHAT))
    assert user.text == messages.text("telegram_unreadable", "cy", "ti")
    assert repository.unreadable_kinds(sender) == ["voice", "sticker"]

    # The first answer, delivered twice by Telegram: handled once.
    first = text_update(WELSH_CHAT, WELSH_ANSWERS[0])
    user.send(first)
    assert user.replies and user.text != question
    sent_so_far = len(a.fake.calls_of("sendMessage", WELSH_CHAT))
    assert a.post(first) == 200  # accepted (Telegram must not retry) ...
    assert len(a.fake.calls_of("sendMessage", WELSH_CHAT)) == sent_so_far  # ... but not answered again
    assert answers_of(sender).get("what_matters") == [WELSH_ANSWERS[0]]  # stored once, verbatim
    given = [WELSH_ANSWERS[0], *answer_until_readback(user, WELSH_ANSWERS[1:], messages.text("readback_intro", "cy", "ti"))]

    user.press("Ydy")
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert conv.status == "confirmed" and conv.language == "cy" and conv.register == "ti"
        assert conv.channel == "telegram" and conv.completed_by == "young_person"
        stored = [a_.text for a_ in conv.answers]
    for answer in given:
        if answer != "Dim byd arall, diolch":
            assert answer in stored, answer  # verbatim, emoji and all


ENGLISH_ANSWERS = [
    "I want to get back to my allotment 🌱",
    "My neighbour Glenys pops in most days",
    "Keep going to chapel on Sundays",
    "Help with the shopping, the bags are too heavy now",
    "Be patient with me on the phone",
    "I worry about falling on the stairs",
    "My son Gareth",
    "Big print, please",
    "Mornings after 10",
    "Nothing else",
]


def test_a_person_talks_in_english_on_telegram_and_long_payloads_and_groups_behave(
        telegram_assistant: TelegramAssistant) -> None:
    a = telegram_assistant
    user = a.user(ENGLISH_CHAT)
    sender = expected_sender(ENGLISH_CHAT)
    user.say("hello")
    user.press("English")
    assert messages.text("consent_choice", "en") in user.text
    user.press("Yes")
    user.press("about me")
    user.say("Dorothy")
    assert "Thank you, Dorothy." in user.text
    user.say("/cymraeg")  # the Welsh command works mid-conversation ...
    assert messages.text("q_what_matters", "cy") in user.text
    user.say("/english")  # ... and back
    assert messages.text("q_what_matters", "en") in user.text
    answer_until_readback(user, ENGLISH_ANSWERS, messages.text("readback_intro", "en"))
    assert "Keep going to chapel on Sundays" in user.text
    user.press("Yes, send it")
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.status == "confirmed" and conv.language == "en"
        assert conv.display_name == "Dorothy"
    stored = answers_of(sender)
    assert stored["what_matters"] == [ENGLISH_ANSWERS[0]]  # byte for byte, emoji and all

    # /help and /stop are the assistant's own help and stop.
    user.say("/help")
    assert messages.text("help", "en") in user.text

    # A group chat: refused in both languages, nothing stored.
    group = a.user(GROUP_CHAT)
    group.send(text_update(GROUP_CHAT, "helo pawb", chat_type="supergroup"))
    assert group.text == messages.text("telegram_group_refused", None)
    with session_scope() as s:
        assert repository.get_conversation(s, expected_sender(GROUP_CHAT)) is None


#: Third trial W2 and W1, in each language: (language button, consent, role button, first answer, carry on, start
#: again, a stop said the way people say it).
CARRY_ON = {
    "cy": ("Cymraeg", "Ydy", "berson ifanc", "Dw i eisiau mynd i'r clwb pêl-droed eto", "Parhau", "Dechrau eto",
           "rhaid i fi fynd, ga i ddod nôl wedyn?"),
    "en": ("English", "Yes", "young person", "I want to get back to football", "Carry on", "Start again",
           "no I meant I have to stop now, can I come back later"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_start_mid_conversation_then_carry_on_goes_on_once(telegram_assistant: TelegramAssistant,
                                                            language: str) -> None:
    """Third trial W2: /start mid-conversation gave "Croeso'n ôl! … Parhau | Dechrau eto"; pressing Parhau (or Carry on)
    brought the same welcome-back again, every time. Now the button carries on with the question waiting, once.
    W1: asking to stop and come back, the way people write it, stops the chat with no flag and no alert."""
    chat = CARRY_ON_CHATS[language]
    choose, consent, role, first, carry_on, start_again, stop = CARRY_ON[language]
    user = telegram_assistant.user(chat)
    sender = expected_sender(chat)
    user.say("/start")
    user.press(choose)
    user.press(consent)
    user.press(role)
    user.say("Cai")
    user.say(first)
    waiting = user.text  # the question after the first answer
    assert waiting and messages.text("welcome_back", language, "ti") not in waiting

    welcome_back = messages.text("welcome_back", language, "ti")
    for _ in range(2):  # /start again and again: the choice each time, never a loop
        user.say("/start")
        assert welcome_back in user.text
        choice = next(c for c in user.replies if welcome_back in c.text)
        assert [b["text"] for b in choice.buttons] == [carry_on, start_again]
        user.press(carry_on)
        assert welcome_back not in user.text
        assert "Croeso" not in user.text and "Welcome back" not in user.text
        assert waiting.split("\n")[-1] in user.text  # the question waiting, asked again
        assert user.text.count(waiting.split("\n")[-1]) == 1
    user.say("Mae Nain yn fy helpu fi" if language == "cy" else "My nan helps me")
    stored = answers_of(sender)
    assert stored.get("what_matters") == [first]
    assert not any(t.startswith("/") for texts in stored.values() for t in texts)  # no payload kept as an answer

    user.say(stop)
    assert messages.text("stopped", language, "ti") in user.text
    assert "999" not in user.text
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.status == "stopped"
        assert conv.risk_flags == []
        assert stop not in [a_.text for a_ in conv.answers]


def test_delete_after_confirmation_erases_the_record_and_the_transcript(telegram_assistant: TelegramAssistant) -> None:
    a = telegram_assistant
    user = a.user(DELETE_CHAT)
    sender = expected_sender(DELETE_CHAT)
    user.say("/start")
    user.press("English")
    user.press("Yes")
    user.press("about me")
    user.say("Bronwen")
    user.say("I'd like to see my sister in Aberaeron more often")
    assert answers_of(sender)
    with sqlite3.connect(a.database_file) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0] > 0

    user.say("/delete")
    assert user.text == messages.text("delete_confirm", "en")
    user.press("Delete everything")
    assert user.text == messages.text("delete_done", "en")
    with session_scope() as s:
        assert repository.get_conversation(s, sender) is None
    with sqlite3.connect(a.database_file) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0] == 0
        dump = "\n".join(conn.iterdump())
    assert "Aberaeron" not in dump and "Bronwen" not in dump

    # The old confirmation cannot be replayed to do harm: a second "yes" finds nothing to delete.
    user.send(callback_update(DELETE_CHAT, DELETE_YES))
    assert user.text == messages.text("delete_nothing_held", None)


def test_an_invitation_link_starts_the_conversation_tied_to_its_referral(telegram_assistant: TelegramAssistant) -> None:
    a = telegram_assistant
    made = invitations.create_invitation(case_reference="OED/2026/0107", team="oedolion-de", language="en",
                                         audience="person", created_by=None)
    link = invitations.telegram_link(BOT_USERNAME, made.token)
    assert link == f"https://t.me/{BOT_USERNAME}?start={made.token}"
    user = a.user(INVITED_CHAT)
    user.say(f"/start {made.token}")
    assert messages.text("consent_choice", "en") in user.text  # straight into English, as the referral said
    assert messages.text("telegram_other_language", "en") in user.text  # and Welsh still offered
    with session_scope() as s:
        conv = repository.get_conversation(s, expected_sender(INVITED_CHAT))
        assert conv is not None
        assert (conv.case_reference, conv.team, conv.channel) == ("OED/2026/0107", "oedolion-de", "telegram")

    # The referral said the person themselves will talk: after consent, their name, not "who is talking?".
    user.press("Yes")
    assert messages.text("role", "en") not in user.text
    assert messages.text("name", "en") in user.text
    user.say("Dorothy")
    assert "Thank you, Dorothy." in user.text
    assert messages.text("q_what_matters", "en") in user.text
    with session_scope() as s:
        conv = repository.get_conversation(s, expected_sender(INVITED_CHAT))
        assert conv is not None and (conv.completed_by, conv.register) == ("person", "chi")


def test_an_invited_young_person_in_welsh_is_never_asked_who_they_are_and_can_delete(
        telegram_assistant: TelegramAssistant) -> None:
    """The deep link in Welsh for a young person: "ti" from the first word, no role question, the
    voice note and sticker in the summary, then /delete unlinks the invitation and the link stays used."""
    a = telegram_assistant
    made = invitations.create_invitation(case_reference="CYF/2026/0311", team="plant-de", language="cy",
                                         audience="young_person", created_by=None)
    user = a.user(INVITED_WELSH_CHAT)
    sender = expected_sender(INVITED_WELSH_CHAT)
    user.say(f"/start {made.token}")
    assert messages.text("language_set", "cy", "ti") in user.text  # "ti" from the first word
    assert messages.text("consent_choice", "cy", "ti") in user.text
    assert messages.text("telegram_other_language", "cy", "ti") in user.text  # English still offered
    assert "Shwmae" not in user.text  # no Active Offer: the language was known
    user.press("Ydy")
    assert messages.text("role", "cy", "ti") not in user.text and messages.text("role", "cy") not in user.text
    assert messages.text("name", "cy", "ti") in user.text
    user.say("Cai")
    assert messages.text("q_what_matters", "cy", "ti", name="Cai") in user.text
    user.send(voice_update(INVITED_WELSH_CHAT))
    assert user.text == messages.text("telegram_unreadable_audio", "cy", "ti")
    user.send(voice_update(INVITED_WELSH_CHAT))
    user.send(sticker_update(INVITED_WELSH_CHAT))
    user.say(WELSH_ANSWERS[0])
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert (conv.completed_by, conv.register, conv.language, conv.case_reference, conv.team) == (
            "young_person", "ti", "cy", "CYF/2026/0311", "plant-de")
    assert answers_of(sender)["what_matters"] == [WELSH_ANSWERS[0]]
    record = load_record(sender)
    assert record is not None and [u["kind"] for u in record["unreadable"]] == ["voice", "voice", "sticker"]
    notices = {n.key: n.text for n in build_view(record, "cy").section("about").notices}  # type: ignore[union-attr]
    assert "2 neges lais a sticer" in notices["unreadable"]
    notices = {n.key: n.text for n in build_view(record, "en").section("about").notices}  # type: ignore[union-attr]
    assert notices["unreadable"].startswith("2 voice notes and a sticker arrived that the assistant could not read")

    # /delete: everything goes, and the invitation no longer says who opened it, but stays used.
    user.say("/delete")
    assert user.text == messages.text("delete_confirm", "cy", "ti")
    user.press("Dileu popeth")
    assert user.text == messages.text("delete_done", "cy", "ti")
    with sqlite3.connect(a.database_file) as conn:
        linked, bound_at = conn.execute("SELECT sender_id, bound_at FROM invitations WHERE id = ?",
                                        (made.id,)).fetchone()
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0] == 0
    assert linked is None and bound_at is not None
    user.say(f"/start {made.token}")
    assert messages.text("invitation_link_used", None) in user.text  # not bound again, nothing revealed
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.case_reference is None and conv.unmatched_invitation


def test_no_raw_chat_id_or_token_is_kept_in_the_database_or_the_logs(telegram_assistant: TelegramAssistant) -> None:
    a = telegram_assistant
    a.user(SECRET_CHAT).say("/start")
    with sqlite3.connect(a.database_file) as conn:
        dump = "\n".join(conn.iterdump())
    logs = "".join(p.read_text(errors="replace") for p in a.stack.log_dir.glob("*.log"))
    for chat in ALL_CHATS:
        assert str(chat) not in dump, chat
        assert str(chat) not in logs, chat
    assert TOKEN not in logs and TOKEN.split(":")[1] not in logs
    assert SECRET not in logs
    for words in ("Dorothy", "allotment", "Glenys", "Cai", "pêl-droed", "Aberaeron"):
        assert words not in logs, words
    assert expected_sender(WELSH_CHAT) in dump  # the hashed id is what the record holds
