"""Thirteenth trial (stop 35, issue 11) AK3: after a "no", only a clear yes or a change of mind gives consent.

After "nah" ("That's fine. I haven't kept anything…"), "fair enough" was taken as consent and the questions began
("Who is talking with me today?", consent_at set); then "wait what, i said no before??" got "You asked what happens
next…". Now "fair enough", "ok", "fine", "iawn 'ta", "digon teg" get a short kind word with the way back in; "actually
ok", "go on then, you can keep it", "iawn, dw i wedi newid fy meddwl, cewch" begin the questions; and "i said no
before??" after consent was taken gets sorry, what was kept is cleared, and the questions stop.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent

NO = {"en": "nah", "cy": "na"}


def _declined(tag: str, language: str, text: str, register: str = "chi") -> Dialogue:
    dialogue = _at_consent(_sender(tag, language, text), language)
    if register == "ti":
        dialogue.slots["register"] = "ti"
    dialogue.say(NO[language])
    assert dialogue.record().status == "declined"
    return dialogue


@pytest.mark.parametrize("language, text", [
    ("en", "fair enough"),  # the trial's words
    ("en", "ok"), ("en", "fine"), ("en", "Fair enough."), ("en", "ok thanks"), ("en", "no worries"),
    ("cy", "iawn 'ta"), ("cy", "digon teg"), ("cy", "iawn"), ("cy", "iawn diolch"), ("cy", "oce"),
])
def test_taking_the_no_in_is_never_consent(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _declined("fix35b-ak3-ack", language, text)
    reply = dialogue.say(text)
    assert messages.text("declined_noted", language) in reply  # kind, and the way back in said
    assert dialogue.asking is None
    assert dialogue.record().status == "declined" and dialogue.record().consent is False


@pytest.mark.parametrize("language, text", [
    ("en", "actually ok"),
    ("en", "go on then, you can keep it"),
    ("en", "I've changed my mind, yes you can keep it"),
    ("en", "yes"),
    ("cy", "iawn, dw i wedi newid fy meddwl, cewch"),
    ("cy", "ia, cewch"),
    ("cy", "Ydy, mae hynny yn iawn."),
    ("cy", "dw i wedi newid fy meddwl, ydy mae'n iawn"),
])
def test_a_clear_yes_or_a_change_of_mind_with_a_yes_begins(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _declined("fix35b-ak3-yes", language, text)
    reply = dialogue.say(text)
    assert messages.text("declined_noted", language) not in reply
    assert dialogue.asking == "role"
    assert dialogue.record().consent is True


@pytest.mark.parametrize("language, text", [("en", "sorry, I've changed my mind"), ("cy", "sori, dw i wedi newid fy meddwl")])
def test_a_change_of_mind_alone_asks_once_more(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _declined("fix35b-ak3-changed", language, text)
    reply = dialogue.say(text)
    assert messages.text("consent_again", language) in reply
    assert dialogue.asking == "consent_choice"


def _asking(dialogue: Dialogue) -> str | None:
    """The question waiting, read afresh (mypy keeps an attribute narrowed across the messages said in between)."""
    return dialogue.asking


def _answers(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.text for a in conv.answers]


@pytest.mark.parametrize("language, complaint", [
    ("en", "wait what, i said no before??"),  # the trial's words
    ("en", "hang on, I never said yes"),
    ("cy", "aros, nes i ddeud na gynt!"),
    ("cy", "ond wnes i ddim cytuno i hyn"),
])
def test_i_said_no_after_the_questions_began_is_sorry_cleared_and_stopped(sqlite_url: str, language: str,
                                                                          complaint: str) -> None:
    dialogue = _at_consent(_sender("fix35b-ak3-said-no", language, complaint), language)
    dialogue.say(NO[language])  # the trial's "nah", then a yes taken after it (as "fair enough" was: AK3)
    dialogue.say("actually ok" if language == "en" else "ia, cewch")
    dialogue.say("me" if language == "en" else "fi")
    while dialogue.asking in ("name", "role"):
        dialogue.say("Sam")
    assert dialogue.asking is not None and dialogue.asking.startswith("q_"), dialogue.asking
    dialogue.say("I'd like to get out to the shops more" if language == "en" else "dw i isio mynd i'r siopau")
    assert _answers(dialogue.sender)
    reply = dialogue.say(complaint)
    assert messages.text("consent_taken_sorry", language) in reply
    assert messages.text("declined", language) in reply  # what is kept: only the "no"
    assert _asking(dialogue) is None
    record = dialogue.record()
    assert record.status == "declined" and record.consent is False
    assert _answers(dialogue.sender) == []


@pytest.mark.parametrize("language, message", [
    ("en", "I said no to the care home, I want to stay here"),
    ("en", "They offered me a carer and I said no."),
    ("cy", "wnes i ddim cytuno i fynd i'r cartref"),
])
def test_a_no_inside_an_answer_is_an_answer(sqlite_url: str, language: str, message: str) -> None:
    dialogue = _at_consent(_sender("fix35b-ak3-answer", language, message), language)
    dialogue.say("yes" if language == "en" else "ia")
    dialogue.say("me" if language == "en" else "fi")
    while dialogue.asking in ("name", "role"):
        dialogue.say("Sam")
    reply = dialogue.say(message)
    assert messages.text("consent_taken_sorry", language) not in reply
    assert dialogue.record().consent is True and message in _answers(dialogue.sender)
