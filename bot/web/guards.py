"""The rules every practitioners' page shares, in one place for every blueprint.

- `for_practitioners(bp)`: each request to the blueprint loads its live server-side session, and
  each POST must carry that session's CSRF token (the sign-in form has its own double-submit
  cookie instead);
- `signed_in(*roles)`: the page needs a signed-in user (and, when given, one of these roles),
  otherwise it goes to sign-in, or gets a 403 page with an audit row;
- `visible_conversation(...)`: a record the user may read, or the same 404 for every other case;
- `audit(...)`: the append-only audit log, and the same words at INFO (ids and references only).

Blueprints reach the app's settings through `request.app.ctx.settings` (see bot.web.app).
"""
from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from typing import Any

from sanic import Blueprint
from sanic.exceptions import NotFound
from sanic.request import Request
from sanic.response import HTTPResponse, redirect
from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.storage import db, repository
from bot.storage.models import Conversation, utcnow
from bot.web import pages, security, store

logger = logging.getLogger("bot.web")

SESSION_COOKIE = "wm_session"
PRE_SESSION_COOKIE = "wm_signin"  # double-submit CSRF token for the sign-in form
SIGN_IN_PATH = "/sign-in"
REFERENCE_RE = re.compile(r"^WM-[A-Z0-9]{4,12}$")
#: The largest row id either database holds (SQLite INTEGER, PostgreSQL BIGINT): 2**63 - 1.
LARGEST_ROW_ID = 2**63 - 1
#: ASCII digits only: Python's int() also reads "１２" (full-width) and "-1", and a huge number
#: reaches the database driver as an OverflowError (a 500) rather than matching nothing.
_ROW_ID_RE = re.compile(r"[0-9]{1,19}")
#: Our own pages a sign-in may return to (never an address from outside: no open redirect).
SAFE_NEXT_RE = re.compile(r"^/(summaries(/WM-[A-Z0-9]{4,12})?|audit|users|invitations)$")

Handler = Callable[..., Coroutine[Any, Any, HTTPResponse]]


# ---- who is asking -----------------------------------------------------------------------------

@dataclass(frozen=True)
class CurrentUser:
    id: int
    email: str
    role: str
    team: str
    language: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def teams(self) -> list[str] | None:
        """The teams this user may read; None means every team."""
        return None if self.is_admin else [self.team]


@dataclass(frozen=True)
class CurrentSession:
    id: int
    csrf: str


def settings_of(request: Request) -> Settings:
    return request.app.ctx.settings


def database(request: Request) -> str:
    """The app's database URL (from its settings, resolved once in create_app)."""
    return request.app.ctx.database_url


def anonymous(request: Request) -> None:
    """Nobody signed in yet: what every request starts as."""
    request.ctx.user = None
    request.ctx.session = None
    request.ctx.expired = False


# ---- what may be written down ------------------------------------------------------------------

def where(request: Request) -> str:
    """Which page, as the route's name and a valid reference: never the raw path, which anyone can type."""
    name = request.route.name.rsplit(".", 1)[-1] if request.route else "unknown_route"
    reference = (request.match_info or {}).get("reference") if request.route else None
    return f"{name} {reference}" if reference and REFERENCE_RE.match(reference) else name


def typed_reference(reference: str) -> str:
    """A reference someone asked for, for the audit: kept only if it has a reference's shape."""
    return reference if REFERENCE_RE.match(reference or "") else "(not a reference)"


def row_id(text: str | None) -> int | None:
    """A row id typed in an address or form (1 to LARGEST_ROW_ID, ASCII digits), or None for anything else.

    Every id a page reads from a URL or form goes through here, so a bad one is a clear 400 or
    404 from the handler, never a 500 from the database.
    """
    if text is None or not _ROW_ID_RE.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= LARGEST_ROW_ID else None


def client_ip(request: Request) -> str:
    """The client's address, for sign-in throttling, rate limits and the audit log: one rule, here.

    Without WEB_REAL_IP_HEADER it is the socket's address, and any forwarding header is ignored
    (anyone can send one). With it (behind a trusted proxy that sets the header) it is the
    right-most address in that header: X-Forwarded-For lists the client's own claims first and
    the address our proxy saw last, so only the last entry is the proxy's word. A missing header,
    or an entry that is not an IP address, falls back to the socket's address.
    """
    header = settings_of(request).web_real_ip_header
    if header:
        entries = [e.strip() for value in request.headers.getall(header, []) for e in value.split(",")]
        entries = [e for e in entries if e]
        if entries:
            address = _ip_address(entries[-1])
            if address:
                return address
    return (request.ip or "")[:64]


def _ip_address(entry: str) -> str | None:
    """An address a proxy wrote (IPv4, IPv6, either with a port, IPv6 maybe bracketed), normalised."""
    candidate = entry.strip()
    if candidate.startswith("["):  # [v6]:port
        candidate = candidate[1:].split("]", 1)[0]
    elif candidate.count(":") == 1:  # v4:port
        candidate = candidate.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def audit(request: Request, action: str, *, user_id: int | None = None, reference: str | None = None,
          team: str | None = None, detail: str = "", api_token_id: int | None = None) -> None:
    """Append one row to the audit log and say the same at INFO (ids and references only)."""
    with db.session_scope(database(request)) as s:
        store.append_audit(s, action=action, user_id=user_id, api_token_id=api_token_id, reference=reference,
                           team=team, detail=detail, ip=client_ip(request))
    who = f"user {user_id}" if user_id else (f"token {api_token_id}" if api_token_id else "anonymous")
    logger.info("audit %s by %s%s%s", action, who, f" on {reference}" if reference else "",
                f" ({detail})" if detail else "")


def audit_user(request: Request, action: str, **fields: Any) -> None:
    """An audit row for the signed-in user, under their team unless `team` says otherwise."""
    user: CurrentUser = request.ctx.user
    fields.setdefault("team", user.team)
    audit(request, action, user_id=user.id, **fields)


# ---- sessions and CSRF -------------------------------------------------------------------------

def session_lengths(settings: Settings) -> store.SessionLengths:
    return store.SessionLengths(idle=timedelta(minutes=settings.web_session_minutes),
                                absolute=timedelta(hours=settings.web_session_max_hours))


def load_session(request: Request) -> None:
    """Who holds this cookie, if their session is live; a dead session is deleted, not revived."""
    anonymous(request)
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return
    now = utcnow()
    idle = session_lengths(settings_of(request)).idle
    with db.session_scope(database(request)) as s:
        row = store.session_for_token(s, token)
        if row is None:
            request.ctx.expired = True
            return
        user = row.user
        if row.idle_expires_at <= now or row.absolute_expires_at <= now or not user.active:
            s.delete(row)
            request.ctx.expired = True
            return
        row.last_seen_at = now
        row.idle_expires_at = min(now + idle, row.absolute_expires_at)
        request.ctx.user = CurrentUser(user.id, user.email, user.role, user.team, user.language)
        request.ctx.session = CurrentSession(row.id, row.csrf_token)


async def practitioner_session(request: Request) -> HTTPResponse | None:
    """Request middleware: load the session; refuse a POST without the session's CSRF token."""
    load_session(request)
    if request.method != "POST" or request.path == SIGN_IN_PATH:
        return None
    session: CurrentSession | None = request.ctx.session
    if session is None:
        return to_sign_in(request, "expired")
    sent = request.form.get("csrf_token") if request.form else None
    if not security.same(sent, session.csrf):
        audit_user(request, "csrf_failed", detail=where(request))
        return pages.error_page(request, 403, "csrf_title", "csrf_body")
    return None


def for_practitioners(bp: Blueprint) -> Blueprint:
    """Put a blueprint's pages behind the practitioners' sign-in session and CSRF check."""
    bp.middleware(practitioner_session, "request")
    return bp


def set_cookie(request: Request, response: HTTPResponse, name: str, value: str, path: str = "/",
               max_age: int | None = None) -> None:
    """HttpOnly, SameSite=Lax, Secure behind HTTPS; no max-age = gone when the browser closes."""
    response.cookies[name] = value
    cookie = response.cookies[name]
    cookie["httponly"] = True
    cookie["samesite"] = "Lax"
    cookie["path"] = path
    if max_age is not None:
        cookie["max-age"] = max_age
    if settings_of(request).web_cookie_secure:
        cookie["secure"] = True


# ---- who may see what --------------------------------------------------------------------------

def safe_next(value: str | None) -> str:
    """Where to go after signing in: one of our own pages, never an address from outside."""
    return value if value and SAFE_NEXT_RE.match(value) else "/summaries"


def to_sign_in(request: Request, message: str | None = None) -> HTTPResponse:
    query = []
    if message:
        query.append(f"msg={message}")
    if request.method == "GET" and SAFE_NEXT_RE.match(request.path):
        query.append(f"next={request.path}")
    return redirect(SIGN_IN_PATH + ("?" + "&".join(query) if query else ""), status=303)


def forbidden(request: Request) -> HTTPResponse:
    audit_user(request, "forbidden", detail=where(request))
    return pages.error_page(request, 403, "forbidden_title", "forbidden_body")


def signed_in(*roles: str) -> Callable[[Handler], Handler]:
    """Only for a live session (and, when given, one of these roles: otherwise 403)."""
    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            if request.ctx.user is None:
                return to_sign_in(request, "expired" if request.ctx.expired else None)
            if roles and request.ctx.user.role not in roles:
                return forbidden(request)
            return await handler(request, *args, **kwargs)
        return wrapper
    return decorate


class NotVisible(NotFound):
    """A record this user may not read: answered exactly as a reference that does not exist."""

    def __init__(self, reference: str) -> None:
        super().__init__("not found")
        self.reference = reference


def visible_conversation(s: Session, request: Request, reference: str) -> Conversation:
    """The conversation behind `reference`, if the signed-in user may read it.

    As Flask's tutorial `get_post` does, this raises rather than returning None, so a handler
    reads straight on. It raises NotVisible (404, with a "not_found" audit row written by the
    app's error handler) for a reference that is malformed or unknown, a record of another team
    (admins see every team), and a record the person has not agreed to share, unless it holds
    an urgent safeguarding flag. All of these look the same, so a guessed reference reveals
    nothing; in particular another team's record is never a 403. 403 is only for pages a role
    may not open at all (see `signed_in`).
    """
    conv = readable_conversation(s, reference, request.ctx.user.teams())
    if conv is None:
        raise NotVisible(reference)
    return conv


def readable_conversation(s: Session, reference: str, teams: Sequence[str] | None) -> Conversation | None:
    """The record behind `reference` if one of `teams` (None: every team) may read it, else None:
    malformed, unknown, another team's and not shared (nor urgent) all alike."""
    if not REFERENCE_RE.match(reference or ""):
        return None
    conv = repository.get_conversation_by_reference(s, reference)
    if conv is None or not repository.may_reach_practitioner(conv):
        return None
    if teams is not None and conv.team not in teams:
        return None
    return conv


async def unseen(request: Request, exc: NotVisible) -> HTTPResponse:
    """The error handler for NotVisible: an audit row with the reference only if it looks like one."""
    audit_user(request, "not_found", detail=typed_reference(exc.reference))
    return pages.not_found(request)
