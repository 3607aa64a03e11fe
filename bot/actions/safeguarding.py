"""The Rasa adapter for the urgent reply (bot.conversation.safety decides what is said and kept)."""
from __future__ import annotations

from typing import Any

from bot.actions.base import Talk, WhatMattersAction, slot_events
from bot.conversation.safety import respond_to_urgent


class ActionSafeguarding(WhatMattersAction):
    """The urgent reply, in the person's language and suited to their age, then the pause (bot.conversation.pause)."""

    # The help is given first; keeping the flag and alerting follow (see WhatMattersAction.run),
    # so a database that is down can never hold back the reply.
    reply_before_recording = True

    def name(self) -> str:
        return "action_safeguarding"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        return slot_events(respond_to_urgent(talk, talk.question_waiting))
