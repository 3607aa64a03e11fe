"""Turning a request into a page: the templates, the shared summary body, error pages.

Every page is rendered here so that each one carries the same header, language and CSRF token,
and none of them is ever cached by a browser or proxy (they hold personal data).
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sanic.request import Request
from sanic.response import HTTPResponse, html
from sanic.response import json as json_response

from bot.analysis.types import OUTCOME_TYPES
from bot.summary.render import render_html_body
from bot.web import i18n

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = TEMPLATES.parent / "static"
#: Notes a page may show after a redirect (?msg=...); anything else in the address is ignored.
MESSAGES = frozenset({"expired", "signed_out", "group_saved", "visit_marked", "marked_viewed"})


def environment() -> Environment:
    """The app's Jinja2 templates: autoescaped everywhere, with the catalogue's words as globals."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
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
        from zoneinfo import ZoneInfo

        value = value.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("Europe/London"))
    except Exception:  # noqa: S110 - no tz database: show UTC rather than fail
        pass
    return value.strftime("%d/%m/%Y %H:%M")


def completed_by_key(value: str | None) -> str:
    return {"person": "completed_person", "carer": "completed_carer", "professional": "completed_professional",
            "young_person": "completed_young_person"}.get(value or "", "not_recorded")


def language_key(value: str | None) -> str:
    return {"cy": "language_cy", "en": "language_en", "either": "language_either", "both": "language_both"}.get(
        value or "", "not_recorded")


def render_summary_body(env: Environment, record: dict[str, Any], language: str, csrf: str) -> Markup:
    """The shared summary (bot.summary.render), with the group form beside each outcome; its first line (harm
    happening now) is shown by the page itself, above everything (summaries.summary)."""
    control = env.get_template("_outcome_control.html")
    outcomes = {o["id"]: o for o in record.get("outcomes") or []}

    def outcome_control(outcome_id: int) -> str:
        outcome = outcomes.get(outcome_id)
        if outcome is None:
            return ""
        return control.render(o=outcome, reference=record["reference"], csrf=csrf,
                              outcome_types=OUTCOME_TYPES, t=partial(i18n.t, language=language))

    # The renderer promises an already-escaped fragment.
    return Markup(render_html_body(record, language, outcome_control, first_line=False))  # noqa: S704


def no_store(response: HTTPResponse) -> HTTPResponse:
    response.headers["Cache-Control"] = "no-store"
    return response


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTTPResponse:
    """A page in the signed-in user's language (Welsh first, then English, before sign-in)."""
    user = getattr(request.ctx, "user", None)
    session = getattr(request.ctx, "session", None)
    lang = user.language if user else "cy"
    body = request.app.ctx.templates.get_template(name).render(
        request_path=request.path, user=user, lang=lang, csrf=session.csrf if session else "",
        t=partial(i18n.t, language=lang), shared=user is None, **context,
    )
    return no_store(html(body, status=status))


def error_page(request: Request, status: int, title_key: str, body_key: str) -> HTTPResponse:
    """An error as a page, or as JSON under /api/."""
    if request.path.startswith("/api/"):
        return json_response({"error": i18n.t(title_key, "en").lower()}, status=status)
    return render(request, "error.html", status=status, title_key=title_key, body_key=body_key)


def not_found(request: Request) -> HTTPResponse:
    return error_page(request, 404, "not_found_title", "not_found_body")
