"""Rasa's REST protocol without its two hazards: logging what people typed, and losing it on a hang-up.

Rasa 3.6's own RestInput logs the whole message text at ERROR when handling is cancelled (a
timeout, the caller hanging up) or fails, and a caller who hangs up cancels the handling itself,
so a disclosure sent from a flaky phone connection could leave its words in the log and no flag,
no alert and no record. Here the handling runs as its own task, shielded from the request: a
hang-up ends only the wait for the reply, never the work, and failures are logged by kind only.

`QuietRestInput` serves the terminal client and the tests on /webhooks/rest/webhook (it replaces
Rasa's `rest` channel in credentials.yml); the web chat's channel (channels/webchat.py) is the
same thing under its own name.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import resilience

from bot.metrics import turn_timer

logger = logging.getLogger(__name__)

#: Handlings still running after their caller left, held so they are not garbage-collected mid-way.
_STILL_HANDLING: set[asyncio.Task[Any]] = set()


class QuietRestInput(RestInput):
    """{"sender", "message"} in, the collected replies out; the words are never logged."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        channel = self.name()
        webhook = Blueprint(f"{channel}_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # Sanic raises its own error type for a body that is not JSON
                body = None
            body = body if isinstance(body, dict) else {}
            sender_id, text = body.get("sender"), body.get("message")
            if not isinstance(sender_id, str) or not sender_id or not isinstance(text, str):
                return response.json({"error": "sender and message (strings) are needed"}, status=400)
            # Held messages first, a failed action server put back and apologised for (channels/resilience.py).
            task = asyncio.ensure_future(resilience.handle(
                getattr(request.app.ctx, "agent", None), on_new_message, sender_id, text, channel))
            _STILL_HANDLING.add(task)
            task.add_done_callback(_finished)
            task.add_done_callback(turn_timer(channel))  # the turn's latency, whether or not the caller waits
            try:
                await asyncio.wait({asyncio.shield(task)})  # a failure is logged, by kind, in _finished
            except asyncio.CancelledError:
                logger.warning("%s: the caller left before the reply; the message is still being handled", channel)
                raise
            return response.json(task.result())

        return webhook


def _finished(task: asyncio.Task[Any]) -> None:
    """Every handling ends here, whether or not its caller waited: failures are logged by kind only."""
    _STILL_HANDLING.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        logger.error("handling a message failed (%s)", type(error).__name__)
