"""The guided questions: which to ask next, how to ask them, and keeping every answer verbatim.

One Rasa form (`what_matters_form`) holds the whole conversation after the
language choice. Which questions it asks depends on who is talking (a carer
is asked about the person they care for, then about themselves) and on the
answers (a service named without a reason gets one gentle "why").
"""
from __future__ import annotations

import functools
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import readback
from bot.actions.base import NOTHING, SENTINELS, SKIPPED, Talk, guarded, note_risk_events
from bot.analysis import analyse, detect_language, is_service_led
from bot.analysis.controls import normalise, yes_or_no
from bot.storage import repository
from bot.storage.repository import RecordError

logger = logging.getLogger(__name__)

FORM = "what_matters_form"

# Questions about the person (asked of the person, a young person, or a carer about them).
PERSON_QUESTIONS = [
    "q_what_matters",
    "q_strengths",
    "q_keep",
    "q_change",
    "q_support",
    "q_worries",
    "q_people",
    "q_communication",
    "q_visit_time",
]
CARER_QUESTIONS = ["q_carer_own", "q_carer_support"]
LAST_QUESTIONS = ["q_anything_else"]
QUESTIONS = PERSON_QUESTIONS + CARER_QUESTIONS + LAST_QUESTIONS
# Answers that may hold personal outcomes; the others (strengths, worries...) are kept as answers only.
OUTCOME_QUESTIONS = {"q_what_matters", "q_keep", "q_change", "q_support", "q_carer_own", "q_carer_support", "q_anything_else"}
# Where a service named without a reason gets one gentle "why" (Principle 7).
WHY_AFTER = {q: "why_" + q[2:] for q in ("q_what_matters", "q_keep", "q_change", "q_support", "q_carer_own", "q_carer_support")}

ROLE_WORDS = {
    "carer": ("carer", "caring", "care for", "look after", "looking after", "on behalf", "gofal", "gofalu",
              "gofalwr", "my mum", "my dad", "my mam", "my wife", "my husband", "my son", "my daughter",
              "my nan", "my friend", "fy mam", "fy nhad", "fy ngŵr", "fy ngwr", "fy ngwraig", "fy merch",
              "fy mab", "fy nain", "fy ffrind", "family", "teulu"),
    "young_person": ("young", "ifanc", "teen", "school", "ysgol", "college", "coleg", "under 18", "under 25"),
    "person": ("me", "myself", "it's about me", "its about me", "fi", "fi fy hun", "amdana i", "mi", "i am", "person"),
}


def question_key(slot: str) -> str:
    """Storage key for a slot: q_change -> change, why_change -> why_change."""
    return slot[2:] if slot.startswith("q_") else slot


def about_whom(talk: Talk, slot: str) -> str:
    """Whether an answer is about the person cared for or the carer's own life."""
    if talk.role == "carer" and slot in ("q_carer_own", "q_carer_support", "why_carer_own", "why_carer_support"):
        return "carer"
    return "person"


def question_text(talk: Talk, slot: str) -> str:
    """The question exactly as it was put to the person, for the record."""
    key = "why" if slot.startswith("why_") else slot
    answer = talk.slot("q_" + slot[4:]) if slot.startswith("why_") else None
    return talk.render(key, answer=_short(answer)).text


def _short(text: str | None, limit: int = 80) -> str:
    if not text:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def store_answer(talk: Talk, slot: str, text: str, make_outcomes: bool | None = None) -> None:
    """Keep an answer exactly as typed, with its question, language and whose view it is."""
    key = question_key(slot)
    analysis = analyse(text, question=key)
    if make_outcomes is None:
        # A service named without a reason is not the person's outcome (Principle 1): its "why" is.
        make_outcomes = (slot in OUTCOME_QUESTIONS or slot.startswith("why_")) and not analysis.service_led
    talk.ensure_record()
    repository.record_answer(
        talk.sender_id,
        question_key=key,
        question_text=question_text(talk, slot),
        text=text,
        whose_view=talk.whose_view,
        about=about_whom(talk, slot),
        analysis=analysis,
        message_id=talk.message_id,
        make_outcomes=make_outcomes,
    )


def only_when_asked(validate: Callable[..., Awaitable[dict[str, Any]]]) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Check an answer only when it answers the question just asked.

    When the form starts again (after a break or a language switch), Rasa
    re-validates every slot already filled; those answers were checked and
    stored when they were given, so they must not be stored twice.
    """
    slot = validate.__name__[len("validate_"):]

    @functools.wraps(validate)
    async def wrapper(self: Any, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != slot:
            return {slot: value}
        return await validate(self, value, dispatcher, tracker, domain)

    return wrapper


_YOUNG_AGE = re.compile(r"\b(?:i'?m|i am|im|dw ?i'?n|dwi'?n|rwy'?n|wi'?n)\s*(?:1[0-9]|2[0-4])\b")


def role_from_text(text: str) -> str | None:
    if _YOUNG_AGE.search(normalise(text)):
        return "young_person"  # "I'm 15", "Dw i'n 14 oed": a young person, whatever else is said
    t = " " + normalise(text) + " "
    for role in ("carer", "young_person", "person"):
        if any((" " + w + " ") in t or t.strip() == w for w in ROLE_WORDS[role]):
            return role
    return None


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
        slots = ["consent_choice"]
        if tracker.get_slot("consent_choice") == "no":
            return slots
        slots += ["role", "name"]
        role = tracker.get_slot("role")
        if role == "carer":
            slots += ["cared_for_name", "relationship"]
        asked = PERSON_QUESTIONS + (CARER_QUESTIONS if role == "carer" else []) + LAST_QUESTIONS
        for q in asked:
            slots.append(q)
            why = WHY_AFTER.get(q)
            value = tracker.get_slot(q)
            if why and value and value not in SENTINELS and is_service_led(str(value)):
                slots.append(why)
        slots += readback.required_slots(tracker)
        return slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        talk = Talk(tracker, dispatcher)
        await guarded(self.name() + ":risk", talk, note_risk_events(talk))
        return await guarded(self.name(), talk, super().run(dispatcher, tracker, domain))

    # --- checks shared by every free-text slot -------------------------------------------------

    def _free_text(self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        intent = talk.latest_intent
        text = talk.latest_text
        if intent == "skip" or value == "/skip":
            talk.say("ack_skipped")
            return {slot: SKIPPED}
        if slot == "q_anything_else" and value == "nothing":
            return {slot: NOTHING}
        try:
            repository.clean_text(text)
        except RecordError as err:
            talk.say("input_" + str(err))
            return {slot: None}
        store_answer(talk, slot, text)  # first, so the question is recorded in the language it was asked in
        updates: dict[str, Any] = dict(self._follow_language(talk, text))
        if intent == "dont_know":
            talk.say("ack_dont_know")
        return {**updates, slot: text}

    def _follow_language(self, talk: Talk, text: str) -> dict[str, Any]:
        """Follow the person into the other language when they clearly write in it.

        A one-word or mixed reply ("ok", "Yes, diolch") never flips it: the
        analysis returns "und" or low confidence for those.
        """
        guess = detect_language(text)
        if (
            guess.language in ("cy", "en")
            and guess.language != talk.language
            and guess.confidence >= 0.9
            and len(text.split()) >= 3
        ):
            talk.set("language", guess.language)
            repository.update_conversation(talk.sender_id, language=guess.language)
            talk.say("language_followed")
            return {"language": guess.language}
        return {}

    # --- consent and who is talking ---------------------------------------------------------------

    @only_when_asked
    async def validate_consent_choice(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        if talk.language is None:
            return {"consent_choice": None}  # consent only once they have read it in their language
        answer = {"yes": True, "no": False}.get(str(value)) if value in ("yes", "no") else yes_or_no(str(value))
        if answer is None:
            talk.say("consent_unclear")
            return {"consent_choice": None}
        talk.ensure_record()
        repository.record_consent(talk.sender_id, answer)
        return {"consent_choice": "yes" if answer else "no"}

    @only_when_asked
    async def validate_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        role = value if value in ("person", "carer", "young_person") else role_from_text(str(value))
        if role is None:
            talk.say("role_unclear")
            return {"role": None}
        register = "ti" if role == "young_person" else "chi"
        repository.update_conversation(talk.sender_id, completed_by=role, register=register)
        return {"role": role, "completed_by": role, "register": register}

    @only_when_asked
    async def validate_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        if talk.latest_intent == "skip" or value == "/skip":
            return {"name": SKIPPED}
        try:
            text = repository.clean_text(talk.latest_text)
        except RecordError as err:
            talk.say("input_" + str(err))
            return {"name": None}
        repository.update_conversation(talk.sender_id, display_name=text)
        talk.set("name", text)
        talk.say("nice_to_meet")
        return {"name": text}

    @only_when_asked
    async def validate_cared_for_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        if talk.latest_intent == "skip" or value == "/skip":
            return {"cared_for_name": SKIPPED}
        try:
            text = repository.clean_text(talk.latest_text)
        except RecordError as err:
            talk.say("input_" + str(err))
            return {"cared_for_name": None}
        repository.update_conversation(talk.sender_id, cared_for_name=text)
        return {"cared_for_name": text}

    @only_when_asked
    async def validate_relationship(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        talk = Talk(tracker, dispatcher)
        if talk.latest_intent == "skip" or value == "/skip":
            talk.say("carer_intro")
            return {"relationship": SKIPPED}
        try:
            text = repository.clean_text(talk.latest_text)
        except RecordError as err:
            talk.say("input_" + str(err))
            return {"relationship": None}
        repository.update_conversation(talk.sender_id, relationship_to_person=text)
        talk.say("carer_intro")
        return {"relationship": text}

    # --- read-back ------------------------------------------------------------------------------

    @only_when_asked
    async def validate_readback(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return readback.validate_choice(Talk(tracker, dispatcher), value)

    @only_when_asked
    async def validate_readback_item(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return readback.validate_item(Talk(tracker, dispatcher), value)

    @only_when_asked
    async def validate_readback_action(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return readback.validate_action(Talk(tracker, dispatcher), value)

    @only_when_asked
    async def validate_readback_text(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return readback.validate_text(Talk(tracker, dispatcher), value)


def _make_free_text_validator(slot: str):  # type: ignore[no-untyped-def]
    async def validate(self: ValidateWhatMattersForm, value: Any, dispatcher: CollectingDispatcher,
                       tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        return self._free_text(slot, value, dispatcher, tracker)

    validate.__name__ = f"validate_{slot}"
    validate.__doc__ = f"Keep the answer to {slot} verbatim (or note a skip)."
    return only_when_asked(validate)


for _slot in QUESTIONS + list(WHY_AFTER.values()):
    setattr(ValidateWhatMattersForm, f"validate_{_slot}", _make_free_text_validator(_slot))


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

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[dict[str, Any]]:
        talk = Talk(tracker, dispatcher)
        return await guarded(self.name(), talk, self._ask(talk, tracker))

    async def _ask(self, talk: Talk, tracker: Tracker) -> list[dict[str, Any]]:
        if self.slot == "consent_choice" and talk.language is None:
            talk.say("active_offer")  # (after "start again" before any choice) the language comes first
        elif self.slot.startswith("why_"):
            talk.say("why", answer=_short(tracker.get_slot("q_" + self.slot[4:])))
        elif self.slot.startswith("readback"):
            readback.ask(talk, self.slot)
        else:
            talk.say(self.slot)
        return []


ASKED_SLOTS = ["consent_choice", "role", "name", "cared_for_name", "relationship"] + QUESTIONS + list(WHY_AFTER.values()) + readback.SLOTS
# Kept in a dict: rasa_sdk finds actions through __subclasses__(), which holds them only weakly.
ASK_ACTIONS = {
    _slot: type(f"Ask_{_slot}", (AskQuestion,), {"slot": _slot, "__doc__": f"Asks {_slot}."})
    for _slot in ASKED_SLOTS
}
