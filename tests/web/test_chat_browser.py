"""The web chat in a real headless Chromium (Debian's), against the real Rasa, action server and web app.

A carer completes a whole conversation in Welsh and reloads half-way; someone completes one on a
375-px phone screen; someone completes one with the keyboard alone; axe-core finds no serious or
critical problem. Screenshots: /tmp/wm-chat-desktop.png and /tmp/wm-chat-phone.png.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot import messages
from bot.conversation.invitations import create_invitation
from bot.storage import repository
from bot.storage.db import session_scope
from bot.web.chat import CHAT_COOKIE, sender_for
from bot.web.models import AuditEntry
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)

pytestmark = pytest.mark.e2e


WELSH_CARER = [
    ("what_matters", "Mae Mam isio aros yn ei chartref ei hun, efo'i chath Mali 🐈"),
    ("strengths", "Mae Nain drws nesa'n galw bob bore"),
    ("keep", "Dal i fynd i'r capel ar ddydd Sul, mae hi wrth ei bodd"),
    ("change", "Hoffai hi allu cerdded i'r siop eto heb ofn cwympo"),
    ("support", "Siarad Cymraeg efo hi, a pheidio â'i brysio"),
    ("worries", "Dw i'n poeni ei bod hi'n anghofio bwyta"),
    ("people", "Fi, fy mrawd Huw, a'r gweinidog"),
    ("communication", "Mae hi braidd yn fyddar – siaradwch yn glir"),
    ("visit_time", "Prynhawn dydd Mawrth, dw i yno bryd hynny"),
    ("carer_own", "Cael noson o gwsg iawn unwaith yr wythnos"),
    ("carer_support", "Rhywun i eistedd efo Mam tra dw i'n mynd i'r côr"),
    ("anything_else", "Diolch am ofyn 💐"),
]

ENGLISH_PERSON = [
    ("what_matters", "I want to walk to the shop again and keep seeing the grandchildren"),
    ("strengths", "My neighbour Glenys pops in every day"),
    ("keep", "Keep going to chapel on Sundays"),
    ("change", "To be able to cook my own tea again"),
    ("support", "Be patient with me, I'm slow on the phone"),
    ("worries", "I worry about the stairs at night"),
    ("people", "My son Gareth and his wife"),
    ("communication", "Speak slowly please"),
    ("visit_time", "Mornings, after 10. Not Mondays!"),
    ("anything_else", "No, that's everything, thank you"),
]


@pytest.fixture
def base(assistant) -> str:  # noqa: F811
    return f"http://127.0.0.1:{assistant.stack.web_port}"


# ---- driving the page as a person would ------------------------------------------------------------

def idle(page: Any) -> None:
    """Wait until the assistant has answered (the page leaves its "writing a reply" state)."""
    page.wait_for_selector("#chat[aria-busy=false]")


def last_assistant(page: Any) -> str:
    return page.locator("#transcript li.msg-assistant").last.inner_text()


def press(page: Any, title: str) -> None:
    page.locator("#choices button", has_text=title).first.click()
    idle(page)


def say(page: Any, text: str) -> None:
    page.fill("#message", text)
    page.press("#message", "Enter")
    idle(page)


def tap_send(page: Any, text: str) -> None:
    """On a phone Enter starts a new line (no Shift key): the Send button sends."""
    page.fill("#message", text)
    page.tap("#send")
    idle(page)


def conversation_of(page: Any) -> Any:
    token = next(c["value"] for c in page.context.cookies() if c["name"] == CHAT_COOKIE)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_for(token))
        if conv is not None:
            s.expunge(conv)
        return conv


def answers_of(page: Any) -> dict[str, list[str]]:
    token = next(c["value"] for c in page.context.cookies() if c["name"] == CHAT_COOKIE)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_for(token))
        assert conv is not None
        out: dict[str, list[str]] = {}
        for a in conv.answers:
            out.setdefault(a.question_key, []).append(a.text)
        return out


def serious_problems(page: Any) -> list[tuple[str, str, int]]:
    """axe-core (bundled with axe-playwright-python: nothing fetched) on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]


# ---- the tests -------------------------------------------------------------------------------------

def test_a_carer_talks_in_welsh_reloads_half_way_and_carries_on(browser: Any, base: str, assistant) -> None:  # noqa: F811
    context = browser.new_context(locale="cy-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        response = page.goto(base + "/chat")
        assert response is not None and response.status == 200
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        cookie = next(c for c in context.cookies() if c["name"] == CHAT_COOKIE)
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
        # Welsh first: the page is in Welsh, with an equal switch to English, and the Active Offer.
        assert page.locator("html").get_attribute("lang") == "cy"
        assert page.locator("button.switch").inner_text() == "English"
        assert last_assistant(page).index("Shwmae") < last_assistant(page).index("Hello")
        assert page.locator("#choices button").all_inner_texts() == ["Cymraeg", "English"]
        assert serious_problems(page) == []

        press(page, "Cymraeg")
        assert messages.text("consent_choice", "cy") in last_assistant(page)
        say(page, "ydw")
        assert messages.text("role", "cy") in last_assistant(page)
        press(page, "gofalu am rywun")
        say(page, "Elin")
        say(page, "Mam (Gwenda)")  # "Mam" says how they are connected: no relationship question (issue 11)
        assert "gyda Gwenda" in last_assistant(page)  # the name in brackets is the name (start4, stop 16)
        for _, text in WELSH_CARER[:4]:
            say(page, text)
        assert serious_problems(page) == []  # mid-conversation, with buttons and a long transcript

        # Reload half-way: the conversation so far is still there, and it carries on from here.
        before = page.locator("#transcript li").all_inner_texts()
        page.reload()
        after = page.locator("#transcript li").all_inner_texts()
        assert after == before
        assert WELSH_CARER[3][1] in page.inner_text("#transcript")
        for _, text in WELSH_CARER[4:]:
            say(page, text)
        assert "Dyma beth dw i wedi'i ysgrifennu" in page.inner_text("#transcript")
        page.screenshot(path="/tmp/wm-chat-desktop.png", full_page=True)
        press(page, "Ydy")

        conv = conversation_of(page)
        assert conv is not None and conv.status == "confirmed"
        assert (conv.language, conv.completed_by, conv.channel) == ("cy", "carer", "webchat")
        assert conv.reference in page.inner_text("#transcript")
        assert conv.case_reference is None and not conv.unmatched_invitation  # not invited: as today
        stored = answers_of(page)
        for key, text in WELSH_CARER:
            assert stored[key] == [text], key  # byte for byte, emoji and all
        assert conv.cared_for_name == "Gwenda" and conv.relationship_to_person == "Mam"
        # Nothing the carer wrote, and no conversation cookie, in any service's log.
        logs = "".join(p.read_text(errors="replace") for p in assistant.stack.log_dir.glob("*.log"))
        for _, text in WELSH_CARER:
            assert text not in logs
        assert "Elin" not in logs and conv.sender_id not in logs
        assert next(c["value"] for c in context.cookies() if c["name"] == CHAT_COOKIE) not in logs
    finally:
        context.close()


def test_a_whole_conversation_on_a_phone_screen(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", viewport={"width": 375, "height": 740}, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    try:
        page.goto(base + "/chat?lang=en")
        assert page.locator("html").get_attribute("lang") == "en"
        assert "Press Send" in page.inner_text("#message-hint")  # not "Shift and Enter": no Shift key here
        assert page.locator("button.switch").inner_text() == "Cymraeg"  # the other language, equally placed
        press(page, "English")
        press(page, "Yes")
        press(page, "it's about me")
        tap_send(page, "Dorothy")
        for key, text in ENGLISH_PERSON:
            if key == "anything_else":
                press(page, "Nothing else")
            else:
                tap_send(page, text)
            if "What difference" in last_assistant(page):  # a service named without a reason
                tap_send(page, "so I can manage on my own")
        assert "Here is what I've written down" in page.inner_text("#transcript")
        # Nothing wider than the screen: no sideways scrolling.
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.screenshot(path="/tmp/wm-chat-phone.png", full_page=True)
        assert serious_problems(page) == []
        press(page, "Yes, send it")
        conv = conversation_of(page)
        assert conv is not None and conv.status == "confirmed" and conv.language == "en"
        assert conv.display_name == "Dorothy"
    finally:
        context.close()


def test_a_whole_conversation_with_the_keyboard_alone(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", viewport={"width": 1024, "height": 800})
    page = context.new_page()
    try:
        page.goto(base + "/chat")

        def focus_on(matches: str, arg: str) -> None:
            """Tab (forwards only) until the focused element is the one wanted; the focus is visible."""
            for _ in range(40):
                page.keyboard.press("Tab")
                if page.evaluate(matches, arg):
                    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
                    assert outline != "none", "focus must be visible"
                    return
            raise AssertionError(f"could not reach {arg!r} with the Tab key")

        def choose(title: str) -> None:
            focus_on("t => document.activeElement.closest('#choices') !== null && "
                     "document.activeElement.textContent.includes(t)", title)
            page.keyboard.press("Enter")
            idle(page)

        def write(text: str) -> None:
            if not page.evaluate("() => document.activeElement && document.activeElement.id === 'message'"):
                focus_on("() => document.activeElement.id === 'message'", "")
            page.keyboard.type(text)
            page.keyboard.press("Enter")
            idle(page)

        # The skip link is the first stop and leads straight to the message box.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        choose("English")
        # The Welsh-first page reloads in English; the keyboard carries on from the first new choice.
        page.wait_for_selector("html[lang=en]")
        page.wait_for_selector("#choices button:focus")  # a selector: the page's CSP forbids eval
        choose("Yes")
        choose("it's about me")
        write("Sam")
        for key, text in ENGLISH_PERSON:
            if key == "worries":
                choose("Skip")
            else:
                write(text)
            if "What difference" in last_assistant(page):
                write("so I can manage on my own")
        assert "Here is what I've written down" in page.inner_text("#transcript")
        choose("Yes, send it")
        conv = conversation_of(page)
        assert conv is not None and conv.status == "confirmed"
        assert "worries" not in answers_of(page)  # skipped with the keyboard, not invented
    finally:
        context.close()


def test_switching_the_page_to_english_switches_the_assistant_too(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "Cymraeg")
        assert messages.text("consent_choice", "cy") in last_assistant(page)
        page.click("button.switch")  # "English"
        page.wait_for_selector("html[lang=en]")
        assert messages.text("consent_choice", "en") in page.inner_text("#transcript")
        assert page.locator("button.switch").inner_text() == "Cymraeg"
        conv = conversation_of(page)
        assert conv is not None and conv.language == "en"
    finally:
        context.close()


def test_clearing_the_chat_from_a_shared_device(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "Cymraeg")
        page.click("form.forget button")
        page.wait_for_url("**/chat/cleared")
        assert CHAT_COOKIE not in [c["name"] for c in context.cookies()]
        assert serious_problems(page) == []
        page.goto(base + "/chat")
        # A fresh Active Offer, nothing of before.
        assert page.locator("#transcript li").count() == 1
        assert page.locator("#transcript li.msg-person").count() == 0
    finally:
        context.close()


def test_the_chat_works_without_javascript(browser: Any, base: str) -> None:
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base + "/chat?lang=en")
        assert page.locator("noscript").count() == 1
        page.locator("#choices button", has_text="English").click()  # a plain form post; the page reloads
        page.wait_for_load_state()
        assert messages.text("consent_choice", "en") in page.inner_text("#transcript")
        page.fill("#message", "yes please")
        page.click("#send")
        page.wait_for_load_state()
        assert "yes please" in page.locator("#transcript li.msg-person").last.inner_text()
        assert messages.text("role", "en") in last_assistant(page)
        # Too long: not sent, the words are given back to split, with the assistant's kind reply.
        page.fill("#message", "x" * 10_001)
        page.click("#send")
        page.wait_for_load_state()
        assert page.input_value("#message") == "x" * 10_001
        assert messages.text("input_too_long", "en") in page.inner_text("#problem")
        assert "x" * 100 not in page.inner_text("#transcript")
    finally:
        context.close()


def test_an_invitation_link_starts_in_its_language_and_never_asks_who_is_talking(browser: Any, base: str) -> None:
    """A carer's link in Welsh, opened in the browser: Welsh from the start, the English switch there,
    straight from consent to their name (the core read "carer" from the record), and the switch works."""
    made = create_invitation(case_reference="CR-BROWSER-1", team="north", language="cy", audience="carer",
                             created_by=None)
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + f"/chat/start/{made.token}")
        page.wait_for_url("**/chat")
        assert page.locator("html").get_attribute("lang") == "cy"
        assert page.locator("button.switch").inner_text() == "English"  # the other language, one press away
        assert messages.text("consent_choice", "cy") in page.inner_text("#transcript")
        assert "Shwmae" not in page.inner_text("#transcript")
        say(page, "ydw")
        assert messages.text("role", "cy") not in last_assistant(page)
        assert messages.text("name", "cy", role="carer") in last_assistant(page)
        say(page, "Elin")
        page.click("button.switch")
        page.wait_for_selector("html[lang=en]")
        assert messages.text("cared_for_name", "en", role="carer", name="Elin") in page.inner_text("#transcript")
        assert serious_problems(page) == []
        conv = conversation_of(page)
        assert conv is not None
        assert (conv.completed_by, conv.case_reference, conv.team, conv.language) == (
            "carer", "CR-BROWSER-1", "north", "en")
        assert conv.display_name == "Elin"
    finally:
        context.close()


def _sender(page: Any) -> str:
    return sender_for(next(c["value"] for c in page.context.cookies() if c["name"] == CHAT_COOKIE))


def test_deleting_everything_from_the_web_chat_after_making_sure(browser: Any, base: str) -> None:
    """The right to erasure in the web chat, as Telegram's /delete (stop-22 trial V20): asked to make sure first,
    then the answers, names and conversation are gone from our records, and the page says so."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "English")
        press(page, "Yes")
        press(page, "it's about me")
        say(page, "Dorothy")
        say(page, ENGLISH_PERSON[0][1])
        sender = _sender(page)
        assert answers_of(page)["what_matters"] == [ENGLISH_PERSON[0][1]]
        reference = conversation_of(page).reference
        page.click("form.delete button")
        page.wait_for_url("**/chat/delete")
        assert messages.text("delete_confirm", "en") in page.inner_text("main")
        assert serious_problems(page) == []
        page.click("form.delete-confirm button")
        assert messages.text("web_delete_done", "en") in page.inner_text("main")
        assert CHAT_COOKIE not in [c["name"] for c in context.cookies()]
        assert serious_problems(page) == []
        with session_scope() as s:
            conv = repository.get_conversation(s, sender)
            assert conv is None or (not conv.answers and conv.display_name is None)
            # An audit row, as `whatmatters erase` writes: the reference and counts, never a word or a name.
            rows = s.query(AuditEntry).filter_by(action="erased", reference=reference).all()
            assert [r.detail.startswith("by the person (web chat): answers 1,") for r in rows] == [True]
            assert "Dorothy" not in rows[0].detail and "walk" not in rows[0].detail
        page.click("a.button")  # a new conversation: the Active Offer again, nothing of before
        page.wait_for_url("**/chat")
        assert page.locator("#transcript li.msg-person").count() == 0
        assert "Dorothy" not in page.inner_text("#transcript")
    finally:
        context.close()


def test_changing_ones_mind_about_deleting_keeps_everything(browser: Any, base: str) -> None:
    context = browser.new_context(locale="cy-GB")
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, "Cymraeg")
        say(page, "ydw")
        before = page.locator("#transcript li").all_inner_texts()
        page.click("form.delete button")
        page.wait_for_url("**/chat/delete")
        assert messages.text("delete_confirm", "cy") in page.inner_text("main")
        assert page.locator("html").get_attribute("lang") == "cy"
        page.click("text=Na, cadw fy atebion")
        page.wait_for_url("**/chat#latest")
        assert page.locator("#transcript li").all_inner_texts() == before
        conv = conversation_of(page)
        assert conv is not None and conv.consent is True
    finally:
        context.close()
