"""The web app's own tables (accounts, sign-in sessions, API tokens, audit log), read and written here only.

Like bot.storage.repository for the conversation record: handlers and the `users` command
call these functions inside a unit of work (`bot.storage.db.session_scope`) and hold no SQL
of their own, so a rule such as "the audit log is only ever appended to" lives in one place.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from bot.web import security
from bot.web.models import ApiToken, AuditEntry, User, WebSession

#: Audit rows on one page of /audit.
AUDIT_PAGE_ROWS = 100


# ---- accounts ----------------------------------------------------------------------------------

def user_by_email(s: Session, email: str) -> User | None:
    """The account for an address already normalised (lower case, no spaces); None if there is none."""
    if not email:
        return None
    return s.execute(select(User).where(User.email == email)).scalar_one_or_none()


def get_user(s: Session, user_id: int) -> User | None:
    return s.get(User, user_id)


def all_users(s: Session) -> list[User]:
    """Every account, team by team."""
    return list(s.execute(select(User).order_by(User.team, User.email)).scalars())


def all_api_tokens(s: Session) -> list[ApiToken]:
    return list(s.execute(select(ApiToken).order_by(ApiToken.id)).scalars())


def get_api_token(s: Session, token_id: int) -> ApiToken | None:
    return s.get(ApiToken, token_id)


# ---- sign-in sessions --------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionLengths:
    """How long a sign-in lasts: idle (pushed on by each request) and absolute (never pushed on)."""

    idle: timedelta
    absolute: timedelta


def session_for_token(s: Session, token: str) -> WebSession | None:
    """The session a cookie's token belongs to (only the token's hash is stored)."""
    return s.execute(
        select(WebSession).where(WebSession.token_hash == security.token_hash(token))
    ).scalar_one_or_none()


def start_session(s: Session, user: User, now: datetime, lengths: SessionLengths) -> str:
    """A new session for `user`; returns the cookie's token. Expired sessions are cleared out first."""
    token = security.new_token()
    s.execute(delete(WebSession).where(or_(WebSession.idle_expires_at <= now,
                                           WebSession.absolute_expires_at <= now)))
    s.add(WebSession(
        token_hash=security.token_hash(token), user_id=user.id, csrf_token=security.new_token(),
        created_at=now, last_seen_at=now,
        idle_expires_at=now + lengths.idle,
        absolute_expires_at=now + lengths.absolute,
    ))
    return token


def end_session(s: Session, session_id: int) -> None:
    s.execute(delete(WebSession).where(WebSession.id == session_id))


# ---- API tokens --------------------------------------------------------------------------------

def use_api_token(s: Session, token: str, now: datetime) -> tuple[int, str | None] | None:
    """(token id, team or None for every team) for a live bearer token, noting its use; else None."""
    row = s.execute(
        select(ApiToken).where(ApiToken.token_hash == security.token_hash(token))
    ).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    row.last_used_at = now
    return row.id, row.team


# ---- the audit log -----------------------------------------------------------------------------

def append_audit(s: Session, *, action: str, user_id: int | None = None, api_token_id: int | None = None,
                 reference: str | None = None, team: str | None = None, detail: str = "",
                 ip: str | None = None) -> None:
    """Add one row; rows are never changed or deleted (see AuditLogIsAppendOnly)."""
    s.add(AuditEntry(user_id=user_id, api_token_id=api_token_id, action=action, reference=reference,
                     team=team, detail=detail[:500], ip=ip))


def audit_page(s: Session, team: str | None, before: int = 0) -> list[dict[str, Any]]:
    """Up to AUDIT_PAGE_ROWS rows, newest first, older than row `before` (0: the newest);
    one team's rows, or every team's when `team` is None. Users are shown by e-mail."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(AUDIT_PAGE_ROWS)
    if team is not None:
        q = q.where(AuditEntry.team == team)
    if before > 0:
        q = q.where(AuditEntry.id < before)
    entries = list(s.execute(q).scalars())
    ids = {e.user_id for e in entries if e.user_id}
    rows = s.execute(select(User.id, User.email).where(User.id.in_(ids))).all() if ids else []
    emails: dict[int, str] = {row.id: row.email for row in rows}
    return [{"id": e.id, "at": e.at, "user": emails.get(e.user_id, "") if e.user_id else "",
             "api_token_id": e.api_token_id, "action": e.action, "reference": e.reference,
             "team": e.team, "detail": e.detail} for e in entries]
