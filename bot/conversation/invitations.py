"""Invitation links: a practitioner's link ties the conversation to their referral and team.

Framework-free on purpose (no Rasa, Sanic or Telegram here): the web chat link and Telegram's
`/start <token>` both call `start_from_invitation`, so a link behaves the same on every channel.

The rules, kept in one place:
- a token is 192 random bits, URL-safe (fits Telegram's 64-character `start` parameter); only
  its SHA-256 is stored, so the link is shown once, when it is made;
- the first conversation that opens a valid link is bound to it, once; the same conversation
  opening it again is told "already_bound" (a reload, a second tap);
- an expired, used, revoked or unknown link never binds: the person can still talk (the record
  lands in the default team, flagged as unmatched, so nobody loses what they said);
- only a bound conversation learns the case reference; a stranger holding a used link learns
  nothing about the referral.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.analysis.types import LANGUAGES
from bot.conversation.turn import REGISTER_FOR
from bot.storage import repository
from bot.storage.models import utcnow

AUDIENCES = ("person", "carer", "young_person")
STATUSES = ("bound", "already_bound", "expired", "used", "revoked", "unknown")
#: What a practitioner's list shows for each invitation.
STATES = ("sent", "started", "completed", "expired", "revoked")
TOKEN_BYTES = 24  # 192 bits; token_urlsafe gives 32 characters of [A-Za-z0-9_-]
TELEGRAM_START_MAX = 64  # Telegram's limit on a deep link's start parameter
MAX_CASE_REFERENCE = 64


@dataclass(frozen=True)
class InvitationStart:
    """What a channel needs to open the conversation: the outcome and, when bound, the referral."""

    status: str  # "bound" | "already_bound" | "expired" | "used" | "revoked" | "unknown"
    language: str | None  # the person's language if the practitioner knew it
    audience: str | None  # "person" | "carer" | "young_person"
    case_reference: str | None

    @property
    def matched(self) -> bool:
        """True when the conversation is tied to the referral (now or on an earlier visit)."""
        return self.status in ("bound", "already_bound")


@dataclass(frozen=True)
class NewInvitation:
    id: int
    token: str  # shown once; never stored
    expires_at: datetime


class InvitationError(ValueError):
    """A form value an invitation cannot have; the message is a catalogue key safe to show."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def looks_like_token(token: str | None) -> bool:
    """A cheap shape check before any database work (anything else is simply "unknown")."""
    return bool(token) and len(token or "") <= TELEGRAM_START_MAX and all(
        c.isascii() and (c.isalnum() or c in "-_") for c in token or "")


def invitation_days() -> float:
    """INVITATION_DAYS from the process's settings (default 14), for callers that hold none."""
    from bot.settings import get_settings

    return float(get_settings().invitation_days)


def create_invitation(*, case_reference: str, team: str, language: str | None, audience: str,
                      created_by: int | None, days: float | None = None,
                      now: datetime | None = None) -> NewInvitation:
    """Make a link for one referral. The case reference is kept exactly as typed (trimmed only)."""
    case_reference = (case_reference or "").strip()
    if not case_reference:
        raise InvitationError("invitation_case_reference_missing")
    if len(case_reference) > MAX_CASE_REFERENCE or any(ord(c) < 32 for c in case_reference):
        raise InvitationError("invitation_case_reference_invalid")
    if not team or len(team) > 64:
        raise InvitationError("invitation_team_invalid")
    if language not in (None, *LANGUAGES):
        raise InvitationError("invitation_language_invalid")
    if audience not in AUDIENCES:
        raise InvitationError("invitation_audience_invalid")
    now = now or utcnow()
    expires_at = now + timedelta(days=days if days is not None else invitation_days())
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation_id = repository.add_invitation(
        token_hash=token_hash(token), case_reference=case_reference, team=team, language=language,
        audience=audience, created_by=created_by, expires_at=expires_at)
    return NewInvitation(invitation_id, token, expires_at)


def start_from_invitation(sender_id: str, channel: str, token: str) -> InvitationStart:
    """Open a link for this conversation: bind it if it may be, otherwise say why (never raises for a bad link).

    The conversation record exists afterwards either way. For "bound" the record already carries
    the team, case reference, who is talking (and their register) and the known language, so the
    channel only has to start the conversation in that language: the conversation itself reads who
    is talking from the record and never asks it (bot.conversation.about_you.known_speaker).
    """
    hashed = token_hash(token) if looks_like_token(token) else token_hash("\0not-a-token")
    opened = repository.open_invitation(hashed, sender_id, channel, utcnow(), REGISTER_FOR)
    inv = opened.invitation
    if opened.outcome in ("bound", "already_bound") and inv is not None:
        return InvitationStart(opened.outcome, inv.language, inv.audience, inv.case_reference)
    if opened.outcome in ("expired", "revoked") and inv is not None:
        # Very likely the right person, just late: greet them in their language, tie nothing.
        return InvitationStart(opened.outcome, inv.language, None, None)
    return InvitationStart(opened.outcome, None, None, None)


def is_bound_to(token: str, sender_id: str) -> bool:
    """True when this link already belongs to this conversation (a reload or second tap)."""
    if not looks_like_token(token):
        return False
    return repository.invitation_sender(token_hash(token)) == sender_id


def state_of(row: repository.InvitationRow, now: datetime | None = None) -> str:
    """sent / started / completed / expired / revoked, as the practitioners' list shows it."""
    if row.revoked_at is not None:
        return "revoked"
    if row.bound_at is not None:
        return "completed" if row.conversation_status == "confirmed" else "started"
    if row.expires_at <= (now or utcnow()):
        return "expired"
    return "sent"


def revoke(invitation_id: int, user_id: int | None) -> bool:
    """Revoke a link nobody has opened; False if it was opened or revoked already."""
    return repository.revoke_invitation(invitation_id, user_id, utcnow())


def web_link(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/chat/start/{token}"


def telegram_link(bot_username: str | None, token: str) -> str | None:
    """https://t.me/<bot>?start=<token>, or None when no bot is configured."""
    name = (bot_username or "").strip().lstrip("@")
    if not name:
        return None
    return f"https://t.me/{name}?start={token}"
