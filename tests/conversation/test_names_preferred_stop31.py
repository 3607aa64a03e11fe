"""The name they prefer, among names that will do (stop 31, eighth trial: a carer asked her own name).

"Gwyn sy'n iawn, ond mae Mrs Ellis yn iawn hefyd" ("Gwyn is the one, but Mrs Ellis is fine too") was read as "Mrs
Ellis"; "Mae Gwyn yn iawn" was no name at all. The name they say they prefer ("X sy'n iawn", "sy orau", "yn well",
"is better", "I'd prefer X") wins wherever it comes; a name offered as the other that will do "too" / "hefyd" never
does; "X is fine but Y will do", "call me Y" and "Y is fine" keep their reading. Through the conversation core (the
web chat and Telegram share it), as a carer, a person and a young person, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import SKIPPED, name_in
from bot.storage import repository
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_derail_stop29 import WHO
from tests.conversation.test_names_trial28_z import _answered_who
from tests.conversation.test_start_asks_and_names import _at_role

REGISTER = {"carer": "chi", "person": "chi", "young_person": "ti"}


def _named(language: str, role: str, typed: str) -> tuple[str | None, str, str]:
    """At "what name shall I use for you?", `typed` answered: (the name the record uses, the slot, what was said back)."""
    dialogue = _at_role(_sender("names31", language, role, typed), language)
    if role == "carer":
        dialogue.say('/choose{"choice":"carer"}', intent="choose")
    else:
        dialogue.say(WHO[language, role])
    assert dialogue.asking == "name" and dialogue.slots["role"] == role
    mark = len(dialogue.conversation.said)
    dialogue.say(typed)
    after = "\n".join(m.text for m in dialogue.conversation.said[mark:])
    assert typed in repository.answer_texts(dialogue.sender, only="name") or dialogue.slots["name"] == typed
    return dialogue.record().display_name, str(dialogue.slots["name"]), after

#: (language, who is talking, the answer to "what name shall I use for you?", the name every later question uses)
PREFERRED = [
    ("en", "carer", "Mrs Ellis is fine but Gwyn will do perfectly well", "Gwyn"),  # the trial's own words
    ("cy", "carer", "Gwyn sy'n iawn, ond mae Mrs Ellis yn iawn hefyd", "Gwyn"),  # the trial's own words
    ("cy", "carer", "Mrs Ellis, ond Gwyn sy'n iawn", "Gwyn"),
    ("cy", "carer", "Mrs Ellis yn iawn, ond mae Gwyn yn well", "Gwyn"),
    ("cy", "person", "Mae Mrs Ellis yn iawn ond mae Gwyn yn neud y tro yn iawn", "Gwyn"),
    ("cy", "person", "Gwyn sy orau, ond mae Mrs Ellis yn iawn hefyd", "Gwyn"),
    ("cy", "carer", "Gwyneth Ellis ydw i, ond Gwyn sy'n iawn", "Gwyn"),
    ("cy", "person", "Mae Gwyn yn iawn", "Gwyn"),
    ("cy", "young_person", "gwyn sy'n iawn", "gwyn"),
    ("en", "carer", "Gwyn's fine, but Mrs Ellis is fine too", "Gwyn"),
    ("en", "person", "Siân is best, or Mrs Ellis", "Siân"),
    ("en", "person", "I'd prefer Gwyn", "Gwyn"),
    # as before: "X is fine but Y will do", "call me Y", "Y is fine"
    ("en", "person", "Mr Jones is fine but call me Dai", "Dai"),
    ("en", "carer", "Mrs Ellis, but Gwyn is fine", "Gwyn"),
    ("en", "carer", "Gwyn is fine", "Gwyn"),
    ("cy", "carer", "galwch fi'n Gwyn", "Gwyn"),
    ("en", "person", "Mrs Ellis is fine too", "Mrs Ellis"),
]


@pytest.mark.parametrize("language, role, typed, name", PREFERRED)
def test_the_name_they_prefer_is_used_not_asked_again(sqlite_url: str, language: str, role: str, typed: str,
                                                      name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, REGISTER[role], name=with_name_capitals(name)) in after
    assert messages.text("name", language, REGISTER[role]) not in after  # not asked again


@pytest.mark.parametrize("language, typed, name", [
    ("cy", "Tom sy'n iawn, ond mae Mr Ellis yn iawn hefyd", "Tom"),
    ("en", "Mr Ellis is fine but Tom will do perfectly well", "Tom"),
    ("en", "Margaret, but Peggy is better", "Peggy"),
])
def test_the_name_the_person_looked_after_prefers(sqlite_url: str, language: str, typed: str, name: str) -> None:
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name and name in after  # the name used in the next question
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")  # their words, whole


@pytest.mark.parametrize("language, typed", [
    ("cy", "Mae popeth yn iawn"), ("cy", "Dim ots, be bynnag sy'n iawn i chi"), ("cy", "Mae hi'n iawn"),
    ("en", "Either is fine"), ("en", "Anything is fine"), ("en", "whatever is best"), ("en", "I'd prefer not to say"),
])
def test_fine_with_no_name_in_it_is_no_name(sqlite_url: str, language: str, typed: str) -> None:
    assert name_in(typed, own=True) == ""
    _, slot, after = _named(language, "person", typed)
    assert slot == SKIPPED  # no name used: "Mae popeth yn iawn" is not a person called "popeth"
    assert "popeth" not in after and "Either" not in after
