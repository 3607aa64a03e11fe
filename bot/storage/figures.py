"""Counts over the whole record for the Prometheus metrics (bot.metrics): read-only, and no words.

Kept apart from bot.storage.repository, which reads and writes one person's record: this module
only groups and counts, and what it returns holds stored codes (channel, language, status,
question key, flag level, alert state) and times, never a sender id, reference, name or answer.
Several Rasa servers share one database, so figures about the record are counted here, at scrape
time, and are the same whichever web app is scraped.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.storage.models import Answer, Conversation, RiskFlag

#: Statuses of a conversation that has not finished: still going, or the person said stop.
UNFINISHED_STATUSES = ("in_progress", "stopped")


@dataclass(frozen=True)
class ConversationCount:
    channel: str
    language: str | None
    status: str
    count: int


@dataclass(frozen=True)
class Unfinished:
    """One unfinished conversation: where it got to and when it last moved."""

    status: str
    last_question_key: str | None  # the storage key of its latest answer; None before any answer
    last_activity: datetime


@dataclass(frozen=True)
class FlagCount:
    level: str
    language: str | None
    alert_status: str
    count: int


@dataclass(frozen=True)
class RecordFigures:
    conversations: list[ConversationCount]
    unfinished: list[Unfinished]
    flags: list[FlagCount]


def record_figures(session: Session) -> RecordFigures:
    """Every conversation and risk flag counted by their codes, and the unfinished conversations."""
    conversations = [
        ConversationCount(channel, language, status, count)
        for channel, language, status, count in session.execute(
            select(Conversation.channel, Conversation.language, Conversation.status, func.count())
            .group_by(Conversation.channel, Conversation.language, Conversation.status)
        ).all()
    ]
    latest = (
        select(Answer.conversation_id, func.max(Answer.id).label("answer_id"))
        .group_by(Answer.conversation_id)
        .subquery()
    )
    unfinished = [
        Unfinished(status, key, max(updated, answered) if answered else updated)
        for status, updated, key, answered in session.execute(
            select(Conversation.status, Conversation.updated_at, Answer.question_key, Answer.created_at)
            .select_from(Conversation)
            .outerjoin(latest, latest.c.conversation_id == Conversation.id)
            .outerjoin(Answer, Answer.id == latest.c.answer_id)
            .where(Conversation.status.in_(UNFINISHED_STATUSES))
        ).all()
    ]
    flags = [
        FlagCount(level, language, alert_status, count)
        for level, language, alert_status, count in session.execute(
            select(RiskFlag.level, RiskFlag.language, RiskFlag.alert_status, func.count())
            .group_by(RiskFlag.level, RiskFlag.language, RiskFlag.alert_status)
        ).all()
    ]
    return RecordFigures(conversations, unfinished, flags)
