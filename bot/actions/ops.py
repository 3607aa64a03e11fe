"""Readiness and metrics of the action server: /ready, /metrics, and each action's time.

rasa_sdk serves /health itself. /ready is 200 when the database answers and the language,
sorting and risk models are loaded (bot.actions.server loads them before it listens), else 503
naming the part. Both /ready and /metrics are open without the action server's token (they are
in bot.actions.server.OPEN_PATHS) because they reveal nothing personal: part names and "ok", and
latency counts labelled only by our own actions' names; METRICS_TOKEN, when set, guards /metrics.
"""
from __future__ import annotations

import time

from rasa_sdk.executor import ActionExecutor
from sanic import Sanic
from sanic.request import Request
from sanic.response import BaseHTTPResponse

from bot.health import Check, add_ops_routes, database_ready
from bot.metrics import ACTION_SECONDS, exposition, label, outcome_of
from bot.settings import get_settings

#: The path Rasa posts each action to (rasa_sdk's).
WEBHOOK = "/webhook"


def models_loaded() -> bool:
    """Are the outcome, language and risk models in memory? (Never loads them: that is start-up's job.)"""
    from bot.analysis import outcomes, risk

    return (outcomes._model is not None and outcomes._type_reader is not None
            and risk.fitted_model.cache_info().currsize > 0)


def action_names(actions: str) -> frozenset[str]:
    """The names of the actions in the package: the only values the `action` label takes."""
    executor = ActionExecutor()
    executor.register_package(actions)
    return frozenset(executor.actions)


def add_ops(app: Sanic, actions: str) -> None:
    """Register /ready and /metrics, and time every action Rasa asks for (ACTION_SECONDS)."""
    settings = get_settings()
    known = action_names(actions)

    def checks(request: Request) -> list[Check]:
        return [Check("database", lambda: database_ready(settings.database)), Check("models", models_loaded)]

    add_ops_routes(app, checks, lambda request: exposition(), lambda request: settings.metrics_token,
                   name_prefix="actions", health=False)

    async def start_clock(request: Request) -> None:
        if request.path == WEBHOOK:
            request.ctx.action_started = time.perf_counter()

    async def stop_clock(request: Request, response: BaseHTTPResponse) -> None:
        started = getattr(request.ctx, "action_started", None)
        if started is None:
            return
        call = request.parsed_json  # as the handler read it, never parsed again here (unread: "other")
        name = call.get("next_action") if isinstance(call, dict) else None
        ACTION_SECONDS.labels(label(name, known), outcome_of(response.status)).observe(time.perf_counter() - started)

    app.register_middleware(start_clock, "request")
    app.register_middleware(stop_clock, "response")
