"""The web chat as tired carers use it (the stop-20 trial), in Debian's headless Chromium against the real
Rasa, action server and web app.

A message that could not be sent comes back to the box (a dropped connection; Rasa stopped); choosing
English on the Welsh-first Active Offer turns the page English (labels, lang attributes, focus; with and
without JavaScript); the switch keeps a half-written message and marks its own reply in the new language;
on a phone, Enter starts a new line and Send sends. Every wait is on a condition, never on time.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot import messages, services
from bot.web import i18n
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)
from tests.web.test_chat_browser import answers_of, idle, last_assistant, press, say

pytestmark = pytest.mark.e2e

PHONE = {"viewport": {"width": 375, "height": 667}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def base(assistant) -> str:  # noqa: F811
    return f"http://127.0.0.1:{assistant.stack.web_port}"


def start_in_english(page: Any, base: str) -> None:
    """Open the Welsh-first page and choose English on the Active Offer, as most English speakers will."""
    page.goto(base + "/chat")
    assert page.locator("html").get_attribute("lang") == "cy"
    press(page, "English")
    page.wait_for_selector("html[lang=en]")  # the page follows the choice (it reloads in English)
    idle(page)


def test_choosing_english_on_the_active_offer_turns_the_page_english(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        start_in_english(page, base)
        # Labels and buttons in English, as the assistant is: before, "Anfon" and "Eich neges" stayed.
        assert page.inner_text("#send") == "Send"
        assert page.inner_text("label[for=message]") == "Your message"
        assert page.locator("button.switch").inner_text() == "Cymraeg"
        consent = messages.text("consent_choice", "en")
        last = page.locator("#transcript li.msg-assistant .text").last
        assert consent in last.inner_text() and last.get_attribute("lang") == "en"
        # Focus where a press leaves it (the first new choice), and the new words read out once.
        page.wait_for_selector("#choices button:focus")  # a selector: the page's CSP forbids eval
        assert consent.split("\n")[0] in (page.locator("#announce").text_content() or "")
        assert page.evaluate("location.pathname + location.hash") == "/chat#latest"
        # The buttons are offers, not the only answers: said on the page and to screen readers.
        assert page.get_attribute("#choices fieldset", "aria-describedby") == "choices-hint"
        assert page.inner_text("#choices-hint") == i18n.t("chat_choices_hint", "en")
        # A reply that arrives live is marked English too (a screen reader's voice follows it).
        press(page, "Yes")
        assert page.locator("#transcript li.msg-assistant .text").last.get_attribute("lang") == "en"
        assert page.get_attribute("#choices fieldset", "aria-describedby") == "choices-hint"  # built by chat.js
        assert page.inner_text("#choices-hint") == i18n.t("chat_choices_hint", "en")
        page.reload()
        assert page.locator("html").get_attribute("lang") == "en" and page.inner_text("#send") == "Send"
        assert context.storage_state()["origins"] == []  # nothing in localStorage
    finally:
        context.close()


def test_words_typed_while_the_page_changes_language_are_kept(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        held: list[Any] = []

        def hold(route: Any) -> None:
            held.append(route)

        page.route("**/chat/send", hold)  # the reply to "English" is slow to come
        page.locator("#choices button", has_text="English").click()
        page.wait_for_selector("#chat[aria-busy=true]")
        page.fill("#message", "Sorry, I'm typing with one hand")
        for _ in range(500):  # until the held request has reached the route (a condition, not a time)
            if held:
                break
            page.wait_for_timeout(10)
        assert len(held) == 1
        held[0].continue_()
        page.wait_for_selector("html[lang=en]")
        page.unroute("**/chat/send", hold)
        page.wait_for_selector("#message:focus")  # a selector: the page's CSP forbids eval
        assert page.input_value("#message") == "Sorry, I'm typing with one hand"
        assert page.evaluate("location.pathname") == "/chat"
    finally:
        context.close()


def test_without_javascript_the_active_offer_choice_sets_the_page_language(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        page.locator("#choices button", has_text="English").click()  # a plain form post; the page reloads
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.inner_text("#send") == "Send"
        assert page.locator("#transcript li.msg-assistant .text").last.get_attribute("lang") == "en"
    finally:
        context.close()


def test_the_switch_keeps_a_half_written_message(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "Cymraeg")
        say(page, "ydw")
        draft = "Mae Mam yn hoffi'r ardd,\nond mae'r grisiau'n anodd 🌷"
        page.fill("#message", draft)
        page.click("button.switch")  # "English"
        page.wait_for_selector("html[lang=en]")
        # Back in the box, with the focus (once the page's script has run).
        page.wait_for_selector("#message:focus")  # a selector: the page's CSP forbids eval
        assert page.input_value("#message") == draft  # before, the box came back empty
        assert page.evaluate("location.pathname") == "/chat"  # a reload asks for the page, not the post again
        switched = page.locator("#transcript li.msg-assistant .text", has_text=messages.text("language_switched", "en"))
        assert switched.get_attribute("lang") == "en"  # it was marked Welsh: the language was set after it
        page.press("#message", "Enter")
        idle(page)
        assert draft in page.locator("#transcript li.msg-person").last.inner_text()
    finally:
        context.close()


def test_on_a_phone_enter_starts_a_new_line_and_send_sends(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", **PHONE)
    page = context.new_page()
    try:
        page.goto(base + "/chat?lang=en")
        assert "Press Send" in page.inner_text("#message-hint")  # not "Shift and Enter": no Shift key here
        press(page, "English")
        press(page, "Yes")
        press(page, "it's about me")
        page.fill("#message", "Dorothy")
        page.tap("#send")
        idle(page)
        assert "Dorothy" in page.locator("#transcript li.msg-person").last.inner_text()
        page.click("#message")
        page.keyboard.type("To stay in my own home.")
        page.keyboard.press("Enter")  # the phone keyboard's return key: a new line, not a half-sent answer
        page.keyboard.type("And to see my grandchildren 👧")
        assert page.locator("#transcript li.msg-person").last.inner_text().endswith("Dorothy")
        page.tap("#send")
        idle(page)
        assert answers_of(page)["what_matters"] == ["To stay in my own home.\nAnd to see my grandchildren 👧"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()


def test_a_dropped_connection_gives_the_words_back(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "Cymraeg")
        before = page.locator("#transcript li").count()
        page.route("**/chat/send", lambda route: route.abort())
        press(page, "Ydy")  # a button press that never arrived: the choices come back
        assert page.locator("#choices button", has_text="Ydy").count() == 1
        assert page.locator("#transcript li").count() == before
        text = "Dw i'n gofalu am fy mam, mae hi'n 84 oed"
        say(page, text)
        assert page.input_value("#message") == text
        assert page.locator("#transcript li").count() == before  # not shown as if it had been sent
        assert page.locator("#choices button", has_text="Ydy").count() == 1  # the question is still open
        assert page.inner_text("#problem") == messages.text("chat_unavailable", "cy")
        assert page.get_attribute("#problem", "role") == "alert"
        page.unroute("**/chat/send")
        press(page, "Ydy")
        assert page.locator("#problem").count() == 0
        assert messages.text("role", "cy") in last_assistant(page)
    finally:
        context.close()


def test_with_the_assistant_stopped_the_words_stay_in_the_box(browser: Any, base: str, assistant) -> None:  # noqa: F811
    """Rasa itself stopped (last in this module; it is started again for the next file)."""
    context = browser.new_context(locale="en-GB", **PHONE)
    page = context.new_page()
    try:
        start_in_english(page, base)
        press(page, "Yes")
        press(page, "it's about me")
        assistant.stack.processes["rasa"].terminate()
        assistant.stack.processes["rasa"].wait()
        text = "Dorothy. I'd like to keep going to the garden centre on Fridays"
        page.fill("#message", text)
        page.tap("#send")
        idle(page)
        assert page.input_value("#message") == text
        assert text not in page.inner_text("#transcript")
        # A kind message in the page's language (it was Welsh, then English, for an English speaker).
        assert page.inner_text("#problem") == messages.text("chat_unavailable", "en")
        assert page.evaluate("document.activeElement.id") == "message"
    finally:
        context.close()
        if assistant.stack.processes["rasa"].poll() is not None:
            model = services.latest_model()
            assert model is not None
            assistant.stack.start_rasa(model)
            assistant.stack.wait_ready()
