"""Stop-22 trial V33: at consent, "how long do you keep it for, and does it go on my records?" / "a ydy o'n mynd ar
fy ffeil i am byth?" got "sorry, I didn't catch that". Informed consent needs the answer: who gets the answers, how
long they are kept (this installation's retention days), that the council's own record is separate, and that they
can ask for everything to be deleted. Then consent is asked again, never taken from the question."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_how_long_kept
from bot.conversation.retention import current_policy
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

ASKED = [
    ("cy", "dibynnu. pwy yn union sy'n darllen hyn? a ydy o'n mynd ar fy ffeil i am byth?"),
    ("en", "depends. how long do you keep it for, and does it go on my records?"),
    ("en", "is it kept forever?"),
    ("cy", "am faint dach chi'n cadw hwn?"),
]


@pytest.mark.parametrize("language,text", ASKED)
def test_at_consent_how_long_it_is_kept_is_answered_then_consent_asked_again(sqlite_url: str, language: str,
                                                                            text: str) -> None:
    dialogue = _at_consent(_sender("v33-consent", language, text), language)
    reply = dialogue.say(text)
    policy = current_policy()
    expected = messages.text("how_long_kept", language, kept_days_after_visit=policy.after_visit_days,
                             kept_days_unsent=policy.unconfirmed_days)
    assert expected in reply
    assert f"{policy.after_visit_days} " in reply and f"{policy.unconfirmed_days} " in reply  # the real days
    assert reply.endswith(messages.text("consent_short", language))
    assert dialogue.asking == "consent_choice" and dialogue.record().status != "declined"
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"


def test_the_days_follow_the_installations_rules(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.settings import get_settings

    monkeypatch.setenv("RETENTION_AFTER_VISIT_DAYS", "45")
    monkeypatch.setenv("RETENTION_UNCONFIRMED_DAYS", "14")
    get_settings.cache_clear()
    dialogue = _at_consent(_sender("v33-days", "en", "x"), "en")
    reply = dialogue.say("how long will my answers be kept?")
    assert "until 45 days after the visit" in reply and "deleted 14 days after your last message" in reply


@pytest.mark.parametrize("text", ["I want to live here forever", "dwi isio aros yn fy nhy am byth",
                                  "how long do you keep going to the chapel", "Mam wants to keep her garden forever"])
def test_wishes_about_forever_are_not_questions_about_keeping_answers(text: str) -> None:
    assert not asks_how_long_kept(text)
