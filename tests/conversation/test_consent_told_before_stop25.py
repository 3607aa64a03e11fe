"""Telling us before consent (stop-25 trial U10): honestly said that nothing is kept yet, and a hurry heard.

At "is it OK to keep your answers?" a carer wrote "Sorry I've only got 5 mins, school run. It's for my mum, Margaret,
she's 84 and has dementia" and got "Sorry, I didn't quite catch that": her words were dropped without a word and the
hurry ignored. Nothing may be kept before consent; now she is told so, and the "why" questions are left out, as a
hurry later in the form does.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import questions
from bot.conversation.turn import SKIPPED
from tests.conversation.test_start_never_loops import _at_consent, _sender, _stored

HURRIED = {
    "en": "Sorry I've only got 5 mins, school run. It's for my mum, Margaret, she's 84 and has dementia",
    "cy": "Sori dim ond 5 munud sgen i, dwi ar y ffordd i nôl y plant. Mae o am Mam, Margaret, mae hi'n 84 efo dementia",
}
TELLS = {
    "en": "It's about my dad really, he's 79 and he's been struggling since mum passed last year",
    "cy": "Am dad ydi o rili, mae o'n 79 a mae o 'di bod yn cael trafferth ers i mam farw llynedd",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_hurry_at_consent_is_heard_and_nothing_is_kept_before_the_ok(sqlite_url: str, language: str) -> None:
    sender = _sender("consent-hurry", language)
    dialogue = _at_consent(sender, language)
    dialogue.say(HURRIED[language])
    said = dialogue.replies[-1]
    assert messages.text("consent_told_before_hurry", language) in said
    assert messages.text("consent_unclear", language) not in said
    assert dialogue.asking == "consent_choice"  # asked again, never assumed
    assert all(dialogue.conversation.slots.get(why) == SKIPPED for why in questions.why_slots())
    assert not [words for _, words in _stored(sender) if words == HURRIED[language]]  # nothing kept before the OK
    dialogue.say("yes" if language == "en" else "ia")
    assert dialogue.conversation.slots["consent_choice"] == "yes"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_starting_to_tell_at_consent_is_answered_honestly(sqlite_url: str, language: str) -> None:
    sender = _sender("consent-tells", language)
    dialogue = _at_consent(sender, language)
    dialogue.say(TELLS[language])
    assert messages.text("consent_told_before", language) in dialogue.replies[-1]
    assert dialogue.asking == "consent_choice"
    assert not any(dialogue.conversation.slots.get(why) == SKIPPED for why in questions.why_slots())
