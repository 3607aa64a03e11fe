"""Thirteenth trial (stop 35, issue 11) AK15: a learner's "Cymraeg plis ond yn syml" at the start was not heard until
late, and "Sorry am y Cymraeg drwg" at the end of an answer got no word back. Now the request for simple Welsh is said
yes to at once, and the simpler wordings used; the apology gets a short reassurance.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.language import apologises_for_their_welsh
from tests.conversation.memory import at_question
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue


@pytest.mark.parametrize("text, language", [
    ("Cymraeg plis ond yn syml. Dw i'n dysgu Cymraeg... sorry, I mean, dw i'n dysgwr", "cy"),  # the trial's words
    ("Cymraeg ond yn syml plis", "cy"),
    ("English please but simple", "en"),
])
def test_simple_words_asked_with_the_language_are_heard_at_once(sqlite_url: str, text: str, language: str) -> None:
    dialogue = Dialogue(_sender("fix35b-ak15-simple", text))
    dialogue.say("helo")
    reply = dialogue.say(text)
    assert messages.text("language_set", language) in reply
    assert messages.text("simpler_words_noted", language) in reply
    assert dialogue.asking == "consent_choice"


@pytest.mark.parametrize("register, text", [
    ("chi", "Dw i'n hoffi mynd i'r côr ar nos Iau, dw i'n eisiau cadw hynny. Sorry am y Cymraeg drwg"),  # the trial's
    ("ti", "dw i'n hoffi pêl-droed a gemau. sori am fy Nghymraeg"),
])
def test_sorry_for_their_welsh_gets_a_short_reassurance(sqlite_url: str, register: str, text: str) -> None:
    role = "young_person" if register == "ti" else "person"
    conversation = at_question(_sender("fix35b-ak15-sorry", text), "cy", "q_what_matters", what_matters="x",
                               role=role)
    conversation.say(text)
    assert messages.text("welsh_is_fine", "cy", register) in conversation.text
    assert conversation.requested != "q_what_matters"  # the answer was taken


@pytest.mark.parametrize("text", ["sorry I am late with this", "sori am y llanast yn y tŷ", "my Welsh teacher helps"])
def test_other_apologies_are_not_about_their_welsh(text: str) -> None:
    assert not apologises_for_their_welsh(text)
