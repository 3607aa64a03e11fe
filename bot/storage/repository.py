"""The only way the rest of the code reads or writes a record.

Actions, the CLI, the summary and the web app all go through these
functions, so rules such as "words are stored exactly as written" and "a
safeguarding flag is never lost" live in one place.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import and_, column, delete, exists, func, inspect, or_, select, table, update
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.expression import TableClause

from bot.analysis import may_keep_whole
from bot.analysis.keep_from import kept_from_someone
from bot.analysis.safe_reply import within_answers
from bot.analysis.types import ANSWERING_FOR_THEM, OUTCOME_TYPES, WHOSE_VIEWS, Analysis, OutcomeSpan, RiskAssessment
from bot.safeguarding.harm import is_harm, outcomes_apart_from_harm
from bot.storage.db import session_scope
from bot.storage.models import (
    Answer,
    ButtonPayload,
    ChannelUpdate,
    Conversation,
    DraftOutcome,
    HeldMessage,
    Invitation,
    OutcomeCorrection,
    PauseStep,
    RiskFlag,
    UnreadableMessage,
    utcnow,
)

# Letters and digits that cannot be misread over the phone (no 0/O, 1/I/L).
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MAX_ANSWER_CHARS = 10_000

_T = TypeVar("_T")


class RecordError(ValueError):
    """A request the record cannot honour, with a reason safe to show."""


def new_reference() -> str:
    return "WM-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(6))


def _conversation(session: Session, sender_id: str, channel: str = "rest") -> Conversation:
    conv = session.execute(
        select(Conversation).where(Conversation.sender_id == sender_id)
    ).scalar_one_or_none()
    if conv is None:
        conv = Conversation(sender_id=sender_id, reference=new_reference(), channel=channel)
        session.add(conv)
        session.flush()
    return conv


#: How often a write is tried when another request created the same rows at that moment (two actions racing to
#: create one conversation, or a reference clash).
RACE_ATTEMPTS = 3


def _retried_after_a_race(work: Callable[[Session], _T], failure: str) -> _T:
    """`work` in a transaction of its own, tried again when it raced another request (IntegrityError), up to
    RACE_ATTEMPTS times; RecordError(failure) after that. One place for the retry every first write needs."""
    for _ in range(RACE_ATTEMPTS):
        try:
            with session_scope() as s:
                return work(s)
        except IntegrityError:
            continue
    raise RecordError(failure)


def ensure_conversation(sender_id: str, channel: str = "rest", team: str | None = None) -> str:
    """Create the record for a sender if needed; returns its public reference."""
    def create(s: Session) -> str:
        conv = _conversation(s, sender_id, channel)
        if team and conv.team == "default":
            conv.team = team
        return conv.reference

    return _retried_after_a_race(create, "could not create the conversation record")


def get_conversation(session: Session, sender_id: str) -> Conversation | None:
    return session.execute(
        select(Conversation).where(Conversation.sender_id == sender_id)
    ).scalar_one_or_none()


def get_conversation_by_reference(session: Session, reference: str) -> Conversation | None:
    return session.execute(
        select(Conversation).where(Conversation.reference == reference)
    ).scalar_one_or_none()


_UPDATABLE = {
    "language",
    "preferred_language",
    "register",
    "completed_by",
    "display_name",
    "cared_for_name",
    "relationship_to_person",
    "status",
    "channel",
    "team",
}


def update_conversation(sender_id: str, **fields: object) -> None:
    """Set who is talking, their language and similar facts about the conversation."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise RecordError(f"unknown fields: {sorted(unknown)}")
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        for key, value in fields.items():
            setattr(conv, key, value)


def consent_given(sender_id: str) -> bool:
    """Whether the person has said yes to their answers being kept (and not said no since)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and conv.consent is True


def consent_given_after_a_no(sender_id: str) -> bool:
    """Whether the person said yes to their answers being kept after saying no (and not no again since)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and conv.consent is True and conv.declined_at is not None


def record_consent(sender_id: str, given: bool) -> None:
    """Keep the person's choice; when they say no, keep nothing but that choice."""
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        conv.consent = given
        conv.consent_at = utcnow()
        if not given:
            _forget_their_words(s, conv)
            conv.completed_by = None
            conv.status = "declined"
            conv.declined_at = conv.consent_at
        elif conv.status == "declined":
            conv.status = "in_progress"


def _forget_their_words(session: Session, conv: Conversation) -> None:
    """Forget what they told us: the answers, the outcomes and their regroupings, who was at the keyboard, and the
    names they gave (theirs, the person's, who the person is to them). Why one place: consent withdrawn, "start
    again" and an erasure that keeps the duty team's part forget the same things, and something new kept about
    them is added here once, never to one of the three only."""
    outcome_ids = [o.id for o in conv.outcomes]
    if outcome_ids:  # regroupings quote the person's words too
        session.query(OutcomeCorrection).filter(OutcomeCorrection.outcome_id.in_(outcome_ids)).delete(
            synchronize_session=False
        )
    for outcome in list(conv.outcomes):
        session.delete(outcome)
    for answer in list(conv.answers):
        session.delete(answer)
    # who took over the keyboard goes with the answers and the names (whoever carries on is asked who is talking)
    conv.typing_now = None
    conv.typing_now_name = None
    conv.display_name = None
    conv.cared_for_name = None
    conv.relationship_to_person = None


def clean_text(text: object) -> str:
    """Validate an answer without changing it.

    The words are kept exactly as typed; we only refuse what cannot be an
    answer (nothing at all, or a message far longer than any answer).
    """
    if not isinstance(text, str):
        raise RecordError("empty")
    if not text.strip():
        raise RecordError("empty")
    if len(text) > MAX_ANSWER_CHARS:
        raise RecordError("too_long")
    if "\x00" in text:  # PostgreSQL cannot store NUL in text; refuse rather than alter
        raise RecordError("control_characters")
    if not text.isascii() and any("\ud800" <= ch <= "\udfff" for ch in text):
        # A lone surrogate (JSON's "\ud800") is no character at all and cannot be written as UTF-8.
        raise RecordError("control_characters")
    return text


@dataclass(frozen=True)
class StoredAnswer:
    answer_id: int
    outcome_ids: list[int]


def record_answer(
    sender_id: str,
    *,
    question_key: str,
    question_text: str,
    text: str,
    whose_view: str,
    about: str,
    analysis: Analysis,
    message_id: str | None = None,
    make_outcomes: bool = True,
    whole_if_no_outcome: bool = False,
    about_outcome: Callable[[str], str] | None = None,
    passed_on: Callable[[str], bool] | None = None,
    own_view_of: Callable[[OutcomeSpan], str | None] | None = None,
) -> StoredAnswer:
    """Store an answer verbatim, with the draft outcomes found in it.

    `about_outcome` (outcome text -> "person" / "carer") lets one outcome differ from its answer's `about`:
    a carer's own wish inside an answer about the person is filed as the carer's. `passed_on` (outcome
    text -> whether the carer passes on the person's own wish: "ma hi moyn aros adre") makes an outcome
    about the person the person's view, passed on by the carer. `own_view_of` (outcome -> whose view, or None): someone
    typing for the person gives their own view in the answer ("Jo here - in my view…"): that outcome is theirs.
    """
    text = clean_text(text)
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        if message_id:
            existing = s.execute(
                select(Answer).where(
                    Answer.conversation_id == conv.id,
                    Answer.message_id == message_id,
                    Answer.question_key == question_key,
                )
            ).scalar_one_or_none()
            if existing is not None:  # the same message delivered twice
                return StoredAnswer(existing.id, [o.id for o in existing.outcomes])
        answer = Answer(
            conversation=conv,
            question_key=question_key,
            question_text=question_text,
            text=text,
            language=analysis.language.language,
            language_confidence=analysis.language.confidence,
            language_method=analysis.language.method,
            whose_view=whose_view,
            about=about,
            message_id=message_id,
            # whoever took over the keyboard part way (note_hand_at_keyboard): every answer kept meanwhile is theirs
            typed_by=conv.typing_now,
            typed_by_name=conv.typing_now_name,
        )
        s.add(answer)
        s.flush()
        outcome_ids: list[int] = []
        # A disclosure (or a concern in a harm category: bot.safeguarding.harm) is never turned into a
        # "personal outcome": it belongs in the safeguarding section (stored verbatim as a flag), and
        # reading it back on screen could expose the person to whoever is beside them. Their other wishes
        # in the same answer, in sentences that read no risk, stay theirs (stop-25 trial U3).
        harm = is_harm(analysis.risk.level, analysis.risk.categories)
        # The same words said again at the same question ("footie", then "footie" again to "anything about it?"): one
        # outcome, the answer still kept as typed (the record and the summary listed the wish twice: stop 40).
        said_here = {(o.text, o.about) for o in conv.outcomes
                     if not o.removed and o.answer is not None and o.answer.question_key == question_key}
        if make_outcomes:
            spans = list(outcomes_apart_from_harm(text, analysis.outcomes) if harm else analysis.outcomes)
            if not spans and whole_if_no_outcome and not harm and may_keep_whole(text, analysis):
                # The person added this themselves at read-back: keep it whole, to confirm at the visit.
                spans = [OutcomeSpan(text, 0, len(text), analysis.outcome_type or "change", analysis.confidence, True)]
            for span in spans:
                outcome_about = about_outcome(span.text) if about_outcome else about
                supporters = own_view_of(span) if own_view_of else None
                if span.reported and whose_view in ANSWERING_FOR_THEM:
                    # the person's own words passed on ("Nain says 'dos di, paid a poeni amdana i'", even in the
                    # carer's own answer): the person's, whatever "me" / "fi" is in them (stop-22 trial V13: filed
                    # as the carer's own outcome)
                    outcome_about = "person"
                if (span.text, outcome_about) in said_here:
                    continue
                outcome = DraftOutcome(
                    conversation=conv,
                    answer=answer,
                    text=span.text,
                    span_start=span.start,
                    span_end=span.end,
                    type=span.type,
                    confidence=span.confidence,
                    unsure=span.unsure,
                    # In a carer's own answer, a wish about the person is the person's, as the carer
                    # passed it on ("he says he wants peace from me": bot.conversation.answers.outcome_about);
                    # in an answer about the person, so is a wish of theirs passed on ("ma hi moyn..."), and
                    # what follows their words passed on ("Mae Mam yn deud ei bod hi'n iawn a | does dim angen
                    # help arni hi": OutcomeSpan.reported; stop-21 trial U40).
                    whose_view=supporters if supporters else "person" if outcome_about == "person" and (
                        about == "carer" or (span.reported and whose_view in ANSWERING_FOR_THEM)
                        or (passed_on is not None and passed_on(span.text))) else whose_view,
                    about=outcome_about,
                )
                s.add(outcome)
                s.flush()
                outcome_ids.append(outcome.id)
        return StoredAnswer(answer.id, outcome_ids)


@dataclass(frozen=True)
class RecordedFlag:
    """A stored safeguarding flag. Every action of a turn reads the same message for risk: only
    the one that stored the flag (`is_new`) starts its duty alert; a failed alert is the sweep's."""

    id: int
    is_new: bool
    #: Added to an earlier alert of the same thread (RiskFlag.joined_flag_id), not an alert of its own.
    joined: bool = False


def record_risk(
    sender_id: str,
    *,
    message_id: str,
    text: str,
    assessment: RiskAssessment,
    language: str | None,
    alert_needed: bool,
    joined_flag_id: int | None = None,
) -> RecordedFlag | None:
    """Keep a safeguarding flag with the words verbatim; idempotent per message.

    Returns the flag (`is_new` False when this message was flagged already), or None when the
    assessment found nothing. The conversation is marked urgent in the same transaction, so the
    flag cannot be lost even if the alert later fails. `joined_flag_id`: the alert of the same thread
    this message is added to (then `alert_needed` means an update notice: the severity was raised).
    """
    if assessment.level == "none":
        return None
    # PostgreSQL cannot store NUL; a flag must never be lost for it, so NUL alone is replaced (U+FFFD).
    text = text.replace("\x00", "\ufffd")
    for _ in range(2):
        try:
            with session_scope() as s:
                conv = _conversation(s, sender_id)
                existing = s.execute(
                    select(RiskFlag).where(
                        RiskFlag.conversation_id == conv.id, RiskFlag.message_id == message_id
                    )
                ).scalar_one_or_none()
                if existing is not None:
                    return RecordedFlag(existing.id, is_new=False, joined=existing.joined_flag_id is not None)
                flag = RiskFlag(
                    conversation=conv,
                    message_id=message_id,
                    level=assessment.level,
                    categories=",".join(assessment.categories),
                    text=text,
                    language=language,
                    alert_status="pending" if alert_needed else "not_needed",
                    joined_flag_id=joined_flag_id,
                    please_check=assessment.please_check,
                )
                s.add(flag)
                if assessment.level == "urgent":
                    conv.urgent = True
                s.flush()
                return RecordedFlag(flag.id, is_new=True, joined=joined_flag_id is not None)
        except IntegrityError:  # another action of the same turn recorded it first: the next pass finds it
            continue
    raise RecordError("could not record the safeguarding flag")


@dataclass(frozen=True)
class OpenAlert:
    """The duty alert a thread's later messages are added to (stop-22 trial V18: one thread, one alert)."""

    flag_id: int
    text: str  # the disclosure that raised it, verbatim
    categories: tuple[str, ...]  # of the disclosure and every message added to it
    raised: bool  # an update notice has been sent (or is waiting): the severity was raised once already
    please_check: bool = False  # a "please check" alert (the model alone, unsure), not an urgent one


def open_alert(sender_id: str, *, please_check: bool = False) -> OpenAlert | None:
    """The latest duty alert of the conversation (an urgent flag of its own, not one added to another), with what
    was added to it; None when no disclosure raised one. `please_check`: the latest "please check" alert instead (a
    flag of its own the duty team was asked to read: BA6, stop 46 trial, one harm, one alert)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return None
        own = [f for f in conv.risk_flags if f.joined_flag_id is None and (
            (f.please_check and f.level != "urgent" and f.alert_status != "not_needed") if please_check
            else f.level == "urgent")]
        if not own:
            return None
        lead = max(own, key=lambda f: f.id)
        added = [f for f in conv.risk_flags if f.joined_flag_id == lead.id]
        categories = tuple(dict.fromkeys(c for f in (lead, *added) for c in f.categories.split(",") if c))
        return OpenAlert(lead.id, lead.text, categories, any(f.alert_status != "not_needed" for f in added),
                         please_check)


def joined_flag(sender_id: str, message_id: str) -> bool:
    """Was this message added to an earlier alert of its thread (not an alert of its own)?"""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and any(f.message_id == message_id and f.joined_flag_id is not None
                                        for f in conv.risk_flags)


def answered_by(sender_id: str, message_id: str) -> bool:
    """Was anything kept as an answer from this message (an answer, or a reply to the safe check)?"""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and s.execute(
            select(Answer.id).where(Answer.conversation_id == conv.id, Answer.message_id == message_id)
        ).first() is not None


def other_urgent_categories(sender_id: str, message_id: str) -> list[tuple[str, ...]]:
    """The categories of every urgent flag in the conversation raised by another message, oldest first.

    Empty when this is the first disclosure (bot.conversation.safety: a later one gets a short reply).
    """
    return other_flag_categories(sender_id, message_id, "urgent")


def other_flag_categories(sender_id: str, message_id: str, level: str) -> list[tuple[str, ...]]:
    """The categories of every flag at this level raised by another message than this one, oldest first."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return []
        return [tuple(c for c in f.categories.split(",") if c) for f in conv.risk_flags
                if f.level == level and f.message_id != message_id]


def flag_categories(sender_id: str, message_id: str) -> tuple[str, ...] | None:
    """The categories kept on this message's flag (for a message added to an alert as more of its disclosure, the
    alert's own: BA2, stop 46 trial); None when it raised none."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        flag = None if conv is None else next((f for f in conv.risk_flags if f.message_id == message_id), None)
        return None if flag is None else tuple(c for c in (flag.categories or "").split(",") if c)


def raised_urgent(sender_id: str, message_id: str | None) -> bool:
    """Was this message read as urgent (a disclosure), rather than, say, a reply to the safe check?"""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and any(f.level == "urgent" and f.message_id == message_id for f in conv.risk_flags)


def answer_texts(sender_id: str, leave_out: Sequence[str] = (), only: str | None = None, *,
                 without_risk: bool = False) -> list[str]:
    """The words of every stored answer, oldest first; answers to the questions in `leave_out` left out,
    or only the answers to the question `only`; with `without_risk`, none whose message raised a risk flag (read and
    kept when the answer was: never read again)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return []
        flagged = {f.message_id for f in conv.risk_flags} if without_risk else set()
        return [a.text for a in conv.answers
                if a.question_key not in leave_out and (only is None or a.question_key == only)
                and (a.message_id is None or a.message_id not in flagged)]


@dataclass(frozen=True)
class HandAtKeyboard:
    """Someone other than the one who started, typing now: who they are to the person, and the name they gave."""

    relation: str
    name: str | None = None


def hand_at_keyboard(sender_id: str) -> HandAtKeyboard | None:
    """Who took over the keyboard and is typing now; None while the one who started is (or no record yet)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None or not conv.typing_now:
            return None
        return HandAtKeyboard(conv.typing_now, conv.typing_now_name)


def note_hand_at_keyboard(sender_id: str, hand: HandAtKeyboard | None) -> None:
    """Someone else took over the keyboard (`hand`), or the one who started has it back (None): every answer kept
    from now on is stamped with it (Answer.typed_by), so the summary says whose view each is (stop 28, trial X12)."""
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        conv.typing_now = hand.relation if hand else None
        conv.typing_now_name = hand.name if hand else None


@dataclass(frozen=True)
class KeptWords:
    """An answer as kept: the question key, the question as asked, and the words as typed."""

    question_key: str
    question_text: str
    text: str


class FlagJustBefore(NamedTuple):
    """A flag raised by one of the newest messages: its words, categories, and whether it was a "please check" (else a
    concern: no team was told, the worker sees it)."""

    text: str
    categories: tuple[str, ...]
    please_check: bool


def please_check_just_before(sender_id: str, message_id: str, *, within: int = 1,
                             concerns_too: bool = False) -> FlagJustBefore | None:
    """The words and categories of a "please check" flag raised by the newest answer kept before message `message_id`
    (the message just before it), when it raised one of its own; else None. What a message saying what they meant is
    about (stop 43). `within`: by one of the newest this many messages kept before it (the newest flag first; one
    message may keep several rows: safe_reply.within_answers counts it once); `concerns_too`: a concern flag too (a
    plain take-back two answers later, "not like that, …": AX2, stop 44)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return None
        rows = list(s.execute(
            select(Answer.message_id).where(Answer.conversation_id == conv.id,
                                            Answer.message_id.is_distinct_from(message_id))
            .order_by(Answer.id.desc())).scalars())
        starts = [i == 0 or rows[i] != rows[i - 1] for i in range(len(rows))]
        newest = list(dict.fromkeys(rows[:within_answers(starts, within)]))
        flags = sorted((f for f in conv.risk_flags if f.message_id in newest and f.joined_flag_id is None
                        and (f.please_check or (concerns_too and f.level == "concern"))),
                       key=lambda f: newest.index(f.message_id))
        flag = flags[0] if flags else None
        return FlagJustBefore(flag.text, tuple(c for c in flag.categories.split(",") if c), bool(flag.please_check)) \
            if flag is not None else None


def last_answer_kept(sender_id: str) -> KeptWords | None:
    """The newest answer kept in this conversation (an aside too), or None."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return None
        row = s.execute(
            select(Answer.question_key, Answer.question_text, Answer.text)
            .where(Answer.conversation_id == conv.id).order_by(Answer.id.desc()).limit(1)
        ).first()
        return KeptWords(*row) if row is not None else None


def last_answers_outcome_type(sender_id: str) -> str | None:
    """The type of the newest outcome read in the newest answer kept (change / maintenance / process), or None when
    that answer made none: what more of that answer's list is (AY12, stop 44 trial)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return None
        answer_id = s.execute(select(Answer.id).where(Answer.conversation_id == conv.id)
                              .order_by(Answer.id.desc()).limit(1)).scalar()
        if answer_id is None:
            return None
        return s.execute(select(DraftOutcome.type).where(DraftOutcome.answer_id == answer_id,
                                                         DraftOutcome.removed.is_(False))
                         .order_by(DraftOutcome.id.desc()).limit(1)).scalar()


def withdraw_answer(sender_id: str, question_key: str, text: str) -> bool:
    """Take back the newest answer to this question when its words are `text` (the message sent just before, disowned
    by "sorry ignore that"), with the outcomes read in it. Concerns read in it stay with the duty team. Returns whether
    an answer was taken back."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return False
        answer = s.execute(
            select(Answer).where(Answer.conversation_id == conv.id, Answer.question_key == question_key)
            .order_by(Answer.id.desc()).limit(1)
        ).scalars().first()
        if answer is None or answer.text != text:
            return False
        outcome_ids = [o.id for o in answer.outcomes]
        if outcome_ids:  # regroupings quote the person's words too
            s.query(OutcomeCorrection).filter(OutcomeCorrection.outcome_id.in_(outcome_ids)).delete(
                synchronize_session=False)
        for outcome in list(answer.outcomes):
            s.delete(outcome)
        s.delete(answer)
        return True


def answer_kept_for(sender_id: str, message_id: str, question_key: str) -> bool:
    """Whether this message was kept as the answer to this question (a disclosure kept as the answer it interrupted)."""
    return kept_answer_text(sender_id, message_id, question_key) is not None


def kept_answer_text(sender_id: str, message_id: str, question_key: str) -> str | None:
    """The words this message left as the answer to this question, if it was kept as one."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return None
        return s.execute(
            select(Answer.text).where(Answer.conversation_id == conv.id, Answer.message_id == message_id,
                                      Answer.question_key == question_key)
        ).scalars().first()


def is_urgent(sender_id: str) -> bool:
    """Has anything in this conversation been read as urgent?"""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return bool(conv is not None and conv.urgent)


def urgent_texts(sender_id: str) -> list[str]:
    """The words of every urgent flag of this conversation, verbatim: who they name is who hurts them (a safety wish
    is read with them: bot.analysis.safety_wish, stop 49, L2)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return [f.text for f in conv.risk_flags if f.level == "urgent"] if conv is not None else []


def safe_check(sender_id: str) -> tuple[str | None, str | None]:
    """(state, message id) of the "are you safe?" check waiting for an answer; (None, None) when none waits."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return (conv.safe_check, conv.safe_check_message) if conv is not None else (None, None)


def set_safe_check(sender_id: str, state: str | None, message_id: str | None) -> None:
    """Open ("open"), pause ("break") or close (None) the "are you safe?" check."""
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        conv.safe_check = state
        conv.safe_check_message = message_id if state else None


def note_delete_asked(sender_id: str, asked: bool) -> None:
    """Keep (or clear) that "delete everything?" waits for their press; nothing is kept without a record."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is not None:
            conv.delete_asked_at = utcnow() if asked else None


def delete_asked_within(sender_id: str, seconds: float) -> bool:
    """Was "delete everything?" asked less than `seconds` ago and not answered? Clears it either way (it is read
    once, by the next message)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None or conv.delete_asked_at is None:
            return False
        asked, conv.delete_asked_at = conv.delete_asked_at, None
        return (utcnow() - asked).total_seconds() <= seconds


def urgent_reply_given(sender_id: str, message_id: str) -> bool:
    """Was the urgent reply to this message given already (its helplines kept as it was sent)? A message held while
    the action server was away had it then (channels.resilience); replayed, it is not given again."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is not None and s.execute(
            select(RiskFlag.id).where(RiskFlag.conversation_id == conv.id, RiskFlag.message_id == message_id,
                                      RiskFlag.helplines.is_not(None))
        ).first() is not None


def note_helplines_given(sender_id: str, message_id: str, helpline_ids: Sequence[str]) -> None:
    """Keep which helplines the urgent reply to this message gave (ids, in the order given), as it is sent.

    Why: the summary reported what today's config would give, which may not be what was said. A message
    answered twice (held, then replayed) keeps both lists, once each. No flag for it: nothing kept.
    """
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        flag = None if conv is None else s.execute(
            select(RiskFlag).where(RiskFlag.conversation_id == conv.id, RiskFlag.message_id == message_id)
        ).scalar_one_or_none()
        if flag is None:
            return
        kept = [i for i in (flag.helplines or "").split(",") if i]
        flag.helplines = ",".join([*kept, *(i for i in dict.fromkeys(helpline_ids) if i not in kept)])


#: The steps of the pause after a disclosure (bot.conversation.pause): a choice, coming back after a break, or
#: "went_on": the questions went on after replies that were no choice (stop-21 trial U47, stop-22 V28: the summary
#: said "Chose to carry on" of someone who never chose).
PAUSE_STEPS = ("carry_on", "break", "stop", "back", "went_on")


def note_pause_step(sender_id: str, step: str, message_id: str) -> None:
    """Keep a step of the pause after a disclosure, when it happened, with the latest urgent flag (the disclosure
    it follows); once per message and step (a replayed message is not counted twice)."""
    if step not in PAUSE_STEPS:
        raise ValueError(f"unknown pause step {step!r}")
    try:
        with session_scope() as s:
            conv = _conversation(s, sender_id)
            if any(p.message_id == message_id and p.step == step for p in conv.pause_steps):
                return
            flag_id = s.execute(select(func.max(RiskFlag.id)).where(
                RiskFlag.conversation_id == conv.id, RiskFlag.level == "urgent")).scalar_one_or_none()
            conv.pause_steps.append(PauseStep(step=step, message_id=message_id, risk_flag_id=flag_id))
    except IntegrityError:  # the same message's step kept by another action of the same turn
        return


def mark_alert(flag_id: int, delivered: bool, attempts: int) -> None:
    with session_scope() as s:
        flag = s.get(RiskFlag, flag_id)
        if flag is None:
            return
        flag.alert_attempts = (flag.alert_attempts or 0) + attempts
        flag.alert_status = "sent" if delivered else "failed"
        if delivered:
            flag.alerted_at = utcnow()


#: The alert level of an update notice: a message added to an earlier alert raised its severity (harm happening now).
RAISED = "raised"
#: The alert level of a "please check" flag (RiskFlag.please_check): the assistant was unsure; read it and decide.
CHECK = "check"


def alert_level(flag: RiskFlag) -> str:
    """The duty alert a flag sends: an update notice (RAISED), "please check" (CHECK), or its own level."""
    return RAISED if flag.joined_flag_id is not None else CHECK if flag.please_check else flag.level


def flags_awaiting_alert() -> list[tuple[int, str, str]]:
    """(flag id, reference, alert level: `alert_level`) of every flag whose duty alert has not gone yet."""
    with session_scope() as s:
        rows = s.execute(
            select(RiskFlag, Conversation.reference)
            .join(Conversation, RiskFlag.conversation_id == Conversation.id)
            .where(RiskFlag.alert_status.in_(("pending", "failed")))
            .order_by(RiskFlag.id)
        ).all()
        return [(flag.id, reference, alert_level(flag)) for flag, reference in rows]


def active_outcomes(conv: Conversation) -> list[DraftOutcome]:
    return [o for o in conv.outcomes if not o.removed and not (o.answer and o.answer.removed)]


def change_outcome_type(
    sender_id: str | None,
    outcome_id: int,
    new_type: str,
    *,
    corrected_by: str,
    user_id: int | None = None,
) -> None:
    """Regroup an outcome and keep the correction as a training example."""
    if new_type not in OUTCOME_TYPES:
        raise RecordError("unknown outcome type")
    with session_scope() as s:
        outcome = s.get(DraftOutcome, outcome_id)
        if outcome is None or (sender_id and outcome.conversation.sender_id != sender_id):
            raise RecordError("no such outcome")
        regroup_outcome(s, outcome, new_type, corrected_by=corrected_by, user_id=user_id)


def regroup_outcome(
    session: Session,
    outcome: DraftOutcome,
    new_type: str,
    *,
    corrected_by: str,
    user_id: int | None = None,
) -> str:
    """Set an outcome's group, in the caller's unit of work; returns the group it had.

    A changed group is kept as a training example; the same group confirms it (no example).
    """
    if new_type not in OUTCOME_TYPES:
        raise RecordError("unknown outcome type")
    old_type = outcome.type
    if old_type != new_type:
        session.add(
            OutcomeCorrection(
                outcome_id=outcome.id,
                text=outcome.text,
                language=outcome.answer.language if outcome.answer else None,
                from_type=old_type,
                to_type=new_type,
                corrected_by=corrected_by,
                user_id=user_id,
            )
        )
    outcome.type = new_type
    outcome.unsure = False
    outcome.type_set_by = corrected_by
    return old_type


def shown_outcome(session: Session, conv: Conversation, outcome_id: int) -> DraftOutcome | None:
    """One of this conversation's outcomes that has not been removed; None for any other id."""
    outcome = session.get(DraftOutcome, outcome_id)
    if outcome is None or outcome.conversation_id != conv.id or outcome.removed:
        return None
    return outcome


def remove_outcome(sender_id: str, outcome_id: int) -> None:
    with session_scope() as s:
        outcome = s.get(DraftOutcome, outcome_id)
        if outcome is None or outcome.conversation.sender_id != sender_id:
            raise RecordError("no such outcome")
        outcome.removed = True


#: Two items joined at the read-back are at most this far apart in the answer they came from ("leeks and beans").
JOIN_GAP_CHARACTERS = 40


def join_outcomes(sender_id: str, first_id: int, second_id: int) -> bool:
    """The person says two items of the read-back are one thing ("Number 4 and 5 is one thing, leeks and beans"): the
    earlier one widened to run, verbatim, through the later one in the answer they both came from, and the later one
    removed. True when done; False (nothing changed) when they came from different answers or lie far apart there."""
    with session_scope() as s:
        items = [s.get(DraftOutcome, first_id), s.get(DraftOutcome, second_id)]
        found = [o for o in items if o is not None and o.conversation.sender_id == sender_id and not o.removed]
        if len(found) != 2:
            raise RecordError("no such outcome")
        first, second = sorted(found, key=lambda o: o.span_start or 0)
        answer = first.answer
        if (answer is None or second.answer_id != answer.id or first.span_start is None or first.span_end is None
                or second.span_start is None or second.span_end is None
                or not 0 <= second.span_start - first.span_end <= JOIN_GAP_CHARACTERS):
            return False
        first.span_end = second.span_end
        first.text = answer.text[first.span_start:first.span_end]
        first.unsure = first.unsure or second.unsure
        second.removed = True
        return True


def set_outcome_about(sender_id: str, outcome_id: int, about: str, *, view: str | None = None) -> None:
    """Whose life an item is about, as the carer says at the read-back ("14 and 15 are about Rhys not me": trial 46
    BA11). Its view as record_answer would have read it there: about the person, the carer's view when it came from an
    answer about the person (Mark's "how to talk to Rhys", said at Rhys's support question), else the person's view
    passed on (a wish of theirs inside the carer's own answer); about the carer, the carer's own. `view`: whose view it
    is, when the carer said so of an item the list showed as the other's ("that one's about mum not me" beside "(as you
    see it)": stop 48, BB11)."""
    if about not in ("person", "carer"):
        raise RecordError("unknown about")
    if view is not None and view not in WHOSE_VIEWS:
        raise RecordError("unknown view")
    with session_scope() as s:
        outcome = s.get(DraftOutcome, outcome_id)
        if outcome is None or outcome.conversation.sender_id != sender_id or outcome.removed:
            raise RecordError("no such outcome")
        if outcome.about != about:
            outcome.about = about
            answer = outcome.answer
            typed = answer.whose_view if answer is not None else "carer"
            outcome.whose_view = "person" if about == "person" and (answer is None or answer.about == "carer") \
                else typed
        if view is not None:
            outcome.whose_view = view


def replace_outcome_text(sender_id: str, outcome_id: int, new_text: str, analysis: Analysis,
                         about: str | None = None) -> int | None:
    """The person rewrites an item: the old one is removed, their new words kept verbatim. `about`: whose life the
    new words are about, when they say so themselves (a carer's "Siarad efo fi mewn Cymraeg syml"); else the old
    item's.

    New words that disclose harm (bot.safeguarding.harm.is_harm) are kept as an answer but never
    become an outcome, as in record_answer: they belong in the safeguarding section only, so the
    item stays as it was and None is returned.
    """
    new_text = clean_text(new_text)
    harm = is_harm(analysis.risk.level, analysis.risk.categories)
    with session_scope() as s:
        old = s.get(DraftOutcome, outcome_id)
        if old is None or old.conversation.sender_id != sender_id:
            raise RecordError("no such outcome")
        old.removed = not harm
        # A carer's new words about their own need, over an item that passed on the person's wish ("mae o isio…", read
        # as his view since stop 45): their own view now, as it is their own life (stop 45's full run).
        whose_view = "carer" if about == "carer" and old.about != "carer" and old.whose_view == "person" \
            and old.conversation.completed_by == "carer" else old.whose_view
        about = about or old.about
        # New words for a whole answer change that answer (bot.summary.record.link_changes); for one item
        # drawn from a longer answer they are a new item, and the rest of that answer still stands.
        whole = old.answer is None or old.text.strip() == old.answer.text.strip()
        answer = Answer(
            conversation=old.conversation,
            question_key="readback_edit" if whole else "readback_edit_item",
            question_text=old.answer.question_text if old.answer else "",
            text=new_text,
            language=analysis.language.language,
            language_confidence=analysis.language.confidence,
            language_method=analysis.language.method,
            whose_view=whose_view,
            about=about,
            typed_by=old.conversation.typing_now,  # (who typed the new words, as record_answer keeps it)
            typed_by_name=old.conversation.typing_now_name,
        )
        s.add(answer)
        if harm:
            return None
        # The group of new words is read again, a draft to confirm at the visit, unless the person or a worker chose
        # the old item's group: rewording is no choice of group (stop-22 trial V5: a change wish reworded at the
        # read-back kept the slot's "keep" and was labelled "the person's choice").
        chosen = old.type_set_by in ("person", "practitioner")
        new_type = old.type if chosen or analysis.outcome_type not in OUTCOME_TYPES else str(analysis.outcome_type)
        # New words read as the same group the old item was surely in stay sure: no "(?)" after an edit that did
        # not change the group (fifth trial Y16: "Newid y geiriau" turned a certain item into "(?)").
        still_sure = not chosen and new_type == old.type and not old.unsure
        new = DraftOutcome(
            conversation=old.conversation,
            answer=answer,
            text=new_text,
            span_start=0,
            span_end=len(new_text),
            type=new_type,
            confidence=(1.0 if chosen else max(analysis.confidence, old.confidence) if still_sure
                        else analysis.confidence),
            unsure=not chosen and not still_sure,
            whose_view=whose_view,
            about=about,
            type_set_by=old.type_set_by if chosen else "model",
        )
        s.add(new)
        s.flush()
        return new.id


REVIEW_STATUSES = ("new", "viewed", "visit_done")


def advance_review_status(conv: Conversation, status: str) -> None:
    """Move a summary on (new -> viewed -> visit done); it never moves back by itself."""
    if status not in REVIEW_STATUSES:
        raise RecordError("unknown review status")
    current = REVIEW_STATUSES.index(conv.review_status) if conv.review_status in REVIEW_STATUSES else 0
    if REVIEW_STATUSES.index(status) > current:
        conv.review_status = status
        if status == "visit_done":
            conv.visit_done_at = utcnow()  # retention of a confirmed record counts from here


def confirm_record(sender_id: str) -> tuple[str, bool]:
    """The person has checked the read-back: the record may now go to the practitioner.

    Returns (reference, newly confirmed); confirming twice changes nothing.
    """
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        if conv.status == "confirmed":
            return conv.reference, False
        conv.status = "confirmed"
        conv.confirmed_at = utcnow()
        return conv.reference, True


def start_again(sender_id: str) -> bool:
    """Clear the answers, who they were about, and the concerns read in them; urgent flags stay.

    "Start again" says the answers are cleared, so a concern (e.g. carer strain) read in them
    goes with them; an urgent flag stays for the duty team (never lost), and the person is told so.
    A record already sent to the practitioner is not wiped: returns False, and the person is
    told to speak to the worker instead.
    """
    with session_scope() as s:
        conv = _conversation(s, sender_id)
        if conv.status == "confirmed":
            return False
        _forget_their_words(s, conv)
        for flag in [f for f in conv.risk_flags if f.level != "urgent" and not f.please_check]:
            conv.risk_flags.remove(flag)  # delete-orphan: the row goes (a "please check" the duty team has stays)
        conv.completed_by = None
        conv.status = "in_progress"
        return True


def outcomes_for_readback(sender_id: str) -> list[DraftOutcome]:
    """The outcomes read back on screen: not words asking that something be kept from someone ("I don't want my
    mum to find out", second stop-25 trial V6), which the summary keeps at the top beside the risk
    (bot.analysis.keep_from, the one rule for both): read back as a wish, they are on a screen mum may see."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return []
        items = [o for o in active_outcomes(conv)
                 if o.answer is None or not kept_from_someone(o.answer.text or "", o.text)]
        for o in items:
            s.expunge(o)
        return items


def corrections_as_training_rows() -> list[tuple[str, str, str]]:
    """(text, type, language) for every correction, newest decision per outcome."""
    with session_scope() as s:
        rows = s.execute(select(OutcomeCorrection).order_by(OutcomeCorrection.id)).scalars().all()
        latest: dict[int, tuple[str, str, str]] = {}
        for row in rows:
            latest[row.outcome_id] = (row.text, row.to_type, row.language or "und")
        return list(latest.values())


def holds_duty_part(conv: Conversation) -> bool:
    """Has a duty alert been raised on this record: an urgent flag, or a "please check" one (stop 24, whose alert
    asks the duty team to read the message and decide)? Then the alert links to it, and its flags outlive an
    erasure or a retention sweep until the duty team's time is over. :func:`_duty_part_clause` is the same in SQL."""
    return bool(conv.urgent) or any(f.please_check for f in conv.risk_flags)


def _duty_part_clause() -> Any:
    """:func:`holds_duty_part` as a query condition."""
    return or_(Conversation.urgent.is_(True), Conversation.risk_flags.any(RiskFlag.please_check.is_(True)))


def may_reach_practitioner(conv: Conversation) -> bool:
    """A record is shown to its team once the person agreed, and ALWAYS when a duty alert was raised on it
    (:func:`holds_duty_part`): the alert links to it, whatever was said about consent (the consent text tells
    people that risk of harm will be shared)."""
    return conv.consent is True or holds_duty_part(conv)


def keeps_transcript(sender_id: str) -> bool:
    """False once the person has said no and nothing urgent was disclosed: then Rasa's event
    log must not keep their words either (see bot.storage.tracker_store)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return conv is None or conv.consent is not False or may_reach_practitioner(conv)


def list_conversations(session: Session, teams: Sequence[str] | None = None) -> list[Conversation]:
    q = select(Conversation).where(or_(Conversation.consent.is_(True), _duty_part_clause()))
    # The list reads each row's flags and answers (safeguarding column, the person's language): loaded together,
    # not one query per row.
    q = q.options(selectinload(Conversation.answers), selectinload(Conversation.risk_flags))
    if teams is not None:
        q = q.where(Conversation.team.in_(list(teams)))
    return list(session.execute(q).scalars().all())


# ---- invitation links (the rules are in bot.conversation.invitations) ----------------------------

@dataclass(frozen=True)
class InvitationRow:
    """What the rest of the code may know about an invitation (never its token)."""

    id: int
    case_reference: str
    team: str
    language: str | None
    audience: str
    created_by: int | None
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    bound_at: datetime | None
    channel: str | None
    conversation_reference: str | None  # the WM- reference once a conversation opened it
    conversation_status: str | None


def _invitation_row(s: Session, inv: Invitation) -> InvitationRow:
    conv = get_conversation(s, inv.sender_id) if inv.sender_id else None
    return InvitationRow(inv.id, inv.case_reference, inv.team, inv.language, inv.audience, inv.created_by,
                         inv.created_at, inv.expires_at, inv.revoked_at, inv.bound_at, inv.channel,
                         conv.reference if conv else None, conv.status if conv else None)


def add_invitation(*, token_hash: str, case_reference: str, team: str, language: str | None, audience: str,
                   created_by: int | None, expires_at: datetime) -> int:
    with session_scope() as s:
        inv = Invitation(token_hash=token_hash, case_reference=case_reference, team=team, language=language,
                         audience=audience, created_by=created_by, expires_at=expires_at)
        s.add(inv)
        s.flush()
        return int(inv.id)


def list_invitations(teams: Sequence[str] | None = None, limit: int = 200) -> list[InvitationRow]:
    """Newest first; None means every team."""
    with session_scope() as s:
        q = select(Invitation).order_by(Invitation.id.desc()).limit(limit)
        if teams is not None:
            q = q.where(Invitation.team.in_(list(teams)))
        return [_invitation_row(s, inv) for inv in s.execute(q).scalars()]


def get_invitation(invitation_id: int) -> InvitationRow | None:
    with session_scope() as s:
        inv = s.get(Invitation, invitation_id)
        return _invitation_row(s, inv) if inv is not None else None


def invitation_sender(token_hash: str) -> str | None:
    """The conversation a link is bound to, if any."""
    with session_scope() as s:
        return s.execute(select(Invitation.sender_id).where(Invitation.token_hash == token_hash)).scalar_one_or_none()


def revoke_invitation(invitation_id: int, user_id: int | None, now: datetime) -> bool:
    """Revoke a link nobody has opened yet; False when it was already used or revoked."""
    with session_scope() as s:
        return bool(_rows_changed(s.execute(
            update(Invitation)
            .where(Invitation.id == invitation_id, Invitation.bound_at.is_(None), Invitation.revoked_at.is_(None))
            .values(revoked_at=now, revoked_by=user_id)
        )))


@dataclass(frozen=True)
class OpenedInvitation:
    """The storage side of opening a link: which case it was, and what happened."""

    outcome: str  # bound / already_bound / expired / used / revoked / unknown
    invitation: InvitationRow | None


def open_invitation(token_hash: str, sender_id: str, channel: str, now: datetime,
                    register_for: dict[str, str]) -> OpenedInvitation:
    """Bind the link to this conversation if it may be, in one transaction; flag it unmatched if not.

    Single use even when two devices open the link at the same moment: the bind is an UPDATE that
    only succeeds while nobody holds the link. A conversation already tied to a case is never
    moved to another one.
    """
    def bind(s: Session) -> OpenedInvitation:
        inv = s.execute(select(Invitation).where(Invitation.token_hash == token_hash)).scalar_one_or_none()
        conv = _conversation(s, sender_id, channel)
        if inv is not None and inv.sender_id == sender_id:
            return OpenedInvitation("already_bound", _invitation_row(s, inv))
        if inv is None:
            outcome = "unknown"
        elif inv.revoked_at is not None:
            outcome = "revoked"
        elif inv.bound_at is not None or conv.case_reference is not None:  # used (maybe since erased)
            outcome = "used"
        elif inv.expires_at <= now:
            outcome = "expired"
        else:
            bound = _rows_changed(s.execute(
                update(Invitation)
                .where(Invitation.id == inv.id, Invitation.bound_at.is_(None))
                .values(sender_id=sender_id, channel=channel, bound_at=now)
            ))
            outcome = "bound" if bound else "used"
            if bound:
                s.refresh(inv)
                conv.team = inv.team
                conv.case_reference = inv.case_reference
                conv.unmatched_invitation = False
                conv.channel = channel
                if inv.language:
                    conv.preferred_language = inv.language
                conv.completed_by = inv.audience
                conv.register = register_for.get(inv.audience, "chi")
        if outcome != "bound" and conv.case_reference is None:
            conv.unmatched_invitation = True  # the practitioners see a link that did not match
        return OpenedInvitation(outcome, _invitation_row(s, inv) if inv is not None else None)

    return _retried_after_a_race(bind, "could not open the invitation")


# --- Per-installation secrets and the keyed hashes made with them ---

#: The app_secrets row behind `conversation_key`.
CONVERSATION_KEY_SECRET = "conversation_key_hmac"  # noqa: S105 - the row that holds the key, not the key
#: Hex characters of a conversation key: 128 bits, so two conversations never share one.
CONVERSATION_KEY_CHARS = 32


def installation_secret(session: Session, name: str) -> bytes:
    """A random key made once per installation and kept in the database (app_secrets), so every
    process sharing the database uses the same one and nothing secret lives in configuration."""
    from bot.web.models import AppSecret  # the table is the web app's; it holds no personal data

    row = session.get(AppSecret, name)
    if row is None:
        try:
            with session.begin_nested():
                session.add(AppSecret(name=name, value=secrets.token_hex(32)))
        except IntegrityError:  # another process made it first
            pass
        row = session.get(AppSecret, name)
        if row is None:
            raise RuntimeError(f"the installation secret {name!r} could not be stored")
    return bytes.fromhex(row.value)


def keyed_hash(session: Session, secret_name: str, text: str) -> str:
    """HMAC-SHA256 of `text` under one installation secret (hex): a stable key that cannot be turned back."""
    return hmac.new(installation_secret(session, secret_name), text.encode("utf-8"), hashlib.sha256).hexdigest()


def conversation_key(session: Session, sender_id: str) -> str:
    """What exports and the API call a conversation instead of its sender id.

    The sender id is the chat's only credential (whoever holds it can talk as the person, even
    send "start again"), so it never leaves the service; this keyed hash still lets a case system
    tell two conversations apart and match repeated exports of one.
    """
    return keyed_hash(session, CONVERSATION_KEY_SECRET, sender_id)[:CONVERSATION_KEY_CHARS]


# --- Channels: deliveries handled once, arrivals we could not read, long button payloads ---


def claim_update(channel: str, update_id: int) -> bool:
    """True the first time a channel delivery is seen, False for a redelivery of the same one.

    The row is written before the update is handled, so two deliveries racing each other are
    decided by the primary key, not by timing.
    """
    try:
        with session_scope() as s:
            s.add(ChannelUpdate(channel=channel, update_id=update_id))
    except IntegrityError:
        return False
    return True


def forget_updates_before(cutoff: datetime) -> int:
    """Drop delivery ids older than `cutoff` (Telegram stops redelivering after a day)."""
    with session_scope() as s:
        return _rows_changed(s.execute(delete(ChannelUpdate).where(ChannelUpdate.received_at < cutoff)))


def note_unreadable(sender_id: str, *, kind: str, message_id: str, channel: str) -> None:
    """Note that something arrived that we could not read: its kind only, never its content."""
    def note(s: Session) -> None:
        conv = _conversation(s, sender_id, channel)
        seen = s.execute(
            select(UnreadableMessage.id).where(
                UnreadableMessage.conversation_id == conv.id, UnreadableMessage.message_id == message_id)
        ).first()
        if seen is None:
            s.add(UnreadableMessage(conversation=conv, kind=kind[:16], message_id=message_id[:64]))

    return _retried_after_a_race(note, "could not note the unreadable message")


def unreadable_kinds(sender_id: str) -> list[str]:
    """The kinds of what arrived unread, oldest first (for the summary and the tests)."""
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        return [u.kind for u in conv.unreadable] if conv is not None else []


@dataclass(frozen=True)
class Addressee:
    """How to speak to someone outside the conversation's own turns: language, register, role."""

    language: str | None  # None: not chosen yet, so both languages, Welsh first
    register: str
    role: str | None


def addressee(sender_id: str) -> Addressee:
    with session_scope() as s:
        conv = get_conversation(s, sender_id)
        if conv is None:
            return Addressee(None, "chi", None)
        return Addressee(conv.language or conv.preferred_language, conv.register or "chi", conv.completed_by)


def keep_button_payload(payload: str) -> str:
    """A short, stable key for a payload too long for a channel's button data (idempotent)."""
    key = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
    try:
        with session_scope() as s:
            if s.get(ButtonPayload, key) is None:
                s.add(ButtonPayload(key=key, payload=payload))
    except IntegrityError:  # the same payload stored at the same moment by another request
        pass
    return key


def button_payload(key: str) -> str | None:
    with session_scope() as s:
        row = s.get(ButtonPayload, key)
        return row.payload if row is not None else None


# --- Erasure: a person asks for their data to be deleted ---

#: Rasa's SQL tracker store keeps its event log in this table of the same database.
TRANSCRIPT_TABLE = "events"


@dataclass(frozen=True)
class ErasedRecord:
    """What an erasure removed and what it had to keep (see bot.conversation.erase)."""

    found: bool
    reference: str | None
    kept_for_safety: bool  # an urgent flag: the conversation, its reference and its flags stay
    answers: int = 0
    outcomes: int = 0
    unreadable: int = 0
    flags_erased: int = 0
    flags_kept: int = 0
    transcript_events: int = 0
    team: str | None = None  # whose manager reads the audit row
    held_messages: int = 0  # messages kept verbatim while the action server was away (bot.storage.holding)


def erase_record(*, sender_id: str | None = None, reference: str | None = None,
                 keep_for_safety: bool = True, dry_run: bool = False, asked_by_person: bool = True) -> ErasedRecord:
    """Erase one conversation's record and transcript, in one transaction.

    Without a duty alert raised on it (:func:`holds_duty_part`: an urgent or a "please check" flag), everything
    goes: the conversation row, answers, outcomes, their
    regroupings, flags, notes and Rasa's events. An invitation it opened forgets which conversation
    opened it (its sender id) but stays used: `bound_at`, not the sender id, is what makes a link used.
    With one, the duty team's part stays (the conversation row with its reference, team and
    urgency, and every safeguarding flag with its words); everything else still goes.
    `keep_for_safety=False` removes that part too (retention, once the duty team's time is over).
    `dry_run` does it all and rolls back: the counts are exactly what an erasure would remove.
    `asked_by_person`: the person asked (their /delete, or by phone or letter), so the part kept says when they
    deleted their answers (`Conversation.erased_at`, for the summary); retention's own deletions are not theirs.
    """
    if (sender_id is None) == (reference is None):
        raise ValueError("give either sender_id or reference")
    with session_scope() as s:
        done = _erase(s, sender_id, reference, keep_for_safety, asked_by_person)
        if dry_run:
            s.rollback()
        return done


def _erase(s: Session, sender_id: str | None, reference: str | None, keep_for_safety: bool,
           asked_by_person: bool) -> ErasedRecord:
    conv = (get_conversation(s, sender_id) if sender_id is not None
            else get_conversation_by_reference(s, reference or ""))
    if conv is None:
        if sender_id is None:
            return ErasedRecord(False, None, False)
        _unlink_invitations(s, sender_id)
        return ErasedRecord(False, None, False, transcript_events=_erase_transcript(s, sender_id),
                            held_messages=_erase_held(s, sender_id))
    sender = conv.sender_id
    counts = {
        "answers": len(conv.answers),
        "outcomes": len(conv.outcomes),
        "unreadable": len(conv.unreadable),
        "held_messages": _erase_held(s, sender),
    }
    events = _erase_transcript(s, sender)
    if holds_duty_part(conv) and keep_for_safety:
        _forget_their_words(s, conv)
        for note in list(conv.unreadable):
            s.delete(note)
        for step in list(conv.pause_steps):  # when they took a break or came back: not the duty team's part
            s.delete(step)
        if asked_by_person:  # the summary says they deleted their answers, not "not recorded" (trial AB19)
            conv.erased_at = utcnow()
        return ErasedRecord(True, conv.reference, True, flags_kept=len(conv.risk_flags),
                            transcript_events=events, team=conv.team, **counts)
    outcome_ids = [o.id for o in conv.outcomes]
    if outcome_ids:  # regroupings quote the person's words too
        s.execute(delete(OutcomeCorrection).where(OutcomeCorrection.outcome_id.in_(outcome_ids)))
    flags = len(conv.risk_flags)
    _unlink_invitations(s, sender)
    s.delete(conv)  # answers, outcomes, flags, notes and pause steps go with it (cascade)
    s.flush()
    return ErasedRecord(True, conv.reference, False, flags_erased=flags, transcript_events=events,
                        team=conv.team, **counts)


def _unlink_invitations(session: Session, sender_id: str) -> None:
    """An erased conversation's invitation no longer says who opened it; it stays used (bound_at)."""
    session.execute(update(Invitation).where(Invitation.sender_id == sender_id).values(sender_id=None))


def _erase_transcript(session: Session, sender_id: str) -> int:
    """Delete Rasa's stored events for one sender (no table, e.g. in unit tests: nothing to do)."""
    if not inspect(session.connection()).has_table(TRANSCRIPT_TABLE):
        return 0
    events = _transcripts()
    return _rows_changed(session.execute(delete(events).where(events.c.sender_id == sender_id)))


def _erase_held(session: Session, sender_id: str) -> int:
    """Messages held for replay quote the person verbatim: they go with the rest."""
    return _rows_changed(session.execute(delete(HeldMessage).where(HeldMessage.sender_id == sender_id)))


def _rows_changed(result: Result) -> int:
    """How many rows an UPDATE or DELETE touched (its result is always a CursorResult, which counts them)."""
    return cast(CursorResult, result).rowcount or 0


# --- Retention: how long a record is kept (the policy is bot.conversation.retention) ---

@dataclass(frozen=True)
class DueForErasure:
    """A conversation a retention rule has reached; `after_visit` also ends the duty team's part."""

    reference: str
    after_visit: bool


def _transcripts() -> TableClause:
    return table(TRANSCRIPT_TABLE, column("sender_id"), column("timestamp"))


def _epoch(moment: datetime) -> float:
    """Rasa stamps its events in seconds since 1970 (UTC); our columns are naive UTC."""
    return moment.replace(tzinfo=timezone.utc).timestamp()


def due_for_retention(*, inactive_before: datetime, visit_done_before: datetime) -> list[DueForErasure]:
    """Every conversation a retention rule has reached, oldest first.

    * After the visit: marked done before `visit_done_before` (whatever else it holds).
    * Never confirmed: no activity since `inactive_before`, counting the record, its answers, flags
      and notes, and Rasa's events (a person still chatting is not idle). One with a duty alert raised
      (urgent or "please check") comes up only while it still holds more than the duty team's part.
    """
    with session_scope() as s:
        has_events = inspect(s.connection()).has_table(TRANSCRIPT_TABLE)
        after_visit = and_(Conversation.review_status == "visit_done", Conversation.visit_done_at.is_not(None),
                           Conversation.visit_done_at < visit_done_before)
        quiet = [Conversation.updated_at < inactive_before, Conversation.started_at < inactive_before,
                 or_(Conversation.consent_at.is_(None), Conversation.consent_at < inactive_before)]
        quiet += [~exists().where(and_(child.conversation_id == Conversation.id, child.created_at >= inactive_before))
                  for child in (Answer, DraftOutcome, RiskFlag, UnreadableMessage, PauseStep)]
        leftovers = [exists().where(child.conversation_id == Conversation.id)
                     for child in (Answer, DraftOutcome, UnreadableMessage, PauseStep)]
        leftovers += [Conversation.display_name.is_not(None), Conversation.cared_for_name.is_not(None),
                      Conversation.relationship_to_person.is_not(None)]
        if has_events:
            events = _transcripts()
            quiet.append(Conversation.sender_id.not_in(
                select(events.c.sender_id).where(events.c.timestamp >= _epoch(inactive_before))))
            leftovers.append(Conversation.sender_id.in_(select(events.c.sender_id)))
        never_confirmed = and_(Conversation.status != "confirmed", *quiet,
                               or_(~_duty_part_clause(), *leftovers))
        rows = s.execute(select(Conversation.reference, after_visit)
                         .where(or_(after_visit, never_confirmed))
                         .order_by(Conversation.updated_at, Conversation.id)).all()
        return [DueForErasure(reference, bool(ends)) for reference, ends in rows]


def erase_stale_transcripts(before: datetime, *, dry_run: bool = False) -> tuple[int, int]:
    """Rasa's events of senders with no record (never started one, or erased since) and nothing
    since `before`: (senders, events) removed, or that would be with `dry_run`."""
    with session_scope() as s:
        if not inspect(s.connection()).has_table(TRANSCRIPT_TABLE):
            return 0, 0
        events = _transcripts()
        stale = (select(events.c.sender_id)
                 .where(events.c.sender_id.not_in(select(Conversation.sender_id)))
                 .group_by(events.c.sender_id)
                 .having(func.max(events.c.timestamp) < _epoch(before)))
        senders = [row[0] for row in s.execute(stale)]
        removed = 0
        for sender in senders:
            removed += _erase_transcript(s, sender)
            _erase_held(s, sender)
        if dry_run:
            s.rollback()
        return len(senders), removed
