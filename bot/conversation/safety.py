"""Safeguarding in the conversation: notice, keep the words, reply at once, alert the duty team.

Every turn is checked (`note_risk`), so no message on any path is missed; an urgent
one gets the reply `urgent_reply` composes, in the person's language and suited to
their age, and the questions carry on.
"""
from __future__ import annotations

from bot.analysis import detect_language
from bot.analysis.controls import is_button_payload
from bot.analysis.risk import assess_risk
from bot.analysis.types import RiskAssessment
from bot.conversation.answers import store_answer
from bot.conversation.turn import Turn
from bot.messages import Rendered
from bot.safeguarding.duty import deliver_soon
from bot.safeguarding.helplines import format_helplines, helplines_for
from bot.storage import repository

#: Before a language is chosen, an urgent reply follows the message's language only when this sure.
REPLY_LANGUAGE_CONFIDENCE = 0.8


def note_risk(turn: Turn) -> RiskAssessment:
    """Check the latest message for risk and keep any flag, verbatim; alert on urgent.

    Recording is idempotent per message.
    """
    text = turn.latest_text
    if not text or is_button_payload(text):
        return RiskAssessment("none")
    assessment = assess_risk(text)
    if assessment.level == "none":
        return assessment
    reference = turn.ensure_record()
    guess = detect_language(text)
    flag_id = repository.record_risk(
        turn.sender_id,
        message_id=turn.message_id,
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


def reply_language(turn: Turn, text: str) -> str | None:
    """The person's language, or the message's when none is chosen yet (None: both, Welsh first)."""
    if turn.language:
        return turn.language
    guess = detect_language(text)
    return guess.language if guess.language in ("cy", "en") and guess.confidence >= REPLY_LANGUAGE_CONFIDENCE else None


def _languages(language: str | None) -> list[str]:
    return [language] if language else ["cy", "en"]


def urgent_reply(turn: Turn, text: str, language: str | None) -> list[Rendered]:
    """The urgent reply: thanks, what happens next, and the helplines that fit, in each language needed."""
    assessment = assess_risk(text)
    young = turn.register == "ti" or turn.role == "young_person"
    lines = helplines_for(list(assessment.categories), young_person=young, language=language)
    if turn.role is None and not young:
        # Nobody has said who they are yet (e.g. a first message): a child may be writing.
        extra = helplines_for(list(assessment.categories), young_person=True, language=language)
        lines += [h for h in extra if h not in lines]
    return [
        turn.render_in(lang, "urgent", helplines=format_helplines(lines, lang, turn.register))
        for lang in _languages(language)
    ]


def respond_to_urgent(turn: Turn, asked: str | None) -> dict[str, str]:
    """Reply to an urgent message at once, then carry on gently. Returns slot updates.

    `asked` is the question the person was answering, if any: their words are kept as
    its answer, so nothing is lost.
    """
    text = turn.latest_text
    language = reply_language(turn, text)
    for message in urgent_reply(turn, text, language):
        turn.send(message)
    if asked and asked.startswith(("q_", "why_")):
        store_answer(turn, asked, text)
        for lang in _languages(language):
            turn.say_text(turn.render_in(lang, "urgent_carry_on").text)
        return {asked: text}
    if turn.language is None:
        # Before any language was chosen: carry on with the Active Offer, so nothing ends here.
        turn.say("active_offer")
    return {}
