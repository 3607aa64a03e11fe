"""Language, help, stop, start again, off-topic and the catch-all: every path leads somewhere."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import Talk, WhatMattersAction
from bot.actions.questions import ASKED_SLOTS
from bot.analysis.controls import control_of
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.notify import notify_confirmed_in_background


def _language_from(talk: Talk) -> str | None:
    for entity in talk.tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "language" and entity.get("value") in ("cy", "en"):
            return str(entity["value"])
    control = control_of(talk.latest_text)
    if control and control[0] == "choose_language":
        return control[1]
    text = talk.latest_text.lower()
    if "cymraeg" in text or "welsh" in text or "gymraeg" in text:
        return "cy"
    if "english" in text or "saesneg" in text:
        return "en"
    return None


def _record_status(sender_id: str) -> str | None:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return conv.status if conv else None


def _declined_message(sender_id: str) -> str:
    """After a "no": "nothing kept" would be untrue once a disclosure was passed on."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return "declined_flag_kept" if conv is not None and conv.urgent else "declined"


class ActionSetLanguage(WhatMattersAction):
    """The person chose (or switched) language: say so in that language."""

    def name(self) -> str:
        return "action_set_language"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        language = _language_from(talk) or talk.language or "cy"
        first_choice = talk.language is None
        talk.set("language", language)
        talk.ensure_record()
        # A choice or an explicit switch is the person's stated preference.
        repository.update_conversation(talk.sender_id, language=language, preferred_language=language)
        talk.say("language_set" if first_choice else "language_switched")
        return [SlotSet("language", language)]


class ActionHelp(WhatMattersAction):
    def name(self) -> str:
        return "action_help"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk.say("help")
        return []


class ActionRedirect(WhatMattersAction):
    """A short, kind redirect for anything off-topic."""

    def name(self) -> str:
        return "action_redirect"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk.say("redirect")
        return []


class ActionStop(WhatMattersAction):
    """Stop now; everything so far is kept and they can come back any time."""

    def name(self) -> str:
        return "action_stop"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk.ensure_record()
        if _record_status(talk.sender_id) not in ("confirmed", "declined"):
            repository.update_conversation(talk.sender_id, status="stopped")
        talk.say("stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused", True)]


class ActionStartAgain(WhatMattersAction):
    """Clear the answers and begin the questions again (the language stays)."""

    def name(self) -> str:
        return "action_start_again"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk.ensure_record()
        if not repository.start_again(talk.sender_id):
            return []  # already sent to the practitioner: the form ends at once and says so
        keep_consent = talk.slot("consent_choice") == "yes"
        talk.say("restarted")
        events: list[dict[str, Any]] = [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused", False)]
        for slot in ASKED_SLOTS:
            if slot == "consent_choice" and keep_consent:
                continue
            events.append(SlotSet(slot, None))
        events += [SlotSet("completed_by", None), SlotSet("register", "chi")]
        return events


class ActionRoute(WhatMattersAction):
    """Where no rule applies: the first message, a return after a break, or after the end.

    Decided from the stored record, so it is right even days later.
    """

    def name(self) -> str:
        return "action_route"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        if talk.language is None:
            # Whatever the first message says, the Active Offer comes first (never assume English).
            talk.say("active_offer")
            return []
        status = _record_status(talk.sender_id)
        if status == "confirmed":
            talk.say("finished_already")
            return []
        if status == "declined":
            talk.say(_declined_message(talk.sender_id))
            return []
        talk.say("welcome_back")
        return [SlotSet("paused", True)]


class ActionFinish(WhatMattersAction):
    """The form is done: either consent was declined, or the person confirmed the read-back."""

    def name(self) -> str:
        return "action_finish"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        if talk.slot("consent_choice") == "no":
            talk.say(_declined_message(talk.sender_id))
            return [SlotSet("paused", False)]
        reference, newly = repository.confirm_record(talk.sender_id)
        if not newly:  # the form ended again (e.g. a language switch after sending): no second notice
            talk.say("finished_already")
            return [SlotSet("paused", False)]
        notify_confirmed_in_background(reference)  # the team hears by reference and link only; never raises
        talk.say("confirmed", reference=reference)
        if talk.language == "cy":
            talk.say("active_offer_applies")
        return [SlotSet("paused", False)]


class ActionSessionStart(WhatMattersAction):
    """A new session (e.g. coming back days later) keeps the language and the answers so far."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = [SessionStarted()]
        for key, value in tracker.slots.items():
            if value is not None and key != "requested_slot":
                events.append(SlotSet(key, value))
        events.append(ActionExecuted("action_listen"))
        return events

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        return await self.run(talk.dispatcher, talk.tracker, domain)
