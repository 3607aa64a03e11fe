"""Eighth trial AB5 (stop 30, issue 11): a carer answered her own "what name shall I use for you?" with her father-in-law's
name and who he is to her ("Mr Hughes, tad y gŵr…"), was thanked as "Mr Hughes", then her "Mr Hughes fel dudis i!
Gwenllian ydw i" was not taken, "who do you look after?" came again and the relationship was asked though given twice.
Now the named person is the one cared for (with who he is), her own name is asked once more, and her name is the other
one. Through the conversation core, Welsh (north, south) and English; the words are fictional."""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

CASES = [
    ("cy", "Mr Hughes, tad y gŵr. Taid ydy o i bawb yn tŷ ni ond Mr Hughes ydy o i bobl ddiarth",
     "Mr Hughes fel dudis i! Gwenllian ydw i, fi ydy'r ferch yng nghyfraith", "Mr Hughes", "tad y gŵr", "Gwenllian"),
    ("cy", "Mrs Evans, mam y wraig. Ma hi'n 90 leni", "Huw dw i", "Mrs Evans", "mam y wraig", "Huw"),
    ("en", "Mr Hughes, my husband's dad. He's Grandad to everyone at home but Mr Hughes to strangers",
     "Mr Hughes like I said! I'm Gwen, his daughter-in-law", "Mr Hughes", "my husband's dad", "Gwen"),
    ("en", "Dilys, my mum.", "Karen", "Dilys", "my mum", "Karen"),
]


def _carer(language: str, *parts: object) -> MemoryConversation:
    sender = "mem-t30-ab5-" + hashlib.sha256("|".join(map(str, (language, *parts))).encode()).hexdigest()[:12]
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer"})
    conversation.start()
    assert conversation.requested == "name"
    return conversation


@pytest.mark.parametrize("language, first, second, cared_for, relation, own", CASES)
def test_their_name_and_who_they_are_at_the_carers_name_question(sqlite_url: str, language: str, first: str,
                                                                  second: str, cared_for: str, relation: str,
                                                                  own: str) -> None:
    conversation = _carer(language, first)
    conversation.say(first)
    assert f", {cared_for}." not in conversation.text  # never "Diolch, Mr Hughes."
    assert messages.text("cared_for_at_name_question", language, cared_for_name=cared_for)[:20] in conversation.text
    assert conversation.slots["cared_for_name"] == cared_for and conversation.slots["relationship"] == relation
    assert conversation.requested == "name"  # their own name, asked once more
    conversation.say(second)
    assert conversation.slots["name"] == own
    assert conversation.requested == "q_what_matters"  # never "who do you look after?" nor the relationship again
    assert "cared_for_name" not in conversation.asked and "relationship" not in conversation.asked
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.display_name == own and conv.cared_for_name == cared_for
        kept = [a.text for a in conv.answers if a.question_key == "name"]
        assert kept[0] == first and set(kept) <= {first, second}  # byte for byte (a bare name is not kept again)


@pytest.mark.parametrize("language, answer, own", [
    ("en", "Sian, the wife", "Sian"), ("en", "Sue, my husband is Dai", "Sue"),
    ("cy", "Gwenllian, y ferch yng nghyfraith", "Gwenllian"), ("en", "Mr Jones", "Mr Jones")])
def test_their_own_name_with_who_they_are_is_theirs(sqlite_url: str, language: str, answer: str, own: str) -> None:
    conversation = _carer(language, answer)
    conversation.say(answer)
    assert conversation.slots["name"] == own
