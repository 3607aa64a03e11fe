"""Telegram's turns are timed too (whatmatters_turn_seconds{channel="telegram"}), with no chat id in the figures.

The channel runs in process against the fake Bot API, with a stand-in for Rasa (tests/telegram).
"""
from __future__ import annotations

from prometheus_client import REGISTRY, generate_latest

from tests.servers.fake_telegram import text_update
from tests.telegram.conftest import Harness, fake_telegram, harness  # noqa: F401 - the Telegram tests' fixtures

CHAT = 5550777
WORDS = "Dw i eisiau mynd i'r siop eto"


def _turns(outcome: str) -> float:
    return REGISTRY.get_sample_value("whatmatters_turn_seconds_count",
                                     {"channel": "telegram", "outcome": outcome}) or 0.0


def test_each_telegram_turn_is_timed_ok_or_failed(harness: Harness) -> None:  # noqa: F811 - the fixture
    ok, failed = _turns("ok"), _turns("failed")
    harness.deliver(text_update(CHAT, WORDS))
    assert (_turns("ok"), _turns("failed")) == (ok + 1, failed)
    harness.assistant.fail = True
    harness.deliver(text_update(CHAT, "eto"))
    assert (_turns("ok"), _turns("failed")) == (ok + 1, failed + 1)
    text = generate_latest(REGISTRY).decode()
    assert str(CHAT) not in text and WORDS not in text
