"""Who sees the answers, asked at the consent step (stop-20 trial T37), and the consent question asked again short.

"will my mum see what i write?" got "Sorry, I didn't quite catch that" and the whole consent text again; "pwy fydd yn
darllen hwn? ydy mam yn cael gweld?" got who reads it but nothing on family. For a young person that is THE consent
question: now it is answered (the council's social care team; not family or anyone else; the safety exception said
honestly), in the person's language and register, and only the short consent question follows, with its buttons.
"Cymraeg" typed at consent in a Welsh conversation no longer repeats the whole consent text either.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_about_assistant, asks_who_sees
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

WHO_SEES = {
    "en": ["will my mum see what i write?", "can my dad read this?", "does my family get to see it?",
           "is this private?", "will he see this?", "Who else can see this?"],
    "cy": ["pwy fydd yn darllen hwn? ydy mam yn cael gweld?", "fydd Dad yn gweld hwn?", "neith mam weld hyn?",
           "ydy hwn yn breifat?", "geith Dad weld be dwi di sgwennu?", "fydd o yn gweld hyn?"],
}
#: Answers that mention seeing someone: never read as asking who sees the answers.
ANSWERS = {
    "en": ["I want to see my mum more", "my mum can see I am tired", "can they see me in the morning?",
           "i hope my dad will see it soon, the new house"],
    "cy": ["dwi isio gweld mam yn amlach", "ydy hi yn gweld?", "mae Dad yn gweld fy mod i wedi blino"],
}


@pytest.mark.parametrize("text", [t for texts in WHO_SEES.values() for t in texts])
def test_read_as_asking_who_sees(text: str) -> None:
    assert asks_who_sees(text) and asks_about_assistant(text) == "whole"


@pytest.mark.parametrize("text", [t for texts in ANSWERS.values() for t in texts])
def test_an_answer_about_seeing_someone_is_not(text: str) -> None:
    assert not asks_who_sees(text) and asks_about_assistant(text) is None


@pytest.mark.parametrize("language,text,not_family", [
    ("en", "will my mum see what i write?", "not sent to your family"),
    ("cy", "pwy fydd yn darllen hwn? ydy mam yn cael gweld?", "ddim yn cael eu hanfon at eich teulu chi"),
])
def test_at_consent_who_sees_is_answered_then_the_short_question(sqlite_url: str, language: str, text: str,
                                                                   not_family: str) -> None:
    dialogue = _at_consent(_sender("who-sees", language, text), language)
    full = messages.text("consent_choice", language)
    reply = dialogue.say(text)
    assert not_family in reply
    # Who does read them, and the safety exception, said honestly.
    assert ("social care team" in reply and "safeguarding team" in reply) if language == "en" else \
        ("tîm gofal cymdeithasol y cyngor" in reply and "dîm diogelu'r cyngor" in reply)
    assert messages.text("consent_unclear", language) not in reply
    # Then the consent question again, short, with its buttons: not the whole text a second time.
    assert reply.endswith(messages.text("consent_short", language))
    assert full not in reply
    last = dialogue.conversation.said[-1]
    assert [b.payload for b in last.buttons] == ["/affirm", "/deny"]
    assert dialogue.asking == "consent_choice"
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,register,words", [
    ("en", "ti", "the worker who's coming to see you"), ("cy", "ti", "dy atebion di"),
    ("en", "chi", "the worker who comes to see you"), ("cy", "chi", "eich atebion chi"),
])
def test_who_sees_in_both_registers(language: str, register: str, words: str) -> None:
    assert words in messages.text("who_sees", language, register)


@pytest.mark.parametrize("language,typed", [("cy", "Cymraeg"), ("en", "English")])
def test_the_language_in_use_typed_at_consent_gets_the_short_question_only(sqlite_url: str, language: str,
                                                                          typed: str) -> None:
    dialogue = _at_consent(_sender("lang-at-consent", language), language)
    reply = dialogue.say(typed)
    assert messages.text("language_switched", language) in reply
    assert messages.text("consent_choice", language) not in reply
    assert reply.endswith(messages.text("consent_short", language))
    assert dialogue.asking == "consent_choice"


def test_switching_language_at_consent_shows_the_whole_text_in_the_new_one(sqlite_url: str) -> None:
    """Consent is informed in their language: read first in English, the Welsh text is shown in full once."""
    dialogue = _at_consent(_sender("switch-at-consent"), "en")
    reply = dialogue.say("Cymraeg")
    assert messages.text("consent_choice", "cy") in reply


@pytest.mark.parametrize("language,text", [("en", "what do you mean"), ("cy", "be ti'n feddwl?"),
                                           ("en", "hmm"), ("cy", "ym")])
def test_any_second_ask_is_the_short_question(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("second-ask", language, text), language)
    reply = dialogue.say(text)
    assert messages.text("consent_choice", language) not in reply
    assert reply.endswith(messages.text("consent_short", language))
