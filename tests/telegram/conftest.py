"""The Telegram channel against the fake Bot API (tests/servers/fake_telegram.py), on loopback."""
from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage

from channels.telegram import TelegramConfig, TelegramInput
from tests.servers.fake_telegram import TOKEN, FakeTelegram

SECRET = "a-webhook-secret-for-tests"
SENDER_KEY = "a-sender-key-for-tests"


@dataclass
class StandIn:
    """Stands in for Rasa's message handler in the in-process tests: records each message and
    answers through the channel's own output channel, as Rasa does."""

    reply: dict[str, Any] = field(default_factory=lambda: {"text": "Diolch. / Thank you."})
    fail: bool = False
    received: list[UserMessage] = field(default_factory=list)

    async def __call__(self, message: UserMessage) -> None:
        self.received.append(message)
        if self.fail:
            raise RuntimeError("the assistant is not answering")
        assert message.output_channel is not None
        await message.output_channel.send_response(message.sender_id, dict(self.reply))

    @property
    def texts(self) -> list[str]:
        return [m.text or "" for m in self.received]


@dataclass
class Harness:
    fake: FakeTelegram
    config: TelegramConfig
    assistant: StandIn

    def channel(self) -> TelegramInput:
        channel = TelegramInput(self.config)
        channel.blueprint(self.assistant)
        return channel

    def deliver(self, *updates: dict[str, Any], start: bool = False) -> TelegramInput:
        """Hand updates to a fresh channel, one after another, as the webhook route does."""
        channel = self.channel()

        async def run() -> None:
            if start:
                await channel.start()
            for update in updates:
                await channel.handle_data(update)
            await channel.stop()

        asyncio.run(run())
        return channel


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    server = FakeTelegram().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def harness(sqlite_url: str, fake_telegram: FakeTelegram) -> Harness:
    config = TelegramConfig(token=TOKEN, webhook_secret=SECRET, public_url="https://bot.example.test",
                            base_url=fake_telegram.base_url, sender_key=SENDER_KEY)
    return Harness(fake_telegram, config, StandIn())
