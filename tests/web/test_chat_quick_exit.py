"""Leave quickly: a link at the top of every chat page to an ordinary page (stop-20 acceptance trial T36).

A woman whose husband checks her phone had her whole disclosure on the chat page, with the only way out at
the bottom. Now the header has "Gadael yn gyflym" / "Leave quickly" before anything else; it goes to an
ordinary page (CHAT_QUICK_EXIT_URL; the weather by default) and takes the chat's place in the history, so Back
does not return to it. Without JavaScript the link still leaves. No network: the ordinary page is answered here.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.settings import DEFAULT_QUICK_EXIT_URL, Settings, quick_exit_url_from
from bot.web import i18n
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)
from tests.web.test_chat_browser import idle, press, say, serious_problems

pytestmark = pytest.mark.e2e


@pytest.fixture
def base(assistant) -> str:  # noqa: F811
    return f"http://127.0.0.1:{assistant.stack.web_port}"


def _ordinary_page(page: Any) -> None:
    """Answer the ordinary page locally (the tests never reach the network)."""
    page.route(DEFAULT_QUICK_EXIT_URL + "**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<!doctype html><title>Weather</title><p>Sunny spells</p>"))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_leave_quickly_goes_to_an_ordinary_page_and_back_does_not_return(browser: Any, base: str,
                                                                          language: str) -> None:
    context = browser.new_context(locale="cy-GB" if language == "cy" else "en-GB")
    page = context.new_page()
    try:
        _ordinary_page(page)
        page.goto(base + "/chat")
        press(page, "Cymraeg" if language == "cy" else "English")
        page.wait_for_selector(f"html[lang={language}]")
        say(page, "Ydy" if language == "cy" else "Yes")
        idle(page)
        link = page.locator("#quick-exit")
        assert link.inner_text() == i18n.t("chat_quick_exit", language)
        assert link.get_attribute("href") == DEFAULT_QUICK_EXIT_URL
        assert serious_problems(page) == []
        # The first thing the Tab key reaches after the skip link.
        assert page.evaluate("[...document.querySelectorAll('a[href], button, textarea')].map(e => e.id)")[1] \
            == "quick-exit"
        link.click()
        page.wait_for_url(DEFAULT_QUICK_EXIT_URL + "**")
        assert "Sunny spells" in page.inner_text("body")
        page.go_back()
        assert "/chat" not in page.url  # the chat was replaced in the history, not left behind it
    finally:
        context.close()


def test_without_javascript_the_link_still_leaves(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        _ordinary_page(page)
        page.goto(base + "/chat")
        page.click("#quick-exit")
        page.wait_for_url(DEFAULT_QUICK_EXIT_URL + "**")
        assert "Sunny spells" in page.inner_text("body")
    finally:
        context.close()


def test_the_cleared_page_has_it_too(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        page.click("form.forget button")
        page.wait_for_url("**/chat/cleared")
        assert page.locator("#quick-exit").get_attribute("href") == DEFAULT_QUICK_EXIT_URL
    finally:
        context.close()


@pytest.mark.parametrize("value,expected", [
    ("https://www.example.org/news", "https://www.example.org/news"),
    ("http://intranet.example/start", "http://intranet.example/start"),
    ("javascript:alert(1)", DEFAULT_QUICK_EXIT_URL),
    ("www.example.org", DEFAULT_QUICK_EXIT_URL),
    ('https://x.example/"onmouseover=', DEFAULT_QUICK_EXIT_URL),
    ("", DEFAULT_QUICK_EXIT_URL),
    (None, DEFAULT_QUICK_EXIT_URL),
])
def test_the_address_is_an_http_address_or_the_default(value: str | None, expected: str) -> None:
    assert quick_exit_url_from(value) == expected
    environ = {"CHAT_QUICK_EXIT_URL": value} if value is not None else {}
    assert Settings.from_env(environ).chat_quick_exit_url == expected
