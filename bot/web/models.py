"""The practitioner web app's own tables: accounts, sign-in sessions, API tokens, audit log.

They share `Base` with the conversation tables so one Alembic history
(revision 0002) creates them beside the records they protect.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text, event
from sqlalchemy.orm import Mapped, relationship

from bot.storage.models import Base, utcnow

ROLES = ("practitioner", "team_manager", "admin")


class User(Base):
    """A practitioner, team manager or admin. Teams are the `team` strings conversations carry."""

    __tablename__ = "users"

    id: Mapped[int] = Column(Integer, primary_key=True)
    email: Mapped[str] = Column(String(255), nullable=False, unique=True, index=True)  # stored lower-case
    password_hash: Mapped[str] = Column(String(255), nullable=False)  # scrypt$n$r$p$salt$hash (see bot.web.security)
    role: Mapped[str] = Column(String(16), nullable=False, default="practitioner")
    team: Mapped[str] = Column(String(64), nullable=False, default="default", index=True)
    language: Mapped[str] = Column(String(3), nullable=False, default="cy")  # interface language
    active: Mapped[bool] = Column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = Column(DateTime)

    sessions: Mapped[list[WebSession]] = relationship("WebSession", back_populates="user", cascade="all, delete-orphan")


class SignInThrottle(Base):
    """Wrong-password count and brief lock for one e-mail address, known or not.

    Why a table of its own, keyed by a hash: locking only real accounts would tell an attacker
    which addresses exist (429 against 401), and storing unknown addresses typed into the form
    would keep personal data nobody asked us to hold.
    """

    __tablename__ = "sign_in_throttle"

    # HMAC of the address (and client), see throttle.py
    email_hash: Mapped[str] = Column(String(64), primary_key=True)
    address_key: Mapped[str] = Column(String(64), nullable=False, index=True)  # HMAC of the address alone
    failures: Mapped[int] = Column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = Column(DateTime)
    updated_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)


class AppSecret(Base):
    """Random secrets made once per installation (e.g. the key that hides addresses in
    sign_in_throttle), so nothing secret has to live in configuration files."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = Column(String(64), primary_key=True)
    value: Mapped[str] = Column(String(128), nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class WebSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = Column(Integer, primary_key=True)
    token_hash: Mapped[str] = Column(String(64), nullable=False, unique=True, index=True)
    user_id: Mapped[int] = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    csrf_token: Mapped[str] = Column(String(64), nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    last_seen_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    idle_expires_at: Mapped[datetime] = Column(DateTime, nullable=False)  # pushed forward on every request
    absolute_expires_at: Mapped[datetime] = Column(DateTime, nullable=False)  # never pushed forward

    user: Mapped[User] = relationship("User", back_populates="sessions")


class ApiToken(Base):
    """A case-management system's bearer token, scoped to one team (or all when team is NULL)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = Column(Integer, primary_key=True)
    token_hash: Mapped[str] = Column(String(64), nullable=False, unique=True, index=True)
    team: Mapped[str | None] = Column(String(64))  # NULL: every team (admin integration)
    label: Mapped[str | None] = Column(String(255))
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    last_used_at: Mapped[datetime | None] = Column(DateTime)
    revoked_at: Mapped[datetime | None] = Column(DateTime)


class AuditEntry(Base):
    """Who did what to which record, and when. Append-only: the app never updates or deletes a row.

    `reference` is the public WM- reference; `detail` is short and never holds
    names or answer text, so the log itself is safe to show to a manager.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = Column(Integer, primary_key=True)
    at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)
    user_id: Mapped[int | None] = Column(Integer, index=True)  # NULL for API tokens and unknown accounts
    api_token_id: Mapped[int | None] = Column(Integer)
    action: Mapped[str] = Column(String(32), nullable=False)
    reference: Mapped[str | None] = Column(String(16), index=True)
    team: Mapped[str | None] = Column(String(64), index=True)  # whose manager may read this row
    detail: Mapped[str] = Column(Text, nullable=False, default="")
    ip: Mapped[str | None] = Column(String(64))


class AuditLogIsAppendOnly(RuntimeError):
    """Raised if any code tries to change or delete an audit row through the ORM."""


@event.listens_for(AuditEntry, "before_update")
def _no_audit_update(*_args: object) -> None:
    raise AuditLogIsAppendOnly("audit log rows cannot be changed")


@event.listens_for(AuditEntry, "before_delete")
def _no_audit_delete(*_args: object) -> None:
    raise AuditLogIsAppendOnly("audit log rows cannot be deleted")
