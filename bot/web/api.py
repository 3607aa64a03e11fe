"""The JSON API for case-management systems: the `api` blueprint.

A bearer token (made with `whatmatters users token`) reads one team's records, or every
team's. No browser session and no CSRF here: nothing is changed through the API. Another
team's reference gets the same 404 as one that does not exist.
"""
from __future__ import annotations

import json
from datetime import datetime
from functools import partial

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot.storage import db, repository
from bot.storage.models import utcnow
from bot.summary.record import build_record
from bot.web import store
from bot.web.guards import audit, database, readable_conversation, typed_reference, where
from bot.web.schema import SUMMARY_SCHEMA
from bot.web.summaries import list_rows

bp = Blueprint("api", url_prefix="/api")
dumps = partial(json.dumps, ensure_ascii=False)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


def api_token(request: Request) -> tuple[int, str | None] | None:
    """(token id, team or None for all teams) for a valid bearer token."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    with db.session_scope(database(request)) as s:
        return store.use_api_token(s, token.strip(), utcnow())


def unauthorised(request: Request) -> HTTPResponse:
    audit(request, "api_refused", detail=where(request))
    return json_response({"error": "unauthorised"}, status=401,
                         headers={"WWW-Authenticate": 'Bearer realm="whatmatters"', "Cache-Control": "no-store"})


@bp.get("/summaries")
async def api_list(request: Request) -> HTTPResponse:
    auth = api_token(request)
    if auth is None:
        return unauthorised(request)
    token_id, team = auth
    with db.session_scope(database(request)) as s:
        rows = list_rows(repository.list_conversations(s, None if team is None else [team]))
    audit(request, "api_list", api_token_id=token_id, team=team, detail=f"{len(rows)} rows")
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


@bp.get("/summaries/<reference:str>")
async def api_summary(request: Request, reference: str) -> HTTPResponse:
    auth = api_token(request)
    if auth is None:
        return unauthorised(request)
    token_id, team = auth
    with db.session_scope(database(request)) as s:
        conv = readable_conversation(s, reference, None if team is None else [team])
        if conv is None:
            audit(request, "not_found", api_token_id=token_id, team=team, detail=typed_reference(reference))
            return json_response({"error": "not found"}, status=404)
        record = build_record(conv)
    audit(request, "api_view", api_token_id=token_id, reference=reference, team=record["team"])
    return json_response(dict(record, schema="/api/schema"), dumps=dumps)


@bp.get("/schema")
async def api_schema(request: Request) -> HTTPResponse:
    return json_response(SUMMARY_SCHEMA, dumps=dumps, content_type="application/schema+json")
