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


def test_the_turn_is_taken_without_a_pause_when_free_and_first_come_first_served(harness: Harness) -> None:
    """What the order rests on (asyncio.Lock): a free lock is taken with no await in between, and waiters are woken
    in the order they came. If a change made the lock pause, or its queue unordered, this fails."""
    channel = harness.channel()
    order: list[int] = []

    async def run() -> None:
        turn = channel._turn_of(CHAT)
        assert isinstance(turn, asyncio.Lock) and channel._turn_of(CHAT) is turn  # one per chat

        async def take(n: int) -> None:
            async with channel._turn_of(CHAT):
                order.append(n)
                await asyncio.sleep(0.01 * (5 - n))  # the first holds it longest

        await asyncio.gather(*(take(n) for n in range(5)))

    asyncio.run(run())
    assert order == [0, 1, 2, 3, 4]


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
