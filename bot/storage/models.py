"""What we keep of a "what matters" conversation.

Words are stored exactly as the person wrote them (`Text` columns, never
trimmed or normalised). Anything derived from them (language, draft type,
risk) sits beside them, so a practitioner can always see the original.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declarative_base, relationship

Base: Any = declarative_base()  # Any to mypy; the SQLAlchemy plugin types the mapped columns below


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Conversation(Base):
    """One person's (or carer's) record, keyed by the channel's sender id."""

    __tablename__ = "conversations"

    id: Mapped[int] = Column(Integer, primary_key=True)
    sender_id: Mapped[str] = Column(String(255), nullable=False, unique=True, index=True)
    # Short public reference used in alerts, emails and URLs instead of anything personal.
    reference: Mapped[str] = Column(String(16), nullable=False, unique=True, index=True)
    channel: Mapped[str] = Column(String(32), nullable=False, default="rest")
    team: Mapped[str] = Column(String(64), nullable=False, default="default", index=True)
    language: Mapped[str | None] = Column(String(3))  # language of the conversation: cy / en
    preferred_language: Mapped[str | None] = Column(String(3))  # the person's stated preference
    register: Mapped[str | None] = Column(String(3), default="chi")  # chi (adults) / ti (young people)
    completed_by: Mapped[str | None] = Column(String(16))  # person / carer / young_person
    display_name: Mapped[str | None] = Column(Text)  # the name they asked us to use
    cared_for_name: Mapped[str | None] = Column(Text)  # carers only
    relationship_to_person: Mapped[str | None] = Column(Text)  # carers only, in their words
    consent: Mapped[bool | None] = Column(Boolean)  # None = not asked yet
    consent_at: Mapped[datetime | None] = Column(DateTime)
    # When they last said no to their answers being kept; kept after a later yes, so a yes that came after a "no" is
    # known ("i said no before??" then says consent was taken wrongly: bot.conversation.steering.consent_taken_wrongly).
    declined_at: Mapped[datetime | None] = Column(DateTime)
    status: Mapped[str] = Column(String(16), nullable=False, default="in_progress")
    # in_progress / stopped / awaiting_confirmation / confirmed / declined
    urgent: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    review_status: Mapped[str] = Column(String(16), nullable=False, default="new")  # new / viewed / visit_done
    # When a practitioner marked the visit done: a confirmed record is kept for a set time after it (retention).
    visit_done_at: Mapped[datetime | None] = Column(DateTime)
    started_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    confirmed_at: Mapped[datetime | None] = Column(DateTime)
    # From an invitation link (bot.conversation.invitations): the council's own case reference; and
    # a flag when the person came through a link that could not be used (expired, used, revoked...).
    case_reference: Mapped[str | None] = Column(String(64))
    unmatched_invitation: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    # After a disclosure the questions pause until the person answers "are you safe right now?"
    # (bot.conversation.pause): "open" or "break" while it waits, with the message that last
    # changed it (so the same turn does not ask twice); None when no check is waiting.
    safe_check: Mapped[str | None] = Column(String(8))
    safe_check_message: Mapped[str | None] = Column(String(64))
    # When "delete everything?" was asked on Telegram and not yet answered: words typed at it are read for a question
    # about it first (stop-22 trial V30). Any server of several reads the same (channels.telegram).
    delete_asked_at: Mapped[datetime | None] = Column(DateTime)
    # Someone else took over the keyboard part way ("this is his brother now", "merch hi sy 'ma rŵan"; stop 28, trial
    # X12): who they are to the person (a word from bot.conversation.keyboard.RELATIONS) and the name they gave, as
    # typed; None while the one who started is typing. Every answer stored meanwhile is stamped with it (typed_by).
    typing_now: Mapped[str | None] = Column(String(32))
    typing_now_name: Mapped[str | None] = Column(Text)
    # When the person deleted their answers and the duty team's part stayed (bot.conversation.erase): the summary then
    # says so plainly, not "Not recorded" where their words were (eighth trial AB19). None: never deleted.
    erased_at: Mapped[datetime | None] = Column(DateTime)

    answers: Mapped[list[Answer]] = relationship(
        "Answer", back_populates="conversation", order_by="Answer.id", cascade="all, delete-orphan"
    )
    outcomes: Mapped[list[DraftOutcome]] = relationship(
        "DraftOutcome",
        back_populates="conversation",
        order_by="DraftOutcome.id",
        cascade="all, delete-orphan",
    )
    risk_flags: Mapped[list[RiskFlag]] = relationship(
        "RiskFlag", back_populates="conversation", order_by="RiskFlag.id", cascade="all, delete-orphan"
    )
    unreadable: Mapped[list[UnreadableMessage]] = relationship(
        "UnreadableMessage", back_populates="conversation", order_by="UnreadableMessage.id",
        cascade="all, delete-orphan",
    )
    pause_steps: Mapped[list[PauseStep]] = relationship(
        "PauseStep", back_populates="conversation", order_by="PauseStep.id", cascade="all, delete-orphan",
    )


class Answer(Base):
    """A free-text answer, verbatim, with the question it answered and whose view it is."""

    __tablename__ = "answers"

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[int] = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    question_key: Mapped[str] = Column(String(32), nullable=False)
    question_text: Mapped[str] = Column(Text, nullable=False)  # the question as it was asked, in its language
    text: Mapped[str] = Column(Text, nullable=False)  # exactly as typed
    language: Mapped[str] = Column(String(3), nullable=False)  # detected language of the words
    language_confidence: Mapped[float] = Column(Float, nullable=False, default=0.0)
    language_method: Mapped[str] = Column(String(16), nullable=False, default="")
    whose_view: Mapped[str] = Column(String(16), nullable=False)  # person / carer / young_person
    about: Mapped[str] = Column(String(16), nullable=False, default="person")  # person (cared-for) / carer (own needs)
    message_id: Mapped[str | None] = Column(String(64))  # the channel message it came from
    removed: Mapped[bool] = Column(Boolean, nullable=False, default=False)  # removed by the person at read-back
    # Who typed it when not the one who started (Conversation.typing_now when it was kept): its whose_view is then
    # theirs, and the summary says "the view of Dai's brother, who typed this". None: the one who started.
    typed_by: Mapped[str | None] = Column(String(32))
    typed_by_name: Mapped[str | None] = Column(Text)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="answers")
    outcomes: Mapped[list[DraftOutcome]] = relationship("DraftOutcome", back_populates="answer")


class DraftOutcome(Base):
    """A draft personal outcome: an exact span of an answer and its draft type."""

    __tablename__ = "draft_outcomes"

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[int] = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    answer_id: Mapped[int | None] = Column(Integer, ForeignKey("answers.id"), index=True)
    text: Mapped[str] = Column(Text, nullable=False)  # verbatim span of the answer (or the person's own addition)
    span_start: Mapped[int | None] = Column(Integer)
    span_end: Mapped[int | None] = Column(Integer)
    type: Mapped[str] = Column(String(16), nullable=False)  # change / maintenance / process
    confidence: Mapped[float] = Column(Float, nullable=False, default=0.0)
    unsure: Mapped[bool] = Column(Boolean, nullable=False, default=False)  # "to confirm at the visit"
    whose_view: Mapped[str] = Column(String(16), nullable=False)
    about: Mapped[str] = Column(String(16), nullable=False, default="person")
    # Who set the type: model / person (at read-back) / practitioner (on the summary).
    type_set_by: Mapped[str] = Column(String(16), nullable=False, default="model")
    removed: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="outcomes")
    answer: Mapped[Answer | None] = relationship("Answer", back_populates="outcomes")


class RiskFlag(Base):
    """A safeguarding flag: the words that raised it, verbatim, and the duty alert's state.

    A flag is never downgraded, even if the person later says they were joking: the
    practitioner decides. "Start again" removes the concern flags with the answers it clears
    (the person was told so); an urgent flag is never removed by the person.
    """

    __tablename__ = "risk_flags"
    __table_args__ = (UniqueConstraint("conversation_id", "message_id", name="uq_flag_message"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[int] = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    message_id: Mapped[str] = Column(String(64), nullable=False)
    level: Mapped[str] = Column(String(16), nullable=False)  # urgent / concern
    categories: Mapped[str] = Column(Text, nullable=False, default="")  # comma separated
    text: Mapped[str] = Column(Text, nullable=False)  # exactly as typed
    language: Mapped[str | None] = Column(String(3))
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    alert_status: Mapped[str] = Column(String(16), nullable=False, default="not_needed")
    # not_needed (concern) / pending / sent / failed
    alert_attempts: Mapped[int] = Column(Integer, nullable=False, default=0)
    alerted_at: Mapped[datetime | None] = Column(DateTime)
    # Set while one process sends the alert, so no other sends it meanwhile; a claim left by a process
    # that died is taken over after a while (bot.storage.holding).
    alert_claimed_at: Mapped[datetime | None] = Column(DateTime)
    # The helplines the urgent reply gave, by id ("emergency_999,samaritans,live_fear_free"), kept when it was
    # sent: the summary reports these, not what today's config would give. "" = a short follow-up naming none
    # new; None = not kept (a concern, or a flag from before migration 0009: the summary works them out).
    helplines: Mapped[str | None] = Column(Text)
    # One thread, one alert (stop-22 trial V18): a later urgent message in the same pause is added to the alert its
    # disclosure raised (this flag's id), not a new one; the duty team reads it there with its time. None: a flag of
    # its own (a disclosure, a concern). Such a flag sends no alert, unless it raised the severity (harm happening
    # now): then one update notice, with no personal data (bot.safeguarding.alerts, level "raised").
    joined_flag_id: Mapped[int | None] = Column(Integer)  # (no foreign key: as pause_steps.risk_flag_id)
    # "Please check: the assistant was unsure" (stop 24, issue 11): a concern the learned model alone would have made
    # urgent, below the bar where it is sure. The duty team is still alerted (level "check": read it and decide), the
    # person was given a gentle reply, and the summary lists it after the urgent flags. False for every other flag.
    please_check: Mapped[bool] = Column(Boolean, nullable=False, default=False)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="risk_flags")


class PauseStep(Base):
    """A step of the pause after a disclosure: they chose to carry on, take a break or stop, or came back.

    Why kept: a button press leaves no words, and coming back clears the waiting check, so without this the
    summary could not say when someone took a break or came back. Only the step, when, the message it came
    in (so a replayed message is kept once) and the urgent flag it followed: no words.
    """

    __tablename__ = "pause_steps"
    __table_args__ = (UniqueConstraint("conversation_id", "message_id", "step", name="uq_pause_step_message"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[int] = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    step: Mapped[str] = Column(String(16), nullable=False)  # carry_on / break / stop / back
    # The latest urgent flag when it was taken (the disclosure the check followed); no foreign key, so it
    # never decides the order a record's rows are deleted in.
    risk_flag_id: Mapped[int | None] = Column(Integer)
    message_id: Mapped[str] = Column(String(64), nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="pause_steps")


class OutcomeCorrection(Base):
    """A change of an outcome's group, kept as a training example for the sorting model."""

    __tablename__ = "outcome_corrections"

    id: Mapped[int] = Column(Integer, primary_key=True)
    outcome_id: Mapped[int] = Column(Integer, ForeignKey("draft_outcomes.id"), nullable=False, index=True)
    text: Mapped[str] = Column(Text, nullable=False)
    language: Mapped[str | None] = Column(String(3))
    from_type: Mapped[str] = Column(String(16), nullable=False)
    to_type: Mapped[str] = Column(String(16), nullable=False)
    corrected_by: Mapped[str] = Column(String(16), nullable=False)  # person / practitioner
    user_id: Mapped[int | None] = Column(Integer)  # the practitioner, when there is one
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class UnreadableMessage(Base):
    """Something arrived that the assistant could not read (a voice note, a photo, a sticker...).

    Only its kind and when: never its content, so the practitioner knows the person tried to
    say something the record does not hold.
    """

    __tablename__ = "unreadable_messages"
    __table_args__ = (UniqueConstraint("conversation_id", "message_id", name="uq_unreadable_message"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[int] = Column(Integer, ForeignKey("conversations.id"), nullable=False, index=True)
    # voice / sticker / photo / video / location / contact / file / edited
    kind: Mapped[str] = Column(String(16), nullable=False)
    message_id: Mapped[str] = Column(String(64), nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)

    conversation: Mapped[Conversation] = relationship("Conversation", back_populates="unreadable")


class ChannelUpdate(Base):
    """A channel delivery already handled (Telegram's update_id), so a redelivery is processed once.

    Holds no personal data; old rows are pruned (Telegram gives up redelivering after a day).
    """

    __tablename__ = "channel_updates"

    channel: Mapped[str] = Column(String(64), primary_key=True)  # e.g. "telegram:<bot id>": update ids are per bot
    update_id: Mapped[int] = Column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)


class ButtonPayload(Base):
    """A button payload longer than a channel's callback data allows, kept under a short key.

    In the database rather than in memory so a button sent before a restart still works.
    """

    __tablename__ = "button_payloads"

    key: Mapped[str] = Column(String(32), primary_key=True)
    payload: Mapped[str] = Column(Text, nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class Invitation(Base):
    """A link a practitioner sends for one referral, so the conversation lands with their team.

    Only the token's SHA-256 is kept (the link itself is shown once), so a copy of the database
    cannot be used to start someone else's conversation. Single use: the first conversation to
    open it is bound to it (sender_id); revoked or expired links are never bound.
    """

    __tablename__ = "invitations"

    id: Mapped[int] = Column(Integer, primary_key=True)
    token_hash: Mapped[str] = Column(String(64), nullable=False, unique=True, index=True)
    case_reference: Mapped[str] = Column(String(64), nullable=False)  # the council's own reference, as typed
    team: Mapped[str] = Column(String(64), nullable=False, index=True)
    language: Mapped[str | None] = Column(String(3))  # cy / en, when known
    audience: Mapped[str] = Column(String(16), nullable=False)  # person / carer / young_person
    created_by: Mapped[int | None] = Column(Integer)  # the practitioner's user id
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = Column(DateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = Column(DateTime)
    revoked_by: Mapped[int | None] = Column(Integer)
    # Set once, by the first conversation that opens the link.
    sender_id: Mapped[str | None] = Column(String(255), index=True)
    channel: Mapped[str | None] = Column(String(32))
    bound_at: Mapped[datetime | None] = Column(DateTime)


class HeldMessage(Base):
    """A message the assistant could not act on yet (its action server was down or too slow), kept verbatim.

    Held in the order it came and replayed, with its own message id (so an answer is stored once), before
    the person's next message; deleted once replayed. Keyed by the channel's sender id, like Rasa's tracker.
    """

    __tablename__ = "held_messages"

    id: Mapped[int] = Column(Integer, primary_key=True)
    sender_id: Mapped[str] = Column(String(255), nullable=False, index=True)
    channel: Mapped[str] = Column(String(32), nullable=False)
    message_id: Mapped[str] = Column(String(64), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)  # exactly as typed
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
