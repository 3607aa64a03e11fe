"""What every door checks before a message goes any further: its size, its form, and how often.

Why at the door: a 1 MB message once reached the language model (the 10,000-character limit was
only applied when storing), ran TensorFlow out of resources for ~35 s and stalled everyone else's
replies. So a body is measured before it is read in full (Content-Length, then the bytes as they
stream in), parsed only when it is small, and a refused message never reaches NLU, the tracker or
a log. Plain Python, no Rasa or Sanic types, so the web app (bot/web/chat.py), the Rasa channels
(channels/rest.py, channels/telegram.py) and the action server share one set of rules.

Rates are counted in this process's memory (a sliding window per key): each Rasa server and the
web app count their own callers. With several Rasa servers behind a balancer, each counts the
share it sees, so the effective limit is higher by that factor; the limits are for floods, not
for metering.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import AsyncIterable
from typing import Any

#: A body larger than this is refused unread (bot.settings: MESSAGE_MAX_BYTES).
DEFAULT_MESSAGE_MAX_BYTES = 16 * 1024
#: Messages one sender may send in a minute, and one client address (many people can share one).
DEFAULT_SENDER_MESSAGES_PER_MINUTE = 60
DEFAULT_ADDRESS_MESSAGES_PER_MINUTE = 600
#: Longest sender id a channel accepts (ours are at most ~50 characters: "webchat-" + 40 hex).
MAX_SENDER_CHARS = 128
#: The message keys (bot/messages/controls.yml) each refusal says, in the person's language.
SAID_FOR = {
    "too_large": "door_too_large",
    "unreadable": "door_unreadable",
    "characters": "input_control_characters",
    "slow_down": "chat_slow_down",
}
STATUS_FOR = {"too_large": 413, "unreadable": 400, "characters": 400, "slow_down": 429}


class Refused(Exception):
    """A message turned away at the door; `kind` is one of STATUS_FOR's keys (logged, never the words)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind

    @property
    def status(self) -> int:
        return STATUS_FOR[self.kind]


class SlidingWindow:
    """At most `limit` events per key in the last `seconds`, in this process's memory.

    Keys are hashed, so no address or sender id is kept as typed.
    """

    #: Past this many keys, keys with no recent event are dropped (memory stays bounded under a flood).
    PRUNE_ABOVE = 10_000

    def __init__(self, limit: int, seconds: float = 60.0) -> None:
        self.limit = limit
        self.seconds = seconds
        self.hits: dict[str, deque[float]] = {}

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if len(self.hits) > self.PRUNE_ABOVE:
            self._prune(now)
        hits = self.hits.setdefault(hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32], deque())
        while hits and hits[0] <= now - self.seconds:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self.hits.items() if not v or v[-1] <= now - self.seconds]:
            del self.hits[key]


def declared_too_large(content_length: str | None, max_bytes: int) -> bool:
    """True when the caller says up front that the body is over the limit (nothing read yet)."""
    if not content_length:
        return False
    try:
        return int(content_length.strip()) > max_bytes
    except ValueError:
        return False  # the server itself refuses a malformed Content-Length


async def read_capped(chunks: AsyncIterable[bytes], max_bytes: int) -> bytes:
    """The body, read as it arrives, or Refused("too_large") as soon as it passes `max_bytes`."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > max_bytes:
            raise Refused("too_large")
    return bytes(body)


def _no_constants(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def parse_object(raw: bytes) -> dict[str, Any]:
    """A JSON object from the body, or Refused("unreadable").

    Strict UTF-8 (no replacement characters slipped into someone's words), no NaN/Infinity, and
    the errors a hostile body can cause in Python's json (deep nesting is a RecursionError, a
    number with thousands of digits a ValueError) are refusals, not 500s.
    """
    if not raw.strip():
        raise Refused("unreadable")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        raise Refused("unreadable") from None
    if not isinstance(value, dict):
        raise Refused("unreadable")
    return value


def keepable(text: str) -> bool:
    """Text every store can keep exactly as written: no NUL (PostgreSQL refuses it) and no lone
    surrogates (JSON's "\\ud800" decodes to one, and it cannot be written as UTF-8)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_sender(sender: object) -> str:
    """A sender id a channel can use as a tracker key, or Refused("unreadable")."""
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        raise Refused("unreadable")
    if not keepable(sender) or any(ord(c) < 32 or ord(c) == 127 for c in sender):
        raise Refused("unreadable")
    return sender


def check_message(text: object) -> str:
    """The message as typed, or Refused: not a string is unreadable, and a lone surrogate (JSON's
    "\\ud800") is not text at all. A NUL passes: the conversation itself answers it kindly, in the
    person's language, and asks again (bot.storage.repository.clean_text refuses to store it)."""
    if not isinstance(text, str):
        raise Refused("unreadable")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise Refused("characters") from None
    return text


def body_size(payload: dict[str, Any]) -> int:
    """The bytes `payload` takes as the compact UTF-8 JSON the web chat sends Rasa."""
    return len(json_bytes(payload))


def json_bytes(payload: Any) -> bytes:
    """Compact UTF-8 JSON: Welsh letters take 2 bytes, not 6 as \\u escapes, so the size limit
    counts what the person wrote rather than how it was escaped."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


__all__ = [
    "DEFAULT_ADDRESS_MESSAGES_PER_MINUTE", "DEFAULT_MESSAGE_MAX_BYTES", "DEFAULT_SENDER_MESSAGES_PER_MINUTE",
    "MAX_SENDER_CHARS", "SAID_FOR", "STATUS_FOR", "Refused", "SlidingWindow", "body_size", "check_message",
    "check_sender", "declared_too_large", "json_bytes", "keepable", "parse_object", "read_capped",
]
