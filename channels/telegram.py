"""Telegram, where young people already talk: a Rasa input channel on python-telegram-bot 22.x.

Why our own and not Rasa's `telegram` connector: that one calls `setWebhook` when it builds its
output channel and `get_me` on every update (a Bot API round trip per message, and a failure
there drops the message), checks no secret, and would store the raw chat id as the sender.

This channel:
- accepts a webhook update only with Telegram's `X-Telegram-Bot-Api-Secret-Token` (compared in
  constant time; otherwise 403 and nothing is read), sets the webhook once at start-up, and can
  poll `getUpdates` instead for a laptop with no public address (`whatmatters run --telegram-polling`);
- names the sender by a keyed hash of the chat id (`tg-…`), never the chat id itself: replies go
  to the chat of the update being handled, so no mapping back is kept anywhere;
- handles each `update_id` once (a database row claims it before anything else happens) and
  passes it on as the message id;
- turns buttons into inline keyboards (payloads over 64 bytes go through a short stored key),
  answers every press and removes the pressed keyboard so an old button cannot be pressed twice;
- answers what it cannot read (voice notes, stickers, photos, edits...) kindly, in the person's
  language and register, noting only the kind of thing in the record; refuses group chats;
- splits long replies at sentence ends, waits out flood control, retries network errors a few
  times, and logs failures by kind and update id only, never with anyone's words.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import hmac
import logging
import re
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, InlineKeyboardButtonLimit, MessageLimit
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot import messages
from bot.conversation.erase import confirm_message_key, erase_conversation
from bot.metrics import timed_turn
from bot.settings import get_settings
from bot.storage import repository
from channels.limits import Refused, SlidingWindow, declared_too_large, keepable, parse_object, read_capped
from channels.resilience import arrival

logger = logging.getLogger(__name__)
# httpx logs every request's URL at INFO, and a Bot API URL holds the bot's token.
logging.getLogger("httpx").setLevel(logging.WARNING)

T = TypeVar("T")

#: When the update being handled arrived at this channel, on this machine's clock (time.time()), for the message passed
#: to Rasa (`resilience.arrival`, AX17). Not Telegram's `message.date`: whole seconds, and Telegram's clock, when the
#: question's time it is set against is ours (Rasa's BotUttered timestamp): a few seconds' drift between the two would
#: make every answer look typed before its question. A context variable: each webhook call is its own task.
_ARRIVED_AT: ContextVar[float | None] = ContextVar("whatmatters_telegram_arrived_at", default=None)

#: How long an update waits, its chat's turn free, for updates of the same chat that reached the server at the same
#: moment: the lowest update id goes first (`ChatTurn`). Telegram numbers updates in the order they were sent; the
#: server's own order is lost when webhook calls are taken together after the event loop was busy (stop 45: in the
#: stop-44 trial, Seren's burst "mam obvs" / "nain" / "a'r gath lol" carried one arrival stamp and was handled last
#: message first). Small beside a turn of the assistant.
TURN_SETTLE_SECONDS = 0.05

CHANNEL_NAME = "telegram"
#: Telegram's limits, by name (Bot API): message text in UTF-16 code units, callback data in bytes.
MAX_TEXT_LENGTH = int(MessageLimit.MAX_TEXT_LENGTH)  # 4096
MAX_CALLBACK_DATA = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)  # 64
#: Short buttons ("1" … "25" at the read-back's "which one?") share a row, this many to it, so the keyboard is not a
#: column of 20 rows (eighth trial AB18); a button with a longer title has a row of its own.
SHORT_BUTTONS_PER_ROW = 5
SHORT_BUTTON_TITLE = 3  # characters
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
#: Only what the channel handles: no channel posts, polls, reactions or member changes.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
SENDER_PREFIX = "tg-"
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
WEBHOOK_PATH = "/webhooks/telegram/webhook"
#: A Bot API call is tried this many times in all; network errors wait 0.5 s, 1 s, 2 s between.
SEND_ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
#: Flood control is obeyed, but a wait longer than this is a fault, not a pause.
MAX_RETRY_AFTER_SECONDS = 60.0
POLL_TIMEOUT_SECONDS = 25
#: Telegram gives up redelivering an update after 24 hours; its id is kept a while longer.
REMEMBER_UPDATES = timedelta(days=2)
PRUNE_EVERY_SECONDS = 3600.0
#: The largest webhook body read. Telegram's biggest honest update is a 4,096-character message
#: quoting another (reply_to_message) with their entities: well under this. Larger is refused unread.
MAX_UPDATE_BYTES = 64 * 1024
STORED_PAYLOAD_PREFIX = "k:"  # callback data "k:<key>": a long payload kept in the database
DELETE_YES, DELETE_NO = "delete:yes", "delete:no"  # the /delete confirmation's own buttons
#: How long "delete everything?" waits for a question about it before a typed message goes to the conversation.
DELETE_PROMPT_SECONDS = 30 * 60
#: Chats remembered as having no delete prompt waiting (TelegramInput._no_delete_prompt) before it starts afresh.
KNOWN_CHATS_AT_MOST = 100_000
#: "wait," / "hang on" / "aros," / "arhoswch" opening a message at the delete prompt: not a break, a question coming.
_WAIT = re.compile(r"^\s*(?:wait|w8|hang on|hold on|hold up|one sec|aros|arhoswch|arhosa|dal sownd|dal on|un eiliad)"
                   r"\b", re.I)
#: A question at the delete prompt without a "?" ("what happens to what I told you", "ydi'r gweithiwr yn cael gweld").
_ASKS_OPENING = re.compile(
    r"^\s*(?:what|whats|what's|who|will|would|does|do|did|can|could|is|are|if|how|why|where|when"
    r"|be|beth|pwy|fydd|fyddan|ydi|ydy|ydw|oes|a fydd|a oes|sut|pam|lle|ble|pryd|os|alla|galla|ga i|wnaiff|neith"
    r"|wneith|dio|di o)\b", re.I)


def asks_at_the_delete_prompt(text: str) -> bool:
    """Does a message typed at the delete prompt ask something ("?" anywhere, or opening as a question)?"""
    return "?" in text or bool(_ASKS_OPENING.match(text.replace("\u2019", "'")))

#: Telegram commands and the words the assistant already understands for them.
COMMANDS = {
    "start": "/greet",
    "help": "/help",
    "stop": "/stop",
    "cymraeg": '/choose_language{"language":"cy"}',
    "welsh": '/choose_language{"language":"cy"}',
    "english": '/choose_language{"language":"en"}',
    "saesneg": '/choose_language{"language":"en"}',
}
#: What Telegram accepts as a webhook secret (setWebhook's secret_token).
WEBHOOK_SECRET_FORM = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+(.*))?$", re.S)
#: The kind of thing that could not be read, as noted in the record, and which reply it gets.
AUDIO_KINDS = frozenset({"voice", "audio", "video", "video_note"})


@dataclass(frozen=True)
class TelegramConfig:
    """What the channel reads from credentials.yml (each value from a TELEGRAM_* variable)."""

    token: str
    webhook_secret: str | None = None
    public_url: str | None = None  # the public address that reaches this Rasa server
    base_url: str = DEFAULT_BASE_URL
    sender_key: str | None = None
    bot_username: str | None = None
    mode: str = "webhook"  # webhook / polling
    poll_timeout: int = POLL_TIMEOUT_SECONDS

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TelegramConfig:
        values = {k: (str(v).strip() if v is not None else "") for k, v in (credentials or {}).items()}
        token = values.get("token", "")
        if not token:
            raise ValueError("the Telegram channel needs a bot token (TELEGRAM_TOKEN)")
        mode = (values.get("mode") or "webhook").lower()
        if mode not in ("webhook", "polling"):
            raise ValueError("TELEGRAM_MODE must be 'webhook' or 'polling'")
        try:
            poll_timeout = int(values.get("poll_timeout") or POLL_TIMEOUT_SECONDS)
        except ValueError:
            poll_timeout = POLL_TIMEOUT_SECONDS
        return cls(
            token=token,
            webhook_secret=values.get("webhook_secret") or None,
            public_url=values.get("public_url") or None,
            base_url=values.get("base_url") or DEFAULT_BASE_URL,
            sender_key=values.get("sender_key") or None,
            bot_username=(values.get("bot_username") or "").lstrip("@") or None,
            mode=mode,
            poll_timeout=max(0, poll_timeout),
        )

    @property
    def bot_id(self) -> str:
        """The bot's number, the token's first part: update ids count per bot."""
        return self.token.split(":", 1)[0]

    @property
    def webhook_url(self) -> str | None:
        if not self.public_url:
            return None
        url = self.public_url.rstrip("/")
        return url if url.endswith(WEBHOOK_PATH) else url + WEBHOOK_PATH


def sender_key(config: TelegramConfig) -> bytes:
    """TELEGRAM_SENDER_KEY, or a key derived from the bot token when none is set.

    A set key is better: with a derived one, a new token (after a leak) gives everyone a new
    sender id and their conversation starts again.
    """
    if config.sender_key:
        return config.sender_key.encode("utf-8")
    return hashlib.sha256(b"whatmatters/telegram-sender-id/" + config.token.encode("utf-8")).digest()


def sender_id_for(chat_id: int, key: bytes) -> str:
    """The id the record knows a Telegram chat by: a keyed hash, so it cannot be turned back."""
    return SENDER_PREFIX + hmac.new(key, str(int(chat_id)).encode("ascii"), hashlib.sha256).hexdigest()[:32]


def secret_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time check of Telegram's secret header; no configured secret accepts nothing."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# --- long replies ------------------------------------------------------------------------------

def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji may count twice)."""
    return len(text.encode("utf-16-le")) // 2


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_LINE_END = re.compile(r"\n+")


def split_message(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Pieces of at most `limit` units, cut after a line where possible, else after a sentence.

    Lines first: a read-back is a list of quotes, one a line, and a cut after a sentence inside a quote split it
    across two messages (second stop-25 trial V13). A single line longer than the limit is cut after a sentence, a
    single sentence between words, and a single word longer than the limit (a pasted link) between characters:
    nothing is ever dropped.
    """
    if _units(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    sentences = [sentence for line in _pieces(text, _LINE_END)
                 for sentence in ([line] if _units(line) <= limit else _pieces(line, _SENTENCE_END))]
    for sentence in sentences:
        for part in _fit(sentence, limit):
            if not current:
                current = part
            elif _units(current) + _units(part) <= limit:
                current += part
            else:
                pieces.append(current.rstrip())
                current = part.lstrip()
    if current.strip():
        pieces.append(current.rstrip())
    return [p for p in pieces if p.strip()]


def _pieces(text: str, boundary: re.Pattern[str]) -> list[str]:
    """Split after each boundary, keeping the boundary's whitespace with the piece before it."""
    out, start = [], 0
    for m in boundary.finditer(text):
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    return [p for p in out if p]


def _fit(sentence: str, limit: int) -> list[str]:
    if _units(sentence) <= limit:
        return [sentence]
    parts: list[str] = []
    current = ""
    for word in _pieces(sentence, re.compile(r"\s+")):
        while _units(word) > limit:  # one enormous word: cut by characters
            cut = limit
            while _units(word[:cut]) > limit:
                cut -= 1
            if current:
                parts.append(current)
                current = ""
            parts.append(word[:cut])
            word = word[cut:]
        if _units(current) + _units(word) > limit:
            parts.append(current)
            current = word
        else:
            current += word
    if current:
        parts.append(current)
    return parts


# --- talking to the Bot API -----------------------------------------------------------------------

def _retry_seconds(exc: RetryAfter) -> float:
    value: Any = exc._retry_after  # a timedelta; the public attribute warns about its int form
    return float(value.total_seconds()) if isinstance(value, timedelta) else float(value)


class BotApi:
    """python-telegram-bot's Bot, with flood control obeyed and network errors retried (bounded)."""

    def __init__(self, bot: Bot, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.bot = bot
        self._sleep = sleep

    async def call(self, what: str, make_call: Callable[[], Awaitable[T]]) -> T:
        """Run one Bot API call; `what` names the method in logs (never the content)."""
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                return await make_call()
            except RetryAfter as exc:
                wait = _retry_seconds(exc)
                if wait > MAX_RETRY_AFTER_SECONDS or attempt == SEND_ATTEMPTS:
                    raise
                logger.warning("telegram: %s hit flood control; waiting %.0f s", what, wait)
                await self._sleep(wait)
            except (BadRequest, Forbidden):
                raise  # our request or the person's block: trying again cannot help
            except NetworkError as exc:
                if attempt == SEND_ATTEMPTS:
                    raise
                wait = BACKOFF_SECONDS * 2 ** (attempt - 1)
                logger.warning("telegram: %s failed (%s); retry %d in %.1f s", what, type(exc).__name__, attempt, wait)
                await self._sleep(wait)
        raise AssertionError("unreachable")

    async def send_text(self, chat_id: int, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
        pieces = split_message(text)
        for i, piece in enumerate(pieces):
            markup = keyboard if i == len(pieces) - 1 else None  # buttons under the last part
            await self.call("sendMessage", _sender(self.bot, chat_id, piece, markup))

    async def quietly(self, what: str, make_call: Callable[[], Awaitable[Any]]) -> bool:
        """A call whose failure must not stop the reply (typing, answering a press): logged only."""
        try:
            await self.call(what, make_call)
            return True
        except TelegramError as exc:
            logger.info("telegram: %s failed (%s)", what, type(exc).__name__)
            return False


def _sender(bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None) -> Callable[[], Awaitable[Any]]:
    def send() -> Awaitable[Any]:
        return bot.send_message(chat_id=chat_id, text=text, reply_markup=markup)
    return send


class TelegramOutput(OutputChannel):
    """Replies for one update, sent to that update's chat (the sender id is a hash: no way back)."""

    def __init__(self, channel: TelegramInput, chat_id: int) -> None:
        self._channel = channel
        self._chat_id = chat_id

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._channel.api.send_text(self._chat_id, text)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        keyboard = await self._channel.keyboard(buttons)
        await self._channel.api.send_text(self._chat_id, text, keyboard)

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        logger.info("telegram: an image response was not sent (the assistant does not use images)")

    async def send_attachment(self, recipient_id: str, attachment: str, **kwargs: Any) -> None:
        logger.info("telegram: an attachment response was not sent")

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        logger.info("telegram: a custom response was not sent")


async def _db(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Database work off the event loop, so a busy SQLite file never stalls other chats."""
    return await asyncio.to_thread(fn, *args, **kwargs)


def unreadable_kind(message: Message) -> str:
    """What arrived instead of words, for the record (its kind only)."""
    for kind in ("voice", "audio", "video", "video_note", "sticker", "photo", "animation", "document",
                 "location", "venue", "contact", "poll", "dice"):
        if getattr(message, kind, None):
            return {"animation": "gif", "document": "file", "venue": "location"}.get(kind, kind)
    return "other"


def parse_command(text: str) -> tuple[str, str] | None:
    """('start', 'payload') for '/start payload' or '/start@Bot payload'; None for ordinary words."""
    m = _COMMAND.match(text.strip())
    if m is None:
        return None
    return m.group(1).lower(), (m.group(2) or "").strip()



class ChatTurn:
    """One chat's turn: its updates handled one at a time, and of those waiting, the lowest update id first.

    Why not an asyncio.Lock (stop 44): a lock is first come, first served, and updates of a burst that reached the
    server together come in any order (stop 45). Each update first waits `TURN_SETTLE_SECONDS`, so the others of the
    same moment are waiting too; Telegram's update ids then give the order the person sent them in."""

    def __init__(self) -> None:
        self._waiting: list[int] = []  # (a heap of update ids)
        self._busy = False
        self._changed = asyncio.Condition()

    @contextlib.asynccontextmanager
    async def taken(self, update_id: int) -> AsyncIterator[None]:
        heapq.heappush(self._waiting, update_id)
        try:
            await asyncio.sleep(TURN_SETTLE_SECONDS)
            async with self._changed:
                await self._changed.wait_for(lambda: not self._busy and self._waiting[0] == update_id)
                heapq.heappop(self._waiting)
                self._busy = True
        except BaseException:  # (cancelled while waiting: never leave its id at the head of the queue)
            if update_id in self._waiting:
                self._waiting.remove(update_id)
                heapq.heapify(self._waiting)
            await self._wake()
            raise
        try:
            yield
        finally:
            self._busy = False
            await self._wake()

    async def _wake(self) -> None:
        async with self._changed:
            self._changed.notify_all()

class TelegramInput(InputChannel):
    """Registered in credentials.yml as `channels.telegram.TelegramInput`."""

    def __init__(self, config: TelegramConfig, bot: Bot | None = None) -> None:
        self.config = config
        request = HTTPXRequest(connection_pool_size=8, read_timeout=15.0)
        # Long polls need a read timeout longer than the poll itself.
        polling_request = HTTPXRequest(connection_pool_size=1, read_timeout=config.poll_timeout + 15.0)
        self.bot = bot or Bot(config.token, base_url=config.base_url, request=request,
                              get_updates_request=polling_request)
        self.api = BotApi(self.bot)
        self._key = sender_key(config)
        self._updates_key = f"{CHANNEL_NAME}:{config.bot_id}"
        self._on_new_message: Callable[[UserMessage], Awaitable[Any]] | None = None
        self._polling: asyncio.Task[None] | None = None
        self._last_prune = 0.0
        # Floods from one chat (SENDER_MESSAGES_PER_MINUTE): refused, with one "slow down" a minute.
        self._per_sender = SlidingWindow(get_settings().sender_messages_per_minute)
        self._slow_down_said = SlidingWindow(1)
        # Chats for which this channel knows no "delete everything?" waits: it read (and so cleared) the prompt
        # since it last asked it. Their messages need no database read for it (one read per incoming message
        # before); Rasa serves this channel in one process, and a new process reads once again.
        self._no_delete_prompt: set[str] = set()
        # Each chat's turn (`_turn_of`), held only while one of its updates is being handled.
        self._chat_locks: weakref.WeakValueDictionary[int, ChatTurn] = weakref.WeakValueDictionary()

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(TelegramConfig.from_credentials(credentials))

    def get_output_channel(self) -> OutputChannel | None:
        # The sender id is a one-way hash of the chat: a reply can only follow an incoming update.
        return None

    def sender_id(self, chat_id: int) -> str:
        return sender_id_for(chat_id, self._key)

    # -- Sanic -----------------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        self._on_new_message = on_new_message
        bp = Blueprint("telegram_whatmatters", __name__)

        @bp.listener("after_server_start")
        async def start(app: Any, loop: Any) -> None:
            await self.start()

        @bp.listener("before_server_stop")
        async def stop(app: Any, loop: Any) -> None:
            await self.stop()

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "mode": self.config.mode})

        @bp.route("/webhook", methods=["POST"], stream=True)
        async def webhook(request: Request) -> HTTPResponse:
            arrived_at = time.time()  # before the body is read and before any queue (AX17, `arrived_at`)
            if not secret_matches(request.headers.get(SECRET_HEADER), self.config.webhook_secret):
                logger.warning("telegram: refused a webhook call without the right secret")
                return response.text("forbidden", status=403)
            # Measured before it is read, read no further than the limit, parsed only then.
            try:
                if declared_too_large(request.headers.get("content-length"), MAX_UPDATE_BYTES):
                    raise Refused("too_large")
                raw = await read_capped(request.stream, MAX_UPDATE_BYTES) if request.stream is not None else b""
                data = parse_object(raw)
            except Refused as refused:
                logger.warning("telegram: a webhook call that was not an update was refused (%s)", refused.kind)
                return response.text(refused.kind, status=refused.status)
            await self.handle_data(data, arrived_at)
            return response.text("ok")  # always 200 after a valid secret: Telegram must not resend

        return bp

    async def start(self) -> None:
        """Once per server start: prune old update ids, then set the webhook or start polling."""
        await self._prune()
        if self.config.mode == "polling":
            self._polling = asyncio.get_running_loop().create_task(self._poll())
            return
        url = self.config.webhook_url
        if not url or not self.config.webhook_secret:
            logger.error("telegram: webhook mode needs TELEGRAM_PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET; "
                         "no webhook was set (use polling for local work)")
            return
        if not WEBHOOK_SECRET_FORM.match(self.config.webhook_secret):
            logger.error("telegram: TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -; "
                         "no webhook was set")
            return
        try:
            await self.api.call("setWebhook", lambda: self.bot.set_webhook(
                url=url, secret_token=self.config.webhook_secret, allowed_updates=list(ALLOWED_UPDATES)))
            logger.info("telegram: webhook set")
        except TelegramError as exc:
            logger.error("telegram: setting the webhook failed (%s); updates will not arrive", type(exc).__name__)

    async def stop(self) -> None:
        if self._polling is not None:
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        try:
            await self.bot.shutdown()
        except Exception as exc:  # closing connections at exit must never hide the real exit
            logger.debug("telegram: shutdown (%s)", type(exc).__name__)

    async def _poll(self) -> None:
        """getUpdates in a loop, each update to the same handler the webhook uses."""
        await self.api.quietly("deleteWebhook", self.bot.delete_webhook)
        offset: int | None = None
        failures = 0
        while True:
            try:
                updates = await self.bot.get_updates(offset=offset, timeout=self.config.poll_timeout,
                                                     allowed_updates=list(ALLOWED_UPDATES))
                failures = 0
            except asyncio.CancelledError:
                raise
            except RetryAfter as exc:
                await asyncio.sleep(min(_retry_seconds(exc), MAX_RETRY_AFTER_SECONDS))
                continue
            except TelegramError as exc:
                failures += 1
                wait = min(BACKOFF_SECONDS * 2 ** min(failures, 6), 30.0)
                logger.warning("telegram: getUpdates failed (%s); again in %.1f s", type(exc).__name__, wait)
                await asyncio.sleep(wait)
                continue
            arrived_at = time.time()  # (the whole batch arrived now: handled one by one, in order, below)
            for update in updates:
                offset = max(offset or 0, update.update_id + 1)
                await self.handle(update, arrived_at)

    async def _prune(self) -> None:
        now = time.monotonic()
        if self._last_prune and now - self._last_prune < PRUNE_EVERY_SECONDS:
            return
        self._last_prune = now
        try:
            await _db(repository.forget_updates_before, repository.utcnow() - REMEMBER_UPDATES)
        except Exception as exc:
            logger.warning("telegram: pruning old update ids failed (%s)", type(exc).__name__)

    # -- one update ------------------------------------------------------------------------------

    async def handle_data(self, data: dict[str, Any], arrived_at: float | None = None) -> None:
        try:
            update = Update.de_json(data, self.bot)
        except Exception as exc:
            logger.warning("telegram: an update could not be parsed (%s)", type(exc).__name__)
            return
        await self.handle(update, arrived_at)  # (no await between the parse and the chat's turn being taken)

    async def handle(self, update: Update, arrived_at: float | None = None) -> None:
        """Handle one update once; no error ever leaves this method (Telegram would resend).

        One chat's updates are handled one at a time, in the order they reached this method (`_turn_of`): Telegram
        may post several webhook calls at once (setWebhook's max_connections, 40 by default), and before Rasa's own
        per-sender lock is asked for (Agent.handle_message, a FIFO ticket lock) each update waits on the database
        (the update's claim, the conversation row: threads, which finish in any order) and on sendChatAction. Two
        messages sent back to back could reach Rasa the wrong way round without it (stop 42's question, stop 44)."""
        chat = update.effective_chat
        _ARRIVED_AT.set(arrived_at)
        turn = self._turn_of(chat.id if chat is not None else None)
        async with (turn.taken(update.update_id) if turn is not None else contextlib.nullcontext()):
            try:
                if not await _db(repository.claim_update, self._updates_key, update.update_id):
                    logger.info("telegram: update %s was already handled; ignored", update.update_id)
                    return
                await self._dispatch(update)
            except Exception as exc:
                logger.error("telegram: update %s failed (%s)", update.update_id, type(exc).__name__)
                if chat is not None and chat.type == ChatType.PRIVATE:
                    await self._sorry(chat.id)
        await self._prune()

    def _turn_of(self, chat_id: int | None) -> ChatTurn | None:
        """The chat's turn (`ChatTurn`: one update at a time, the lowest update id waiting first); None for an update
        with no chat."""
        if chat_id is None:
            return None
        turn = self._chat_locks.get(chat_id)
        if turn is None:
            turn = ChatTurn()
            self._chat_locks[chat_id] = turn
        return turn

    async def _sorry(self, chat_id: int) -> None:
        try:
            who = await _db(repository.addressee, self.sender_id(chat_id))
        except Exception:
            who = repository.Addressee(None, "chi", None)
        try:
            await self.api.send_text(chat_id, messages.text("chat_unavailable", who.language, who.register, who.role))
        except Exception as exc:
            logger.error("telegram: the apology could not be sent either (%s)", type(exc).__name__)

    async def _dispatch(self, update: Update) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        if chat.type != ChatType.PRIVATE:
            if update.message is not None or update.callback_query is not None:
                logger.info("telegram: a %s chat was refused", chat.type)
                await self.api.send_text(chat.id, messages.text("telegram_group_refused", None))
            return
        sender_id = self.sender_id(chat.id)
        out = TelegramOutput(self, chat.id)
        message_id = str(update.update_id)
        if not self._per_sender.allow(sender_id):
            logger.info("telegram: update %s was refused by the rate limit", update.update_id)
            if self._slow_down_said.allow(sender_id):
                who = await _db(repository.addressee, sender_id)
                await self.api.send_text(chat.id, messages.text("chat_slow_down", who.language, who.register,
                                                                who.role))
            return
        if update.callback_query is not None:
            await self._button(update.callback_query, chat.id, sender_id, out, message_id)
        elif update.edited_message is not None:
            await self._unreadable("edited", chat.id, sender_id, message_id)
        elif update.message is not None:
            text = update.message.text
            if text is None:
                await self._unreadable(unreadable_kind(update.message), chat.id, sender_id, message_id)
            else:
                await self._text(text, chat.id, sender_id, out, message_id)

    async def _text(self, text: str, chat_id: int, sender_id: str, out: TelegramOutput, message_id: str) -> None:
        if not keepable(text):  # NUL or a lone surrogate: no store could keep it as written
            who = await _db(repository.addressee, sender_id)
            await self.api.send_text(chat_id, messages.text("input_control_characters", who.language, who.register,
                                                            who.role))
            return
        command = parse_command(text)
        if command is None and await self._at_the_delete_prompt(text, chat_id, sender_id):
            return
        if command is not None:
            name, argument = command
            if name == "delete" and not argument:
                await self._ask_delete(chat_id, sender_id)
                return
            if name == "start" and argument:
                await self._start_with_link(argument, chat_id, sender_id, out, message_id)
                return
            if not argument and name in COMMANDS:
                await self._forward(COMMANDS[name], chat_id, sender_id, out, message_id)
                return
            if not argument:
                # An unknown command is read as the word it is ("/kms" is words, and must reach the
                # safeguarding check, which ignores "/intent" payloads).
                text = name
        await self._forward(text, chat_id, sender_id, out, message_id)

    async def _forward(self, text: str, chat_id: int, sender_id: str, out: TelegramOutput, message_id: str) -> None:
        """Pass words or a payload to the assistant, as the person's message `message_id`."""
        if self._on_new_message is None:
            raise RuntimeError("the channel was not registered with Rasa")
        await _db(repository.ensure_conversation, sender_id, CHANNEL_NAME)
        await self.api.quietly("sendChatAction", lambda: self.bot.send_chat_action(chat_id, ChatAction.TYPING))
        with timed_turn(CHANNEL_NAME):  # the turn's latency, replies sent included (bot.metrics)
            await self._on_new_message(UserMessage(text, out, sender_id, input_channel=CHANNEL_NAME,
                                                   message_id=message_id, metadata=arrival(_ARRIVED_AT.get())))

    async def _unreadable(self, kind: str, chat_id: int, sender_id: str, message_id: str) -> None:
        await _db(repository.note_unreadable, sender_id, kind=kind, message_id=message_id, channel=CHANNEL_NAME)
        logger.info("telegram: something that could not be read arrived (%s)", kind)
        key = ("telegram_edited" if kind == "edited"
               else "telegram_unreadable_audio" if kind in AUDIO_KINDS else "telegram_unreadable")
        who = await _db(repository.addressee, sender_id)
        await self.api.send_text(chat_id, messages.text(key, who.language, who.register, who.role))

    async def _button(self, query: CallbackQuery, chat_id: int, sender_id: str, out: TelegramOutput,
                      message_id: str) -> None:
        await self.api.quietly("answerCallbackQuery", query.answer)
        pressed = query.message
        if pressed is not None:  # an old keyboard must not be pressed a second time
            await self.api.quietly("editMessageReplyMarkup", lambda: self.bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=pressed.message_id, reply_markup=None))
        data = query.data or ""
        if data in (DELETE_YES, DELETE_NO):
            await self._answer_delete(data == DELETE_YES, chat_id, sender_id)
            return
        payload: str | None = data
        if data.startswith(STORED_PAYLOAD_PREFIX):
            payload = await _db(repository.button_payload, data[len(STORED_PAYLOAD_PREFIX):])
        if not payload:
            logger.info("telegram: a button with no known payload was pressed")
            payload = COMMANDS["help"]
        await self._forward(payload, chat_id, sender_id, out, message_id)

    async def keyboard(self, buttons: Sequence[dict[str, Any]]) -> InlineKeyboardMarkup | None:
        """Rasa buttons as an inline keyboard: one per row (titles can be long in Welsh), numbers several to a row."""
        rows: list[list[InlineKeyboardButton]] = []
        for b in buttons:
            title = str(b.get("title") or "")
            payload = str(b.get("payload") or title)
            if len(payload.encode("utf-8")) > MAX_CALLBACK_DATA or payload.startswith(STORED_PAYLOAD_PREFIX):
                payload = STORED_PAYLOAD_PREFIX + await _db(repository.keep_button_payload, payload)
            button = InlineKeyboardButton(title, callback_data=payload)
            short = len(title) <= SHORT_BUTTON_TITLE
            if short and rows and len(rows[-1]) < SHORT_BUTTONS_PER_ROW \
                    and all(len(other.text) <= SHORT_BUTTON_TITLE for other in rows[-1]):
                rows[-1].append(button)
            else:
                rows.append([button])
        return InlineKeyboardMarkup(rows) if rows else None

    # -- deep links and deletion -------------------------------------------------------------------

    async def _start_with_link(self, token: str, chat_id: int, sender_id: str, out: TelegramOutput,
                               message_id: str) -> None:
        """`/start <token>` from an invitation link: tie the conversation to its referral, then begin."""
        from bot.conversation.invitations import start_from_invitation

        start = await _db(start_from_invitation, sender_id, CHANNEL_NAME, token)
        logger.info("telegram: an invitation link was opened (%s)", start.status)
        language = start.language if start.language in ("cy", "en") else None
        if not start.matched:
            who = await _db(repository.addressee, sender_id)
            await self.api.send_text(chat_id, messages.text(f"invitation_link_{start.status}", language,
                                                            who.register, who.role))
        if language is None:
            await self._forward(COMMANDS["start"], chat_id, sender_id, out, message_id)
            return
        # The practitioner knew their language: start in it, and offer the other one straight away.
        await self._forward(COMMANDS["cymraeg" if language == "cy" else "english"], chat_id, sender_id, out,
                            message_id)
        who = await _db(repository.addressee, sender_id)
        await self.api.send_text(chat_id, messages.text("telegram_other_language", language, who.register,
                                                        who.role))

    async def _ask_delete(self, chat_id: int, sender_id: str, again: bool = False) -> None:
        """"Delete everything?" with its two buttons; `again`: shorter, after answering a question at the prompt."""
        who = await _db(repository.addressee, sender_id)
        key = await _db(confirm_message_key, sender_id)
        asked = messages.render(key.replace("delete_confirm", "delete_confirm_again") if again else key,
                                who.language, who.register, who.role)
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(b.title, callback_data=b.payload)]
                                         for b in asked.buttons])
        await self.api.send_text(chat_id, asked.text, keyboard)
        await _db(repository.note_delete_asked, sender_id, True)
        self._no_delete_prompt.discard(sender_id)

    async def _at_the_delete_prompt(self, text: str, chat_id: int, sender_id: str) -> bool:
        """Words typed while "delete everything?" waits: a question about it ("what happens to what I told you about
        him?", "ydi'r gweithiwr yn cael gweld?") gets its answer and the prompt again; "wait," / "aros," is no
        break: nothing is deleted until they press, said so, and the prompt again. Anything else leaves the prompt
        and goes to the conversation, as before. True when answered here."""
        if sender_id in self._no_delete_prompt:  # known already: nothing to read
            return False
        asked = await _db(repository.delete_asked_within, sender_id, DELETE_PROMPT_SECONDS)
        if len(self._no_delete_prompt) >= KNOWN_CHATS_AT_MOST:
            self._no_delete_prompt.clear()  # (bounded: a forgotten chat is read once more)
        self._no_delete_prompt.add(sender_id)  # read once, and cleared by the read, whatever it said
        if not asked:
            return False
        waits = bool(_WAIT.match(text))
        if not (waits or asks_at_the_delete_prompt(text)):
            return False
        who = await _db(repository.addressee, sender_id)
        key = await _db(confirm_message_key, sender_id)
        answer = ("delete_question_answer_safety_kept" if key == "delete_confirm_safety_kept"
                  else "delete_question_answer")
        await self.api.send_text(chat_id, messages.text(answer, who.language, who.register, who.role))
        await self._ask_delete(chat_id, sender_id, again=True)
        return True

    async def _answer_delete(self, confirmed: bool, chat_id: int, sender_id: str) -> None:
        await _db(repository.note_delete_asked, sender_id, False)
        self._no_delete_prompt.add(sender_id)
        who = await _db(repository.addressee, sender_id)  # before erasing: the record says how to speak
        if not confirmed:
            await self.api.send_text(chat_id, messages.text("delete_cancelled", who.language, who.register, who.role))
            return
        erased = await _db(erase_conversation, sender_id=sender_id)
        await self.api.send_text(chat_id, messages.text(erased.message_key, who.language, who.register, who.role))
