"""pytest fixtures for the local servers. Use from a conftest.py:

    from tests.servers.fixtures import smtp_server, webhook_server  # noqa: F401
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.smtp import LocalSMTPServer
from tests.servers.webhook import LocalWebhookServer


@pytest.fixture
def smtp_server() -> Iterator[LocalSMTPServer]:
    """A started LocalSMTPServer on 127.0.0.1 and a random port; stopped after the test."""
    server = LocalSMTPServer(host="127.0.0.1", port=0).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def webhook_server() -> Iterator[LocalWebhookServer]:
    """A started LocalWebhookServer answering 200 (script failures with .set_statuses)."""
    server = LocalWebhookServer(host="127.0.0.1", port=0).start()
    try:
        yield server
    finally:
        server.stop()
