"""Invitation links, for practitioners and intake workers: make one per referral, see what became of it.

The rules live in bot.conversation.invitations (shared with Telegram's /start); this module is
the signed-in pages around them:

- `GET /invitations`: the team's invitations (an admin's: every team's) with their state;
- `POST /invitations`: make one (case reference, team: your own unless you are an admin, the
  person's language if known, who will talk) and show its web link, Telegram link (when a bot
  username is configured) and a QR code to print. The link is shown once: only its hash is kept;
- `POST /invitations/<id>/revoke`: stop a link nobody has opened yet.

The QR code is SVG made here (segno, pure Python), inline in the page: nothing is fetched from
elsewhere and the strict CSP holds. Audit rows and logs carry invitation ids, never the case
reference or the link.
"""
from __future__ import annotations

from typing import Any

import segno
from markupsafe import Markup
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, redirect

from bot.conversation import invitations
from bot.settings import Settings
from bot.storage import db, repository
from bot.web import pages, store
from bot.web.guards import CurrentUser, audit_user, database, for_practitioners, settings_of, signed_in

MESSAGES = {"revoked": "invitation_revoked_msg", "not_revoked": "invitation_not_revoked_msg"}
AUDIENCES = invitations.AUDIENCES


def qr_svg(url: str, label: str) -> Markup:
    """The link as an inline SVG QR code, with an accessible name (medium error correction, for print)."""
    svg = segno.make(url, error="M").svg_inline(scale=5, border=4, title=label, dark="#000", light="#fff")
    # segno writes only numbers and path data; the label is escaped before it goes in.
    return Markup(svg.replace("<svg ", '<svg role="img" focusable="false" ', 1))  # noqa: S704


def known_teams(url: str, settings: Settings) -> list[str]:
    """Teams an admin may pick: every team with an account, and the default team."""
    with db.session_scope(url) as s:
        teams = {u.team for u in store.all_users(s) if u.team}
    teams.add(settings.default_team)
    return sorted(teams)


bp = for_practitioners(Blueprint("invitations"))


def _rows_for(user: CurrentUser) -> list[dict[str, Any]]:
    rows = []
    for row in repository.list_invitations(user.teams()):
        state = invitations.state_of(row)
        rows.append({"row": row, "state": state,
                     # Linked once sent to the team: before that the summary is not theirs to read yet.
                     "summary": row.conversation_reference if state == "completed" else None,
                     "revocable": state in ("sent", "expired")})
    return rows


def _page(request: Request, *, status: int = 200, created: dict[str, Any] | None = None,
          error: str | None = None, form: dict[str, str] | None = None) -> HTTPResponse:
    user: CurrentUser = request.ctx.user
    settings = settings_of(request)
    message = MESSAGES.get(request.args.get("msg") or "")
    return pages.render(request, "invitations.html", status=status, rows=_rows_for(user), created=created,
                        error=error, form=form or {}, message=message, audiences=AUDIENCES,
                        teams=known_teams(database(request), settings) if user.is_admin else [user.team],
                        days=settings.invitation_days)


@bp.get("/invitations")
@signed_in()
async def list_invitations(request: Request) -> HTTPResponse:
    response = _page(request)
    audit_user(request, "view_invitations")
    return response


@bp.post("/invitations")
@signed_in()
async def create(request: Request) -> HTTPResponse:
    user: CurrentUser = request.ctx.user
    settings = settings_of(request)
    form = request.form or {}
    values = {k: str(form.get(k) or "") for k in ("case_reference", "team", "language", "audience")}
    # A practitioner's invitation is always for their own team, whatever the form says.
    team = values["team"] if user.is_admin else user.team
    if user.is_admin and team not in known_teams(database(request), settings):
        return _page(request, status=400, error="invitation_team_invalid", form=values)
    try:
        new = invitations.create_invitation(
            case_reference=values["case_reference"], team=team, language=values["language"] or None,
            audience=values["audience"], created_by=user.id, days=settings.invitation_days)
    except invitations.InvitationError as err:
        return _page(request, status=400, error=str(err), form=values)
    web = invitations.web_link(settings.public_base_url, new.token)
    created = {
        "id": new.id,
        "web": web,
        "telegram": invitations.telegram_link(settings.telegram_bot_username, new.token),
        "qr": qr_svg(web, "QR"),
        "expires_at": new.expires_at,
    }
    audit_user(request, "invitation_created", team=team, detail=f"invitation {new.id}")
    return _page(request, status=201, created=created)


@bp.post("/invitations/<invitation_id:int>/revoke")
@signed_in()
async def revoke(request: Request, invitation_id: int) -> HTTPResponse:
    user: CurrentUser = request.ctx.user
    row = repository.get_invitation(invitation_id)
    if row is None or not (user.is_admin or row.team == user.team):
        # Another team's invitation gets the same answer as one that does not exist.
        return redirect("/invitations?msg=not_revoked", status=303)
    done = invitations.revoke(invitation_id, user.id)
    if done:
        audit_user(request, "invitation_revoked", team=row.team, detail=f"invitation {invitation_id}")
    return redirect(f"/invitations?msg={'revoked' if done else 'not_revoked'}", status=303)
