"""The practitioners' web app (Sanic 21.12, already pinned by Rasa; Jinja2 templates, autoescape on).

Rules kept here, in one place:
- every page but /health, /static, /sign-in and /api needs a live server-side session;
- every POST carries the session's CSRF token (the sign-in form a double-submit cookie);
- a practitioner or team manager sees only their own team; an admin sees all;
  another team's reference gets the same 404 as one that does not exist;
- URLs, page titles and INFO logs carry public WM- references and user ids only;
- every sign-in, view, export and correction is written to the append-only audit log.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial, wraps
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sanic import Sanic
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse, html, raw, redirect, text
from sanic.response import json as json_response
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from bot.settings import Settings, get_settings
from bot.storage import db, repository
from bot.storage.models import Conversation, DraftOutcome, utcnow
from bot.summary.record import build_record
from bot.summary.render import render_html_body, render_pdf, to_fhir
from bot.web import i18n, security, throttle
from bot.web.models import ApiToken, AuditEntry, User, WebSession
from bot.web.schema import SUMMARY_SCHEMA

logger = logging.getLogger("bot.web")

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "wm_session"
PRE_SESSION_COOKIE = "wm_signin"  # double-submit CSRF token for the sign-in form
OUTCOME_TYPES = ("change", "maintenance", "process")
REVIEW_ORDER = {"new": 0, "viewed": 1, "visit_done": 2}
REFERENCE_RE = re.compile(r"^WM-[A-Z0-9]{4,12}$")
SAFE_NEXT_RE = re.compile(r"^/(summaries(/WM-[A-Z0-9]{4,12})?|audit|users)$")
MESSAGES = {"expired", "signed_out", "group_saved", "visit_marked"}

_app_numbers = itertools.count(1)


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


def _where(request: Request) -> str:
    """Which page, as the route's name and a valid reference: never the raw path, which anyone can type."""
    name = request.route.name.rsplit(".", 1)[-1] if request.route else "unknown_route"
    reference = (request.match_info or {}).get("reference") if request.route else None
    return f"{name} {reference}" if reference and REFERENCE_RE.match(reference) else name


def _typed_reference(reference: str) -> str:
    """A reference someone asked for, for the audit: kept only if it has a reference's shape."""
    return reference if REFERENCE_RE.match(reference or "") else "(not a reference)"


def _client_ip(request: Request) -> str:
    return (request.ip or "")[:64]


def audit(url: str, request: Request | None, action: str, *, user_id: int | None = None,
          reference: str | None = None, team: str | None = None, detail: str = "",
          api_token_id: int | None = None) -> None:
    """Append one row to the audit log and say the same at INFO (ids and references only)."""
    with db.session_scope(url) as s:
        s.add(AuditEntry(user_id=user_id, api_token_id=api_token_id, action=action, reference=reference,
                         team=team, detail=detail[:500], ip=_client_ip(request) if request else None))
    who = f"user {user_id}" if user_id else (f"token {api_token_id}" if api_token_id else "anonymous")
    logger.info("audit %s by %s%s%s", action, who, f" on {reference}" if reference else "",
                f" ({detail})" if detail else "")


# ---- templates ---------------------------------------------------------------------------------

def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["both"] = i18n.both
    env.globals["bi"] = i18n.bilingual
    env.filters["when"] = format_time
    return env


def format_time(value: Any) -> str:
    """UTC from the database, shown in Welsh local time."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.rstrip("Z"))
        except ValueError:
            return value
    try:
        from datetime import timezone
        from zoneinfo import ZoneInfo

        value = value.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("Europe/London"))
    except Exception:  # no tz database: show UTC rather than fail
        pass
    return value.strftime("%d/%m/%Y %H:%M")


def completed_by_key(value: str | None) -> str:
    return {"person": "completed_person", "carer": "completed_carer",
            "young_person": "completed_young_person"}.get(value or "", "not_recorded")


def language_key(value: str | None) -> str:
    return {"cy": "language_cy", "en": "language_en"}.get(value or "", "not_recorded")


# ---- the summary body ---------------------------------------------------------------------------

def render_summary_body(env: Environment, record: dict[str, Any], language: str, csrf: str) -> Markup:
    """The shared summary (bot.summary.render), with the group form beside each outcome."""
    control = env.get_template("_outcome_control.html")
    outcomes = {o["id"]: o for o in record.get("outcomes") or []}

    def outcome_control(outcome_id: int) -> str:
        outcome = outcomes.get(outcome_id)
        if outcome is None:
            return ""
        return control.render(o=outcome, reference=record["reference"], csrf=csrf,
                              outcome_types=OUTCOME_TYPES, t=partial(i18n.t, language=language))

    # The renderer promises an already-escaped fragment.
    return Markup(render_html_body(record, language, outcome_control))


# ---- helpers for handlers ----------------------------------------------------------------------

Handler = Callable[..., Awaitable[HTTPResponse]]


def _safe_next(value: str | None) -> str:
    return value if value and SAFE_NEXT_RE.match(value) else "/summaries"


def _no_store(response: HTTPResponse) -> HTTPResponse:
    response.headers["Cache-Control"] = "no-store"
    return response


def _visible(s: Session, user: CurrentUser, reference: str) -> Conversation | None:
    """The conversation if this user may see it; None for unknown, other team or no consent alike."""
    if not REFERENCE_RE.match(reference or ""):
        return None
    conv = repository.get_conversation_by_reference(s, reference)
    if conv is None or not repository.may_reach_practitioner(conv):
        return None
    if not user.is_admin and conv.team != user.team:
        return None
    return conv


def _list_rows(convs: Iterable[Conversation]) -> list[dict[str, Any]]:
    """List rows, urgent first, then new / viewed / visit done, newest first within each."""
    rows = []
    for c in convs:
        levels = {f.level for f in c.risk_flags}
        rows.append({
            "reference": c.reference,
            "team": c.team,
            "date": c.confirmed_at or c.updated_at or c.started_at,
            "completed_by": c.completed_by,
            "language": c.language,
            "review_status": c.review_status or "new",
            "urgent": bool(c.urgent),
            "concern": "concern" in levels and not c.urgent,
            "confirmed": c.status == "confirmed",
            "status": c.status,
            "confirmed_at": c.confirmed_at,
        })
    rows.sort(key=lambda r: r["date"] or datetime.min, reverse=True)
    rows.sort(key=lambda r: (not r["urgent"], REVIEW_ORDER.get(r["review_status"], 3)))
    return rows


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


# ---- the app -----------------------------------------------------------------------------------

def create_app(settings: Settings | None = None) -> Sanic:
    """Build the app from `settings` (the process's own when None), like Flask's create_app(test_config)."""
    settings = settings or get_settings()
    url = settings.database
    env = _environment()

    app = Sanic(f"whatmatters_web_{next(_app_numbers)}", configure_logging=False)
    app.config.MOTD = False
    app.config.REAL_IP_HEADER = settings.web_real_ip_header
    app.static("/static", str(HERE / "static"), name="static")

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTTPResponse:
        user: CurrentUser | None = getattr(request.ctx, "user", None)
        session: CurrentSession | None = getattr(request.ctx, "session", None)
        lang = user.language if user else "cy"
        body = env.get_template(name).render(
            request_path=request.path, user=user, lang=lang, csrf=session.csrf if session else "",
            t=partial(i18n.t, language=lang), shared=user is None, **context,
        )
        return _no_store(html(body, status=status))

    def error_page(request: Request, status: int, title_key: str, body_key: str) -> HTTPResponse:
        if request.path.startswith("/api/"):
            return json_response({"error": i18n.t(title_key, "en").lower()}, status=status)
        return render(request, "error.html", status=status, title_key=title_key, body_key=body_key)

    def not_found(request: Request) -> HTTPResponse:
        return error_page(request, 404, "not_found_title", "not_found_body")

    def unseen(request: Request, reference: str) -> HTTPResponse:
        """Unknown, other team's or unconsented record: the same 404, and an audit row."""
        user = request.ctx.user
        audit(url, request, "not_found", user_id=user.id, team=user.team, detail=_typed_reference(reference))
        return not_found(request)

    def forbidden(request: Request) -> HTTPResponse:
        user = request.ctx.user
        audit(url, request, "forbidden", user_id=user.id, team=user.team, detail=_where(request))
        return error_page(request, 403, "forbidden_title", "forbidden_body")

    def to_sign_in(request: Request, message: str | None = None) -> HTTPResponse:
        query = []
        if message:
            query.append(f"msg={message}")
        if request.method == "GET" and SAFE_NEXT_RE.match(request.path):
            query.append(f"next={request.path}")
        return redirect("/sign-in" + ("?" + "&".join(query) if query else ""), status=303)

    def signed_in(*roles: str) -> Callable[[Handler], Handler]:
        """Only for a live session (and, when given, one of these roles)."""
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

    # -- middleware -------------------------------------------------------------------------------

    def _load_session(request: Request) -> None:
        request.ctx.user = None
        request.ctx.session = None
        request.ctx.expired = False
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return
        now = utcnow()
        with db.session_scope(url) as s:
            row = s.execute(
                select(WebSession).where(WebSession.token_hash == security.token_hash(token))
            ).scalar_one_or_none()
            if row is None:
                request.ctx.expired = True
                return
            user = row.user
            if row.idle_expires_at <= now or row.absolute_expires_at <= now or not user.active:
                s.delete(row)
                request.ctx.expired = True
                return
            row.last_seen_at = now
            row.idle_expires_at = min(now + timedelta(minutes=settings.web_session_minutes), row.absolute_expires_at)
            request.ctx.user = CurrentUser(user.id, user.email, user.role, user.team, user.language)
            request.ctx.session = CurrentSession(row.id, row.csrf_token)

    @app.on_request
    async def authenticate(request: Request) -> HTTPResponse | None:
        request.ctx.user = None
        request.ctx.session = None
        request.ctx.expired = False
        path = request.path
        if path.startswith(("/api/", "/static/")) or path == "/health":
            return None
        _load_session(request)
        if request.method == "POST" and path != "/sign-in":
            sent = request.form.get("csrf_token") if request.form else None
            session = request.ctx.session
            if session is None:
                return to_sign_in(request, "expired")
            if not security.same(sent, session.csrf):
                user = request.ctx.user
                audit(url, request, "csrf_failed", user_id=user.id, team=user.team, detail=_where(request))
                return error_page(request, 403, "csrf_title", "csrf_body")
        return None

    @app.on_response
    async def security_headers(request: Request, response: HTTPResponse) -> None:
        h = response.headers
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "same-origin")
        h.setdefault("Content-Security-Policy",
                     "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                     "frame-ancestors 'none'; base-uri 'none'")
        if not request.path.startswith("/static/"):
            h.setdefault("Cache-Control", "no-store")

    @app.exception(SanicException)
    async def sanic_error(request: Request, exc: SanicException) -> HTTPResponse:
        if not hasattr(request.ctx, "user"):
            request.ctx.user = None
            request.ctx.session = None
        status = getattr(exc, "status_code", 500) or 500
        if status == 404:
            return not_found(request)
        if status == 403:
            return error_page(request, 403, "forbidden_title", "forbidden_body")
        if status < 500:
            return error_page(request, status, "bad_request_title", "error_body")
        logger.error("server error %s on %s", type(exc).__name__, request.method)
        return error_page(request, status, "error_title", "error_body")

    @app.exception(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> HTTPResponse:
        # No traceback by default: database errors can quote the words being stored.
        logger.error("unhandled %s on %s %s", type(exc).__name__, request.method,
                     request.route.name if request.route else "?",
                     exc_info=exc if settings.web_debug else None)
        if not hasattr(request.ctx, "user"):
            request.ctx.user = None
            request.ctx.session = None
        return error_page(request, 500, "error_title", "error_body")

    # -- public -----------------------------------------------------------------------------------

    @app.get("/health")
    async def health(request: Request) -> HTTPResponse:
        return text("ok")

    @app.get("/")
    async def home(request: Request) -> HTTPResponse:
        return redirect("/summaries" if request.ctx.user else "/sign-in", status=303)

    @app.get("/sign-in")
    async def sign_in_form(request: Request) -> HTTPResponse:
        if request.ctx.user:
            return redirect("/summaries", status=303)
        message = request.args.get("msg")
        return sign_in_page(request, message=message if message in MESSAGES else None)

    def sign_in_page(request: Request, status: int = 200, message: str | None = None,
                     error: str | None = None) -> HTTPResponse:
        pre = security.new_token()
        response = render(request, "sign_in.html", status=status, pre_csrf=pre, message=message, error=error,
                          next=_safe_next(request.args.get("next") or (request.form or {}).get("next")))
        _set_cookie(response, PRE_SESSION_COOKIE, pre, path="/sign-in", max_age=3600)
        return response

    def _set_cookie(response: HTTPResponse, name: str, value: str, path: str = "/",
                    max_age: int | None = None) -> None:
        """HttpOnly, SameSite=Lax, Secure behind HTTPS; no max-age = gone when the browser closes."""
        response.cookies[name] = value
        cookie = response.cookies[name]
        cookie["httponly"] = True
        cookie["samesite"] = "Lax"
        cookie["path"] = path
        if max_age is not None:
            cookie["max-age"] = max_age
        if settings.web_cookie_secure:
            cookie["secure"] = True

    @app.post("/sign-in")
    async def sign_in(request: Request) -> HTTPResponse:
        form = request.form or {}
        if not security.same(form.get("csrf_token"), request.cookies.get(PRE_SESSION_COOKIE)):
            return error_page(request, 403, "csrf_title", "csrf_body")
        email = (form.get("email") or "").strip().lower()
        password = form.get("password") or ""
        client = _client_ip(request)
        now = utcnow()
        with db.session_scope(url) as s:
            user = s.execute(select(User).where(User.email == email)).scalar_one_or_none() if email else None
            if throttle.is_locked(s, email, client, now):  # known or not: the same answer either way
                security.burn_time(password)
                audit(url, request, "sign_in_locked", user_id=user.id if user else None,
                      team=user.team if user else None)
                return sign_in_page(request, status=429, error="sign_in_locked")
            if user is None or not user.active:
                security.burn_time(password)
                ok = False
            else:
                ok = security.verify_password(password, user.password_hash)
            if not ok:
                throttle.record_failure(s, email, client, now)
                user_id, team = (user.id, user.team) if user is not None else (None, None)
            else:
                throttle.clear(s, email)
                user.last_sign_in_at = now
                token = security.new_token()
                s.execute(delete(WebSession).where(or_(WebSession.idle_expires_at <= now,
                                                       WebSession.absolute_expires_at <= now)))
                s.add(WebSession(
                    token_hash=security.token_hash(token), user_id=user.id, csrf_token=security.new_token(),
                    created_at=now, last_seen_at=now,
                    idle_expires_at=now + timedelta(minutes=settings.web_session_minutes),
                    absolute_expires_at=now + timedelta(hours=settings.web_session_max_hours),
                ))
                user_id, team = user.id, user.team
        if not ok:
            audit(url, request, "sign_in_failed", user_id=user_id, team=team)
            return sign_in_page(request, status=401, error="sign_in_failed")
        audit(url, request, "sign_in", user_id=user_id, team=team)
        response = redirect(_safe_next(form.get("next")), status=303)
        _set_cookie(response, SESSION_COOKIE, token)
        _set_cookie(response, PRE_SESSION_COOKIE, "", path="/sign-in", max_age=0)  # used up
        return response

    @app.post("/sign-out")
    @signed_in()
    async def sign_out(request: Request) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            s.execute(delete(WebSession).where(WebSession.id == request.ctx.session.id))
        audit(url, request, "sign_out", user_id=user.id, team=user.team)
        response = redirect("/sign-in?msg=signed_out", status=303)
        _set_cookie(response, SESSION_COOKIE, "", max_age=0)
        return response

    @app.post("/language")
    @signed_in()
    async def set_language(request: Request) -> HTTPResponse:
        user = request.ctx.user
        language = request.form.get("language")
        if language not in i18n.LANGUAGES:
            return error_page(request, 400, "bad_request_title", "error_body")
        with db.session_scope(url) as s:
            s.get(User, user.id).language = language
        audit(url, request, "language", user_id=user.id, team=user.team, detail=language)
        return redirect(_safe_next(request.form.get("next")), status=303)

    # -- summaries --------------------------------------------------------------------------------

    @app.get("/summaries")
    @signed_in()
    async def summaries(request: Request) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            rows = _list_rows(repository.list_conversations(s, user.teams()))
        audit(url, request, "view_list", user_id=user.id, team=user.team, detail=f"{len(rows)} rows")
        return render(request, "list.html", rows=rows, completed_by_key=completed_by_key,
                      language_key=language_key)

    @app.get("/summaries/<reference:str>")
    @signed_in()
    async def summary(request: Request, reference: str) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            conv = _visible(s, user, reference)
            if conv is None:
                return unseen(request, reference)
            repository.advance_review_status(conv, "viewed")
            record = build_record(conv)
            team = conv.team
        audit(url, request, "view", user_id=user.id, reference=reference, team=team)
        message = request.args.get("msg")
        body = await asyncio.to_thread(render_summary_body, env, record, user.language,
                                       request.ctx.session.csrf)
        return render(request, "summary.html", record=record, body=body,
                      message=message if message in MESSAGES else None,
                      completed_by_key=completed_by_key, language_key=language_key)

    @app.post("/summaries/<reference:str>/outcomes/<outcome_id:int>")
    @signed_in()
    async def correct_outcome(request: Request, reference: str, outcome_id: int) -> HTTPResponse:
        user = request.ctx.user
        new_type = request.form.get("type")
        if new_type not in OUTCOME_TYPES:
            return error_page(request, 400, "bad_request_title", "error_body")
        with db.session_scope(url) as s:
            conv = _visible(s, user, reference)
            outcome = s.get(DraftOutcome, outcome_id) if conv is not None else None
            if conv is None or outcome is None or outcome.conversation_id != conv.id or outcome.removed:
                return unseen(request, reference)
            old_type, team = outcome.type, conv.team
        repository.change_outcome_type(None, outcome_id, new_type, corrected_by="practitioner", user_id=user.id)
        action = "correction" if new_type != old_type else "confirm_group"
        audit(url, request, action, user_id=user.id, reference=reference, team=team,
              detail=f"outcome {outcome_id}: {old_type} -> {new_type}")
        return redirect(f"/summaries/{reference}?msg=group_saved#outcome-{outcome_id}", status=303)

    @app.post("/summaries/<reference:str>/visit-done")
    @signed_in()
    async def visit_done(request: Request, reference: str) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            conv = _visible(s, user, reference)
            if conv is None:
                return unseen(request, reference)
            repository.advance_review_status(conv, "visit_done")
            team = conv.team
        audit(url, request, "visit_done", user_id=user.id, reference=reference, team=team)
        return redirect(f"/summaries/{reference}?msg=visit_marked", status=303)

    async def _export(request: Request, reference: str, kind: str) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            conv = _visible(s, user, reference)
            if conv is None:
                return unseen(request, reference)
            record = build_record(conv)
            team = conv.team
        if kind == "pdf":
            body = await asyncio.to_thread(render_pdf, record, user.language)
            content_type, filename = "application/pdf", f"{reference}.pdf"
        elif kind == "fhir":
            fhir = await asyncio.to_thread(to_fhir, record)
            body = json.dumps(fhir, ensure_ascii=False, indent=2).encode("utf-8")
            content_type, filename = "application/fhir+json", f"{reference}.fhir.json"
        else:
            payload = dict(record, schema="/api/schema")
            body = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
            content_type, filename = "application/json", f"{reference}.json"
        audit(url, request, f"export_{kind}", user_id=user.id, reference=reference, team=team)
        return _no_store(raw(body, content_type=content_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'}))

    @app.get("/summaries/<reference:str>/export.pdf")
    @signed_in()
    async def export_pdf(request: Request, reference: str) -> HTTPResponse:
        return await _export(request, reference, "pdf")

    @app.get("/summaries/<reference:str>/export.json")
    @signed_in()
    async def export_json(request: Request, reference: str) -> HTTPResponse:
        return await _export(request, reference, "json")

    @app.get("/summaries/<reference:str>/export.fhir.json")
    @signed_in()
    async def export_fhir(request: Request, reference: str) -> HTTPResponse:
        return await _export(request, reference, "fhir")

    # -- audit and users (read-only) --------------------------------------------------------------

    @app.get("/audit")
    @signed_in("team_manager", "admin")
    async def audit_log(request: Request) -> HTTPResponse:
        user = request.ctx.user
        try:
            before = int(request.args.get("before", "0"))
        except ValueError:
            before = 0
        with db.session_scope(url) as s:
            q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(100)
            if not user.is_admin:
                q = q.where(AuditEntry.team == user.team)
            if before > 0:
                q = q.where(AuditEntry.id < before)
            entries = list(s.execute(q).scalars())
            ids = {e.user_id for e in entries if e.user_id}
            emails = dict(s.execute(select(User.id, User.email).where(User.id.in_(ids))).all()) if ids else {}
            rows = [{"id": e.id, "at": e.at, "user": emails.get(e.user_id, "") if e.user_id else "",
                     "api_token_id": e.api_token_id, "action": e.action, "reference": e.reference,
                     "team": e.team, "detail": e.detail} for e in entries]
        audit(url, request, "view_audit", user_id=user.id, team=user.team)
        return render(request, "audit.html", rows=rows,
                      older=rows[-1]["id"] if len(rows) == 100 else None)

    @app.get("/users")
    @signed_in("admin")
    async def users(request: Request) -> HTTPResponse:
        user = request.ctx.user
        with db.session_scope(url) as s:
            rows = [{"id": u.id, "email": u.email, "role": u.role, "team": u.team, "language": u.language,
                     "active": u.active, "last_sign_in_at": u.last_sign_in_at}
                    for u in s.execute(select(User).order_by(User.team, User.email)).scalars()]
        audit(url, request, "view_users", user_id=user.id, team=user.team)
        return render(request, "users.html", rows=rows)

    # -- JSON API for case-management systems -----------------------------------------------------

    def api_token(request: Request) -> tuple[int, str | None] | None:
        """(token id, team or None for all teams) for a valid bearer token."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        with db.session_scope(url) as s:
            row = s.execute(
                select(ApiToken).where(ApiToken.token_hash == security.token_hash(token.strip()))
            ).scalar_one_or_none()
            if row is None or row.revoked_at is not None:
                return None
            row.last_used_at = utcnow()
            return row.id, row.team

    def unauthorised(request: Request) -> HTTPResponse:
        audit(url, request, "api_refused", detail=_where(request))
        return json_response({"error": "unauthorised"}, status=401,
                             headers={"WWW-Authenticate": 'Bearer realm="whatmatters"', "Cache-Control": "no-store"})

    dumps = partial(json.dumps, ensure_ascii=False)

    @app.get("/api/summaries")
    async def api_list(request: Request) -> HTTPResponse:
        auth = api_token(request)
        if auth is None:
            return unauthorised(request)
        token_id, team = auth
        with db.session_scope(url) as s:
            rows = _list_rows(repository.list_conversations(s, None if team is None else [team]))
        audit(url, request, "api_list", api_token_id=token_id, team=team, detail=f"{len(rows)} rows")
        items = [{
            "reference": r["reference"],
            "url": f"/api/summaries/{r['reference']}",
            "team": r["team"],
            "status": r["status"],
            "review_status": r["review_status"],
            "urgent": r["urgent"],
            "language": r["language"],
            "completed_by": r["completed_by"],
            "confirmed_at": _iso(r["confirmed_at"]),
        } for r in rows]
        return json_response({"summaries": items, "schema": "/api/schema"}, dumps=dumps)

    @app.get("/api/summaries/<reference:str>")
    async def api_summary(request: Request, reference: str) -> HTTPResponse:
        auth = api_token(request)
        if auth is None:
            return unauthorised(request)
        token_id, team = auth
        with db.session_scope(url) as s:
            conv = repository.get_conversation_by_reference(s, reference) if REFERENCE_RE.match(reference) else None
            if conv is None or not repository.may_reach_practitioner(conv) or (team is not None and conv.team != team):
                audit(url, request, "not_found", api_token_id=token_id, team=team, detail=_typed_reference(reference))
                return json_response({"error": "not found"}, status=404)
            record = build_record(conv)
        audit(url, request, "api_view", api_token_id=token_id, reference=reference, team=record["team"])
        return json_response(dict(record, schema="/api/schema"), dumps=dumps)

    @app.get("/api/schema")
    async def api_schema(request: Request) -> HTTPResponse:
        return json_response(SUMMARY_SCHEMA, dumps=dumps, content_type="application/schema+json")

    return app
