"""One structured record of a conversation, from which every format is rendered.

Words are quoted verbatim from storage; anything derived (draft type,
confidence, language) is labelled as such, so fact and inference stay apart.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, object_session

from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import Conversation


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


def _key(conv: Conversation) -> str:
    session = object_session(conv)
    if isinstance(session, Session):  # built inside the caller's unit of work: use it
        return repository.conversation_key(session, conv.sender_id)
    with session_scope() as s:
        return repository.conversation_key(s, conv.sender_id)


def build_record(conv: Conversation) -> dict[str, Any]:
    """The whole record of one conversation as plain data (the JSON export's shape).

    It never holds the channel's sender id (the chat's only credential): `conversation_key` is a
    keyed hash of it, the same in every export of one conversation.
    """
    outcomes = repository.active_outcomes(conv)
    answers = [a for a in conv.answers if not a.removed]
    flags = sorted(conv.risk_flags, key=lambda f: (f.level != "urgent", f.created_at))
    return {
        "conversation_key": _key(conv),
        "reference": conv.reference,
        # The council's own case reference when the person came through an invitation link; a link
        # that could not be used (expired, used, revoked) is flagged so the team can match it by hand.
        "case_reference": conv.case_reference,
        "unmatched_invitation": bool(conv.unmatched_invitation),
        "channel": conv.channel,
        "team": conv.team,
        "status": conv.status,
        "review_status": conv.review_status,
        "language": conv.language,
        "preferred_language": conv.preferred_language,
        "active_offer_applies": conv.preferred_language == "cy",
        "completed_by": conv.completed_by,
        "name": conv.display_name,
        "cared_for_name": conv.cared_for_name,
        "relationship": conv.relationship_to_person,
        "consent": conv.consent,
        "consent_at": _iso(conv.consent_at),
        "urgent": bool(conv.urgent),
        "started_at": _iso(conv.started_at),
        "confirmed_at": _iso(conv.confirmed_at),
        "risk_flags": [
            {
                "id": f.id,
                "level": f.level,
                "categories": [c for c in (f.categories or "").split(",") if c],
                "text": f.text,
                "language": f.language,
                "time": _iso(f.created_at),
                "alert_status": f.alert_status,
            }
            for f in flags
        ],
        # What arrived that the assistant could not read (a voice note, a sticker, a photo...): its kind
        # and when only, never its content, so the practitioner can ask about it at the visit.
        "unreadable": [{"kind": u.kind, "time": _iso(u.created_at)} for u in conv.unreadable],
        "answers": [
            {
                "id": a.id,
                "question_key": a.question_key,
                "question": a.question_text,
                "text": a.text,
                "language": a.language,
                "language_confidence": a.language_confidence,
                "language_method": a.language_method,
                "whose_view": a.whose_view,
                "about": a.about,
                "time": _iso(a.created_at),
            }
            for a in answers
        ],
        "outcomes": [
            {
                "id": o.id,
                "answer_id": o.answer_id,
                "text": o.text,
                "type": o.type,
                "confidence": round(o.confidence, 4),
                "to_confirm": bool(o.unsure),
                "type_set_by": o.type_set_by,
                "whose_view": o.whose_view,
                "about": o.about,
            }
            for o in outcomes
        ],
    }


def load_record(sender_id: str) -> dict[str, Any] | None:
    """The record for a Rasa sender id (or a public reference), or None."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id) or repository.get_conversation_by_reference(s, sender_id)
        if conv is None:
            return None
        return build_record(conv)
