"""The real assistant: trained model, Rasa server and action server, on loopback ports."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot import services
from bot.storage import db
from tests.servers.smtp import LocalSMTPServer
from tests.servers.webhook import LocalWebhookServer
from tests.support.postgres import free_port
from tests.support.rest import RestUser
from tests.support.stacks import serving


@dataclass
class Assistant:
    stack: services.Stack
    database_url: str
    smtp: LocalSMTPServer
    webhook: LocalWebhookServer

    def user(self, sender: str) -> RestUser:
        return RestUser(self.stack.rasa_url, sender)


@pytest.fixture(scope="session")
def assistant(trained_model: Path) -> Iterator[Assistant]:
    workdir = Path(tempfile.mkdtemp(prefix="wm-e2e-"))
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(url)
    smtp = LocalSMTPServer()
    smtp.start()
    webhook = LocalWebhookServer()
    webhook.start()
    env = {
        "DATABASE_URL": url,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "ALERT_EMAIL_FROM": "beth-syn-bwysig@localhost",
        "DUTY_EMAIL_TO": "duty-team@localhost",
        "TEAM_NOTIFY_EMAIL_TO": "adult-services@localhost",
        "DUTY_WEBHOOK_URL": webhook.url,
        "DUTY_WEBHOOK_SECRET": "test-secret",
        "PUBLIC_BASE_URL": "http://127.0.0.1:8080",
    }
    stack = services.make_stack(free_port(), free_port(), env, log_dir=workdir / "logs", web_port=free_port())
    try:
        with serving(stack, trained_model, url):
            yield Assistant(stack, url, smtp, webhook)
    finally:
        smtp.stop()
        webhook.stop()
