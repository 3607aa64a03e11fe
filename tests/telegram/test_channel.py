"""The Telegram channel in process, against the fake Bot API over real HTTP, with a stand-in for Rasa.

What Rasa itself does with the messages is tested end to end in test_conversations.py; here are
the channel's own duties: ids, commands, buttons, things it cannot read, groups, errors, limits.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac

from sqlalchemy import select

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import ChannelUpdate, Conversation
from channels.telegram import (
    ALLOWED_UPDATES,
    MAX_CALLBACK_DATA,
    MAX_TEXT_LENGTH,
    TelegramConfig,
    TelegramInput,
    secret_matches,
    sender_id_for,
    split_message,
)
from tests.servers.fake_telegram import (
    TOKEN,
    callback_update,
    edited_update,
    location_update,
    photo_update,
    sticker_update,
    text_update,
    voice_update,
)
from tests.telegram.conftest import SENDER_KEY, Harness

CHAT = 5550001


def expected_sender(chat_id: int = CHAT) -> str:
    return "tg-" + hmac.new(SENDER_KEY.encode(), str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]


# --- ids and secrets -----------------------------------------------------------------------------

def test_the_sender_id_is_a_keyed_hash_of_the_chat_not_the_chat() -> None:
    sid = sender_id_for(CHAT, SENDER_KEY.encode())
    assert sid == expected_sender()
    assert str(CHAT) not in sid
    assert sender_id_for(CHAT, b"another key") != sid
    assert sender_id_for(CHAT + 1, SENDER_KEY.encode()) != sid


def test_without_a_sender_key_one_is_derived_from_the_token() -> None:
    a = TelegramInput(TelegramConfig(token=TOKEN)).sender_id(CHAT)
    b = TelegramInput(TelegramConfig(token="1:another-token")).sender_id(CHAT)
    assert a.startswith("tg-") and a != b and str(CHAT) not in a


def test_the_secret_must_match_exactly() -> None:
    assert secret_matches("s3cret", "s3cret")
    assert not secret_matches("s3cret ", "s3cret")
    assert not secret_matches(None, "s3cret")
    assert not secret_matches("", "s3cret")
    assert not secret_matches("anything", None)  # no secret configured: nothing is accepted


def test_credentials_are_read_from_rasa_and_empty_values_mean_unset() -> None:
    config = TelegramConfig.from_credentials({"token": TOKEN, "webhook_secret": "", "public_url": "https://a.example/",
                                              "base_url": "", "sender_key": None, "mode": "", "bot_username": "@Bot"})
    assert config.webhook_secret is None and config.sender_key is None and config.mode == "webhook"
    assert config.base_url == "https://api.telegram.org/bot" and config.bot_username == "Bot"
    assert config.webhook_url == "https://a.example/webhooks/telegram/webhook"
    assert config.bot_id == TOKEN.split(":")[0]


# --- long replies ----------------------------------------------------------------------------------

def test_long_replies_are_split_at_sentence_ends_and_nothing_is_lost() -> None:
    sentence = "Mae hyn yn frawddeg eithaf hir am beth sy'n bwysig i chi heddiw. "
    text = sentence * 200  # about 13,000 characters
    parts = split_message(text)
    assert len(parts) == 4
    assert all(len(p) <= MAX_TEXT_LENGTH for p in parts)
    assert all(p.endswith("heddiw.") for p in parts)  # every cut after a full stop
    assert " ".join(parts) == text.strip()


def test_a_long_read_back_is_cut_between_its_lines_never_inside_a_quote() -> None:
    """Second stop-25 trial V13: a 3,957-character read-back was cut after a sentence inside a quote, the rest of it
    and its closing ” starting the next message."""
    quote = "“Dw i isio gallu mynd i'r ysgol heb deimlo'n sâl. Mae o'n bwysig i fi. Plis.”"
    lines = [f"{n}. {quote} (?)" for n in range(1, 80)]
    text = "Pethau i'w newid:\n" + "\n".join(lines)
    parts = split_message(text)
    assert len(parts) > 1 and all(len(p) <= MAX_TEXT_LENGTH for p in parts)
    assert all(p.endswith("(?)") for p in parts)  # every cut at the end of a line
    assert all(p.count("“") == p.count("”") for p in parts)
    assert "\n".join(parts) == text


def test_emoji_count_twice_towards_the_limit_and_huge_words_are_cut() -> None:
    parts = split_message("🐈" * 3000)  # 6,000 UTF-16 units
    assert len(parts) == 2 and "".join(parts) == "🐈" * 3000
    assert all(len(p.encode("utf-16-le")) // 2 <= MAX_TEXT_LENGTH for p in parts)
    assert split_message("short") == ["short"]


def test_a_long_reply_is_sent_in_parts_with_the_buttons_under_the_last(harness: Harness) -> None:
    harness.assistant.reply = {"text": "Un frawddeg. " * 800,
                               "buttons": [{"title": "Cymraeg", "payload": '/choose_language{"language":"cy"}'}]}
    harness.deliver(text_update(CHAT, "helo"))
    sent = harness.fake.calls_of("sendMessage", CHAT)
    assert len(sent) == 3
    assert [bool(c.buttons) for c in sent] == [False, False, True]
    assert sum(len(c.text) for c in sent) >= len("Un frawddeg. " * 800) - 3


# --- text, commands, duplicates -------------------------------------------------------------------

def test_text_reaches_the_assistant_once_with_the_update_id_and_the_hashed_sender(harness: Harness) -> None:
    update = text_update(CHAT, "Dw i eisiau mynd i'r siop eto 🛒")
    harness.deliver(update, update)  # Telegram redelivered it
    assert harness.assistant.texts == ["Dw i eisiau mynd i'r siop eto 🛒"]
    message = harness.assistant.received[0]
    assert message.sender_id == expected_sender()
    assert message.message_id == str(update["update_id"])
    assert message.input_channel == "telegram"
    assert len(harness.fake.calls_of("sendMessage", CHAT)) == 1  # answered once
    assert harness.fake.calls_of("sendChatAction", CHAT)[0].params["action"] == "typing"
    with session_scope() as s:
        conv = repository.get_conversation(s, expected_sender())
        assert conv is not None and conv.channel == "telegram"
        assert s.execute(select(ChannelUpdate.update_id)).scalars().all() == [update["update_id"]]


def test_a_redelivery_to_a_new_process_is_still_ignored(harness: Harness) -> None:
    update = text_update(CHAT, "helo")
    harness.deliver(update)
    harness.deliver(update)  # e.g. after a restart
    assert harness.assistant.texts == ["helo"]


def test_commands_become_what_the_assistant_understands(harness: Harness) -> None:
    harness.deliver(*(text_update(CHAT, t) for t in (
        "/start", "/cymraeg", "/english", "/help", "/stop", "/help@BethSynBwysigTestBot", "/settings")))
    assert harness.assistant.texts == [
        "/greet", '/choose_language{"language":"cy"}', '/choose_language{"language":"en"}', "/help", "/stop",
        "/help", "settings"]


def test_words_after_a_command_are_never_swallowed(harness: Harness) -> None:
    """'/help I'm scared he'll hurt me' is the person's words: they must reach the risk check."""
    harness.deliver(text_update(CHAT, "/help I'm scared he'll hurt me"), text_update(CHAT, "/kms"))
    assert harness.assistant.texts == ["/help I'm scared he'll hurt me", "kms"]


def test_setwebhook_once_at_start_with_the_secret_and_never_getme(harness: Harness) -> None:
    harness.deliver(text_update(CHAT, "helo"), text_update(CHAT, "eto"), start=True)
    hooks = harness.fake.calls_of("setWebhook")
    assert len(hooks) == 1
    assert hooks[0].params["secret_token"] == harness.config.webhook_secret
    assert hooks[0].params["url"] == "https://bot.example.test/webhooks/telegram/webhook"
    assert hooks[0].params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert harness.fake.calls_of("getMe") == []


def test_webhook_mode_without_a_usable_secret_sets_no_webhook(harness: Harness, caplog) -> None:
    for secret in (None, "has spaces and ünïcode"):
        harness.config = TelegramConfig(token=TOKEN, public_url="https://bot.example.test", webhook_secret=secret,
                                        base_url=harness.config.base_url, sender_key=SENDER_KEY)
        harness.deliver(start=True)
    assert harness.fake.calls_of("setWebhook") == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "needs TELEGRAM_PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET" in logged and "1-256 characters" in logged
    assert "ünïcode" not in logged  # a secret is never logged


# --- buttons ------------------------------------------------------------------------------------------

def test_buttons_become_an_inline_keyboard_and_a_press_is_answered_and_the_keyboard_removed(
        harness: Harness) -> None:
    long_payload = '/choose{"choice":"move_maintenance","item":"' + "x" * 80 + '"}'
    harness.assistant.reply = {"text": "Beth hoffech chi?", "buttons": [
        {"title": "Cymraeg", "payload": '/choose_language{"language":"cy"}'},
        {"title": "Hir", "payload": long_payload}]}
    harness.deliver(text_update(CHAT, "helo"))
    sent = harness.fake.calls_of("sendMessage", CHAT)[-1]
    data = [b["callback_data"] for b in sent.buttons]
    assert [b["text"] for b in sent.buttons] == ["Cymraeg", "Hir"]
    assert data[0] == '/choose_language{"language":"cy"}'
    assert data[1].startswith("k:") and all(len(d.encode()) <= MAX_CALLBACK_DATA for d in data)

    harness.assistant.reply = {"text": "Iawn."}
    harness.deliver(callback_update(CHAT, data[1], pressed=sent), callback_update(CHAT, data[0], pressed=sent))
    assert harness.assistant.texts[1:] == [long_payload, '/choose_language{"language":"cy"}']
    assert len(harness.fake.calls_of("answerCallbackQuery")) == 2
    edits = harness.fake.calls_of("editMessageReplyMarkup", CHAT)
    assert edits and int(edits[0].params["message_id"]) == sent.result["message_id"]
    assert "reply_markup" not in edits[0].params  # the keyboard is gone


def test_number_buttons_share_rows_and_long_titles_keep_their_own(harness: Harness) -> None:
    """Eighth trial AB18: the read-back's "which one?" was a column of 20 one-number rows."""
    numbers = [{"title": str(n), "payload": str(n)} for n in range(1, 13)]
    harness.assistant.reply = {"text": "Pa un?", "buttons": [*numbers, {"title": "Dim un o'r rhain", "payload": "/deny"},
                                                             {"title": "Yes", "payload": "/affirm"}]}
    harness.deliver(text_update(CHAT, "newid"))
    rows = [[b["text"] for b in row] for row in harness.fake.calls_of("sendMessage", CHAT)[-1].button_rows]
    assert rows == [["1", "2", "3", "4", "5"], ["6", "7", "8", "9", "10"], ["11", "12"], ["Dim un o'r rhain"], ["Yes"]]


def test_a_stored_payload_survives_a_restart(harness: Harness) -> None:
    payload = "/choose" + '{"choice":"' + "y" * 90 + '"}'
    harness.assistant.reply = {"text": "?", "buttons": [{"title": "Y", "payload": payload}]}
    harness.deliver(text_update(CHAT, "helo"))
    data = harness.fake.calls_of("sendMessage", CHAT)[-1].buttons[0]["callback_data"]
    harness.deliver(callback_update(CHAT, data))  # a new channel object: nothing in memory
    assert harness.assistant.texts[-1] == payload


# --- what cannot be read -----------------------------------------------------------------------------

def test_a_voice_note_gets_a_kind_reply_and_the_record_notes_it_without_content(harness: Harness) -> None:
    harness.deliver(voice_update(CHAT))
    assert harness.assistant.received == []  # nothing to pass on
    said = harness.fake.calls_of("sendMessage", CHAT)[-1].text
    assert said == messages.text("telegram_unreadable_audio", None)  # no language yet: Welsh first, then English
    assert said.index("negeseuon llais") < said.index("voice notes")
    assert repository.unreadable_kinds(expected_sender()) == ["voice"]


def test_unreadable_things_are_answered_in_the_persons_language_and_register(harness: Harness) -> None:
    repository.ensure_conversation(expected_sender(), "telegram")
    repository.update_conversation(expected_sender(), language="cy", register="ti")
    harness.deliver(sticker_update(CHAT), photo_update(CHAT, caption="fy nghath"), location_update(CHAT),
                    edited_update(CHAT, "newid"))
    sent = [c.text for c in harness.fake.calls_of("sendMessage", CHAT)]
    assert sent == [messages.text("telegram_unreadable", "cy", "ti")] * 3 + [messages.text("telegram_edited", "cy", "ti")]
    assert "Elli di" in sent[0]
    assert repository.unreadable_kinds(expected_sender()) == ["sticker", "photo", "location", "edited"]
    with session_scope() as s:  # the caption was not kept anywhere
        conv = repository.get_conversation(s, expected_sender())
        assert conv is not None and conv.answers == []


def test_group_chats_are_refused_in_both_languages_and_nothing_is_kept(harness: Harness) -> None:
    harness.deliver(text_update(-100123, "helo pawb", chat_type="supergroup"),
                    text_update(-4567, "hi all", chat_type="group"))
    assert harness.assistant.received == []
    refused = harness.fake.calls_of("sendMessage")
    assert [c.chat_id for c in refused] == [-100123, -4567]
    assert refused[0].text == messages.text("telegram_group_refused", None)
    assert refused[0].text.index("sgwrs breifat") < refused[0].text.index("private chat")
    with session_scope() as s:
        assert s.execute(select(Conversation)).scalars().all() == []


# --- Telegram's limits and failures ----------------------------------------------------------------------

def test_flood_control_is_waited_out_and_the_message_sent_once(harness: Harness) -> None:
    harness.fake.fail_next("sendMessage", 429, retry_after=1)
    harness.deliver(text_update(CHAT, "helo"))
    sends = harness.fake.calls_of("sendMessage", CHAT)
    assert [c.status for c in sends] == [429, 200]
    assert sends[0].text == sends[1].text == "Diolch. / Thank you."


def test_network_errors_are_retried_a_few_times(harness: Harness) -> None:
    harness.fake.fail_next("sendMessage", 502, retry_after=None, times=2)
    harness.deliver(text_update(CHAT, "helo"))
    assert [c.status for c in harness.fake.calls_of("sendMessage", CHAT)] == [502, 502, 200]


def test_a_failing_assistant_gets_a_friendly_reply_and_the_error_stays_here(harness: Harness, caplog) -> None:
    harness.assistant.fail = True
    harness.deliver(text_update(CHAT, "rhywbeth preifat iawn"))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("chat_unavailable", None)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "failed (RuntimeError)" in logged
    assert "rhywbeth preifat iawn" not in logged and str(CHAT) not in logged


def test_a_sending_failure_that_does_not_clear_is_logged_not_raised(harness: Harness, caplog) -> None:
    harness.fake.fail_next("sendMessage", 502, retry_after=None, times=20)
    harness.deliver(text_update(CHAT, "helo"))  # must not raise
    assert all(c.status == 502 for c in harness.fake.calls_of("sendMessage", CHAT))
    assert "failed (NetworkError)" in "\n".join(r.getMessage() for r in caplog.records)


# --- polling ---------------------------------------------------------------------------------------------

def test_polling_feeds_the_same_handler_and_drops_the_webhook(harness: Harness) -> None:
    harness.config = TelegramConfig(token=TOKEN, base_url=harness.config.base_url, sender_key=SENDER_KEY,
                                    mode="polling", poll_timeout=1)
    first, second = text_update(CHAT, "helo"), voice_update(CHAT)
    harness.fake.queue(first)
    harness.fake.queue(second)
    harness.fake.queue(first)  # a repeat must still be handled once
    channel = harness.channel()

    async def run() -> None:
        await channel.start()
        for _ in range(400):  # until the poll after these updates asks for later ones
            if any(int(p.params.get("offset") or 0) == second["update_id"] + 1
                   for p in harness.fake.calls_of("getUpdates")):
                break
            await asyncio.sleep(0.05)
        await channel.stop()

    asyncio.run(run())
    assert harness.fake.calls_of("deleteWebhook") and not harness.fake.calls_of("setWebhook")
    assert harness.assistant.texts == ["helo"]
    assert repository.unreadable_kinds(expected_sender()) == ["voice"]
    polls = harness.fake.calls_of("getUpdates")
    assert polls[0].params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert any(int(p.params.get("offset") or 0) == second["update_id"] + 1 for p in polls)
