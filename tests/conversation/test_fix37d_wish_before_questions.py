"""Trial 37 AP4 / AP6: a wish said before the questions is an outcome, and a wish is never the relationship.

AP4: "fi, amdana fi. sgen i MS ers 2015. dwi isio mynd nol i'r pub quiz nos fercher efo'r hogia a cadw Mot, fy nghi,
dim ffordd dwi'n rhoi o fyny", typed at "who is talking?", was kept only as that answer: the pub quiz and Mot were lost.
AP6: "Keeping his chapel, Bethel, on Sunday mornings. …", typed at "how are you connected to Idris?", was shown as the
relationship. Now the wishes said outright are outcomes; the relationship is left empty unless they said it too.
Played from the first message through the conversation core with SQLite (the trial's words, a twin in the other
language).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.readback import numbered_items
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-fix37d-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


ROLE = {
    "cy": ("fi, amdana fi. sgen i MS ers 2015. dwi isio mynd nol i'r pub quiz nos fercher efo'r hogia a cadw Mot, fy "
           "nghi, dim ffordd dwi'n rhoi o fyny", "pub quiz"),  # the trial's words
    "en": ("me, it's about me. I've had MS since 2015. I want to get back to the pub quiz on Wednesdays with the lads "
           "and keep Mot, my dog, no way I'm giving him up", "pub quiz"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_said_at_who_is_talking_is_an_outcome(sqlite_url: str, language: str) -> None:
    text, wish = ROLE[language]
    dialogue = _at_role(_sender("ap4", language), language)
    dialogue.say(text)
    assert dialogue.slots["role"] == "person"
    outcomes = [o.text for _, o in numbered_items(dialogue.sender)]
    assert len(outcomes) == 1 and wish in outcomes[0] and "Mot" in outcomes[0]
    assert "MS ers 2015" not in outcomes[0] and "MS since 2015" not in outcomes[0]


@pytest.mark.parametrize("language,text", [("cy", "fi, amdana fi. sgen i MS ers 2015"),
                                           ("en", "me, it's about me. I've had MS since 2015")])
def test_no_wish_at_who_is_talking_makes_no_outcome(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_role(_sender("ap4-none", language), language)
    dialogue.say(text)
    assert numbered_items(dialogue.sender) == []


RELATIONSHIP = {
    "en": ("Keeping his chapel, Bethel, on Sunday mornings. And his Welsh-language newspaper, Y Cymro. He would wish "
           "to remain with us in Newport.", "Keeping his chapel, Bethel, on Sunday mornings."),  # the trial's words
    "cy": ("Cadw ei gapel, Bethel, ar fore Sul. A'i bapur Cymraeg, Y Cymro. Hoffai aros gyda ni yng Nghasnewydd.",
           "Cadw ei gapel, Bethel, ar fore Sul."),
}


def _at_relationship(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("Dw i'n gofalu am rywun" if language == "cy" else "I look after someone")
    assert dialogue.slots["role"] == "carer"
    dialogue.say("Sian")
    dialogue.say("Idris")
    assert dialogue.asking == "relationship"
    return dialogue


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_at_the_relationship_question_is_an_outcome_not_the_relationship(sqlite_url: str,
                                                                                 language: str) -> None:
    text, keeping = RELATIONSHIP[language]
    dialogue = _at_relationship(_sender("ap6", language), language)
    dialogue.say(text)
    record = dialogue.record()
    assert record.relationship_to_person in (None, "")
    outcomes = [o.text for _, o in numbered_items(dialogue.sender)]
    assert keeping in outcomes
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language,text", [("cy", "merch yng nghyfraith"), ("en", "his daughter-in-law")])
def test_a_relationship_is_still_the_relationship(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_relationship(_sender("ap6-rel", language), language)
    dialogue.say(text)
    assert dialogue.record().relationship_to_person == text
    assert numbered_items(dialogue.sender) == []
