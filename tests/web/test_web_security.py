"""Each security rule of the practitioners' web app, over real HTTP against the running server."""
from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import jsonschema
import pytest
from sqlalchemy import select, update

from bot.storage.db import session_scope
from bot.storage.models import Conversation, DraftOutcome, OutcomeCorrection, utcnow
from bot.web.models import AuditEntry, AuditLogIsAppendOnly, SignInThrottle, User, WebSession
from bot.web.schema import SUMMARY_SCHEMA
from tests.support.records import stored
from tests.web.helpers import PASSWORD, PERSONAL, SCRIPT, Client, WebServer


def audit_rows(web: WebServer, **where: object) -> list[AuditEntry]:
    with session_scope(web.db_url) as s:
        q = select(AuditEntry)
        for key, value in where.items():
            q = q.where(getattr(AuditEntry, key) == value)
        rows = list(s.execute(q).scalars())
        for r in rows:
            s.expunge(r)
        return rows


def outcome(web: WebServer, outcome_id: int) -> DraftOutcome:
    with session_scope(web.db_url) as s:
        o = stored(s, DraftOutcome, outcome_id)
        s.expunge(o)
        return o


def title_of(html: str) -> str:
    m = re.search(r"<title>(.*?)</title>", html, re.S)
    assert m, "page has no <title>"
    return m.group(1)


def test_health(web: WebServer) -> None:
    r = Client(web.base).get("/health")
    assert r.status_code == 200 and r.text == "ok"


def test_pages_need_sign_in(web: WebServer) -> None:
    c = Client(web.base)
    for path in ("/summaries", f"/summaries/{web.ref('inject')}", f"/summaries/{web.ref('inject')}/export.pdf",
                 "/audit", "/users"):
        r = c.get(path)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/sign-in"), path


def test_wrong_password_is_refused(web: WebServer) -> None:
    c = Client(web.base)
    email, user_id = web.users["north"]
    r = c.sign_in(email, "not the password at all")
    assert r.status_code == 401
    assert "wm_session" not in c.http.cookies
    assert "The email address or password is not right." in r.text
    assert c.get("/summaries").status_code == 303
    assert audit_rows(web, action="sign_in_failed", user_id=user_id)
    # An unknown account gets exactly the same answer (no account enumeration).
    r2 = Client(web.base).sign_in("nobody@example.org", "not the password at all")
    assert r2.status_code == 401 and "The email address or password is not right." in r2.text


def test_repeated_wrong_passwords_lock_the_account(web: WebServer) -> None:
    email, user_id = web.users["lockme"]
    for _ in range(5):
        assert Client(web.base).sign_in(email, "wrong password here").status_code == 401
    r = Client(web.base).sign_in(email, PASSWORD)  # even the right password waits now
    assert r.status_code == 429
    assert audit_rows(web, action="sign_in_locked", user_id=user_id)


def test_unknown_addresses_lock_the_same_way_and_are_not_stored(web: WebServer) -> None:
    """A lock only for real accounts would reveal which addresses are staff (429 against 401)."""
    typed = "Not.A.Member@example.org"
    for _ in range(5):
        assert Client(web.base).sign_in(typed, "wrong password here").status_code == 401
    r = Client(web.base).sign_in(typed, "wrong password here")
    assert r.status_code == 429
    with session_scope(web.db_url) as s:
        rows = list(s.execute(select(SignInThrottle)).scalars())
        stored = [r.email_hash for r in rows] + [r.address_key for r in rows]
    assert stored and all("example.org" not in h and "@" not in h for h in stored)
    plain = hashlib.sha256(typed.lower().encode()).hexdigest()
    assert plain not in stored  # keyed with a per-install secret: not matchable against a list


def test_a_lock_from_one_client_does_not_lock_the_practitioner_out_elsewhere(web: WebServer, sqlite_url: str) -> None:
    """Five wrong passwords lock that address for that client; fifty from anywhere lock it for all."""
    from datetime import datetime

    from bot.web import throttle

    now = datetime(2026, 11, 26, 12, 0)  # noqa: DTZ001 - stored times are naive UTC
    with session_scope(sqlite_url) as s:
        for _ in range(throttle.LOCK_AFTER_FAILURES):
            throttle.record_failure(s, "nia@example.org", "203.0.113.9", now)
        assert throttle.is_locked(s, "nia@example.org", "203.0.113.9", now)
        assert not throttle.is_locked(s, "nia@example.org", "198.51.100.7", now)
        for n in range(throttle.LOCK_AFTER_FAILURES_ANY_CLIENT):
            throttle.record_failure(s, "NIA@example.org ", f"192.0.2.{n % 200}", now)
        assert throttle.is_locked(s, "nia@example.org", "198.51.100.7", now)
        throttle.clear(s, "nia@example.org")  # a password reset unlocks at once, everywhere
        assert not throttle.is_locked(s, "nia@example.org", "203.0.113.9", now)


def test_sign_in_form_needs_its_csrf_token(web: WebServer) -> None:
    c = Client(web.base)
    r = c.post("/sign-in", {"email": web.users["north"][0], "password": PASSWORD}, csrf=False)
    assert r.status_code == 403
    assert "wm_session" not in c.http.cookies


def test_session_cookie_is_httponly_and_samesite(web: WebServer) -> None:
    c = Client(web.base)
    c.get("/sign-in")
    r = c.post("/sign-in", {"email": web.users["north"][0], "password": PASSWORD})
    assert r.status_code == 303
    cookie = next(h for h in r.raw.headers.getlist("Set-Cookie") if h.startswith("wm_session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert "Max-Age" not in cookie and "Expires" not in cookie  # ends with the browser; the server ends it sooner
    with session_scope(web.db_url) as s:  # only the hash of the token is stored
        token = c.http.cookies["wm_session"]
        assert not s.execute(select(WebSession).where(WebSession.token_hash == token)).first()


@pytest.mark.parametrize("column", ["idle_expires_at", "absolute_expires_at"])
def test_expired_session_is_refused(web: WebServer, column: str) -> None:
    c = web.client("north")
    assert c.get("/summaries").status_code == 200
    user_id = web.users["north"][1]
    with session_scope(web.db_url) as s:
        s.execute(update(WebSession).where(WebSession.user_id == user_id)
                  .values({column: utcnow() - timedelta(seconds=1)}))
    r = c.get("/summaries")
    assert r.status_code == 303
    assert r.headers["location"].startswith("/sign-in?msg=expired")
    assert "Your session has ended" in c.get(r.headers["location"]).text
    assert c.get("/summaries").status_code == 303  # the expired row is gone, not revived


def test_post_without_csrf_token_is_refused(web: WebServer) -> None:
    c = web.client("north")
    conv = web.convs["forge"]
    oid = conv.outcome_ids[0]
    before = outcome(web, oid).type
    new = "process" if before != "process" else "change"
    path = f"/summaries/{conv.reference}/outcomes/{oid}"
    assert c.post(path, {"type": new}, csrf=False).status_code == 403
    assert c.post(path, {"type": new, "csrf_token": "forged"}).status_code == 403
    assert c.post(f"/summaries/{conv.reference}/visit-done", {}, csrf=False).status_code == 403
    assert c.post("/sign-out", {}, csrf=False).status_code == 403
    assert c.post("/language", {"language": "cy"}, csrf=False).status_code == 403
    assert outcome(web, oid).type == before
    assert c.get("/summaries").status_code == 200  # still signed in: the forged sign-out did nothing
    assert audit_rows(web, action="csrf_failed", user_id=web.users["north"][1])


def test_other_teams_summary_is_not_found(web: WebServer) -> None:
    south = web.client("south")
    north_conv = web.convs["inject"]
    ref = north_conv.reference
    unknown = south.get("/summaries/WM-ZZZZZZ")
    assert unknown.status_code == 404
    for path in (f"/summaries/{ref}", f"/summaries/{ref}/export.pdf", f"/summaries/{ref}/export.json",
                 f"/summaries/{ref}/export.fhir.json"):
        r = south.get(path)
        assert r.status_code == 404, path
        # Indistinguishable from a reference that does not exist (bar the page's own path in the language form).
        assert r.text.replace(path, "/summaries/WM-ZZZZZZ") == unknown.text
    assert ref not in south.get("/summaries").text
    oid = north_conv.outcome_ids[0]
    before = outcome(web, oid).type
    r = south.post(f"/summaries/{ref}/outcomes/{oid}", {"type": "process" if before != "process" else "change"})
    assert r.status_code == 404
    # A guessed outcome id under the practitioner's own team's reference is refused too.
    r = south.post(f"/summaries/{web.ref('south')}/outcomes/{oid}", {"type": "process"})
    assert r.status_code == 404
    assert south.post(f"/summaries/{ref}/visit-done", {}).status_code == 404
    assert outcome(web, oid).type == before
    south_id = web.users["south"][1]
    assert not [e for e in audit_rows(web, user_id=south_id) if e.team == "north" or
                e.action in ("view", "export_pdf", "export_json", "correction")]
    # North's manager reads north's audit; south's probing is recorded under south, not shown to north.
    manager = web.client("manager")
    page = manager.get("/audit").text
    assert web.users["south"][0] not in page


def test_script_in_an_answer_is_shown_as_text(web: WebServer) -> None:
    c = web.client("north")
    r = c.get(f"/summaries/{web.ref('inject')}")
    assert r.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert SCRIPT not in r.text
    assert "<script" not in r.text.lower()
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_no_personal_data_in_urls_titles_or_logs(web: WebServer) -> None:
    c = web.client("north")
    pages = [c.get("/summaries"), c.get(f"/summaries/{web.ref('inject')}"), c.get(f"/summaries/{web.ref('urgent')}")]
    for page in pages:
        assert page.status_code == 200
        links = re.findall(r'(?:href|action)="([^"]*)"', page.text)
        assert links
        for link in [*links, title_of(page.text)]:
            for word in [*PERSONAL, "test-inject-sender", "sender"]:
                assert word.lower() not in link.lower(), (word, link)
    assert c.get("/summaries/Megan-Prydderch").status_code == 404  # a name typed into the address bar
    list_title = title_of(pages[0].text)
    assert "WM-" not in list_title
    log = web.log_path.read_text(encoding="utf-8")
    for word in PERSONAL:
        assert word not in log, word
    assert "audit view by user" in log


def test_api_needs_a_token_and_stays_in_its_team(web: WebServer) -> None:
    c = Client(web.base)
    r = c.get("/api/summaries")
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert c.get("/api/summaries", headers={"Authorization": "Bearer wm_not-a-real-token"}).status_code == 401
    assert c.get(f"/api/summaries/{web.ref('inject')}").status_code == 401

    north = {"Authorization": f"Bearer {web.tokens['north']}"}
    r = c.get("/api/summaries", headers=north)
    assert r.status_code == 200
    refs = {s["reference"] for s in r.json()["summaries"]}
    assert web.ref("inject") in refs and web.ref("urgent") in refs and web.ref("south") not in refs
    assert {s["team"] for s in r.json()["summaries"]} == {"north"}
    assert r.json()["summaries"][0]["urgent"] is True  # urgent first
    assert c.get(f"/api/summaries/{web.ref('south')}", headers=north).status_code == 404

    r = c.get(f"/api/summaries/{web.ref('inject')}", headers=north)
    assert r.status_code == 200
    record = r.json()
    assert record["reference"] == web.ref("inject") and record["schema"] == "/api/schema"
    assert any(SCRIPT in a["text"] for a in record["answers"])  # verbatim in data, escaped only in HTML
    jsonschema.validate(record, SUMMARY_SCHEMA)
    assert c.get("/api/schema").json()["title"].startswith("Beth sy'n bwysig")

    everyone = {"Authorization": f"Bearer {web.tokens['all']}"}
    refs = {s["reference"] for s in c.get("/api/summaries", headers=everyone).json()["summaries"]}
    assert {web.ref("inject"), web.ref("south")} <= refs
    assert audit_rows(web, action="api_view", reference=web.ref("inject"))


def test_audit_rows_for_sign_in_view_export_and_correction(web: WebServer) -> None:
    c = web.client("north")
    user_id = web.users["north"][1]
    conv = web.convs["visit"]
    c.get(f"/summaries/{conv.reference}")
    r = c.get(f"/summaries/{conv.reference}/export.json")
    assert r.status_code == 200
    assert r.headers["content-disposition"] == f'attachment; filename="{conv.reference}.json"'
    jsonschema.validate(r.json(), SUMMARY_SCHEMA)
    oid = conv.outcome_ids[-1]
    current = outcome(web, oid).type
    new = "process" if current != "process" else "change"
    r = c.post(f"/summaries/{conv.reference}/outcomes/{oid}", {"type": new})
    assert r.status_code == 303
    assert outcome(web, oid).type == new and outcome(web, oid).type_set_by == "practitioner"
    with session_scope(web.db_url) as s:
        corr = s.execute(select(OutcomeCorrection).where(OutcomeCorrection.outcome_id == oid)).scalar_one()
        assert (corr.from_type, corr.to_type, corr.corrected_by, corr.user_id) == (current, new, "practitioner", user_id)
    # "Confirm" with the same group keeps the type and records no training example.
    assert c.post(f"/summaries/{conv.reference}/outcomes/{oid}", {"type": new}).status_code == 303
    actions = {e.action for e in audit_rows(web, user_id=user_id)}
    assert {"sign_in", "view_list", "view", "export_json", "correction", "confirm_group"} <= actions
    view = audit_rows(web, user_id=user_id, action="view", reference=conv.reference)[0]
    assert view.team == "north" and "Megan" not in view.detail


def test_visit_done_orders_the_list(web: WebServer) -> None:
    c = web.client("north")
    conv = web.convs["visit"]
    c.get(f"/summaries/{conv.reference}")
    r = c.post(f"/summaries/{conv.reference}/visit-done", {})
    assert r.status_code == 303
    with session_scope(web.db_url) as s:
        assert s.execute(select(Conversation.review_status).where(Conversation.id == s.execute(
            select(Conversation.id).where(Conversation.reference == conv.reference)).scalar_one())).scalar_one() == "visit_done"
    page = c.get("/summaries").text
    order = re.findall(r'href="/summaries/(WM-[A-Z0-9]+)"', page)
    urgent = {web.ref("urgent"), web.ref("first_message")}
    assert set(order[:2]) == urgent  # urgent first
    assert order[-1] == conv.reference
    with session_scope(web.db_url) as s:
        statuses = [s.execute(select(Conversation.review_status).where(Conversation.reference == ref)).scalar_one()
                    for ref in order[2:]]
    rank = {"new": 0, "viewed": 1, "visit_done": 2}
    assert [rank[x] for x in statuses] == sorted(rank[x] for x in statuses)


def test_roles(web: WebServer) -> None:
    practitioner = web.client("north")
    assert practitioner.get("/audit").status_code == 403
    assert practitioner.get("/users").status_code == 403
    manager = web.client("manager")
    r = manager.get("/audit")
    assert r.status_code == 200
    teams_shown = set(re.findall(r"<td>(north|south|\*)</td>", r.text))
    assert teams_shown <= {"north"}
    assert manager.get("/users").status_code == 403
    admin = web.client("admin")
    listing = admin.get("/summaries").text
    assert web.ref("south") in listing and web.ref("inject") in listing
    assert admin.get(f"/summaries/{web.ref('south')}").status_code == 200
    users = admin.get("/users")
    assert users.status_code == 200 and web.users["south"][0] in users.text
    assert "PASSWORD" not in users.text and "scrypt$" not in users.text
    assert "south" in admin.get("/audit").text


def test_audit_log_cannot_be_edited(web: WebServer) -> None:
    admin = web.client("admin")
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        r = admin.http.request(method, web.base + "/audit", data={"csrf_token": admin.csrf}, allow_redirects=False)
        assert r.status_code in (403, 404, 405), method
    with pytest.raises(AuditLogIsAppendOnly), session_scope(web.db_url) as s:
        s.execute(select(AuditEntry).limit(1)).scalar_one().detail = "changed"
    with pytest.raises(AuditLogIsAppendOnly), session_scope(web.db_url) as s:
        s.delete(s.execute(select(AuditEntry)).scalars().first())


def test_interface_language_is_per_user(web: WebServer) -> None:
    cy = web.client("north_cy")
    page = cy.get("/summaries").text
    assert '<html lang="cy">' in page and "Crynodebau" in page and ">English</button>" in page
    r = cy.post("/language", {"language": "en", "next": "/summaries"})
    assert r.status_code == 303 and r.headers["location"] == "/summaries"
    page = cy.get("/summaries").text
    assert '<html lang="en">' in page and "Summaries" in page
    with session_scope(web.db_url) as s:
        assert s.execute(select(User.language).where(User.id == web.users["north_cy"][1])).scalar_one() == "en"
    # Someone else's language is untouched, and an off-site "next" is ignored.
    assert cy.post("/language", {"language": "cy", "next": "https://evil.example/"}).headers["location"] == "/summaries"
    assert '<html lang="en">' in web.client("north").get("/summaries").text


def test_sign_out_ends_the_session(web: WebServer) -> None:
    c = web.client("north")
    r = c.post("/sign-out", {})
    assert r.status_code == 303 and r.headers["location"] == "/sign-in?msg=signed_out"
    assert c.get("/summaries").status_code == 303


def test_an_urgent_disclosure_before_consent_reaches_its_team_and_no_other(web: WebServer) -> None:
    """The duty alert's link must open: safeguarding overrides consent (the consent text says so)."""
    from tests.web.helpers import FIRST_MESSAGE_DISCLOSURE

    ref = web.ref("first_message")
    north = web.client("north")
    assert ref in north.get("/summaries").text
    page = north.get(f"/summaries/{ref}")
    assert page.status_code == 200 and FIRST_MESSAGE_DISCLOSURE in page.text
    assert web.client("south").get(f"/summaries/{ref}").status_code == 404


def test_a_disabled_account_and_a_revoked_token_stop_working_at_once(web: WebServer) -> None:
    from bot.web.accounts import add_user, create_api_token, disable_user, revoke_api_token
    from bot.web.models import ApiToken, AuditEntry
    from tests.web.helpers import PASSWORD, Client

    add_user("leaver@example.org", PASSWORD, "practitioner", "north", "en", database_url=web.db_url)
    c = Client(web.base)
    assert c.sign_in("leaver@example.org", PASSWORD).status_code == 303
    assert c.get("/summaries").status_code == 200
    disable_user("leaver@example.org", database_url=web.db_url)
    assert c.get("/summaries").status_code in (302, 303)  # the open session has ended
    assert Client(web.base).sign_in("leaver@example.org", PASSWORD).status_code != 303

    token = create_api_token("north", "to-revoke", database_url=web.db_url)
    api = Client(web.base)
    auth = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/summaries", headers=auth).status_code == 200
    with session_scope(web.db_url) as s:
        token_id = s.execute(select(ApiToken.id).where(ApiToken.label == "to-revoke")).scalar_one()
    revoke_api_token(token_id, database_url=web.db_url)
    assert api.get("/api/summaries", headers=auth).status_code == 401
    with session_scope(web.db_url) as s:
        actions = set(s.execute(select(AuditEntry.action)).scalars())
    assert {"account_disabled", "token_revoked"} <= actions
