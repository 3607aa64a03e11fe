"""The Rasa form adapter: `what_matters_form`'s validation and its ask actions.

Which question comes next, how it is asked and how an answer is kept are decided
by the conversation core (bot.conversation.answers, about_you, readback); this
module only gives Rasa the names it looks for.
"""
from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.base import Events, Talk, check_risk, guarded, know_speaker, slot_events
from bot.conversation import about_you, answers, pause, readback
from bot.conversation.questions import asked_slots, question_slots, why_slots

ASKED_SLOTS = asked_slots()

Validator = Callable[..., Awaitable[dict[str, Any]]]


def only_when_asked(slot: str, take: Callable[[Talk, Any], dict[str, Any]]) -> Validator:
    """Rasa's `validate_<slot>`, checking an answer only when it answers the question just asked.

    When the form starts again (after a break or a language switch), Rasa
    re-validates every slot already filled; those answers were checked and
    stored when they were given, so they must not be stored twice.
    """

    async def validate(self: ValidateWhatMattersForm, value: Any, dispatcher: CollectingDispatcher,
                       tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != slot:
            return {slot: value}
        talk = Talk(tracker, dispatcher)
        held = pause.take_reply(talk, slot)  # while "are you safe?" waits, the message answers it
        return held if held is not None else take(talk, value)

    validate.__name__ = f"validate_{slot}"
    validate.__doc__ = f"Check and keep the answer to {slot}."
    return validate


class ValidateWhatMattersForm(FormValidationAction):
    """Decides the next question and checks each answer before it is kept."""

    def name(self) -> str:
        return "validate_what_matters_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return answers.required_slots(tracker.get_slot)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        talk = Talk(tracker, dispatcher)
        # Who is talking may already be on the record (an invitation): filled before the next
        # question is chosen, so "who are you?" is never asked of them.
        known = await know_speaker(self.name(), talk)
        tracker.add_slots(known)
        urgent = await guarded(self.name() + " (risk check)", talk, check_risk(talk, self.name()), apologise=False)
        # An answer that could not be kept is not taken: the same question stays, to be answered again.
        asked = tracker.get_slot("requested_slot")
        if talk.urgent_answered:  # the urgent reply the dialogue did not route: the question waits (pause)
            if not asked:
                return known + urgent
            waits = [SlotSet("requested_slot", asked)]
            return known + urgent + await guarded(self.name() + " (next question)", talk,
                                                  _after_urgent(talk, tracker, urgent, asked), apologise=False,
                                                  instead=lambda: waits)
        if asked and talk.latest_intent == "continue_conversation":
            # "Carry on" fills no slot, so Rasa would reject the form (and the catch-all would say
            # "welcome back"); while "are you safe?" waits it is the answer to it, taken here.
            held = await guarded(self.name() + " (safe check)", talk, _safe_check_reply(talk, asked))
            if held:  # the question still open is asked next (Rasa's own order would ignore who is talking)
                return known + held + _next_question(tracker, held, asked)
            if asked in about_you.ALWAYS_AN_ANSWER:
                # "carry on" / "parhau" typed at the consent question (or as a name) is the answer, read
                # by the core ("carry on" at consent is a yes to going on), never a command re-asking it.
                taken = await guarded(self.name() + " (start answer)", talk, _start_answer(talk, asked))
                if taken:
                    return known + taken
        return known + await guarded(self.name(), talk, super().run(dispatcher, tracker, domain),
                                     sorry="answer_not_kept", instead=lambda: [SlotSet(asked, None)] if asked else [])


def _next_question(tracker: Tracker, events: list[dict[str, Any]], asked: str) -> list[dict[str, Any]]:
    """The question to ask after a reply to the safe check: the one asked, unless the disclosure answered it (trial
    U9: then the next one still open, in the form's own order)."""
    now = {e["name"]: e.get("value") for e in events if e.get("event") == "slot"}

    def value(name: str) -> Any:
        return now[name] if name in now else tracker.get_slot(name)

    if value(asked) is None:
        return [SlotSet("requested_slot", asked)]
    following = next((slot for slot in answers.required_slots(value) if value(slot) is None), None)
    return [SlotSet("requested_slot", following)] if following else []


async def _after_urgent(talk: Talk, tracker: Tracker, events: list[dict[str, Any]], asked: str) -> list[dict[str, Any]]:
    """The question to ask after the urgent reply the dialogue did not route: while "are you safe?" waits, the one
    asked (it waits with the pause); once a message added to the alert after they carried on was taken as the answer
    (bot.conversation.safety.added_to_the_alert), the next one, as after any answer. Re-trial 32 AF4: "Pnawn dydd
    Sadwrn... Ond dim pan ma Darren 'na" got its acknowledgements and then the same question again."""
    if pause.waiting(talk)[0] is not None:
        return [SlotSet("requested_slot", asked)]
    return _next_question(tracker, events, asked)


async def _safe_check_reply(talk: Talk, asked: str) -> list[dict[str, Any]]:
    held = pause.take_reply(talk, asked)
    return slot_events(held) if held is not None else []


async def _start_answer(talk: Talk, asked: str) -> list[dict[str, Any]]:
    return slot_events(about_you.TAKE[asked](talk, talk.latest_text))


def _validators() -> dict[str, Callable[[Talk, Any], dict[str, Any]]]:
    takers: dict[str, Callable[[Talk, Any], dict[str, Any]]] = dict(about_you.TAKE)
    for slot in question_slots() + why_slots():
        takers[slot] = functools.partial(_take_answer, slot)
    takers.update({
        "readback": readback.validate_choice,
        "readback_item": readback.validate_item,
        "readback_action": readback.validate_action,
        "readback_text": readback.validate_text,
    })
    return takers


def _take_answer(slot: str, talk: Talk, value: Any) -> dict[str, Any]:
    return answers.take_answer(talk, slot, value)


for _slot, _take in _validators().items():
    setattr(ValidateWhatMattersForm, f"validate_{_slot}", only_when_asked(_slot, _take))


class AskQuestion(Action, ABC):
    """Asks one slot's question in the person's language, register and role.

    One class serves every question; a subclass per slot only gives Rasa the
    `action_ask_<slot>` name it looks for.
    """

    @property
    @abstractmethod
    def slot(self) -> str:
        """The slot this subclass asks for."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        talk = Talk(tracker, dispatcher)
        return await guarded(self.name(), talk, self._ask(talk))

    async def _ask(self, talk: Talk) -> list[dict[str, Any]]:
        answers.ask(talk, self.slot)
        return []


# Kept in a dict: rasa_sdk finds actions through __subclasses__(), which holds them only weakly.
ASK_ACTIONS = {
    _slot: type(f"Ask_{_slot}", (AskQuestion,), {"slot": _slot, "__doc__": f"Asks {_slot}."})
    for _slot in ASKED_SLOTS
}
