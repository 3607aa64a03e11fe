"""A practitioner's morning in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Sign in, see the new summary, open it, correct an outcome's group, export the
PDF, sign out; then a practitioner of another team is refused the same summary.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.storage.db import session_scope
from bot.storage.models import DraftOutcome, OutcomeCorrection
from tests.support.records import stored
from tests.web.helpers import PASSWORD, PERSONAL, WebServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

SCREENSHOT = "/tmp/wm-summary.png"


def _sign_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/summaries")
    assert "/sign-in" in page.url  # not signed in yet
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("form[action='/sign-in'] button[type=submit]")
    page.wait_for_url(re.compile(r".*/summaries$"))


def test_practitioner_reviews_a_summary_in_a_browser(web: WebServer, browser: Browser) -> None:
    conv = web.convs["browser"]
    ref = conv.reference
    context = browser.new_context(accept_downloads=True, locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        _sign_in(page, web.base, web.users["browser"][0])
        assert page.title().startswith("Summaries")

        # The new summary is in the list, with its "New" badge, and nothing personal in the title.
        row = page.locator("tr", has=page.locator(f"a:text-is('{ref}')"))
        assert row.count() == 1
        assert "New" in row.inner_text()
        for word in PERSONAL:
            assert word not in page.title()

        # Open it.
        row.locator("a").click()
        page.wait_for_url(f"**/summaries/{ref}")
        assert ref in page.title() and "Pre-visit summary" in page.title()
        assert not any(word in page.title() for word in PERSONAL)
        assert "<script>alert(1)</script>" in page.locator(".summary-body").inner_text()  # shown as text
        page.screenshot(path=SCREENSHOT, full_page=True)
        # All the risk material is at the top (issue 11): with none, the first section says so plainly.
        first = page.locator(".summary-body section").first
        assert "wm-section-safeguarding" in (first.get_attribute("class") or "")
        assert "The assistant noted no risk in this conversation" in first.inner_text()
        # Each outcome is listed once, with its group form beside it inside the summary itself.
        for oid in conv.outcome_ids:
            assert page.locator(f".summary-body li.wm-outcome #outcome-{oid}").count() == 1
        assert page.locator("#outcome-groups").count() == 0

        # Correct the first outcome's group.
        oid = conv.outcome_ids[0]
        with session_scope(web.db_url) as s:
            before = stored(s, DraftOutcome, oid).type
        new = "process" if before != "process" else "maintenance"
        item = page.locator(f"#outcome-{oid}")
        item.locator("select").select_option(new)
        item.locator("button[type=submit]").click()
        page.wait_for_url(re.compile(rf".*/summaries/{ref}\?msg=group_saved.*"))
        assert "Group saved." in page.inner_text("main")
        assert page.locator(f"#outcome-{oid} select").input_value() == new
        with session_scope(web.db_url) as s:
            o = stored(s, DraftOutcome, oid)
            assert (o.type, o.type_set_by) == (new, "practitioner")
            correction = s.execute(select(OutcomeCorrection).where(OutcomeCorrection.outcome_id == oid)).scalar_one()
            assert (correction.from_type, correction.to_type) == (before, new)
            assert correction.corrected_by == "practitioner"
            assert correction.user_id == web.users["browser"][1]

        # Export the PDF for the case file.
        with page.expect_download() as info:
            page.click("text=Download PDF")
        download = info.value
        assert download.suggested_filename == f"{ref}.pdf"
        with open(download.path(), "rb") as fh:
            assert fh.read(4) == b"%PDF"

        # Sign out: the summary's address now leads to the sign-in page.
        page.click("form[action='/sign-out'] button[type=submit]")
        page.wait_for_url(re.compile(r".*/sign-in\?msg=signed_out$"))
        assert "You have signed out." in page.inner_text("main")
        page.goto(f"{web.base}/summaries/{ref}")
        assert "/sign-in" in page.url
    finally:
        context.close()

    # A practitioner of another team (Welsh interface) cannot see it.
    other = browser.new_context(locale="cy-GB")
    page = other.new_page()
    try:
        _sign_in(page, web.base, web.users["south_browser"][0])
        assert page.title().startswith("Crynodebau")
        assert ref not in page.content()
        response = page.goto(f"{web.base}/summaries/{ref}")
        assert response is not None and response.status == 404
        assert "Heb ei ganfod" in page.inner_text("main")
        response = page.goto(f"{web.base}/summaries/{ref}/export.pdf")
        assert response is not None and response.status == 404
    finally:
        other.close()

