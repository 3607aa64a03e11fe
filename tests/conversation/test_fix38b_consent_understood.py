"""Closing note 37 ("Left alone", conversation): at "is it OK for me to write down your answers?", "I understand",
"ready", "iawn, dwi'n barod", "ok got it", "deall" were asked again ("Sorry, I didn't quite catch that") whenever
Rasa's NLU did not read them as a yes (an "inform", or an "off-topic" that goes by the redirect rule). The core now
reads them itself (bot.analysis.controls.consent_in, consent_words.tsv "ready"): a yes, unless a no is said too ("I
understand but no" is a no); "I don't understand" is explained, "not ready" asked once more with the buttons.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.controls import consent_in
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent

#: The messages of the closing note, then close variants, in both languages.
UNDERSTOOD = [
    ("en", "I understand"), ("en", "ready"), ("en", "ok got it"), ("en", "I'm ready"), ("en", "got it"),
    ("en", "Understood."), ("en", "Thanks, I understand"), ("en", "ready when you are"),
    ("cy", "iawn, dwi'n barod"), ("cy", "deall"), ("cy", "dw i'n deall"), ("cy", "Barod"), ("cy", "wedi dallt"),
    ("cy", "diolch, dwi'n deall"), ("cy", "fi'n barod"),
]
#: What Rasa's NLU may make of them: nothing the form maps to a yes ("inform"), or off-topic (the redirect rule).
NLU_READINGS = [None, "out_of_scope"]


@pytest.mark.parametrize("language, text", UNDERSTOOD)
@pytest.mark.parametrize("intent", NLU_READINGS)
def test_understanding_or_being_ready_is_a_yes(sqlite_url: str, language: str, text: str, intent: str | None) -> None:
    assert consent_in(text) is True
    dialogue = _at_consent(_sender("fix38b-ready", language, text, intent), language)
    reply = dialogue.say(text, intent=intent)
    assert messages.text("consent_unclear", language) not in reply
    assert dialogue.asking == "role"
    assert dialogue.record().consent is True


@pytest.mark.parametrize("language, text", [
    ("en", "I understand but no"), ("en", "I understand, but I'd rather you didn't"), ("en", "got it. no thanks"),
    ("cy", "deall, ond dim diolch"), ("cy", "dwi'n deall ond na"), ("cy", "dw i'n barod ond sai moyn i chi gadw fe"),
])
def test_understanding_with_a_no_is_a_no(sqlite_url: str, language: str, text: str) -> None:
    assert consent_in(text) is False
    dialogue = _at_consent(_sender("fix38b-no", language, text), language)
    dialogue.say(text)
    assert dialogue.asking is None
    assert dialogue.record().status == "declined" and dialogue.record().consent is False


@pytest.mark.parametrize("language, text", [
    ("en", "not ready yet"), ("en", "I'm not ready"), ("cy", "dw i ddim yn barod"), ("cy", "ddim yn barod eto"),
])
def test_not_ready_is_asked_once_more_with_the_buttons(sqlite_url: str, language: str, text: str) -> None:
    assert consent_in(text) is None
    dialogue = _at_consent(_sender("fix38b-not-ready", language, text), language)
    reply = dialogue.say(text)
    assert messages.text("consent_unclear", language) in reply
    assert dialogue.asking == "consent_choice"
    buttons = [b.payload for m in dialogue.conversation.said[-2:] for b in m.buttons]
    assert len(buttons) == 2 and buttons[0] != buttons[1]  # yes and no, to press


@pytest.mark.parametrize("language, text", [
    ("en", "I don't understand"), ("en", "i dont understand"), ("cy", "dwi ddim yn deall"), ("cy", "dwi'm yn dallt"),
])
def test_not_understanding_is_never_a_no(sqlite_url: str, language: str, text: str) -> None:
    """"don't" before "understand" would have made it a no by the flip words: it is a doubt, explained (the help,
    or the consent question's own explanation), and the question waits."""
    assert consent_in(text) is None
    dialogue = _at_consent(_sender("fix38b-dont", language, text), language)
    dialogue.say(text)
    assert dialogue.asking == "consent_choice"
    assert dialogue.record().consent is None


@pytest.mark.parametrize("language, text", [("en", "I understand"), ("en", "ok got it"), ("cy", "deall"),
                                            ("cy", "dw i'n deall")])
def test_after_a_no_understanding_only_takes_it_in(sqlite_url: str, language: str, text: str) -> None:
    """After "no", "I understand" is their taking the no in (thirteenth trial AK3), never consent."""
    dialogue = _at_consent(_sender("fix38b-after-no", language, text), language)
    dialogue.say("na" if language == "cy" else "nah")
    reply = dialogue.say(text)
    assert messages.text("declined_noted", language) in reply
    assert dialogue.asking is None and dialogue.record().consent is False


def _ti(dialogue: Dialogue) -> Dialogue:
    dialogue.slots["register"] = "ti"
    return dialogue


@pytest.mark.parametrize("text", ["iawn, dwi'n barod", "deall"])
def test_a_young_person_ready_in_welsh_begins(sqlite_url: str, text: str) -> None:
    dialogue = _ti(_at_consent(_sender("fix38b-ti", text), "cy"))
    reply = dialogue.say(text)
    assert dialogue.asking == "role"
    assert messages.text("consent_unclear", "cy", "ti") not in reply
