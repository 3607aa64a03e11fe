"""The third trial's W14 in the web chat, through the real stack and a browser (Debian chromium), Welsh and English.

W14: after "stop", a carer who had chosen "Remember this conversation on this device" was told to choose it first.
Now, on a device that remembers the conversation, the stop message says until when it is kept; before they chose it,
it still asks them to. The words stored in the conversation stay as they were (only the web app knows the device).
"""
from __future__ import annotations

from typing import Any

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.view import format_time
from tests.web.chat_stack import assistant  # noqa: F401 (the running stack, for this module)
from tests.web.test_chat_browser import _sender, last_assistant, press, say

pytestmark = pytest.mark.e2e

LOCALE = {"en": "en-GB", "cy": "cy-GB"}
#: (language button, consent, role button, name, the person cared for, stop, carry on)
START = {
    "en": ("English", "Yes", "I look after someone", "Bethan", "my dad, Dai", "stop", "carry on"),
    "cy": ("Cymraeg", "Ydy", "gofalu am rywun", "Bethan", "fy nhad, Dai", "stopio", "parhau"),
}
REMEMBER_BUTTON = {"en": "Remember this conversation", "cy": "Cofio'r sgwrs hon"}


@pytest.fixture
def base(assistant) -> str:  # noqa: F811
    return f"http://127.0.0.1:{assistant.stack.web_port}"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_stop_message_on_a_remembering_device_says_until_when(browser: Any, base: str, language: str) -> None:
    choose, consent, role, name, cared_for, stop, carry_on = START[language]
    context = browser.new_context(locale=LOCALE[language])
    page = context.new_page()
    try:
        page.goto(base + "/chat")
        press(page, choose)
        say(page, consent)
        press(page, role)
        say(page, name)
        say(page, cared_for)
        say(page, stop)  # not remembered yet: asked to choose "Remember…" first, as before
        assert messages.text("stopped_webchat", language) in last_assistant(page)
        say(page, carry_on)

        page.locator("form.remember button").click()  # remembered on this device
        page.wait_for_selector("#remembered")
        until = next(c for c in context.cookies() if c["name"] == "wm_chat_kept")["value"]
        shown_until = format_time(until, language, with_time=False)
        assert shown_until
        say(page, stop)
        said = last_assistant(page)
        assert messages.text("stopped_webchat_remembered", language, date=shown_until) in said
        assert REMEMBER_BUTTON[language] not in said
        page.reload()  # drawn again from the conversation: the same words, the earlier stop now true as well
        assert last_assistant(page) == said
        assert messages.text("stopped_webchat", language) not in page.inner_text("#transcript")
        with session_scope() as s:
            conv = repository.get_conversation(s, _sender(page))
            assert conv is not None and conv.status == "stopped"
    finally:
        context.close()
