"""The audit log, read-only: the `audit_log` blueprint.

A team manager reads their own team's rows, an admin every row. There is no route that
changes or deletes a row (and the ORM refuses to: see bot.web.models.AuditLogIsAppendOnly).
"""
from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.storage import db
from bot.web import pages, store
from bot.web.guards import CurrentUser, audit_user, database, for_practitioners, row_id, signed_in

bp = for_practitioners(Blueprint("audit_log"))


@bp.get("/audit")
@signed_in("team_manager", "admin")
async def audit_log(request: Request) -> HTTPResponse:
    user: CurrentUser = request.ctx.user
    asked = request.args.get("before")
    before = row_id(asked) if asked else 0
    if before is None:  # not a row id: say so rather than guess (or pass 10**30 to the database)
        return pages.error_page(request, 400, "bad_request_title", "error_body")
    with db.session_scope(database(request)) as s:
        rows = store.audit_page(s, None if user.is_admin else user.team, before)
    audit_user(request, "view_audit")
    return pages.render(request, "audit.html", rows=rows,
                        older=rows[-1]["id"] if len(rows) == store.AUDIT_PAGE_ROWS else None)
