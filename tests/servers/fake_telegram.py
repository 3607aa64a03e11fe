"""A small fake Telegram Bot API on loopback: real HTTP both ways, every call recorded.

It implements the methods the channel uses (getMe, setWebhook, deleteWebhook, getUpdates,
sendMessage, answerCallbackQuery, editMessageReplyMarkup, sendChatAction) at
`/bot<token>/<method>`, as python-telegram-bot calls them (form fields, JSON-encoded where the
Bot API wants objects). `fail_next("sendMessage", 429, retry_after=1)` makes the next call of
that method fail once the way Telegram does. Updates for polling are queued with `queue()`; the
`*_update` helpers build updates in the Bot API's own shape for webhooks and polling alike.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.servers.base import LoopbackServer

BOT_ID = 7000000001
BOT_USERNAME = "BethSynBwysigTestBot"
TOKEN = f"{BOT_ID}:AAH-fake-token-for-tests-only"
#: Fields python-telegram-bot sends JSON-encoded inside a form.
_JSON_FIELDS = {"reply_markup", "allowed_updates", "entities", "link_preview_options", "reply_parameters"}


@dataclass
class ApiCall:
    """One Bot API call as received: the method, its parameters (objects decoded), our reply status."""

    method: str
    params: dict[str, Any]
    status: int
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")

    @property
    def button_rows(self) -> list[list[dict[str, Any]]]:
        markup = self.params.get("reply_markup") or {}
        return list(markup.get("inline_keyboard") or []) if isinstance(markup, dict) else []

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [b for row in self.button_rows for b in row]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        owner: FakeTelegram = self.server.owner  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, reply = owner._answer(self.path, self.headers.get("Content-Type") or "", body)
        data = json.dumps(reply).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # a long poll given up by a stopping client
            pass

    do_GET = do_POST


class FakeTelegram(LoopbackServer[ApiCall]):
    """`FakeTelegram().start()`; point the bot's base_url at `.base_url`; read `.calls`."""

    thread_name = "FakeTelegram"

    def __init__(self, token: str = TOKEN, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host, port)
        self.token = token
        self._failures: dict[str, list[tuple[int, int | None]]] = {}
        self._queue: list[dict[str, Any]] = []
        self._message_ids = itertools.count(1000)
        self.webhook: dict[str, Any] | None = None

    def _make_server(self) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer((self.host, self._requested_port), _Handler)
        server.daemon_threads = True
        return server

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    @property
    def calls(self) -> list[ApiCall]:
        with self._cond:
            return list(self.items)

    def calls_of(self, method: str, chat_id: int | None = None) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method and (chat_id is None or c.chat_id == chat_id)]

    def fail_next(self, method: str, status: int = 429, retry_after: int | None = 1, times: int = 1) -> None:
        """The next `times` calls of `method` fail: 429 with retry_after, or any HTTP status."""
        with self._cond:
            self._failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def queue(self, update: dict[str, Any]) -> None:
        """An update for getUpdates (polling mode)."""
        with self._cond:
            self._queue.append(update)
            self._cond.notify_all()

    def wait_for_call(self, method: str, count: int = 1, timeout: float = 20.0) -> list[ApiCall]:
        """Block until `count` calls of `method` arrived; returns them (fewer on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.items if c.method == method]
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    return found
                self._cond.wait(left)

    # -- the API ----------------------------------------------------------------------------------

    def _answer(self, path: str, content_type: str, body: bytes) -> tuple[int, dict[str, Any]]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix):].split("?", 1)[0]
        params = self._params(content_type, body)
        with self._cond:
            failure = self._failures.get(method, [])
            scripted = failure.pop(0) if failure else None
        if scripted is not None:
            status, retry_after = scripted
            reply: dict[str, Any] = {"ok": False, "error_code": status, "description": "scripted failure"}
            if status == 429:
                reply["description"] = f"Too Many Requests: retry after {retry_after}"
                reply["parameters"] = {"retry_after": retry_after}
            self._record(ApiCall(method, params, status))
            return status, reply
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            self._record(ApiCall(method, params, 404))
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        result = handler(params)
        self._record(ApiCall(method, params, 200, result))
        return 200, {"ok": True, "result": result}

    @staticmethod
    def _params(content_type: str, body: bytes) -> dict[str, Any]:
        if not body:
            return {}
        if "json" in content_type:
            return dict(json.loads(body.decode("utf-8")))
        params: dict[str, Any] = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        for key in _JSON_FIELDS & set(params):
            with contextlib.suppress(ValueError):  # left as sent when not JSON
                params[key] = json.loads(params[key])
        return params

    def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Beth sy'n bwysig", "username": BOT_USERNAME,
                "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = params
        return True

    def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + wait
        with self._cond:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
            while not self._queue and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return list(self._queue)

    def _message(self, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(params["chat_id"]), "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Beth sy'n bwysig"},
        }
        if "text" in params:
            out["text"] = params["text"]
        if isinstance(params.get("reply_markup"), dict):
            out["reply_markup"] = params["reply_markup"]
        return out

    def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params)

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, int(params.get("message_id") or 0) or None)

    def _m_sendChatAction(self, params: dict[str, Any]) -> bool:
        return True


# --- updates, in the Bot API's shape ----------------------------------------------------------------

_update_ids = itertools.count(500_000_000)
_lock = threading.Lock()


def next_update_id() -> int:
    with _lock:
        return next(_update_ids)


def _chat(chat_id: int, chat_type: str = "private") -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": "Test"}
    return {"id": chat_id, "type": chat_type, "title": "Family group"}


def _from(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Test", "language_code": "cy"}


def message_update(chat_id: int, update_id: int | None = None, chat_type: str = "private",
                   **content: Any) -> dict[str, Any]:
    """A new message in a chat; `content` is the message's own fields (text=..., voice=...)."""
    uid = update_id if update_id is not None else next_update_id()
    user = abs(chat_id) if chat_type == "private" else 424242
    message = {"message_id": uid % 100000, "date": int(time.time()), "chat": _chat(chat_id, chat_type),
               "from": _from(user), **content}
    if str(content.get("text", "")).startswith("/"):
        command = str(content["text"]).split()[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return {"update_id": uid, "message": message}


def text_update(chat_id: int, text: str, **kw: Any) -> dict[str, Any]:
    return message_update(chat_id, text=text, **kw)


def voice_update(chat_id: int, **kw: Any) -> dict[str, Any]:
    return message_update(chat_id, voice={"file_id": "VOICE1", "file_unique_id": "v1", "duration": 4,
                                          "mime_type": "audio/ogg"}, **kw)


def sticker_update(chat_id: int, **kw: Any) -> dict[str, Any]:
    return message_update(chat_id, sticker={"file_id": "STICK1", "file_unique_id": "s1", "type": "regular",
                                            "width": 512, "height": 512, "is_animated": False,
                                            "is_video": False, "emoji": "👍"}, **kw)


def photo_update(chat_id: int, caption: str | None = None, **kw: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {"caption": caption} if caption else {}
    return message_update(chat_id, photo=[{"file_id": "PHOTO1", "file_unique_id": "p1", "width": 90,
                                           "height": 90}], **extra, **kw)


def location_update(chat_id: int, **kw: Any) -> dict[str, Any]:
    return message_update(chat_id, location={"latitude": 51.48, "longitude": -3.18}, **kw)


def edited_update(chat_id: int, text: str) -> dict[str, Any]:
    uid = next_update_id()
    message = {"message_id": 7, "date": int(time.time()), "edit_date": int(time.time()),
               "chat": _chat(chat_id), "from": _from(abs(chat_id)), "text": text}
    return {"update_id": uid, "edited_message": message}


def callback_update(chat_id: int, data: str, pressed: ApiCall | None = None,
                    message_id: int | None = None) -> dict[str, Any]:
    """A button press on a message the bot sent (`pressed`: the sendMessage call that carried it)."""
    uid = next_update_id()
    if message_id is None and pressed is not None and isinstance(pressed.result, dict):
        message_id = pressed.result.get("message_id")
    message: dict[str, Any] = {"message_id": message_id or 1, "date": int(time.time()),
                               "chat": _chat(chat_id), "from": {"id": BOT_ID, "is_bot": True,
                                                                "first_name": "Beth sy'n bwysig"}}
    if pressed is not None:
        message["text"] = pressed.text
        if pressed.params.get("reply_markup"):
            message["reply_markup"] = pressed.params["reply_markup"]
    return {"update_id": uid, "callback_query": {"id": f"cq{uid}", "from": _from(abs(chat_id)),
                                                 "chat_instance": "ci1", "data": data, "message": message}}
