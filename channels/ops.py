"""Health, readiness and metrics of a Rasa server, served as a channel: /webhooks/ops/{health,ready,metrics}.

Rasa has no readiness of its own that a load balancer can use without its API token, and no
metrics. A channel is the supported way to add routes to Rasa's server, so this one passes no
messages: it answers
- /webhooks/ops/health: the process is alive;
- /webhooks/ops/ready: 200 when Rasa has a model, the action server answers its /health and the
  database (the tracker store's, DATABASE_URL) answers; else 503 naming the failing parts;
- /webhooks/ops/metrics: this Rasa server's own figures (turn latency at its doors, bot.metrics;
  process memory and CPU), guarded by METRICS_TOKEN when set. The record's figures come from the
  web app, counted from the database, so they agree whichever Rasa server is scraped.
Nothing here names a person or an address.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint
from sanic.request import Request

from bot.health import Check, add_ops_routes, database_ready, http_answers
from bot.metrics import exposition
from bot.settings import get_settings

CHANNEL = "ops"


def action_server_health(action_url: str | None) -> str | None:
    """The action server's /health beside its /webhook (the action endpoint Rasa was given)."""
    if not action_url:
        return None
    parts = urlsplit(action_url)
    return urlunsplit((parts.scheme, parts.netloc, "/health", "", ""))


def _checks(request: Request) -> list[Check]:
    agent = getattr(request.app.ctx, "agent", None)
    endpoint = getattr(agent, "action_endpoint", None)
    health_url = action_server_health(getattr(endpoint, "url", None))
    database = get_settings().database
    return [
        Check("model", lambda: agent is not None and bool(agent.is_ready())),
        Check("action_server", lambda: health_url is not None and http_answers(health_url)),
        Check("database", lambda: database_ready(database)),
    ]


class OpsInput(InputChannel):
    """No messages: the Rasa server's own health, readiness and metrics (credentials.yml: `channels.ops.OpsInput:`)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        ops = Blueprint(f"{CHANNEL}_webhook", __name__)
        add_ops_routes(ops, _checks, lambda request: exposition(), lambda request: get_settings().metrics_token,
                       name_prefix=CHANNEL)
        return ops
