"""Handling a message so that nothing the person wrote is lost when the action server or the database fails.

Rasa 3.6, when a call to the action server fails (down, restarting, slower than the time limit), logs
"the actions events are lost" and carries on: the person gets no reply, or half of one, and their
answer is never stored, though Rasa's tracker has moved on as if it were. Here, for each message:

- The action endpoint is watched (`WatchedEndpoint`): a time limit of ACTION_CALL_TIMEOUT_SECONDS
  instead of Rasa's five minutes, one more try when a connection was closed under the call (the
  "Cannot write to closing transport" seen under load), and a failure stopping the turn.
- A message whose actions failed leaves no trace in Rasa: the failure stops the turn before Rasa saves
  anything of it (`ActionServerAway`; Rasa's own `UserUtteranceReverted` cannot undo a turn inside a
  form, as Rasa folds the form's turns together when it replays them). The words are held verbatim in
  the database (bot.storage.holding) and the person is told, in their language, that it is kept.
- Before their next message, held messages are replayed in order with their own message ids, so
  each answer is stored exactly once (storage is idempotent per message id) even when a slow action
  server finished the first try after Rasa gave up; a next message that repeats the held one word
  for word is the person sending it again, and is not handled twice.
- When Rasa cannot handle the message at all (its tracker store, the same database as the record,
  is away; made to say so rather than start a new conversation, `strict`), it is tried once more
  (a restarted database's stale connection is dropped on the first failure) and otherwise the
  person is asked to send it again: it cannot be kept anywhere honest.

Nothing here logs what the person wrote; failures are logged by kind only.
"""
from __future__ import annotations

import asyncio
import logging
import uuid
import weakref
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.utils.endpoints import EndpointConfig

from bot import messages
from bot.conversation.safety import note_risk, reply_to_a_held_message
from bot.conversation.turn import ARRIVED_AT_KEY, Turn
from bot.messages import Rendered
from bot.settings import get_settings
from bot.storage import holding

logger = logging.getLogger(__name__)

#: Said when the action server failed and the message is held for replay.
KEPT_FOR_LATER = "kept_for_later"
#: Said when the message could not be kept at all (the database is away): send it again later.
NOT_KEPT = "message_not_kept"
#: The slots that say how to speak to the person.
PERSON_SLOTS = ("language", "register", "completed_by")
#: Pause before the one retry of a call whose connection was closed under it.
RETRY_PAUSE_SECONDS = 0.2

Reply = dict[str, Any]
Handler = Callable[[UserMessage], Awaitable[Any]]


def reply(sender_id: str, rendered: Rendered) -> Reply:
    """A reply said from here, in the shape Rasa's collected replies have (with their language)."""
    out: Reply = {"recipient_id": sender_id, "text": rendered.text}
    if rendered.language in messages.LANGUAGES:
        out[messages.LANGUAGE_KEY] = rendered.language
    return out


class LanguageCollector(CollectingOutputChannel):
    """Rasa's collecting channel that keeps each reply's language (`messages.LANGUAGE_KEY`, which Rasa
    passes on from the action's `utter_message` as a keyword), for the web chat; Rasa's own drops it."""

    def _mark_language(self, kwargs: dict[str, Any], before: int) -> None:
        language = kwargs.get(messages.LANGUAGE_KEY)
        if language in messages.LANGUAGES:
            for message in self.messages[before:]:
                message[messages.LANGUAGE_KEY] = language

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        before = len(self.messages)
        await super().send_text_message(recipient_id, text, **kwargs)
        self._mark_language(kwargs, before)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        before = len(self.messages)
        await super().send_text_with_buttons(recipient_id, text, buttons, **kwargs)
        self._mark_language(kwargs, before)


class ActionServerAway(BaseException):
    """Stops Rasa's handling of a message whose action could not run, so Rasa saves nothing of the turn.

    A BaseException, as Rasa catches every Exception an action raises, logs that "the actions events are
    lost" and saves the turn as if the answer had been taken. Raised only while a door's message is
    handled (`_WATCHED`); Rasa's other callers (its HTTP API) get Rasa's own errors.
    """

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind  # "unreachable", "too_slow" or "refused"


#: True while a door's message is being handled: the endpoint then stops the turn on a failure.
_WATCHED: ContextVar[bool] = ContextVar("whatmatters_watched_turn", default=False)


class WatchedEndpoint(EndpointConfig):
    """Rasa's action endpoint with a sensible time limit, one retry on a closed connection, and a
    failure stopping the turn (ActionServerAway) while a door's message is handled."""

    call_timeout: float = 20.0

    @classmethod
    def around(cls, endpoint: EndpointConfig, call_timeout: float) -> WatchedEndpoint:
        watched = cls.__new__(cls)
        watched.__dict__.update(endpoint.__dict__)
        watched.call_timeout = call_timeout
        return watched

    async def request(self, method: str = "post", subpath: str | None = None,
                      content_type: str | None = "application/json", compress: bool = False,
                      **kwargs: Any) -> Any:
        kwargs["timeout"] = aiohttp.ClientTimeout(total=self.call_timeout)
        for attempt in (1, 2):
            try:
                return await super().request(method, subpath, content_type, compress, **kwargs)
            except asyncio.TimeoutError as error:
                _away("too_slow", error)
            except aiohttp.ClientConnectionError as error:
                if attempt == 1:  # closed under us (or not there yet): once more
                    await asyncio.sleep(RETRY_PAUSE_SECONDS)
                    continue
                _away("unreachable", error)
            except aiohttp.ClientError as error:
                # 400 is an action rejecting itself (a normal part of forms); anything else is a failure.
                if getattr(error, "status", None) != 400:
                    _away("refused", error)
                raise
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _away(kind: str, error: Exception) -> None:
    """Stop the turn when a door's message is being handled; otherwise Rasa's own error goes on."""
    if _WATCHED.get():
        raise ActionServerAway(kind) from error
    raise error


def watch(agent: Any) -> None:
    """Put the WatchedEndpoint in front of the agent's action server, and make its tracker store fail
    loudly (again is harmless; a new model's processor gets both from the agent)."""
    timeout = get_settings().action_call_timeout_seconds
    for owner in (agent, getattr(agent, "processor", None)):
        endpoint = getattr(owner, "action_endpoint", None)
        if owner is not None and isinstance(endpoint, EndpointConfig) and not isinstance(endpoint, WatchedEndpoint):
            owner.action_endpoint = WatchedEndpoint.around(endpoint, timeout)
    store = getattr(agent, "tracker_store", None)
    if isinstance(store, FailSafeTrackerStore) and not getattr(store, _STRICT, False):
        strict(store)


#: Marks a FailSafeTrackerStore made strict.
_STRICT = "_whatmatters_strict"


def strict(store: FailSafeTrackerStore) -> None:
    """No quiet fallback when the database is away: a failure to read or save stops the turn.

    Rasa's FailSafeTrackerStore answers a failed read with None, so the person's message is handled as
    the first of a new conversation (the greeting again, their answer taken for something else), and a
    failed save goes to memory, where the next turn never looks; and it logs the error's text, which
    for a database error can quote the SQL and the words in it. Here both raise, so the door can try
    once more and otherwise ask the person to send it again.
    """
    primary = store._tracker_store  # Rasa keeps the wrapped store private

    async def retrieve(sender_id: str) -> Any:
        return await primary.retrieve(sender_id)

    async def save(tracker: Any) -> None:
        await primary.save(tracker)

    store.retrieve = retrieve
    store.save = save
    setattr(store, _STRICT, True)


@dataclass
class Attempt:
    """One go at handling one message."""

    replies: list[Reply] = field(default_factory=list)
    actions_failed: str | None = None  # the action server failed: Rasa kept nothing of the turn
    error: str | None = None  # Rasa itself failed (the kind only)

    @property
    def ok(self) -> bool:
        return self.actions_failed is None and self.error is None


def arrival(arrived_at: float | None) -> dict[str, Any] | None:
    """The message's metadata saying when it arrived at the door (`ARRIVED_AT_KEY`), or None when not known (a held
    message replayed later: its question was answered long ago). Stamped before any queue, ours or Rasa's: Rasa 3.6's
    UserUttered timestamp is taken inside its per-sender lock, after the message before it was answered (AX17)."""
    return None if arrived_at is None else {ARRIVED_AT_KEY: arrived_at}


async def _attempt(on_new_message: Handler, sender_id: str, text: str, channel: str, message_id: str,
                   arrived_at: float | None = None) -> Attempt:
    token = _WATCHED.set(True)
    collector = LanguageCollector()
    try:
        await on_new_message(UserMessage(text, collector, sender_id, input_channel=channel, message_id=message_id,
                                         metadata=arrival(arrived_at)))
    except ActionServerAway as away:
        return Attempt(actions_failed=away.kind)
    except Exception as exc:  # the kind only: a database error's text can quote the words
        return Attempt(error=type(exc).__name__)
    finally:
        _WATCHED.reset(token)
    return Attempt(list(collector.messages))


async def _handle_once_more_if_rasa_failed(on_new_message: Handler, sender_id: str, text: str, channel: str,
                                           message_id: str, arrived_at: float | None = None) -> Attempt:
    attempt = await _attempt(on_new_message, sender_id, text, channel, message_id, arrived_at)
    if attempt.error is not None and attempt.actions_failed is None:
        logger.warning("%s: handling a message failed (%s); trying once more", channel, attempt.error)
        attempt = await _attempt(on_new_message, sender_id, text, channel, message_id, arrived_at)
    return attempt


class HeldTurn(Turn):
    """A held message as the conversation core sees it, for the one thing that cannot wait for the replay:
    reading it for risk (the flag kept, the duty team alerted), as every action does first."""

    def __init__(self, sender_id: str, channel: str, message_id: str, text: str, slots: dict[str, Any]) -> None:
        super().__init__()
        self._sender_id, self._channel, self._message_id, self._text = sender_id, channel, message_id, text
        self._slots = slots

    @property
    def sender_id(self) -> str:
        return self._sender_id

    @property
    def channel(self) -> str:
        return self._channel

    @property
    def team(self) -> str:
        return get_settings().default_team

    @property
    def latest_text(self) -> str:
        return self._text

    @property
    def latest_intent(self) -> str | None:
        return None

    @property
    def message_id(self) -> str:
        return self._message_id

    def stored_slot(self, name: str) -> Any:
        return self._slots.get(name)

    def send(self, message: Rendered) -> None:
        """Nothing is said from here: the apology covers it, with the 999 line."""


def _read_for_risk(turn: HeldTurn) -> list[Reply]:
    """A disclosure never waits for the action server: the flag is kept and the alert sent now, and the
    urgent reply (help, helplines) given, short when it is not the first of the conversation. The replay later
    finds all three (kept once per message id; an alert claimed once; the urgent text not given again)."""
    try:
        if note_risk(turn).level != "urgent":
            return []
        return [reply(turn.sender_id, m) for m in reply_to_a_held_message(turn)]
    except Exception as exc:  # the replay reads it again
        logger.error("%s: a held message could not be read for risk now (%s)", turn.channel, type(exc).__name__)
        return []


async def _slots(agent: Any, sender_id: str) -> dict[str, Any]:
    """The person's language, register and role from Rasa's tracker (none when it cannot be read)."""
    try:
        tracker = await agent.processor.get_tracker(sender_id)
        return {name: tracker.get_slot(name) for name in PERSON_SLOTS}
    except Exception as exc:  # the tracker store is away too: Welsh first, then English
        logger.info("the person's language could not be read (%s)", type(exc).__name__)
        return {}


async def _say(agent: Any, sender_id: str, key: str, slots: dict[str, Any] | None = None) -> Reply:
    """`key` in the person's language and register, read from Rasa's tracker (both languages if unknown)."""
    slots = await _slots(agent, sender_id) if slots is None else slots
    language, register, role = (slots.get(name) for name in PERSON_SLOTS)
    rendered = messages.render(key, language if language in messages.LANGUAGES else None,
                               register if register == "ti" else "chi", str(role) if role else None)
    return reply(sender_id, rendered)


async def _put_back(agent: Any, sender_id: str, channel: str, text: str, message_id: str, kind: str) -> list[Reply]:
    """The action server failed on this message or one held before it: hold it, and tell the person it is kept."""
    logger.warning("%s: the action server failed (%s); the message is held for replay", channel, kind)
    slots = await _slots(agent, sender_id)
    urgent: list[Reply] = []
    try:
        kept = await asyncio.to_thread(holding.hold, sender_id, channel, message_id, text)
        if kept:
            urgent = await asyncio.to_thread(_read_for_risk, HeldTurn(sender_id, channel, message_id, text, slots))
    except Exception as exc:
        logger.error("%s: a message could not be held (%s); the person is asked to send it again",
                     channel, type(exc).__name__)
        kept = False
    return [*urgent, await _say(agent, sender_id, KEPT_FOR_LATER if kept else NOT_KEPT, slots)]


#: One handling at a time per conversation in this process, so held messages are replayed once, in order.
_conversation_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()


def _lock_for(sender_id: str) -> asyncio.Lock:
    lock = _conversation_locks.get(sender_id)
    if lock is None:
        lock = asyncio.Lock()
        _conversation_locks[sender_id] = lock
    return lock


async def handle(agent: Any, on_new_message: Handler, sender_id: str, text: str, channel: str,
                 arrived_at: float | None = None) -> list[Reply]:
    """Handle one message (after any held before it) and return what to say; never raises. `arrived_at`: when it
    reached the door (time.time()), stamped before this lock and Rasa's (`arrival`)."""
    if agent is None:  # no agent to watch (not Rasa's server): plain handling
        return (await _attempt(on_new_message, sender_id, text, channel, uuid.uuid4().hex, arrived_at)).replies
    lock = _lock_for(sender_id)
    async with lock:
        try:
            return await _handle(agent, on_new_message, sender_id, text, channel, arrived_at)
        except Exception as exc:  # never a 500 and never silence: ask for it again
            logger.error("%s: a message could not be handled (%s)", channel, type(exc).__name__)
            return [await _say(agent, sender_id, NOT_KEPT)]


async def _handle(agent: Any, on_new_message: Handler, sender_id: str, text: str, channel: str,
                  arrived_at: float | None = None) -> list[Reply]:
    watch(agent)
    replies: list[Reply] = []
    waiting = await asyncio.to_thread(holding.held, sender_id)
    for message in waiting:
        attempt = await _handle_once_more_if_rasa_failed(on_new_message, sender_id, message.text, channel,
                                                         message.message_id)
        if attempt.actions_failed is not None:  # still away: keep them all, and this one after them
            return await _put_back(agent, sender_id, channel, text, uuid.uuid4().hex, attempt.actions_failed)
        if attempt.error is not None:
            return [await _say(agent, sender_id, NOT_KEPT)]
        await asyncio.to_thread(holding.release, message.id)
        logger.info("%s: a held message was replayed", channel)
        replies += attempt.replies
    if waiting and text == waiting[-1].text:
        return replies  # sent again word for word: it is kept once
    message_id = uuid.uuid4().hex
    # (held ones replayed first have no arrival: answered long after their question, nothing is read from timing)
    attempt = await _handle_once_more_if_rasa_failed(on_new_message, sender_id, text, channel, message_id,
                                                     None if waiting else arrived_at)
    if attempt.actions_failed is not None:
        return [*replies, *await _put_back(agent, sender_id, channel, text, message_id, attempt.actions_failed)]
    if attempt.error is not None:
        logger.error("%s: a message could not be handled (%s); the person is asked to send it again",
                     channel, attempt.error)
        return [*replies, await _say(agent, sender_id, NOT_KEPT)]
    return replies + attempt.replies
