"""The web chat's way into Rasa: the quiet REST channel (channels/rest.py) under its own name.

The web app (bot/web/chat.py) is the only caller of this channel, on loopback; it sends what the
REST channel takes ({"sender", "message"}) to /webhooks/webchat/webhook, and records arrive with
channel "webchat". Like the quiet REST channel it never logs the words, and a caller who hangs up
does not stop the message being handled.
"""
from __future__ import annotations

from channels.rest import QuietRestInput

CHANNEL = "webchat"


class WebChatInput(QuietRestInput):
    """A quiet REST channel named "webchat": the same size and per-sender limits, no count by address
    (every call comes from the web app, which limits each browser's own address itself)."""

    count_addresses = False

    @classmethod
    def name(cls) -> str:
        return CHANNEL
