"""Talking to a running assistant over its REST channel, as a web page would."""
from __future__ import annotations

from typing import Any

from bot.chat_client import send


class RestUser:
    """One person in one conversation; remembers what the assistant last said."""

    def __init__(self, rasa_url: str, sender: str) -> None:
        self.rasa_url = rasa_url
        self.sender = sender
        self.last: list[dict[str, Any]] = []

    def say(self, message: str) -> list[dict[str, Any]]:
        self.last = send(self.rasa_url, self.sender, message)
        return self.last

    @property
    def text(self) -> str:
        return "\n".join(r.get("text", "") for r in self.last if r.get("text"))

    @property
    def buttons(self) -> list[dict[str, str]]:
        return [b for r in self.last for b in (r.get("buttons") or [])]

    def press(self, title_part: str) -> list[dict[str, Any]]:
        for b in self.buttons:
            if title_part.lower() in b["title"].lower():
                return self.say(b["payload"])
        raise AssertionError(f"no button containing {title_part!r} in {self.buttons}")
