"""Trial 38 re-trial AS3 and fix38b's leftover: names at the start.

- "Ei henw yw Nansi", "Nansi yw ei henw hi", "Enw hi ydi Nansi" (and "Her name is Nansi") at "who is talking?" were not
  understood; "fy mam-yng-nghyfraith, Nansi" lost the name there, and at "what name shall I use for you?" thanked the
  learner as Nansi. Someone else named is a carer naming whom they look after; their own name is asked next.
- "I'm Karen btw" / "Karen dw i gyda llaw" at "who do you look after?" is the carer's own name, never the person's.
- "Mam Osian" / "Osian's mum" at "who is talking?": Osian's mother talking about Osian, never a name "Mam Osian".

Through the conversation core, from the first message as Rasa routes it; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from tests.conversation.memory import MemoryConversation, started_with_record
from tests.conversation.test_colloquial import Dialogue, at_role


def _sender(*parts: object) -> str:
    return "mem-fix39b-names-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_role(language: str, *parts: object) -> Dialogue:
    return at_role(_sender(language, *parts), language)


#: (language, said at "who is talking?", the name of whom they look after, how they are connected if said)
NAMED_AT_ROLE = [
    ("cy", "Ei henw yw Nansi", "Nansi", None),  # the re-trial's words
    ("cy", "Nansi yw ei henw hi", "Nansi", None),
    ("cy", "Enw hi ydi Nansi", "Nansi", None),
    ("cy", "fy mam-yng-nghyfraith, Nansi", "Nansi", "fy mam-yng-nghyfraith"),
    ("en", "Her name is Nansi", "Nansi", None),
    ("en", "Nansi is her name", "Nansi", None),
    ("en", "my mother-in-law, Nansi", "Nansi", "my mother-in-law"),
]


@pytest.mark.parametrize("language, said, theirs, relation", NAMED_AT_ROLE)
def test_a_name_at_who_is_talking_is_whom_they_look_after(sqlite_url: str, language: str, said: str, theirs: str,
                                                          relation: str | None) -> None:
    dialogue = _at_role(language, "role", said)
    dialogue.say(said)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["cared_for_name"] == theirs
    assert dialogue.asking == "name"  # their own name next, never "Nansi"
    reply = dialogue.say("Karen")
    assert dialogue.slots["name"] == "Karen" and dialogue.slots["cared_for_name"] == theirs
    assert "cared_for_name" not in dialogue.conversation.asked
    assert dialogue.asking == ("relationship" if relation is None else "q_what_matters")
    assert "Nansi" in reply
    if relation is not None:
        assert dialogue.slots["relationship"] == relation


@pytest.mark.parametrize("language, said", [("cy", "fy mam-yng-nghyfraith, Nansi"), ("en", "my mother-in-law, Nansi")])
def test_my_relative_named_at_their_own_name_is_never_theirs(sqlite_url: str, language: str, said: str) -> None:
    conversation = MemoryConversation(_sender(language, "own", said), language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer"})
    conversation.start()
    assert conversation.requested == "name"
    conversation.say(said)
    assert conversation.slots.get("name") is None and conversation.slots["cared_for_name"] == "Nansi"
    assert "Nansi" in conversation.text and conversation.requested == "name"  # "Diolch, Nansi." never said
    conversation.say("Karen")
    assert conversation.slots["name"] == "Karen" and conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language, said", [
    ("en", "I'm Karen btw"), ("cy", "Karen dw i gyda llaw"), ("cy", "Karen dwi gyda llaw"), ("en", "btw I'm Karen"),
])
@pytest.mark.parametrize("in_use", ["Sioned", None])
def test_their_own_name_at_who_they_look_after_is_the_carers(sqlite_url: str, language: str, said: str,
                                                             in_use: str | None) -> None:
    conversation = started_with_record(_sender(language, "btw", said, in_use), language, role="carer",
                                       name=in_use or "x")
    if in_use is None:
        conversation.slots["name"] = "__skipped__"
    conversation.start()
    assert conversation.requested == "cared_for_name"
    conversation.say(said)
    assert conversation.slots["name"] == "Karen" and conversation.slots.get("cared_for_name") is None
    assert "Karen" in conversation.text
    assert conversation.requested == "cared_for_name"  # asked again: whom they look after is still to say
    conversation.say("Nansi")
    assert conversation.slots["cared_for_name"] == "Nansi" and conversation.slots["name"] == "Karen"


@pytest.mark.parametrize("language, said", [
    ("cy", "Karen dw i gyda llaw. Dw i'n gofalu am fy mam-yng-nghyfraith, Nansi"),
    ("en", "I'm Karen btw, I look after my mother-in-law Nansi"),
])
def test_their_own_name_beside_whom_they_look_after_gives_both(sqlite_url: str, language: str, said: str) -> None:
    conversation = started_with_record(_sender(language, "both", said), language, role="carer", name="Sioned")
    conversation.start()
    conversation.say(said)
    assert conversation.slots["name"] == "Karen" and conversation.slots["cared_for_name"] == "Nansi"
    assert conversation.requested == "q_what_matters"


#: (language, said at "who is talking?", how they are connected, as typed)
WHOSE_MUM = [
    ("cy", "Mam Osian", "Mam Osian"),  # fix38b's leftover
    ("cy", "Mam Osian dw i", "Mam Osian"),
    ("cy", "Tad Osian.", "Tad Osian"),
    ("en", "Osian's mum", "Osian's mum"),
    ("en", "I'm Osian's mum", "Osian's mum"),
]


@pytest.mark.parametrize("language, said, relation", WHOSE_MUM)
def test_whose_parent_they_are_says_who_is_talking_and_about_whom(sqlite_url: str, language: str, said: str,
                                                                   relation: str) -> None:
    dialogue = _at_role(language, "whose", said)
    dialogue.say(said)
    assert dialogue.slots["role"] == "carer"
    assert dialogue.slots["cared_for_name"] == "Osian" and dialogue.slots["relationship"] == relation
    assert dialogue.asking == "name"
    reply = dialogue.say("Sian")
    assert dialogue.slots["name"] == "Sian" and dialogue.asking == "q_what_matters"
    assert "Mam Osian" not in reply and "Osian's mum" not in reply
    assert "Osian" in reply and " her " not in reply  # whose mum she is says nothing of Osian's sex
