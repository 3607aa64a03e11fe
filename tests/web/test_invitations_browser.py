"""A practitioner makes an invitation in a real headless Chromium: form, link, QR code, state, revoke.

Needs no Rasa (the link is not followed here; test_invitations_web.py does that). axe-core finds
no serious or critical problem on the page. Screenshot: /tmp/wm-invitations.png.
"""
from __future__ import annotations

import re
from typing import Any

from tests.web.helpers import PASSWORD, WebServer


def serious_problems(page: Any) -> list[tuple[str, str, int]]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]


def test_a_practitioner_makes_and_revokes_an_invitation(web: WebServer, browser: Any) -> None:
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(web.base + "/invitations")
        assert "/sign-in" in page.url
        page.fill("#email", web.users["north"][0])
        page.fill("#password", PASSWORD)
        page.click("form[action='/sign-in'] button[type=submit]")
        page.wait_for_url(re.compile(r".*/invitations$"))  # back where they were going
        assert page.title().startswith("Invitations")
        assert serious_problems(page) == []

        page.fill("#case_reference", "CR-BROWSER-1")
        page.check("form[action='/invitations'] input[name=language][value=cy]")
        page.check("form[action='/invitations'] input[name=audience][value=carer]")
        page.click("form[action='/invitations'] button[type=submit]")
        link = page.locator("#web-link").inner_text()
        assert re.fullmatch(r"https?://[^/]+/chat/start/[A-Za-z0-9_-]{32}", link)
        assert page.locator("figure.qr svg[role=img]").count() == 1
        assert page.locator("#telegram-link").count() == 0  # no bot username configured here
        row = page.locator("tr", has=page.locator("th", has_text="CR-BROWSER-1"))
        assert "Sent" in row.inner_text() and "north" not in page.locator("thead").inner_text()
        assert serious_problems(page) == []
        page.screenshot(path="/tmp/wm-invitations.png", full_page=True)

        # Revoke it: the state changes, and the link's token appears nowhere on the page any more.
        row.get_by_role("button", name=re.compile("Revoke")).click()
        page.wait_for_url(re.compile(r".*/invitations\?msg=revoked$"))
        row = page.locator("tr", has=page.locator("th", has_text="CR-BROWSER-1"))
        assert "Revoked" in row.inner_text()
        assert link.rsplit("/", 1)[-1] not in page.content()
    finally:
        context.close()
