"""The real assistant (Rasa, action server, web app) for the web chat's end-to-end tests, per module.

Like tests/e2e/conftest.py's `assistant`, but module-scoped: each chat test file starts its own
stack and stops it when the file is done, so a whole-suite run never holds several Rasa servers at
once. Import the fixture into a test module: `from tests.web.chat_stack import assistant`.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot import services
from bot.settings import get_settings
from bot.storage import db
from tests.support.postgres import free_port
from tests.support.stacks import serving


@dataclass
class ChatStack:
    stack: services.Stack
    database_url: str


@pytest.fixture(scope="module")
def assistant() -> Iterator[ChatStack]:
    assert services.train(quiet=True) == 0, "rasa train failed"  # only when the training data changed
    model = services.latest_model()
    assert model is not None
    workdir = Path(tempfile.mkdtemp(prefix="wm-chat-"))
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(url)
    env = {"DATABASE_URL": url, "PUBLIC_BASE_URL": "http://127.0.0.1:8080"}
    stack = services.make_stack(free_port(), free_port(), env, log_dir=workdir / "logs", web_port=free_port())
    try:
        with serving(stack, model, url):  # the repository functions the tests call read its database
            get_settings.cache_clear()
            yield ChatStack(stack, url)
    finally:
        get_settings.cache_clear()
