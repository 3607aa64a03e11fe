"""AX9 (stop 43 trial), the read-back part: Lorraine (after a stroke, word-finding difficulty) wrote "you forgot my
garden, I want to keep my garden" at "is this right?" and was told to choose "Add something" and write it again.

A wish said outright at the read-back ("I want to keep my garden", "dw i isio cadw fy ngardd") is now what to add: it
is added as typed (her words, verbatim, in the group they say), she is thanked and sees the list with it. "You forgot
X, I want to keep X" said as one sentence adds the wish in its own clause, as two sentences already did. A choice
("I want to send it") or an instruction with a number ("dw i isio newid rhif 1") is no wish to add. Welsh and English,
"chi" and "ti"; through the conversation core; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from tests.conversation.memory import MemoryConversation, started_with_record, stored_outcomes

_senders = itertools.count(1)
FIRST = {"en": "I want to go to the shop on my own", "cy": "dw i isio mynd i'r siop ar ben fy hun"}

#: (message, the words added, their group): the trial's first, then phrasings in no benchmark file.
ADDED = {
    "en": [("you forgot my garden, I want to keep my garden", "I want to keep my garden", "maintenance"),
           ("I want to keep my garden", "I want to keep my garden", "maintenance"),
           ("oh and i still want to keep going to chapel on sundays", "i still want to keep going to chapel on sundays",
            "maintenance"),
           ("you missed the dog, I want to keep walking the dog", "I want to keep walking the dog", "maintenance")],
    "cy": [("anghofioch chi fy ngardd, dw i isio cadw fy ngardd", "dw i isio cadw fy ngardd", "maintenance"),
           ("dw i isio cadw fy ngardd", "dw i isio cadw fy ngardd", "maintenance"),
           ("wi moyn cadw mynd i'r clwb bowls", "wi moyn cadw mynd i'r clwb bowls", "maintenance"),
           ("ti di anghofio'r ci, dwi isio cadw mynd a'r ci am dro", "dwi isio cadw mynd a'r ci am dro",
            "maintenance")],
}
#: A choice or an instruction with a number: nothing added.
NOT_ADDED = {"en": ["i want to send it", "I want to change number 1"],
             "cy": ["dw i isio newid rhif 1", "dw i isio ei anfon o"]}


def _at_readback(language: str, role: str) -> MemoryConversation:
    conversation = started_with_record(f"readback-wish-{next(_senders)}", language, role=role, name="Lorraine")
    while conversation.requested != "readback":
        assert conversation.requested is not None
        if conversation.requested == "q_what_matters":
            conversation.say(FIRST[language])
        else:
            conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("role", ["person", "young_person"])
@pytest.mark.parametrize("language, said, added, group",
                         [(lang, *case) for lang in ("en", "cy") for case in ADDED[lang]])
def test_a_wish_said_at_the_readback_is_added_as_said(sqlite_url: str, role: str, language: str, said: str,
                                                     added: str, group: str) -> None:
    conversation = _at_readback(language, role)
    before = stored_outcomes(conversation)
    conversation.say(said)
    after = stored_outcomes(conversation)
    new = [o for o in after if o not in before]
    assert new == [(added, group)]
    assert added in said  # verbatim
    assert conversation.requested == "readback"  # the list again, to send or change
    assert "Add something" not in conversation.text and "Ychwanegu rhywbeth\" ac yna" not in conversation.text
    assert added in conversation.text  # shown on the list


@pytest.mark.parametrize("language, said", [(lang, s) for lang in ("en", "cy") for s in NOT_ADDED[lang]])
def test_a_choice_or_a_numbered_instruction_is_no_wish_to_add(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "person")
    before = stored_outcomes(conversation)
    conversation.say(said)
    assert stored_outcomes(conversation) == before
