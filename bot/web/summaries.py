"""The summaries a practitioner reads before a visit: the `summaries` blueprint.

The list, one summary, "mark as viewed", confirming or correcting an outcome's group,
"visit done", and the exports for the case file. Opening a page never changes the record (a GET
can be prefetched, replayed or followed by a link checker): a summary stays "new" until a
practitioner says they have read it, corrects a group or marks the visit done, each a POST.
Every record is reached through `guards.visible_conversation`, so another team's record is a
404 wherever it is asked for.
"""
from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, raw, redirect

from bot.storage import db, repository
from bot.storage.models import Conversation
from bot.summary.record import (
    URGENT_SAFEGUARDING,
    attention,
    build_record,
    completed_as,
    language_answers,
    other_language_stated,
    person_language,
    young_carer_answer,
)
from bot.summary.render import render_pdf, to_fhir
from bot.summary.view import category_keys, harm_now_line, label
from bot.web import pages
from bot.web.guards import (
    NotVisible,
    audit_user,
    database,
    for_practitioners,
    row_id,
    signed_in,
    visible_conversation,
)
from bot.web.pages import MESSAGES, OUTCOME_TYPES, completed_by_key, language_key

#: The list's order within "urgent first": new, then viewed, then visit done.
REVIEW_ORDER = {"new": 0, "viewed": 1, "visit_done": 2}

bp = for_practitioners(Blueprint("summaries"))


#: Category labels that name a family of harm, shown in the list beside the badge (AX16).
FAMILY_KEYS = frozenset({"cat_abuse_bullying"})


def list_rows(convs: Iterable[Conversation]) -> list[dict[str, Any]]:
    """List rows, urgent first, then "please check", then new / viewed / visit done, newest first within each."""
    rows: list[dict[str, Any]] = []
    for c in convs:
        answers = language_answers(c)
        # A young carer, by the summary's own reading of "who is talking?" (trial T30: listed as "a young person"
        # only, so a manager allocating from the list could not see a young carer's assessment is due).
        young_carer = young_carer_answer(answers, c.completed_by) is not None
        level = attention([(f.level, [x for x in (f.categories or "").split(",") if x]) for f in c.risk_flags],
                          young_carer=young_carer)  # (BA9: a young carer with any concern is a safeguarding concern)
        urgent = bool(c.urgent) or level == URGENT_SAFEGUARDING
        person, _, active_offer = person_language(answers, c.preferred_language, c.completed_by)
        rows.append({
            "reference": c.reference,
            "case_reference": c.case_reference,
            "team": c.team,
            "date": c.confirmed_at or c.updated_at or c.started_at,
            "completed_by": c.completed_by,
            "completed_by_key": ("completed_young_carer" if young_carer
                                 else completed_by_key(completed_as(c.completed_by, answers))),
            "language": c.language,  # the chat's: a carer's own choice
            # The person's language and the Active Offer, as the summary reads them: who to allocate (trial F30).
            "person_language": person,
            # Another language spoken or needed, as the summary reads it (trial 41 AW10: "she speak Arabic only").
            "person_other_language": person is None and other_language_stated(answers, c.completed_by),
            "active_offer": active_offer,
            "review_status": c.review_status or "new",
            "urgent": urgent,
            # "Please check" (stop 24): the duty team was asked to read a message the assistant was unsure of. Its own
            # badge, listed after urgent and before the rest (stop-24 trial T15: it showed as a plain concern, last).
            "please_check": not urgent and any(f.please_check for f in c.risk_flags),
            # Urgent safeguarding / a safeguarding concern / care needs noted (falls, memory...) / None (trial F31).
            "attention": URGENT_SAFEGUARDING if urgent else level,
            # Which harm, where the summary names its family beside the category (AX16, stop 43 trial: Cai's bullying
            # by boys in year 10 was only "Pryder diogelu" here and "cam-drin" in the summary).
            "families": list_families(c.risk_flags),
            "confirmed": c.status == "confirmed",
            # The person deleted their answers (/delete; only the duty team's part is kept): said so, never "not yet
            # confirmed" as if the conversation were still going on (stop 32).
            "erased": c.erased_at is not None,
            "status": c.status,
            "confirmed_at": c.confirmed_at,
        })
    rows.sort(key=lambda r: r["date"] or datetime.min, reverse=True)  # noqa: DTZ901 - stored dates are naive UTC
    rows.sort(key=lambda r: (not r["urgent"], not r["please_check"], REVIEW_ORDER.get(r["review_status"], 3)))
    return rows


def list_families(flags: Iterable[Any]) -> list[str]:
    """The harm families the list row names (AX16): the first duty alert's, when the conversation raised one, else
    those of the flags raised on their own; never a message's added to an alert. AZ1 (stop 46 trial): the row read
    "Urgent safeguarding abuse (bullying by other children)", the label of a later message, for a stepdad's assault;
    the summary lists every alert with its category, the row names the first."""
    own = sorted((f for f in flags if f.joined_flag_id is None), key=lambda f: f.id or 0)
    first = next((f for f in own if f.level == "urgent"), None)
    keys = (key for f in ([first] if first is not None else own)
            for key in category_keys([x for x in (f.categories or "").split(",") if x], f.text or ""))
    return list(dict.fromkeys(key for key in keys if key in FAMILY_KEYS))


@bp.get("/summaries")
@signed_in()
async def summaries(request: Request) -> HTTPResponse:
    with db.session_scope(database(request)) as s:
        rows = list_rows(repository.list_conversations(s, request.ctx.user.teams()))
    audit_user(request, "view_list", detail=f"{len(rows)} rows")
    return pages.render(request, "list.html", rows=rows, completed_by_key=completed_by_key,
                        language_key=language_key, summary_label=label)


@bp.get("/summaries/<reference:str>")
@signed_in()
async def summary(request: Request, reference: str) -> HTTPResponse:
    with db.session_scope(database(request)) as s:
        record = build_record(visible_conversation(s, request, reference))
    audit_user(request, "view", reference=reference, team=record["team"])
    message = request.args.get("msg")
    body = await asyncio.to_thread(pages.render_summary_body, request.app.ctx.templates, record,
                                   request.ctx.user.language, request.ctx.session.csrf)
    return pages.render(request, "summary.html", record=record, body=body,
                        first_line=harm_now_line(record, request.ctx.user.language),
                        message=message if message in MESSAGES else None,
                        completed_by_key=completed_by_key, language_key=language_key)


@bp.post("/summaries/<reference:str>/outcomes/<outcome:str>")
@signed_in()
async def correct_outcome(request: Request, reference: str, outcome: str) -> HTTPResponse:
    new_type = request.form.get("type")
    if new_type not in OUTCOME_TYPES:
        return pages.error_page(request, 400, "bad_request_title", "error_body")
    outcome_id = row_id(outcome)  # Sanic's <int> takes "１２" and 10**30 (a 500 at the database)
    with db.session_scope(database(request)) as s:
        conv = visible_conversation(s, request, reference)
        shown = repository.shown_outcome(s, conv, outcome_id) if outcome_id is not None else None
        if shown is None:  # a guessed id, even under the user's own team's reference
            raise NotVisible(reference)
        old_type = repository.regroup_outcome(s, shown, new_type, corrected_by="practitioner",
                                              user_id=request.ctx.user.id)
        repository.advance_review_status(conv, "viewed")  # they have read it to judge the group
        team = conv.team
    action = "correction" if new_type != old_type else "confirm_group"
    audit_user(request, action, reference=reference, team=team,
               detail=f"outcome {outcome_id}: {old_type} -> {new_type}")
    return redirect(f"/summaries/{reference}?msg=group_saved#outcome-{outcome_id}", status=303)


def _advance(request: Request, reference: str, status: str, action: str, msg: str) -> HTTPResponse:
    """Move a visible summary on to `status` (never back), audit it, and show it again with `msg`."""
    with db.session_scope(database(request)) as s:
        conv = visible_conversation(s, request, reference)
        repository.advance_review_status(conv, status)
        team = conv.team
    audit_user(request, action, reference=reference, team=team)
    return redirect(f"/summaries/{reference}?msg={msg}", status=303)


@bp.post("/summaries/<reference:str>/viewed")
@signed_in()
async def mark_viewed(request: Request, reference: str) -> HTTPResponse:
    """The practitioner has read it: "new" becomes "viewed" (a later status is kept)."""
    return _advance(request, reference, "viewed", "marked_viewed", "marked_viewed")


@bp.post("/summaries/<reference:str>/visit-done")
@signed_in()
async def visit_done(request: Request, reference: str) -> HTTPResponse:
    """The visit has happened: the summary leaves the "to read" part of the list."""
    return _advance(request, reference, "visit_done", "visit_done", "visit_marked")


async def _export(request: Request, reference: str, kind: str) -> HTTPResponse:
    """One record for the case file: PDF, FHIR, or the JSON the API serves."""
    with db.session_scope(database(request)) as s:
        record = build_record(visible_conversation(s, request, reference))
    if kind == "pdf":
        body = await asyncio.to_thread(render_pdf, record, request.ctx.user.language)
        content_type, filename = "application/pdf", f"{reference}.pdf"
    elif kind == "fhir":
        fhir = await asyncio.to_thread(to_fhir, record)
        body = json.dumps(fhir, ensure_ascii=False, indent=2).encode("utf-8")
        content_type, filename = "application/fhir+json", f"{reference}.fhir.json"
    else:
        payload = dict(record, schema="/api/schema")
        body = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
        content_type, filename = "application/json", f"{reference}.json"
    audit_user(request, f"export_{kind}", reference=reference, team=record["team"])
    return pages.no_store(raw(body, content_type=content_type,
                              headers={"Content-Disposition": f'attachment; filename="{filename}"'}))


@bp.get("/summaries/<reference:str>/export.pdf")
@signed_in()
async def export_pdf(request: Request, reference: str) -> HTTPResponse:
    return await _export(request, reference, "pdf")


@bp.get("/summaries/<reference:str>/export.json")
@signed_in()
async def export_json(request: Request, reference: str) -> HTTPResponse:
    return await _export(request, reference, "json")


@bp.get("/summaries/<reference:str>/export.fhir.json")
@signed_in()
async def export_fhir(request: Request, reference: str) -> HTTPResponse:
    return await _export(request, reference, "fhir")
