"""Closing note 37 ("Left alone", conversation): "start again" / "dechrau eto" at the read-back ("is this right?")
still cleared every answer at once. As at any question (fix37c AP9), it now asks first, with yes and no buttons: "No,
keep my answers" / "na" keeps them all and the read-back comes again, never sent; only a yes clears. Run as Rasa routes
it (tests.conversation.test_colloquial.Dialogue: "start again" is its own intent, the form takes the reply).
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue

AGAIN = {"cy": ["dechrau eto", "Dechrau eto plis"], "en": ["start again", "can we start again"]}


def _sender(*parts: object) -> str:
    return "mem-fix38b-again-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_the_read_back(language: str, register: str, *parts: object) -> Dialogue:
    """Osian's (a young person's, "ti") or Jo's ("chi") conversation at the read-back, one answer kept."""
    dialogue = Dialogue(_sender(language, register, *parts))
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    role = "young_person" if register == "ti" else "person"
    dialogue.conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role,
                                        "name": "Osian" if register == "ti" else "Jo", "register": register})
    dialogue.conversation.start()
    dialogue.conversation.say("mynd i nofio bob wythnos efo fy ffrindiau" if language == "cy"
                              else "going swimming every week with my friends")
    while dialogue.asking != "readback":
        assert dialogue.asking is not None
        dialogue.say("/skip", intent="skip")
    return dialogue


def _status(sender: str) -> str:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return str(conv.status)


CASES = [(language, register, text) for language in ("cy", "en") for register in ("chi", "ti")
         for text in AGAIN[language]]


@pytest.mark.parametrize("language, register, text", CASES)
def test_start_again_at_the_read_back_asks_first(sqlite_url: str, language: str, register: str, text: str) -> None:
    dialogue = _at_the_read_back(language, register, "asks", text)
    kept = repository.answer_texts(dialogue.sender)
    reply = dialogue.say(text)
    asked = messages.render("start_again_confirm", language, register)
    assert reply == asked.text  # what is cleared, said; the read-back is not shown under it
    assert [b.payload for b in dialogue.conversation.said[-1].buttons] == ["/start_again", "/deny"]
    assert messages.text("restarted", language, register) not in reply
    assert repository.answer_texts(dialogue.sender) == kept  # nothing cleared yet


@pytest.mark.parametrize("language, register, no", [
    ("cy", "chi", "na"), ("cy", "ti", "/deny"), ("cy", "chi", "na na, cadw nhw"),
    ("en", "chi", "no"), ("en", "ti", "/deny"), ("en", "chi", "no, keep them"),
])
def test_no_keeps_every_answer_and_the_read_back_comes_again(sqlite_url: str, language: str, register: str,
                                                              no: str) -> None:
    dialogue = _at_the_read_back(language, register, "no", no)
    kept = repository.answer_texts(dialogue.sender)
    dialogue.say(AGAIN[language][0])
    reply = dialogue.say(no, intent="deny")
    assert messages.text("start_again_kept", language, register) in reply
    assert dialogue.asking == "readback"  # "is this right?" again, with the list
    assert repository.answer_texts(dialogue.sender) == kept
    assert _status(dialogue.sender) != "confirmed"  # a "no" to starting again is never "send it"


@pytest.mark.parametrize("language, register, yes, intent", [
    ("cy", "chi", "/start_again", "start_again"), ("cy", "ti", "ydw", "affirm"),
    ("en", "chi", "/start_again", "start_again"), ("en", "ti", "yes", "affirm"),
])
def test_yes_clears_and_never_sends(sqlite_url: str, language: str, register: str, yes: str, intent: str) -> None:
    """A typed "yes" to "start again?" at the read-back clears (as the button does); it was never "yes, send it"."""
    dialogue = _at_the_read_back(language, register, "yes", yes)
    dialogue.say(AGAIN[language][0])
    reply = dialogue.say(yes, intent=intent)
    assert messages.text("restarted", language, register) in reply
    assert repository.answer_texts(dialogue.sender) == []
    assert _status(dialogue.sender) != "confirmed"
