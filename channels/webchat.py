"""The web chat's way into Rasa: Rasa's REST channel, without its habit of logging what people typed.

Rasa's own RestInput logs the whole message text at ERROR when handling is cancelled (a timeout,
the caller hanging up) or fails. The web app (bot/web/chat.py) is the only caller of this
channel, on loopback; it sends what the REST channel takes ({"sender", "message"}) to
/webhooks/webchat/webhook, and records arrive with channel "webchat". Failures are logged by kind
only, never with the words.
"""
from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

CHANNEL = "webchat"


class WebChatInput(RestInput):
    """A REST channel named "webchat" that never logs message text."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("webchat_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json if isinstance(request.json, dict) else {}
            sender_id, text = body.get("sender"), body.get("message")
            if not isinstance(sender_id, str) or not isinstance(text, str):
                return response.json({"error": "sender and message are needed"}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender_id, input_channel=CHANNEL))
            except CancelledError:
                logger.error("webchat: handling a message was cancelled (timeout or the caller left)")
            except Exception as exc:
                logger.error("webchat: handling a message failed (%s)", type(exc).__name__)
            return response.json(collector.messages)

        return webhook
