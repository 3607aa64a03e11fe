"""Safeguarding in the conversation: notice, keep the words, reply at once, alert the duty team."""
from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet

from bot.actions.base import Talk, WhatMattersAction
from bot.analysis import detect_language
from bot.analysis.controls import is_button_payload
from bot.analysis.risk import assess_risk
from bot.analysis.types import RiskAssessment
from bot.messages import render
from bot.safeguarding.duty import deliver_soon
from bot.safeguarding.helplines import format_helplines, helplines_for
from bot.storage import repository


async def note_risk(talk: Talk) -> RiskAssessment:
    """Check the latest message for risk and keep any flag, verbatim; alert on urgent.

    Called by every action and by the form validation, so no message on any
    path is missed. Recording is idempotent per message.
    """
    text = talk.latest_text
    if not text or is_button_payload(text):
        return RiskAssessment("none")
    assessment = assess_risk(text)
    if assessment.level == "none":
        return assessment
    reference = talk.ensure_record()
    guess = detect_language(text)
    flag_id = repository.record_risk(
        talk.sender_id,
        message_id=talk.message_id,
        text=text,
        assessment=assessment,
        language=guess.language,
        alert_needed=assessment.level == "urgent",
    )
    if assessment.level == "urgent" and flag_id is not None:
        waiting = {row[0] for row in repository.flags_awaiting_alert()}
        if flag_id in waiting:
            deliver_soon(flag_id, reference, assessment.level)
    return assessment


def _reply_language(talk: Talk, text: str) -> str | None:
    if talk.language:
        return talk.language
    guess = detect_language(text)
    return guess.language if guess.language in ("cy", "en") and guess.confidence >= 0.8 else None


class ActionSafeguarding(WhatMattersAction):
    """The urgent reply, in the person's language and suited to their age, then carry on gently."""

    # The help is given first; keeping the flag and alerting follow (see WhatMattersAction.run),
    # so a database that is down can never hold back the reply.
    reply_before_recording = True

    def name(self) -> str:
        return "action_safeguarding"

    async def act(self, talk: Talk, domain: dict[str, Any]) -> list[dict[str, Any]]:
        text = talk.latest_text
        assessment = assess_risk(text)
        language = _reply_language(talk, text)
        young = talk.register == "ti" or talk.role == "young_person"
        lines = helplines_for(list(assessment.categories), young_person=young, language=language)
        if talk.role is None and not young:
            # Nobody has said who they are yet (e.g. a first message): a child may be writing.
            extra = helplines_for(list(assessment.categories), young_person=True, language=language)
            lines += [h for h in extra if h not in lines]
        for lang in ([language] if language else ["cy", "en"]):
            helplines = format_helplines(lines, lang, talk.register)
            rendered = render("urgent", lang, talk.register, talk.role, helplines=helplines)
            talk.dispatcher.utter_message(**rendered.as_dispatch())

        events: list[dict[str, Any]] = []
        requested = talk.slot("requested_slot")
        if talk.tracker.active_loop.get("name") and requested and requested.startswith(("q_", "why_")):
            # Keep their words as the answer to the question they were asked, so nothing is lost.
            from bot.actions.questions import store_answer

            store_answer(talk, requested, text)
            events.append(SlotSet(requested, text))
            for lang in ([language] if language else ["cy", "en"]):
                talk.dispatcher.utter_message(text=render("urgent_carry_on", lang, talk.register, talk.role).text)
        elif talk.language is None:
            # Before any language was chosen: carry on with the Active Offer, so nothing ends here.
            talk.say("active_offer")
        return events
