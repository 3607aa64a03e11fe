"""The practitioners' web app (Sanic 21.12, already pinned by Rasa; Jinja2 templates, autoescape on).

`create_app(settings)` builds it, as Flask's `create_app(test_config)` does: it never reads or
writes the environment itself. The pages come in blueprints, one per concern (BLUEPRINTS below);
the rules they share live in bot.web.guards:

- every page but /health, /ready, /metrics, /static, /sign-in and /api needs a live server-side session;
- every POST carries the session's CSRF token (the sign-in form a double-submit cookie);
- a practitioner or team manager sees only their own team; an admin sees all;
  another team's reference gets the same 404 as one that does not exist;
- URLs, page titles and INFO logs carry public WM- references and user ids only;
- every sign-in, view, export and correction is written to the append-only audit log.

All SQL is in bot.storage.repository (the record) and bot.web.store (the web app's tables).
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import time
from types import ModuleType

from sanic import Sanic
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse, text

from bot.settings import Settings, get_settings
from bot.web import api, audit_log, chat, data_protection, guards, health, invitations, pages, sign_in, summaries, users

logger = logging.getLogger("bot.web")

#: One module per concern, each with its Blueprint `bp`, registered in this order.
#: A new concern (web chat, invitations) is a module here; practitioners' pages call
#: guards.for_practitioners(bp) for the sign-in session and CSRF check.
BLUEPRINTS: list[ModuleType] = [sign_in, summaries, users, audit_log, api, chat, invitations, health]

#: The largest request body the web app reads (Sanic's default is 100 MB). Its largest honest body
#: is the web chat's message form: 10,000 characters, percent-encoded (up to 12 bytes for an emoji).
WEB_MAX_BODY_BYTES = 256 * 1024
#: Form posts whose body must be UTF-8 (Sanic would log a traceback and read the form as empty).
_FORM_TYPE = "application/x-www-form-urlencoded"
CHAT_PATHS = ("/chat/",)

_app_numbers = itertools.count(1)


def create_app(settings: Settings | None = None) -> Sanic:
    """Build the app from `settings` (the process's own when None) and register the blueprints."""
    settings = settings or get_settings()
    app = Sanic(f"whatmatters_web_{next(_app_numbers)}", configure_logging=False)
    app.config.MOTD = False
    app.config.REAL_IP_HEADER = settings.web_real_ip_header
    app.config.REQUEST_MAX_SIZE = WEB_MAX_BODY_BYTES
    app.ctx.settings = settings
    app.ctx.database_url = settings.database
    app.ctx.templates = pages.environment()
    app.static("/static", str(pages.STATIC), name="static")

    app.on_request(_start_anonymous)
    app.on_request(_readable_body)
    app.on_response(_security_headers)
    app.exception(guards.NotVisible)(guards.unseen)
    app.exception(SanicException)(_sanic_error)
    app.exception(Exception)(_unexpected_error)
    app.add_route(_health, "/health", methods=["GET"], name="health")
    for module in BLUEPRINTS:
        app.blueprint(module.bp)
    data_protection.register(app)  # the hourly retention sweep (RETENTION_AUTOMATIC)
    app.ctx.warmed = False
    if settings.web_warm_up:
        app.register_listener(_warm_up, "before_server_start")
    return app


#: The app's own templates the practitioner opens first (the summary body's template is warmed with the summary).
FIRST_TEMPLATES = ("list.html", "summary.html")


async def _warm_up(app: Sanic, _loop: object) -> None:
    """Before the server listens, load what the first summary page would otherwise load while a practitioner waits
    (AX22, stop 43 trial: 16.4 s for the day's first page, 0.05-0.3 s for the rest). A server hook, not an import:
    the tests build many apps and start their servers with WEB_WARM_UP=no."""
    from bot.analysis import risk
    from bot.summary.render import warm

    started = time.monotonic()
    risk.configure(app.ctx.settings.whatmatters_cache_dir)  # the fitted model's folder, as the action server's
    try:
        await asyncio.to_thread(warm)
        for name in FIRST_TEMPLATES:
            app.ctx.templates.get_template(name)
    except Exception as error:  # best effort: the first page loads what it needs itself, slowly
        # The warm-up only saves the first practitioner a wait; a font or template missing must not stop the app
        # from starting (review, stop 44: it raised inside before_server_start). Only the error's kind is logged:
        # its message may hold a path or, from a template, someone's words.
        logger.warning("warm-up skipped (%s); the first summary page will load it", type(error).__name__)
        return
    app.ctx.warmed = True
    logger.info("ready for the first summary page (%.1f s)", time.monotonic() - started)


async def _start_anonymous(request: Request) -> None:
    """Every request starts signed out; a practitioners' blueprint then loads the session."""
    guards.anonymous(request)


async def _readable_body(request: Request) -> HTTPResponse | None:
    """A form post that is not UTF-8, or holds a NUL (PostgreSQL cannot store one), is a 400 here,
    before any page reads it. The web chat answers those itself, kindly, in the person's language."""
    if not request.body or (request.headers.get("content-type") or "").split(";")[0].strip().lower() != _FORM_TYPE:
        return None
    try:
        request.body.decode("utf-8")
        readable = request.path.startswith(CHAT_PATHS) or not any(
            "\x00" in value for values in (request.form or {}).values() for value in values)
    except UnicodeDecodeError:
        readable = False
    if readable:
        return None
    logger.info("a form post that could not be read was refused")
    return pages.error_page(request, 400, "bad_request_title", "error_body")


async def _security_headers(request: Request, response: HTTPResponse) -> None:
    h = response.headers
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Referrer-Policy", "same-origin")
    h.setdefault("Content-Security-Policy",
                 "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'")
    if not request.path.startswith("/static/"):
        h.setdefault("Cache-Control", "no-store")


def client_left(request: Request) -> bool:
    """Whether the browser went away before its reply (the tab closed, the network dropped): Sanic then cancels the
    handler and reports the cancellation as a 503 that can never be sent."""
    transport = getattr(request, "transport", None)
    return transport is not None and transport.is_closing()


async def _sanic_error(request: Request, exc: SanicException) -> HTTPResponse:
    if client_left(request):
        # No server error (eighth trial AB20: an ERROR line each time): one INFO line at most, with no path, address
        # or words; a handler that said so itself (the web chat's message still being handled) is not repeated.
        if not getattr(request.ctx, "client_left_noted", False):
            logger.info("a browser left before its reply (%s)", request.method)
        return text("", status=getattr(exc, "status_code", 503) or 503)
    if not hasattr(request.ctx, "user"):
        guards.anonymous(request)
    status = getattr(exc, "status_code", 500) or 500
    if status == 404:
        return pages.not_found(request)
    if status == 403:
        return pages.error_page(request, 403, "forbidden_title", "forbidden_body")
    if status < 500:
        return pages.error_page(request, status, "bad_request_title", "error_body")
    logger.error("server error %s on %s", type(exc).__name__, request.method)
    return pages.error_page(request, status, "error_title", "error_body")


async def _unexpected_error(request: Request, exc: Exception) -> HTTPResponse:
    # No traceback by default: database errors can quote the words being stored.
    logger.error("unhandled %s on %s %s", type(exc).__name__, request.method,
                 request.route.name if request.route else "?",
                 exc_info=exc if guards.settings_of(request).web_debug else None)
    if not hasattr(request.ctx, "user"):
        guards.anonymous(request)
    return pages.error_page(request, 500, "error_title", "error_body")


async def _health(request: Request) -> HTTPResponse:
    return text("ok")
