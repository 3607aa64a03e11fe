"""Coming back after closing the browser: "remember this conversation on this device" (stop-25 trial U1).

A carer on the council page wrote "I need to go now, can I come back to this later?", was told what she had said was
saved, closed the browser, and came back to a new conversation (the chat cookie went with the browser; her first record
was left with the duty list and a second "Karen"). Now the web chat's "stopped" says how to come back, and the page
offers to remember the conversation on this device for REMEMBER_DEVICE_DAYS (opt-in, never on a shared computer; not
offered once something went to the duty team). "Closing the browser" here is a new browser context holding only the
cookies that outlive it.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot import messages
from bot.web import i18n
from bot.web.chat import CHAT_COOKIE, REMEMBER_DEVICE_DAYS, REMEMBERED_COOKIE
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)
from tests.web.test_chat_browser import idle, last_assistant, press, say, serious_problems

pytestmark = pytest.mark.e2e

STOP = {"en": "I need to go now, can I come back to this later?", "cy": "stopio am rwan plis, na i ddod nol heno"}
LOCALE = {"en": "en-GB", "cy": "cy-GB"}


@pytest.fixture
def base(assistant) -> str:  # noqa: F811
    return f"http://127.0.0.1:{assistant.stack.web_port}"


def _begin(browser: Any, base: str, language: str) -> tuple[Any, Any]:
    context = browser.new_context(locale=LOCALE[language])
    page = context.new_page()
    page.goto(base + "/chat")
    press(page, "Cymraeg" if language == "cy" else "English")
    page.wait_for_selector(f"html[lang={language}]")
    say(page, "Ydy" if language == "cy" else "Yes")
    return context, page


def _after_closing_the_browser(browser: Any, context: Any, language: str) -> Any:
    """A new browser with only the cookies that outlive the old one (those with an expiry)."""
    lasting = [c for c in context.cookies() if c.get("expires", -1) > 0]
    context.close()
    again = browser.new_context(locale=LOCALE[language])
    if lasting:
        again.add_cookies(lasting)
    return again


@pytest.mark.parametrize("language", ["cy", "en"])
def test_remembered_she_comes_back_to_the_same_conversation(browser: Any, base: str, language: str) -> None:
    context, page = _begin(browser, base, language)
    say(page, STOP[language])
    said = last_assistant(page)
    assert messages.text("stopped_webchat", language).split(". ")[0] in said  # "OK, I've stopped"
    button = page.locator("form.remember button")
    assert button.inner_text() == i18n.t("chat_remember", language).replace("{days}", str(REMEMBER_DEVICE_DAYS))
    assert serious_problems(page) == []
    button.click()
    page.wait_for_selector("#remembered")
    assert page.locator("form.remember").count() == 0
    cookies = {c["name"]: c for c in context.cookies()}
    assert cookies[CHAT_COOKIE]["expires"] > 0 and cookies[REMEMBERED_COOKIE]["expires"] > 0
    assert cookies[CHAT_COOKIE]["httpOnly"]
    again = _after_closing_the_browser(browser, context, language)
    try:
        page = again.new_page()
        page.goto(base + "/chat")
        idle(page)
        transcript = page.inner_text("#transcript")
        assert STOP[language] in transcript  # her own words: the same conversation
        assert page.locator("#remembered").count() == 1
        # Forgetting the device ends it: the next visit is a new conversation.
        page.click("form.forget button")
        page.wait_for_url("**/chat/cleared")
        assert not [c for c in again.cookies() if c["name"] in (CHAT_COOKIE, REMEMBERED_COOKIE) and c["value"]]
    finally:
        again.close()


def test_not_remembered_closing_the_browser_starts_afresh(browser: Any, base: str) -> None:
    context, page = _begin(browser, base, "en")
    say(page, STOP["en"])
    again = _after_closing_the_browser(browser, context, "en")
    try:
        page = again.new_page()
        page.goto(base + "/chat")
        idle(page)
        assert STOP["en"] not in page.inner_text("#transcript")
    finally:
        again.close()


def test_not_offered_once_something_went_to_the_duty_team(browser: Any, base: str) -> None:
    context, page = _begin(browser, base, "en")
    try:
        say(page, "he hits me when he's been drinking and I'm scared of him")
        # The page was drawn before she told it (the reply came without a reload): asked now, it refuses, and the
        # page drawn again has no such button. Whoever opens this browser next could see what she said.
        page.locator("form.remember button").click()
        page.wait_for_load_state()
        idle(page)
        assert page.locator("form.remember").count() == 0 and page.locator("#remembered").count() == 0
        assert page.locator("form.forget").count() == 1
        assert not [c for c in context.cookies() if c.get("expires", -1) > 0 and c["name"] == CHAT_COOKIE]
    finally:
        context.close()
