"""Re-trial 37 AM14 (closing note 37, "Left alone"): a son's name already given was asked for again: "Dafydd", in
"dw i'n fam iddo fe, Dafydd", then "A pha enw hoffech chi i mi ei ddefnyddio ar ei gyfer?". A name right after who
the speaker is to the person cared for ("I'm his mum, Osian") is their name, at "who is talking?" or with the carer's
own name; it is never asked again, and never taken as the carer's own name. "Dw i'n gofalu am fy mab, Osian" keeps
working as before. Run from the first message, as Rasa routes it (tests.conversation.test_colloquial.Dialogue).
"""
from __future__ import annotations

import hashlib

import pytest

from tests.conversation.test_colloquial import Dialogue, at_role


def _sender(*parts: object) -> str:
    return "mem-fix38b-son-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_role(language: str, *parts: object) -> Dialogue:
    return at_role(_sender(language, *parts), language)


#: (language, said at "who is talking?", then at "what name shall I use for you?", the son's name, the relationship)
AT_ROLE = [
    ("cy", "dw i'n fam iddo fe, Dafydd", "Sian", "Dafydd", "dw i'n fam iddo fe"),  # the re-trial's words
    ("cy", "Dw i'n gofalu am fy mab, Osian", "Sian", "Osian", "fy mab"),
    ("cy", "dwi'n dad iddo fo, Osian.", "Huw", "Osian", "dwi'n dad iddo fo"),
    ("cy", "Dw i'n ferch iddi hi, Glenys", "Sian", "Glenys", "Dw i'n ferch iddi hi"),
    ("en", "I'm his mum, Osian", "Sian", "Osian", "I'm his mum"),
    ("en", "I look after my son, Osian", "Sian", "Osian", "my son"),
    ("en", "I'm her daughter - Glenys.", "Sian", "Glenys", "I'm her daughter"),
]


@pytest.mark.parametrize("language, said, own, theirs, relation", AT_ROLE)
def test_the_name_said_at_who_is_talking_is_never_asked_again(sqlite_url: str, language: str, said: str, own: str,
                                                              theirs: str, relation: str) -> None:
    dialogue = _at_role(language, "role", said)
    dialogue.say(said)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["cared_for_name"] == theirs
    assert dialogue.asking == "name"  # their own name: never taken as the son's
    dialogue.say(own)
    assert dialogue.slots["name"] == own
    assert dialogue.slots["relationship"] == relation
    assert dialogue.asking == "q_what_matters"  # neither "what name for him?" nor "how are you connected?"
    assert "cared_for_name" not in dialogue.conversation.asked and "relationship" not in dialogue.conversation.asked


@pytest.mark.parametrize("language, said, own, theirs", [
    ("cy", "Sian. Dw i'n fam iddo fe, Dafydd", "Sian", "Dafydd"),
    ("cy", "Sian dw i, dw i'n gofalu am fy mab, Osian", "Sian", "Osian"),
    ("en", "Sian. I'm his mum, Osian", "Sian", "Osian"),
])
def test_the_name_said_with_their_own_is_kept_apart(sqlite_url: str, language: str, said: str, own: str,
                                                    theirs: str) -> None:
    dialogue = _at_role(language, "name", said)
    dialogue.say("/carer", intent="inform")
    assert dialogue.asking == "name"
    dialogue.say(said)
    assert dialogue.slots["name"] == own and dialogue.slots["cared_for_name"] == theirs
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language, said", [
    ("en", "I'm his mum, he's 15"), ("cy", "dw i'n fam iddo fe, mae o'n 15"), ("en", "I'm his mum, Mum to everyone"),
])
def test_no_name_after_who_they_are_asks_for_it(sqlite_url: str, language: str, said: str) -> None:
    dialogue = _at_role(language, "none", said)
    dialogue.say(said)
    assert dialogue.slots.get("cared_for_name") is None
