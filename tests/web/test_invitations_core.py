"""Invitation links at the core (bot.conversation.invitations), on SQLite and PostgreSQL.

The same function serves the web chat link and Telegram's /start <token>, so these rules are
tested once here: single use, expiry, revocation, unknown tokens, and what each outcome reveals.
"""
from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.conversation import invitations
from bot.conversation.invitations import InvitationError, create_invitation, start_from_invitation, state_of
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import Conversation, Invitation, utcnow
from tests.support.records import stored, stored_conversation


def _conv(sender: str) -> Conversation:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        s.expunge(conv)
        return conv


def test_a_link_binds_once_and_carries_the_referral(database_url: str) -> None:
    new = create_invitation(case_reference="  CR-2026/0417  ", team="north", language="cy", audience="carer",
                            created_by=7)
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", new.token)  # 192 bits, fits Telegram's start parameter
    with session_scope() as s:
        stored_link = stored(s, Invitation, new.id)
        assert stored_link.token_hash == invitations.token_hash(new.token) and new.token not in stored_link.token_hash
        assert stored_link.case_reference == "CR-2026/0417"

    first = start_from_invitation("web-a", "webchat", new.token)
    assert first == invitations.InvitationStart("bound", "cy", "carer", "CR-2026/0417")
    conv = _conv("web-a")
    assert (conv.team, conv.case_reference, conv.completed_by, conv.register) == ("north", "CR-2026/0417", "carer", "chi")
    assert (conv.preferred_language, conv.channel, conv.unmatched_invitation) == ("cy", "webchat", False)

    # The same conversation again (a reload): still tied, nothing changes.
    again = start_from_invitation("web-a", "webchat", new.token)
    assert again.status == "already_bound" and again.case_reference == "CR-2026/0417"

    # Someone else with the same link: "used", learns nothing of the referral, lands unmatched.
    other = start_from_invitation("tg-b", "telegram", new.token)
    assert other == invitations.InvitationStart("used", None, None, None)
    conv_b = _conv("tg-b")
    assert (conv_b.team, conv_b.case_reference, conv_b.unmatched_invitation) == ("default", None, True)


def test_young_person_is_spoken_to_as_ti(database_url: str) -> None:
    new = create_invitation(case_reference="YP-1", team="south", language=None, audience="young_person", created_by=None)
    start = start_from_invitation("tg-young", "telegram", new.token)
    assert (start.status, start.language, start.audience) == ("bound", None, "young_person")
    conv = _conv("tg-young")
    assert (conv.register, conv.completed_by, conv.preferred_language) == ("ti", "young_person", None)


def test_expired_revoked_and_unknown_links_still_let_the_person_talk(database_url: str) -> None:
    old = create_invitation(case_reference="OLD-1", team="north", language="en", audience="person", created_by=1,
                            now=utcnow() - timedelta(days=15))
    assert old.expires_at < utcnow()
    start = start_from_invitation("late", "webchat", old.token)
    # Greeted in their language, but tied to nothing.
    assert start == invitations.InvitationStart("expired", "en", None, None)
    conv = _conv("late")
    assert (conv.case_reference, conv.unmatched_invitation, conv.team) == (None, True, "default")

    revoked = create_invitation(case_reference="REV-1", team="north", language="cy", audience="person", created_by=1)
    assert invitations.revoke(revoked.id, 1) is True
    assert invitations.revoke(revoked.id, 1) is False  # already revoked
    assert start_from_invitation("rev", "webchat", revoked.token).status == "revoked"
    assert _conv("rev").case_reference is None

    for token in ("nonsense-token-that-was-never-made", "", "a" * 200, "../../etc/passwd", "tok\x00en"):
        start = start_from_invitation(f"unknown-{len(token)}", "webchat", token)
        assert start == invitations.InvitationStart("unknown", None, None, None)


def test_an_opened_link_cannot_be_revoked_and_states_follow_the_conversation(database_url: str) -> None:
    new = create_invitation(case_reference="ST-1", team="north", language="en", audience="person", created_by=3)
    [row] = [r for r in repository.list_invitations(["north"]) if r.id == new.id]
    assert state_of(row) == "sent"
    assert state_of(row, now=row.expires_at + timedelta(seconds=1)) == "expired"
    start_from_invitation("st-1", "webchat", new.token)
    assert invitations.revoke(new.id, 3) is False
    opened = repository.get_invitation(new.id)
    assert opened is not None and state_of(opened) == "started"
    assert opened.conversation_reference == _conv("st-1").reference
    repository.record_consent("st-1", True)
    repository.confirm_record("st-1")
    completed = repository.get_invitation(new.id)
    assert completed is not None and state_of(completed) == "completed"
    assert new.id not in [r.id for r in repository.list_invitations(["south"])]  # another team's list
    assert new.id in [r.id for r in repository.list_invitations(None)]  # an admin's list


def test_a_conversation_already_tied_to_a_case_is_not_moved(database_url: str) -> None:
    first = create_invitation(case_reference="A-1", team="north", language="en", audience="person", created_by=1)
    second = create_invitation(case_reference="B-2", team="south", language="en", audience="person", created_by=1)
    assert start_from_invitation("both", "webchat", first.token).status == "bound"
    assert start_from_invitation("both", "webchat", second.token).status == "used"
    conv = _conv("both")
    assert (conv.case_reference, conv.team, conv.unmatched_invitation) == ("A-1", "north", False)
    # The second link is still free for the person it was meant for.
    assert start_from_invitation("meant", "telegram", second.token).status == "bound"


def test_two_devices_at_once_bind_exactly_one(sqlite_url: str) -> None:
    new = create_invitation(case_reference="RACE-1", team="north", language="cy", audience="person", created_by=1)
    results: list[str] = []

    def open_it(sender: str) -> None:
        results.append(start_from_invitation(sender, "webchat", new.token).status)

    threads = [threading.Thread(target=open_it, args=(f"race-{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["bound", "used", "used", "used"]
    with session_scope() as s:
        assert s.execute(select(Invitation.sender_id).where(Invitation.id == new.id)).scalar_one().startswith("race-")


@pytest.mark.parametrize("fields, error", [
    ({"case_reference": "   "}, "invitation_case_reference_missing"),
    ({"case_reference": "x" * 65}, "invitation_case_reference_invalid"),
    ({"case_reference": "bad\nline"}, "invitation_case_reference_invalid"),
    ({"language": "fr"}, "invitation_language_invalid"),
    ({"audience": "neighbour"}, "invitation_audience_invalid"),
    ({"team": ""}, "invitation_team_invalid"),
])
def test_bad_form_values_are_refused_with_a_reason(sqlite_url: str, fields: dict[str, str], error: str) -> None:
    values: dict[str, str | None] = {"case_reference": "C-1", "team": "north", "language": "cy", "audience": "person"}
    values.update(fields)
    with pytest.raises(InvitationError) as info:
        create_invitation(case_reference=values["case_reference"] or "", team=values["team"] or "",
                          language=values["language"], audience=values["audience"] or "", created_by=1)
    assert str(info.value) == error


def test_links(sqlite_url: str) -> None:
    assert invitations.web_link("https://chat.example.org/", "abc") == "https://chat.example.org/chat/start/abc"
    assert invitations.telegram_link("@BethSynBwysigBot", "abc") == "https://t.me/BethSynBwysigBot?start=abc"
    assert invitations.telegram_link("", "abc") is None
    assert invitations.telegram_link(None, "abc") is None


def test_the_expiry_comes_from_settings(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.settings import get_settings

    monkeypatch.setenv("INVITATION_DAYS", "3")
    get_settings.cache_clear()
    try:
        before = utcnow()
        new = create_invitation(case_reference="D-3", team="north", language=None, audience="person", created_by=1)
        assert timedelta(days=2.99) < new.expires_at - before < timedelta(days=3.01)
        # A caller holding its own settings passes the days in (the web app does).
        new = create_invitation(case_reference="D-4", team="north", language=None, audience="person", created_by=1,
                                days=14)
        assert timedelta(days=13.99) < new.expires_at - before < timedelta(days=14.01)
    finally:
        get_settings.cache_clear()


def test_the_summary_carries_the_case_reference_in_every_format(database_url: str) -> None:
    """JSON, web page and PDF are all rendered from one record and one view (bot.summary)."""
    from bot.summary.record import build_record
    from bot.summary.render import render_html_body, render_pdf
    from bot.summary.view import build_view

    new = create_invitation(case_reference="CR-77/ABC", team="north", language="cy", audience="carer", created_by=1)
    start_from_invitation("summary-1", "webchat", new.token)
    late = create_invitation(case_reference="CR-78", team="north", language=None, audience="person", created_by=1,
                             now=utcnow() - timedelta(days=30))
    start_from_invitation("summary-2", "webchat", late.token)
    with session_scope() as s:
        bound = build_record(stored_conversation(s, "summary-1"))
        unmatched = build_record(stored_conversation(s, "summary-2"))
    assert (bound["case_reference"], bound["unmatched_invitation"]) == ("CR-77/ABC", False)
    assert (unmatched["case_reference"], unmatched["unmatched_invitation"]) == (None, True)
    for language, label in (("cy", "Cyfeirnod yr achos"), ("en", "Case reference")):
        facts = {f.key: (f.label, f.value) for section in build_view(bound, language).sections for f in section.facts}
        assert facts["case_reference"] == (label, "CR-77/ABC")  # the PDF prints the view's facts
        assert "CR-77/ABC" in render_html_body(bound, language)
        assert render_pdf(bound, language).startswith(b"%PDF")
        notices = [n.key for section in build_view(unmatched, language).sections for n in section.notices]
        assert "unmatched_invitation" in notices
        assert "case_reference" not in {f.key for sec in build_view(unmatched, language).sections for f in sec.facts}
