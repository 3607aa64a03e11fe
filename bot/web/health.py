"""Readiness and metrics of the web app: the `health` blueprint (/ready, /metrics; /health is the app's own).

/ready is 200 when the database answers, else 503 naming it. /metrics is this process's figures
and the record's, counted from the database at each scrape (bot.metrics.RecordCollector): every
web app gives the same record figures, whichever Rasa server people talked to. Neither needs a
session: they hold no personal data; METRICS_TOKEN, when set, guards /metrics (bot.health).
"""
from __future__ import annotations

from prometheus_client import CollectorRegistry
from sanic import Blueprint
from sanic.request import Request

from bot.health import Check, add_ops_routes, database_ready
from bot.metrics import exposition, record_registry
from bot.web.guards import database, settings_of

bp = Blueprint("health")


def _checks(request: Request) -> list[Check]:
    url = database(request)
    return [Check("database", lambda: database_ready(url))]


def _record(request: Request) -> CollectorRegistry:
    """This app's registry of the record's figures, made on the first scrape."""
    registry: CollectorRegistry | None = getattr(request.app.ctx, "record_metrics", None)
    if registry is None:
        registry = request.app.ctx.record_metrics = record_registry(database(request))
    return registry


def _metrics(request: Request) -> tuple[bytes, str]:
    return exposition(_record(request))


def _token(request: Request) -> str | None:
    return settings_of(request).metrics_token


add_ops_routes(bp, _checks, _metrics, _token, name_prefix="web", health=False)
