"""Who the speaker is to the person, said before they are asked, is never asked again (stop-24 trial T12).

A carer said "I'm his daughter" / "merch fo dwi" early on and was still asked "And how are you connected to Gwilym?".
Said with who is talking, with their own name or with the name of the person they look after, in Welsh or English, it
is kept as typed as the answer to that question (the summary shows it) and the question is skipped. "my daughter"
(who they look after) is not who they are, nor is "I'm his carer" (family, a friend or paid?).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.about_you import own_relation_in
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent


def _sender(*parts: object) -> str:
    return "mem-t12-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("text,said", [
    ("merch fo dwi", "merch fo dwi"), ("I'm his daughter", "I'm his daughter"),
    ("Gwilym. ei ferch o ydw i", "ei ferch o ydw i"), ("Gwilym, I am his eldest daughter", "I am his eldest daughter"),
    ("fi yw ei fab e", "fi yw ei fab e"), ("I'm Dewi's support worker", "I'm Dewi's support worker"),
])
def test_their_own_relationship_is_read(text: str, said: str) -> None:
    assert own_relation_in(text) == said


@pytest.mark.parametrize("text", ["my daughter helps me", "mae merch fo yn byw yng Nghaerdydd", "I'm his",
                                  "dwi'n gofalu am fy merch", "I'm his carer", "gofalwr hi dwi"])
def test_who_they_care_for_is_not_who_they_are(text: str) -> None:
    assert own_relation_in(text) is None


def _never_asked(dialogue: Dialogue, said: str) -> None:
    assert dialogue.record().relationship_to_person == said
    assert "relationship" not in dialogue.conversation.asked
    assert dialogue.asking != "relationship"


@pytest.mark.parametrize("language,role,said", [
    ("cy", "merch fo dwi, dwi'n gofalu am Dad", "merch fo dwi"),
    ("en", "I'm his daughter, I look after my dad", "I'm his daughter"),
])
def test_said_with_who_is_talking(sqlite_url: str, language: str, role: str, said: str) -> None:
    dialogue = _at_consent(_sender("role", language), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say(role)
    assert dialogue.slots["role"] == "carer"
    dialogue.say("Sian")
    dialogue.say("Gwilym")
    _never_asked(dialogue, said)
    assert dialogue.asking == "q_what_matters"


def _carer_who_has_not_said_who(sender: str, language: str, slot: str) -> Dialogue:
    """At `slot` after "I look after someone": who they look after is not said at the role ("I look after my
    husband" keeps "my husband" there since leftovers34), so the relationship is still to come."""
    dialogue = _at_consent(sender, language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say("dw i'n gofalu am rywun" if language == "cy" else "I look after someone")
    if slot == "cared_for_name":
        dialogue.say("Gwenda dw i" if language == "cy" else "Sue")
    assert dialogue.asking == slot
    return dialogue


@pytest.mark.parametrize("language,answer,said", [
    ("cy", "Gwilym. merch fo dwi", "merch fo dwi"),
    ("en", "Gwilym. I'm his daughter", "I'm his daughter"),
])
def test_said_with_the_name_of_the_person_they_look_after(sqlite_url: str, language: str, answer: str,
                                                          said: str) -> None:
    dialogue = _carer_who_has_not_said_who(_sender("cared-for", language), language, "cared_for_name")
    dialogue.say(answer)
    assert dialogue.record().cared_for_name == "Gwilym"
    _never_asked(dialogue, said)


@pytest.mark.parametrize("language,answer,said", [
    ("cy", "Sian. merch fo dwi", "merch fo dwi"),
    ("en", "Sian, I'm his daughter", "I'm his daughter"),
])
def test_said_with_their_own_name(sqlite_url: str, language: str, answer: str, said: str) -> None:
    dialogue = _carer_who_has_not_said_who(_sender("own-name", language), language, "name")
    dialogue.say(answer)
    assert dialogue.record().display_name == "Sian"
    dialogue.say("Gwilym")
    _never_asked(dialogue, said)
