"""Trial 36 AM14: "dw i'n fam iddo fe, Dafydd, ma fe'n 28…" at "who is talking?" got "wnes i ddim deall…", and
"Eirlys. A Dafydd yw enw'r mab" had his name asked again. Who they are to him, and his name in the same answer, are
both taken.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.about_you import role_from_text
from tests.conversation.memory import MemoryConversation


def _at_name(language: str, text: str) -> MemoryConversation:
    sender = "mem-fix36c-am14-" + hashlib.sha256(f"{language}|{text}".encode()).hexdigest()[:10]
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say("dw i'n gofalu am fy mab i" if language == "cy" else "I look after my son")
    assert conversation.requested == "name"
    return conversation


@pytest.mark.parametrize("text", ["dw i'n fam iddo fe, Dafydd, ma fe'n 28. ma anabledd dysgu gyda fe ac epilepsi",
                                  "fi yw tad iddi hi, Mair", "I'm his mum, Dafydd, he's 28"])
def test_a_parent_saying_whose_they_are_is_a_carer(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("language,text,own,theirs", [
    ("cy", "Eirlys. A Dafydd yw enw'r mab, fel wedes i", "Eirlys", "Dafydd"),
    ("cy", "Eirlys. Dafydd ydi enw'r mab", "Eirlys", "Dafydd"),
    ("en", "Eirlys. And my son's name is Dafydd", "Eirlys", "Dafydd"),
])
def test_the_sons_name_said_with_their_own_is_taken(sqlite_url: str, language: str, text: str, own: str,
                                                    theirs: str) -> None:
    conversation = _at_name(language, text)
    conversation.say(text)
    assert conversation.slots.get("name") == own
    assert conversation.slots.get("cared_for_name") == theirs
    assert conversation.requested != "cared_for_name"  # never asked again
