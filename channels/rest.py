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
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import messages
from bot.metrics import turn_timer
from bot.settings import get_settings
from channels import resilience
from channels.limits import (
    SAID_FOR,
    Refused,
    SlidingWindow,
    check_message,
    check_sender,
    declared_too_large,
    parse_object,
    read_capped,
)

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

        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            arrived_at = time.time()  # before the body is read and before any queue (AX17, resilience.arrival)
            try:
                sender_id, text = await self.admit(request)
            except Refused as refused:
                logger.info("%s: a message was refused at the door (%s)", channel, refused.kind)
                return refusal(refused)
            # Held messages first, a failed action server put back and apologised for (channels/resilience.py).
            task = asyncio.ensure_future(resilience.handle(
                getattr(request.app.ctx, "agent", None), on_new_message, sender_id, text, channel, arrived_at))
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

    # -- the door ----------------------------------------------------------------------------------

    #: Whether callers are also counted by client address. The web chat's channel says no: its only
    #: caller is the web app, which counts each browser's own address itself (bot/web/chat.py).
    count_addresses = True
    #: (per sender, per address, largest body), from the settings on first use (Rasa builds the channel).
    _limits: tuple[SlidingWindow, SlidingWindow, int] | None = None

    def _windows(self) -> tuple[SlidingWindow, SlidingWindow, int]:
        if self._limits is None:
            settings = get_settings()
            self._limits = (SlidingWindow(settings.sender_messages_per_minute),
                            SlidingWindow(settings.address_messages_per_minute), settings.message_max_bytes)
        return self._limits

    async def admit(self, request: Request) -> tuple[str, str]:
        """(sender, text) from a request that passed every check, or Refused.

        Order matters: the address is counted and the declared size checked before a byte of the
        body is read; the body is read only up to the limit, parsed only then, and the sender
        counted only once it is known.
        """
        per_sender, per_address, max_bytes = self._windows()
        if self.count_addresses and not per_address.allow(request.remote_addr or request.ip or "?"):
            raise Refused("slow_down")
        if declared_too_large(request.headers.get("content-length"), max_bytes):
            raise Refused("too_large")
        body = parse_object(await read_capped(request.stream, max_bytes) if request.stream is not None else b"")
        sender_id, text = check_sender(body.get("sender")), check_message(body.get("message"))
        if not per_sender.allow(sender_id):
            raise Refused("slow_down")
        return sender_id, text


def refusal(refused: Refused) -> HTTPResponse:
    """A short JSON reply the terminal client and the web chat can show: what happened, in Welsh
    then English (the person's language is not known before their message is read)."""
    headers = {"Retry-After": "60"} if refused.kind == "slow_down" else None
    return response.json({"error": refused.kind, "message": messages.text(SAID_FOR[refused.kind], None)},
                         status=refused.status, headers=headers, ensure_ascii=False)


def _finished(task: asyncio.Task[Any]) -> None:
    """Every handling ends here, whether or not its caller waited: failures are logged by kind only."""
    _STILL_HANDLING.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        logger.error("handling a message failed (%s)", type(error).__name__)
