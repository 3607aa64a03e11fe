"""The Rasa adapter: a `Turn` over Rasa's tracker and dispatcher, and the action every action builds on.

Actions stay thin: the conversation core (bot.conversation) decides what is
asked, kept and said; an action reads Rasa's state through `Talk`, calls the
core, and turns its slot updates into Rasa events.
"""
from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Coroutine
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.conversation.about_you import known_speaker
from bot.conversation.safety import answer_if_missed, note_risk
from bot.conversation.turn import ARRIVED_AT_KEY, Turn
from bot.messages import Rendered
from bot.settings import get_settings
from bot.storage import repository
from bot.storage.db import session_scope

logger = logging.getLogger(__name__)

#: What an action returns to Rasa.
Events = list[dict[str, Any]]
#: An action's work: a coroutine whose body is synchronous (the database, the analysis).
Work = Coroutine[Any, Any, list[dict[str, Any]]]


class Talk(Turn):
    """One turn as Rasa gives it: the tracker (state before the message) and the dispatcher (replies)."""

    def __init__(self, tracker: Tracker, dispatcher: CollectingDispatcher) -> None:
        super().__init__()
        self.tracker = tracker
        self.dispatcher = dispatcher
        #: Set by `check_risk` when this action gave the urgent reply the dialogue did not route.
        self.urgent_answered = False

    @property
    def question_waiting(self) -> str | None:
        """The form's question the message answers, if the form is running."""
        return self.slot("requested_slot") if self.tracker.active_loop.get("name") else None

    @property
    def sender_id(self) -> str:
        return str(self.tracker.sender_id)

    @property
    def channel(self) -> str:
        return self.tracker.get_latest_input_channel() or "rest"

    @property
    def team(self) -> str:
        return get_settings().default_team

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

    def stored_slot(self, name: str) -> Any:
        return self.tracker.get_slot(name)

    def send(self, message: Rendered) -> None:
        self.dispatcher.utter_message(**message.as_dispatch())

    @property
    def seconds_since_asked(self) -> float | None:
        """Seconds from the assistant's last words before this message to its arrival, as the channel stamped it in
        the message's metadata (`ARRIVED_AT_KEY`; channels/rest.py, channels/telegram.py). Never the user event's own
        timestamp: Rasa 3.6 makes that UserUttered in MessageProcessor._handle_message_with_tracker, inside
        Agent.handle_message's `lock_store.lock(sender_id)`, so a message that waited behind the one before it is
        stamped after that one's reply, as if it had been typed after reading it (AX17, stop 44). None when the
        channel stamped nothing (the terminal client, events from before stop 44) or nothing was said before."""
        events = self.tracker.events
        latest = next((n for n in range(len(events) - 1, -1, -1) if events[n].get("event") == "user"), None)
        if latest is None:
            return None
        arrived = (events[latest].get("metadata") or {}).get(ARRIVED_AT_KEY)
        asked = next((events[n].get("timestamp") for n in range(latest - 1, -1, -1)
                      if events[n].get("event") == "bot"), None)
        if isinstance(arrived, bool) or not isinstance(arrived, (int, float)) \
                or isinstance(asked, bool) or not isinstance(asked, (int, float)):
            return None
        return float(arrived) - float(asked)

    @property
    def typing_window(self) -> bool:
        return get_settings().burst_typing_window

    def earlier_replies(self) -> int:
        """Messages sent while the question now asked was waiting, this one not counted (from the tracker)."""
        waiting = self.tracker.get_slot("requested_slot")
        current, replies = None, 0
        for event in self.tracker.events:
            if event.get("event") == "slot" and event.get("name") == "requested_slot" and event.get("value") != current:
                current, replies = event.get("value"), 0
            elif event.get("event") == "user" and waiting and current == waiting:
                replies += 1
        return max(replies - 1, 0)

    def said_before(self) -> list[str]:
        """What the assistant said earlier, from Rasa's tracker (a form's ask actions leave no action event)."""
        return [str(e.get("text") or "") for e in self.tracker.events if e.get("event") == "bot"]

    def earlier_messages(self) -> list[str]:
        """The person's earlier messages, from Rasa's tracker (this one left out)."""
        texts = [str(e.get("text") or "") for e in self.tracker.events if e.get("event") == "user"]
        return texts[:-1]

    def entity_values(self, entity: str) -> list[str]:
        """The values NLU found for an entity in the latest message (e.g. a language button)."""
        return [str(e["value"]) for e in self.tracker.latest_message.get("entities") or []
                if e.get("entity") == entity and e.get("value") is not None]


def slot_events(updates: dict[str, Any]) -> list[dict[str, Any]]:
    """The core's slot updates as Rasa events."""
    return [SlotSet(slot, value) for slot, value in updates.items()]


class WhatMattersAction(Action, ABC):
    """An action that first makes sure no safeguarding signal in the message is missed.

    It never answers Rasa with an error: a failing action would make Rasa log the whole
    conversation, and the person would get no reply. Failures are logged by reference only.
    """

    #: Give the reply first, then keep the flag and alert (the urgent reply: a database that
    #: is down must never hold back the help).
    reply_before_recording = False

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        talk = Talk(tracker, dispatcher)
        if self.reply_before_recording:
            events = await guarded(self.name(), talk, self.act(talk, domain))
            await guarded(self.name() + " (risk check)", talk, check_risk(talk, self.name()), apologise=False)
            return await know_speaker(self.name(), talk) + events
        known = await know_speaker(self.name(), talk)
        urgent = await guarded(self.name() + " (risk check)", talk, check_risk(talk, self.name()), apologise=False)
        if talk.urgent_answered:  # the urgent reply took this turn: nothing else is done with the message
            return known + urgent
        return known + await guarded(self.name(), talk, self.act(talk, domain))

    @abstractmethod
    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        """What the action does, once the message has been checked for risk."""


async def know_speaker(what: str, talk: Talk) -> list[dict[str, Any]]:
    """Who is talking, from the record when an invitation said (the core's `known_speaker`), as Rasa events.

    Applied to `talk` at once, so what the action says next already uses their register.
    """
    async def work() -> list[dict[str, Any]]:
        return slot_events(known_speaker(talk))

    return await guarded(what + " (who is talking)", talk, work(), apologise=False)


async def check_risk(talk: Talk, action: str = "") -> list[dict[str, Any]]:
    """The core's risk check, as guarded work; its slot events only when it gave the urgent reply.

    Rasa's NLU routes an urgent message to action_safeguarding first; if its reading differed
    from this process's, the core's backstop (`answer_if_missed`) replies here instead, so a
    person whose words raised a duty alert always gets the help too.
    """
    reading = note_risk(talk)
    updates = answer_if_missed(talk, reading, talk.question_waiting)
    if updates is None:
        return []
    talk.urgent_answered = True
    # Not a fault: inside the form, or when Rasa's reading and this process's differ, this is the route (stop-24 trial
    # T16: a warning for every disclosure sent an on-call reader looking for a fault that wasn't there). The action's
    # name only, never the words.
    logger.info("urgent reply given by %s (the action server's own risk check)", action or "an action")
    return slot_events(updates)


async def in_worker(work: Work) -> list[dict[str, Any]]:
    """Run an action's work in a worker thread (with a loop of its own), never on the server's event loop.

    The work is synchronous at heart (SQL, the risk reader, sorting): on the event loop one slow
    database call or long message would hold up every other conversation's action. Each call opens
    its own database session (bot.storage.db.session_scope), so threads share nothing but the engine.
    """
    return await asyncio.to_thread(asyncio.run, work)


async def guarded(what: str, talk: Talk, work: Work, apologise: bool = True,
                  sorry: str = "something_wrong",
                  instead: Callable[[], list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """Run an action's work off the event loop; on any failure log the reference and error type only,
    (if `apologise`) say `sorry`, and return `instead()`'s events (none by default).

    A failed risk check is not apologised for: the person's turn goes on as normal.
    """
    try:
        return await in_worker(work)
    except Exception as exc:
        reference = await asyncio.to_thread(_reference_or_why_not, talk.sender_id)
        logger.error("%s failed for %s: %s", what, reference, type(exc).__name__)
        if apologise:
            talk.say(sorry)
        return instead() if instead is not None else []


def _reference_or_why_not(sender_id: str) -> str:
    """The record's reference for a log line, or why there is none (never the sender id)."""
    try:
        with session_scope() as s:
            conv = repository.get_conversation(s, sender_id)
            return conv.reference if conv else "(no record)"
    except Exception:
        return "(database unavailable)"
