"""Many simulated people talking at once over the REST channel, with no pause between turns.

Each person sends its next message as soon as its reply arrives. A level ends when the planned number
of conversations has been held, or at its time cap (no conversation starts after it, and one still
going is cut short at its next turn). Every loop is bounded: turns per conversation (MAX_TURNS),
time per request (TURN_TIMEOUT_SECONDS) and time per level. A request that fails, or a reply that
comes back empty, is counted by kind and ends that person's conversation (a person who gets no
answer has lost their place); the answers they sent are still checked in the database afterwards.
"""
from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.bench.people import Person
from bot.bench.report import LevelRun

#: More turns than this and a conversation has lost its way (ours need about 17).
MAX_TURNS = 60
#: One request may take this long before it counts as a timeout.
TURN_TIMEOUT_SECONDS = 120.0


@dataclass
class Conversation:
    """One simulated person's conversation, kept for the database check afterwards."""

    sender: str
    person: Person
    turns: int = 0
    error: str | None = None


@dataclass
class _Level:
    url: str
    make_person: Callable[[int], Person]
    conversations: int
    deadline: float
    run: LevelRun
    held: list[Conversation] = field(default_factory=list)
    next_index: int = 0

    def claim(self) -> int | None:
        """The next conversation to hold, or None when the level is done (count or time)."""
        if self.next_index >= self.conversations or time.monotonic() >= self.deadline:
            return None
        self.next_index += 1
        return self.next_index - 1

    def error(self, kind: str) -> None:
        self.run.errors[kind] = self.run.errors.get(kind, 0) + 1


def webhook_url(base_url: str) -> str:
    return f"{base_url}/webhooks/rest/webhook"


async def _send(session: aiohttp.ClientSession, url: str, sender: str, message: str,
                timeout: float) -> tuple[list[dict[str, Any]] | None, str | None]:
    """(replies, None) or (None, error kind)."""
    try:
        async with session.post(url, json={"sender": sender, "message": message},
                                timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            if response.status != 200:
                await response.read()
                return None, f"http_{response.status}"
            body = await response.json(content_type=None)
    except asyncio.TimeoutError:
        return None, "timeout"
    except (aiohttp.ClientError, ValueError, OSError) as exc:
        return None, type(exc).__name__
    if not isinstance(body, list):
        return None, "bad_body"
    if not any(isinstance(r, dict) and (r.get("text") or r.get("buttons")) for r in body):
        return None, "empty_reply"
    return body, None


async def _hold(level: _Level, session: aiohttp.ClientSession, sender: str, person: Person) -> None:
    conv = Conversation(sender, person)
    level.held.append(conv)
    level.run.started += 1
    message: str | None = person.first()
    while message is not None:
        now = time.monotonic()
        if conv.turns >= MAX_TURNS:
            level.run.derailed += 1
            return
        if now >= level.deadline:
            level.run.cut_short += 1
            return
        timeout = min(TURN_TIMEOUT_SECONDS, level.deadline - now + 30.0)
        replies, error = await _send(session, level.url, sender, message, timeout)
        conv.turns += 1
        if error is not None or replies is None:
            conv.error = error or "no_reply"
            level.error(conv.error)
            return
        seconds = time.monotonic() - now
        level.run.latencies.append((conv.turns, seconds))
        if person.is_answer(message):
            level.run.answer_latencies.append((conv.turns, seconds))
        message = person.next(replies)
    if person.completed:
        level.run.completed += 1
        level.run.turns_per_conversation.append(conv.turns)
    elif person.derailed:
        level.run.derailed += 1


async def _person_loop(level: _Level, session: aiohttp.ClientSession, prefix: str) -> None:
    """One simulated person: conversation after conversation until the level is done."""
    while (index := level.claim()) is not None:
        await _hold(level, session, f"{prefix}-{index:04d}-{secrets.token_hex(4)}", level.make_person(index))


async def run_level_async(base_url: str, assistant: str, people: int, conversations: int, max_seconds: float,
                          make_person: Callable[[int], Person], prefix: str) -> tuple[LevelRun, list[Conversation]]:
    run = LevelRun(assistant=assistant, people=people, wall_seconds=0.0)
    start = time.monotonic()
    level = _Level(webhook_url(base_url), make_person, conversations, start + max_seconds, run)
    # No connection limit: each person has its own request in flight, as separate browsers would.
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(_person_loop(level, session, prefix) for _ in range(people)))
    run.wall_seconds = time.monotonic() - start
    return run, level.held


def run_level(base_url: str, assistant: str, people: int, conversations: int, max_seconds: float,
              make_person: Callable[[int], Person], prefix: str) -> tuple[LevelRun, list[Conversation]]:
    """`people` simulated people holding `conversations` conversations in all (at most `max_seconds`)."""
    return asyncio.run(run_level_async(base_url, assistant, people, conversations, max_seconds, make_person, prefix))


async def _first_reply_async(base_url: str, message: str, since: float, max_seconds: float,
                             accept: Callable[[list[dict[str, Any]]], bool],
                             check_alive: Callable[[], None]) -> float | None:
    async with aiohttp.ClientSession() as session:
        while time.monotonic() - since < max_seconds:
            check_alive()
            # A new sender each time: an early, half-answered try must not change what the next one gets.
            sender = f"bench-first-reply-{secrets.token_hex(4)}"
            replies, _ = await _send(session, webhook_url(base_url), sender, message, 10.0)
            if replies and accept(replies):
                return time.monotonic() - since
            await asyncio.sleep(0.2)
    return None


def _nothing() -> None:
    return None


def wait_first_reply(base_url: str, message: str, since: float, max_seconds: float,
                     accept: Callable[[list[dict[str, Any]]], bool] = bool,
                     check_alive: Callable[[], None] = _nothing) -> float | None:
    """Seconds from `since` (time.monotonic()) until the REST channel first gives a reply `accept` takes.

    None when that did not happen within max_seconds of `since`; `check_alive` raises to give up early
    (a server process exited).
    """
    return asyncio.run(_first_reply_async(base_url, message, since, max_seconds, accept, check_alive))
