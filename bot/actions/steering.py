"""The Rasa adapters for language, help, stop, start again, off-topic, the catch-all and the end.

What each one says and keeps is decided by bot.conversation.steering.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.base import Events, Talk, WhatMattersAction, slot_events
from bot.conversation import steering


class ActionSetLanguage(WhatMattersAction):
    """The person chose (or switched) language: say so in that language."""

    def name(self) -> str:
        return "action_set_language"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        kept = steering.language_as_answer(talk, talk.entity_values("language"))
        if kept is not None:  # "Cymraeg" as the answer to the communication question
            return slot_events(kept)
        return slot_events(steering.switch_language(talk, talk.entity_values("language")))


class ActionHelp(WhatMattersAction):
    def name(self) -> str:
        return "action_help"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk.say("help")
        return []


class ActionRedirect(WhatMattersAction):
    """A short, kind redirect for anything off-topic (unless it answers the question asked)."""

    def name(self) -> str:
        return "action_redirect"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        again = steering.reconsider(talk)
        if again is not None:  # "sorry I've changed my mind" after saying no: the consent question again
            return asked_again(again)
        carried = steering.carry_on_after_welcome(talk)
        if carried is not None:  # read as off-topic after "carry on or start again?": it carries on all the same
            return asked_again(carried)
        kept = steering.off_topic_answer(talk)
        if kept is not None:  # "Dad. Gwilym ydi enw fo" answers "what name shall I use?"
            return slot_events(kept)
        talk.say("redirect")
        return []


class ActionStop(WhatMattersAction):
    """Stop now; everything so far is kept and they can come back any time."""

    def name(self) -> str:
        return "action_stop"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        kept = steering.stop(talk)
        return [*slot_events(kept), ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused", True)]


class ActionStartAgain(WhatMattersAction):
    """Clear the answers and begin the questions again (the language stays)."""

    def name(self) -> str:
        return "action_start_again"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        if steering.ask_before_starting_again(talk):
            return []  # asked first (trial 37 AP9); the form goes on, the question waiting for their choice
        cleared = steering.start_again(talk)
        if cleared is None:
            return []  # already sent to the practitioner: the form ends at once and says so
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused", False), *slot_events(cleared)]


class ActionRoute(WhatMattersAction):
    """Where no rule applies: the first message, a reply to the Active Offer, a return, or after the end."""

    def name(self) -> str:
        return "action_route"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        again = steering.reconsider(talk)
        if again is not None:  # "sori, dwi wedi newid fy meddwl" after saying no: the consent question again
            return asked_again(again)
        offers = offers_made(talk.tracker)
        language = steering.language_of_reply(talk, offers)
        if language is not None:  # "ia" after the Active Offer: carry on in Welsh, asking for consent
            return [SlotSet("language", language), SlotSet("paused", False), FollowupAction("what_matters_form")]
        carried = steering.carry_on_after_welcome(talk)
        if carried is not None:  # "ya", or the answer, after "carry on or start again?": never asked twice
            return asked_again(carried)
        if steering.carry_on_now(talk):  # "can we carry on?" after a break: the questions at once, no buttons
            return [SlotSet("paused", False), FollowupAction("what_matters_form")]
        return [SlotSet("paused", True)] if steering.route(talk, offers) else []


def asked_again(updates: dict[str, Any]) -> list[dict[str, Any]]:
    """The form back on, to ask what `updates` cleared (the consent question after a change of mind), or the question
    waiting (after the welcome-back choice)."""
    return [*slot_events(updates), SlotSet("paused", False), FollowupAction("what_matters_form")]


def offers_made(tracker: Tracker) -> int:
    """How often the languages were offered so far: before any choice, every action_route made the offer."""
    if tracker.get_slot("language"):
        return 0
    return sum(1 for e in tracker.events if e.get("event") == "action" and e.get("name") == "action_route")


class ActionFinish(WhatMattersAction):
    """The form is done: either consent was declined, or the person confirmed the read-back."""

    def name(self) -> str:
        return "action_finish"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        steering.finish(talk)
        return [SlotSet("paused", False)]


class ActionSessionStart(Action):
    """A new session (e.g. coming back days later) keeps the language and the answers so far.

    It reads no message (a session starts before one), so it needs no risk check.
    """

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        events: list[dict[str, Any]] = [SessionStarted()]
        for key, value in tracker.slots.items():
            if value is not None and key != "requested_slot":
                events.append(SlotSet(key, value))
        events.append(ActionExecuted("action_listen"))
        return events
