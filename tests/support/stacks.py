"""One way for a test module to run a whole assistant: start, wait until ready, point this process at its database.

Tests read the record the assistant writes through `DATABASE_URL`, so while the stack runs this process
uses the stack's database; afterwards the old value and fresh engines come back, whatever happened.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.services import Stack
from bot.settings import get_settings
from bot.storage import db


@contextmanager
def pointed_at(database_url: str) -> Iterator[str]:
    """This process reads and writes `database_url` while the block runs; the old value and fresh engines after."""
    old = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = database_url
    get_settings.cache_clear()
    db.reset_engines()
    try:
        yield database_url
    finally:
        if old is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = old
        get_settings.cache_clear()
        db.reset_engines()


@contextmanager
def serving(stack: Stack, model: Path, database_url: str) -> Iterator[Stack]:
    """Start `stack` on `model`, wait until every part answers, and stop it all at the end."""
    stack.start(model)
    try:
        stack.wait_ready()
        with pointed_at(database_url):
            yield stack
    finally:
        stack.stop()
