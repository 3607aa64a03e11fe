"""Signing in and out, and the interface language: the `sign_in` blueprint.

A wrong e-mail costs the same time and gets the same answer as a wrong password, and the
throttle (bot.web.throttle) locks any address typed in, so nothing here tells an attacker which
addresses are staff. The sign-in form carries a double-submit cookie, as no session exists yet.
"""
from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, redirect

from bot.storage import db
from bot.storage.models import utcnow
from bot.web import i18n, pages, security, store, throttle
from bot.web.guards import (
    PRE_SESSION_COOKIE,
    SESSION_COOKIE,
    SIGN_IN_PATH,
    audit,
    audit_user,
    client_ip,
    database,
    for_practitioners,
    safe_next,
    session_lengths,
    set_cookie,
    settings_of,
    signed_in,
)

bp = for_practitioners(Blueprint("sign_in"))


@bp.get("/")
async def home(request: Request) -> HTTPResponse:
    return redirect("/summaries" if request.ctx.user else SIGN_IN_PATH, status=303)


def sign_in_page(request: Request, status: int = 200, message: str | None = None,
                 error: str | None = None) -> HTTPResponse:
    pre = security.new_token()
    response = pages.render(request, "sign_in.html", status=status, pre_csrf=pre, message=message, error=error,
                            next=safe_next(request.args.get("next") or (request.form or {}).get("next")))
    set_cookie(request, response, PRE_SESSION_COOKIE, pre, path=SIGN_IN_PATH, max_age=3600)
    return response


@bp.get(SIGN_IN_PATH)
async def sign_in_form(request: Request) -> HTTPResponse:
    if request.ctx.user:
        return redirect("/summaries", status=303)
    message = request.args.get("msg")
    return sign_in_page(request, message=message if message in pages.MESSAGES else None)


@bp.post(SIGN_IN_PATH)
async def sign_in(request: Request) -> HTTPResponse:
    form = request.form or {}
    if not security.same(form.get("csrf_token"), request.cookies.get(PRE_SESSION_COOKIE)):
        return pages.error_page(request, 403, "csrf_title", "csrf_body")
    email = (form.get("email") or "").strip().lower()
    password = form.get("password") or ""
    client = client_ip(request)
    now = utcnow()
    token = ""
    with db.session_scope(database(request)) as s:
        user = store.user_by_email(s, email)
        if throttle.is_locked(s, email, client, now):  # known or not: the same answer either way
            security.burn_time(password)
            audit(request, "sign_in_locked", user_id=user.id if user else None, team=user.team if user else None)
            return sign_in_page(request, status=429, error="sign_in_locked")
        account = user if user is not None and user.active else None
        if account is None:
            security.burn_time(password)
        ok = account is not None and security.verify_password(password, account.password_hash)
        if account is None or not ok:
            throttle.record_failure(s, email, client, now)
            user_id, team = (user.id, user.team) if user is not None else (None, None)
        else:
            throttle.clear(s, email)
            account.last_sign_in_at = now
            token = store.start_session(s, account, now, session_lengths(settings_of(request)))
            user_id, team = account.id, account.team
    if not ok:
        audit(request, "sign_in_failed", user_id=user_id, team=team)
        return sign_in_page(request, status=401, error="sign_in_failed")
    audit(request, "sign_in", user_id=user_id, team=team)
    response = redirect(safe_next(form.get("next")), status=303)
    set_cookie(request, response, SESSION_COOKIE, token)
    set_cookie(request, response, PRE_SESSION_COOKIE, "", path=SIGN_IN_PATH, max_age=0)  # used up
    return response


@bp.post("/sign-out")
@signed_in()
async def sign_out(request: Request) -> HTTPResponse:
    with db.session_scope(database(request)) as s:
        store.end_session(s, request.ctx.session.id)
    audit_user(request, "sign_out")
    response = redirect(f"{SIGN_IN_PATH}?msg=signed_out", status=303)
    set_cookie(request, response, SESSION_COOKIE, "", max_age=0)
    return response


@bp.post("/language")
@signed_in()
async def set_language(request: Request) -> HTTPResponse:
    language = request.form.get("language")
    if language not in i18n.LANGUAGES:
        return pages.error_page(request, 400, "bad_request_title", "error_body")
    with db.session_scope(database(request)) as s:
        user = store.get_user(s, request.ctx.user.id)
        if user is not None:
            user.language = language
    audit_user(request, "language", detail=language)
    return redirect(safe_next(request.form.get("next")), status=303)
