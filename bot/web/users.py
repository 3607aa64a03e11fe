"""The accounts list for admins: the `users` blueprint (read-only; accounts are made with `whatmatters users`)."""
from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.web import accounts, pages
from bot.web.guards import audit_user, database, for_practitioners, signed_in

bp = for_practitioners(Blueprint("users"))


@bp.get("/users")
@signed_in("admin")
async def users(request: Request) -> HTTPResponse:
    rows = accounts.list_users(database(request))
    audit_user(request, "view_users")
    return pages.render(request, "users.html", rows=rows)
