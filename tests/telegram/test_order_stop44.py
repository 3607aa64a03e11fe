"""Stop 44: one chat's Telegram updates reach the assistant in the order they came, with when they came.

Stop 42 left the question whether two updates for one chat arriving together can be handled out of order. They could:
Telegram may post several webhook calls at once, and before Rasa's own per-sender lock (a FIFO ticket lock, taken in
Agent.handle_message) each update waits on the database in a thread (its claim, the conversation row) and on
sendChatAction, which finish in any order. The channel now takes the chat's turn first (`TelegramInput._turn_of`).
These tests slow the first update's claim down: without the chat's turn, the second reaches the assistant first.

Each message also carries when it arrived (AX17, stop 44): the core reads how soon after the question that was.
The words are the trial's (Cai, AX17) and their English twins.
"""
from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from bot.conversation.turn import ARRIVED_AT_KEY
from bot.storage import repository
from tests.servers.fake_telegram import text_update
from tests.telegram.conftest import Harness

CHAT = 918273645544

BURSTS = {
    "cy": ("sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…", "osian yw brawd fi, ma autism da fe, ma fe'n 9"),
    "en": ("dunno really. a good day is when Osian's ok…", "osian is my brother, he's autistic, he's 9"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_two_updates_for_one_chat_reach_the_assistant_in_order(harness: Harness, monkeypatch: pytest.MonkeyPatch,
                                                                language: str) -> None:
    first, second = (text_update(CHAT, words) for words in BURSTS[language])
    claim = repository.claim_update

    def slow_for_the_first(key: str, update_id: int) -> bool:
        if update_id == first["update_id"]:
            time.sleep(0.5)  # (in its thread: the second update's claim finishes first)
        return claim(key, update_id)

    monkeypatch.setattr(repository, "claim_update", slow_for_the_first)
    channel = harness.channel()

    async def both_at_once() -> None:
        stamped = time.time()
        # Two webhook calls at once, the first a moment ahead, as Telegram may post them.
        await asyncio.gather(channel.handle_data(first, stamped), channel.handle_data(second, stamped + 0.01))
        await channel.stop()

    asyncio.run(both_at_once())
    assert harness.assistant.texts == list(BURSTS[language])  # (was the second, then the first)
    arrived: list[Any] = [(m.metadata or {}).get(ARRIVED_AT_KEY) for m in harness.assistant.received]
    assert all(isinstance(t, float) for t in arrived) and arrived[0] < arrived[1]


def test_one_chat_has_one_turn_and_it_goes_to_the_lowest_update_id_waiting(harness: Harness) -> None:
    """What the order rests on (channels.telegram.ChatTurn, stop 45; stop 44's asyncio.Lock was first come, first
    served): one turn per chat, one update at a time, and of those waiting, the lowest update id first, whatever order
    they asked in. If a change made it first come, first served again, or let two in at once, this fails."""
    channel = harness.channel()
    order: list[int] = []
    inside: list[int] = []

    async def run() -> None:
        turn = channel._turn_of(CHAT)
        assert turn is not None and channel._turn_of(CHAT) is turn  # one per chat
        assert channel._turn_of(None) is None

        async def take(n: int) -> None:
            async with turn.taken(100 + n):
                inside.append(n)
                assert len(inside) == 1  # one at a time
                order.append(n)
                await asyncio.sleep(0.01 * (5 - n))
                inside.remove(n)

        await asyncio.gather(*(take(n) for n in (4, 2, 0, 3, 1)))  # (asked for newest first)

    asyncio.run(run())
    assert order == [0, 1, 2, 3, 4]


def test_a_waiting_update_cancelled_does_not_block_the_chat(harness: Harness) -> None:
    channel = harness.channel()
    order: list[int] = []

    async def run() -> None:
        turn = channel._turn_of(CHAT)
        assert turn is not None

        async def take(n: int, hold: float) -> None:
            async with turn.taken(n):
                order.append(n)
                await asyncio.sleep(hold)

        first = asyncio.ensure_future(take(1, 0.2))
        await asyncio.sleep(0.1)
        second = asyncio.ensure_future(take(2, 0))
        await asyncio.sleep(0.01)
        second.cancel()
        third = asyncio.ensure_future(take(3, 0))
        await asyncio.wait_for(asyncio.gather(first, third), timeout=5)

    asyncio.run(run())
    assert order == [1, 3]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_burst_taken_together_newest_first_reaches_the_assistant_as_it_was_sent(harness: Harness,
                                                                                   language: str) -> None:
    """Stop 45: the stop-44 trial's Telegram burst ("mam obvs" / "nain" / "a'r gath lol") reached the server while it
    was busy, carried one arrival stamp and was handled last message first. Telegram's update ids give the order."""
    words = {"cy": ("mam obvs", "nain", "a'r gath lol"), "en": ("mum obvs", "my nan", "and the cat lol")}[language]
    updates = [text_update(CHAT, w) for w in words]
    assert [u["update_id"] for u in updates] == sorted(u["update_id"] for u in updates)
    channel = harness.channel()

    async def newest_first() -> None:
        stamped = time.time()
        await asyncio.gather(*(channel.handle_data(u, stamped) for u in reversed(updates)))
        await channel.stop()

    asyncio.run(newest_first())
    assert harness.assistant.texts == list(words)  # (was "a'r gath lol", "nain", "mam obvs")


def test_no_arrival_is_passed_when_the_channel_was_given_none(harness: Harness) -> None:
    harness.deliver(text_update(CHAT, BURSTS["cy"][0]))  # (as a test or an old caller hands an update over)
    assert harness.assistant.received and harness.assistant.received[0].metadata is None


def test_the_webhook_stamps_the_arrival_before_the_chat_waits(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second update's arrival is when it came, not when its turn came: it is stamped before the first is done."""
    first, second = (text_update(CHAT, words) for words in BURSTS["en"])
    gate = threading.Event()
    claim = repository.claim_update

    def held_first(key: str, update_id: int) -> bool:
        if update_id == first["update_id"]:
            gate.wait(5)
        return claim(key, update_id)

    monkeypatch.setattr(repository, "claim_update", held_first)
    channel = harness.channel()
    stamps: dict[str, Any] = {}

    async def run() -> None:
        one = asyncio.ensure_future(channel.handle_data(first, time.time()))
        await asyncio.sleep(0.05)
        stamps["second"] = time.time()
        two = asyncio.ensure_future(channel.handle_data(second, stamps["second"]))
        await asyncio.sleep(0.3)
        gate.set()
        await asyncio.gather(one, two)
        await channel.stop()

    asyncio.run(run())
    assert harness.assistant.texts == list(BURSTS["en"])
    assert harness.assistant.received[1].metadata == {ARRIVED_AT_KEY: stamps["second"]}
