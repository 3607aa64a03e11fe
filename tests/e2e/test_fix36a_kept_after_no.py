"""Re-trial 35 AL4 over the REST channel (Rasa's rules, the action server): after a "no", the safe check says only
what went to the safeguarding team is kept, never "Everything you've told me is kept"; after a yes, it says so as
before. The same through the core: tests/conversation/test_fix36a_kept_after_no.py."""
from __future__ import annotations

import uuid

import pytest

from bot import messages
from bot.storage.db import session_scope
from tests.e2e.conftest import Assistant
from tests.support.records import stored_conversation

pytestmark = pytest.mark.e2e

#: The re-trial's words (r2, Telegram), and a Welsh counterpart.
DISCLOSURE = {
    "en": "thing is im sofa surfing at my mates in merthyr and his mam says i gotta be out by friday",
    "cy": "Dw i ddim isio byw rhagor, dw i wedi cael digon",
}
EVERYTHING_KEPT = {"en": "Everything you've told me is kept", "cy": "Mae popeth dych chi wedi'i ddweud wedi'i gadw"}


@pytest.mark.parametrize("language, no, taken_in", [("en", "nah", "fair enough"), ("cy", "na", "digon teg")])
def test_after_a_no_the_safe_check_is_true_to_it(assistant: Assistant, language: str, no: str,
                                                 taken_in: str) -> None:
    sender = f"e2e-fix36a-no-{language}-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say(no)
    assert messages.text("declined", language) in user.text
    user.say(taken_in)
    assert messages.text("declined_noted", language) in user.text
    user.say(DISCLOSURE[language])
    assert "999" in user.text
    assert messages.text("safety_check_no_consent", language) in user.text
    assert EVERYTHING_KEPT[language] not in user.text
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert conv.status == "declined" and conv.consent is False
        assert [f.text for f in conv.risk_flags] == [DISCLOSURE[language]]


@pytest.mark.parametrize("language, role", [("en", "it's about me"), ("cy", "mae hyn amdana i")])
def test_after_a_yes_the_safe_check_says_everything_is_kept(assistant: Assistant, language: str, role: str) -> None:
    sender = f"e2e-fix36a-yes-{language}-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say("/affirm")
    user.press(role)
    user.say("Sam")
    user.say(DISCLOSURE[language])
    assert messages.text("safety_check", language) in user.text
    assert messages.text("safety_check_no_consent", language) not in user.text
