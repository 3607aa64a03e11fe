"""A GET never changes the record: a summary stays "new" until a practitioner says otherwise (a POST).

Opening a page used to turn "new" into "viewed", so a link checker, a browser's prefetch or a
replayed request could tell the team a summary had been read when nobody had read it.
"""
from __future__ import annotations

from sqlalchemy import select

from bot.storage.db import session_scope
from bot.storage.models import Conversation
from tests.web.helpers import WebServer, _seed_conversation


def _status(web: WebServer, reference: str) -> str:
    with session_scope(web.db_url) as s:
        return s.execute(select(Conversation.review_status).where(Conversation.reference == reference)).scalar_one()


def _audit_actions(web: WebServer, reference: str) -> list[str]:
    from bot.web.models import AuditEntry

    with session_scope(web.db_url) as s:
        return list(s.execute(select(AuditEntry.action).where(AuditEntry.reference == reference)
                              .order_by(AuditEntry.id)).scalars())


def _fresh(key: str) -> str:
    return _seed_conversation(key, "north", completed_by="person", language="en", name=None,
                              answers=[("what_matters", "What matters to you?",
                                        "I want to keep living in my own home with my cat")]).reference


def test_opening_and_exporting_leave_a_summary_new(web: WebServer) -> None:
    reference = _fresh("get-only")
    c = web.client("north")
    page = c.get(f"/summaries/{reference}")
    assert page.status_code == 200
    assert f'action="/summaries/{reference}/viewed"' in page.text  # the way to say it has been read
    for export in ("export.pdf", "export.json", "export.fhir.json"):
        assert c.get(f"/summaries/{reference}/{export}").status_code == 200
    assert c.get("/summaries").status_code == 200
    assert _status(web, reference) == "new"
    assert _audit_actions(web, reference)[0] == "view"  # the view is still audited


def test_mark_as_viewed_is_a_post_with_its_csrf_token(web: WebServer) -> None:
    reference = _fresh("mark-viewed")
    c = web.client("north")
    c.get(f"/summaries/{reference}")
    assert c.post(f"/summaries/{reference}/viewed", {}, csrf=False).status_code == 403
    assert _status(web, reference) == "new"
    r = c.post(f"/summaries/{reference}/viewed", {})
    assert r.status_code == 303 and r.headers["location"] == f"/summaries/{reference}?msg=marked_viewed"
    assert _status(web, reference) == "viewed"
    page = c.get(r.headers["location"])
    assert "The summary is marked as viewed." in page.text
    assert f'action="/summaries/{reference}/viewed"' not in page.text  # nothing left to mark
    assert "marked_viewed" in _audit_actions(web, reference)
    # Marking again after the visit never moves it back.
    assert c.post(f"/summaries/{reference}/visit-done", {}).status_code == 303
    assert c.post(f"/summaries/{reference}/viewed", {}).status_code == 303
    assert _status(web, reference) == "visit_done"


def test_another_team_cannot_mark_a_summary_viewed(web: WebServer) -> None:
    reference = _fresh("other-team-viewed")
    c = web.client("south")
    assert c.post(f"/summaries/{reference}/viewed", {}).status_code == 404
    assert _status(web, reference) == "new"


def test_correcting_a_group_counts_as_having_read_it(web: WebServer) -> None:
    seeded = _seed_conversation("regroup-viewed", "north", completed_by="person", language="en", name=None,
                                answers=[("what_matters", "What matters to you?",
                                          "I want to go swimming again with my friend")])
    c = web.client("north")
    c.get(f"/summaries/{seeded.reference}")
    assert _status(web, seeded.reference) == "new"
    r = c.post(f"/summaries/{seeded.reference}/outcomes/{seeded.outcome_ids[0]}", {"type": "change"})
    assert r.status_code == 303
    assert _status(web, seeded.reference) == "viewed"
