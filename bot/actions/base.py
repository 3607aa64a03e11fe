"""What every action shares: who is talking, in which language, and saying things.

Actions stay thin: they read the conversation state through `Talk`, write
through `bot.storage.repository`, and say things from the bilingual
catalogue in `bot.messages`.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.settings import settings
from bot.storage import repository
from bot.storage.db import session_scope

logger = logging.getLogger(__name__)

SKIPPED = "__skipped__"
NOTHING = "__none__"
SENTINELS = {SKIPPED, NOTHING}


@dataclass
class Talk:
    """The state an action needs, read once from the tracker.

    Slot changes an action makes are applied here too (`set`), so what it
    says next is already in the new language or register.
    """

    tracker: Tracker
    dispatcher: CollectingDispatcher
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def sender_id(self) -> str:
        return self.tracker.sender_id

    @property
    def channel(self) -> str:
        return self.tracker.get_latest_input_channel() or "rest"

    def slot(self, name: str) -> Any:
        if name in self.overrides:
            return self.overrides[name]
        return self.tracker.get_slot(name)

    def set(self, name: str, value: Any) -> None:
        self.overrides[name] = value

    @property
    def language(self) -> str | None:
        lang = self.slot("language")
        return lang if lang in ("cy", "en") else None

    @property
    def register(self) -> str:
        return "ti" if self.slot("register") == "ti" else "chi"

    @property
    def role(self) -> str | None:
        return self.slot("completed_by")

    @property
    def whose_view(self) -> str:
        return self.role or "person"

    @property
    def display_name(self) -> str:
        name = self.slot("name")
        return "" if not name or name in SENTINELS else str(name).strip()

    @property
    def cared_for_name(self) -> str:
        name = self.slot("cared_for_name")
        if not name or name in SENTINELS:
            return "them" if self.language != "cy" else "nhw"
        return str(name).strip()

    @property
    def latest_text(self) -> str:
        return self.tracker.latest_message.get("text") or ""

    @property
    def latest_intent(self) -> str | None:
        return (self.tracker.latest_message.get("intent") or {}).get("name")

    @property
    def message_id(self) -> str:
        mid = self.tracker.latest_message.get("message_id")
        if mid:
            return str(mid)
        # Older channels send none: fall back to the event's timestamp, stable for this message.
        for event in reversed(self.tracker.events):
            if event.get("event") == "user":
                return f"ts-{event.get('timestamp')}"
        return "unknown"

    def values(self, **extra: Any) -> dict[str, Any]:
        name = self.display_name
        base = {
            "name": name,
            "comma_name": f", {name}" if name else "",
            "cared_for_name": self.cared_for_name,
        }
        base.update(extra)
        return base

    def render(self, key: str, **extra: Any) -> messages.Rendered:
        return messages.render(key, self.language, self.register, self.role, **self.values(**extra))

    def say(self, key: str, **extra: Any) -> None:
        self.dispatcher.utter_message(**self.render(key, **extra).as_dispatch())

    def say_text(self, text: str, buttons: list[dict[str, str]] | None = None) -> None:
        if buttons:
            self.dispatcher.utter_message(text=text, buttons=buttons)
        else:
            self.dispatcher.utter_message(text=text)

    def ensure_record(self) -> str:
        """The conversation's record exists (and its public reference is known)."""
        return repository.ensure_conversation(self.sender_id, self.channel, settings().default_team)


class WhatMattersAction(Action, ABC):
    """An action that first makes sure no safeguarding signal in the message is missed.

    It never answers Rasa with an error: a failing action would make Rasa log the whole
    conversation, and the person would get no reply. Failures are logged by reference only.
    """

    reply_before_recording = False

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk = Talk(tracker, dispatcher)
        if self.reply_before_recording:
            events = await guarded(self.name(), talk, self.act(talk, domain))
            await guarded(self.name() + ":risk", talk, note_risk_events(talk))
            return events
        await guarded(self.name() + ":risk", talk, note_risk_events(talk))
        return await guarded(self.name(), talk, self.act(talk, domain))

    @abstractmethod
    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        """What the action does, once the message has been checked for risk."""


async def note_risk_events(talk: Talk) -> list[dict[str, Any]]:
    from bot.actions.safeguarding import note_risk

    await note_risk(talk)
    return []


async def guarded(what: str, talk: Talk, work: Awaitable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Run an action's work; on any failure log the reference and error type only, and say sorry."""
    try:
        return await work
    except Exception as exc:
        try:
            with session_scope() as s:
                conv = repository.get_conversation(s, talk.sender_id)
                reference = conv.reference if conv else "(no record)"
        except Exception:
            reference = "(database unavailable)"
        logger.error("%s failed for %s: %s", what, reference, type(exc).__name__)
        if not what.endswith(":risk"):
            talk.say("something_wrong")
        return []
