"""Stop-31 smoke (issue 11, like the ninth trial's AC1): a carer asked her own name answered with her mother's ("Mair
ydi enw Mam") and was thanked "Diolch, Mair.". Said alone, a name given as a relative's name is the person cared for,
named with who she is, and the carer's own name is asked once more. Through the conversation core, Welsh (north,
south) and English; the words are fictional."""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

CASES = [
    ("cy", "Mair ydi enw Mam", "Sioned dw i", "Mair", "Sioned"),
    ("cy", "enw Dad yw Idris", "Gwen", "Idris", "Gwen"),
    ("en", "Mum's name is Mair", "I'm Sioned", "Mair", "Sioned"),
    ("en", "Pat is my dad's name", "Karen", "Pat", "Karen"),
]


def _carer(language: str, *parts: object) -> MemoryConversation:
    sender = "mem-s31-kin-" + hashlib.sha256("|".join(map(str, (language, *parts))).encode()).hexdigest()[:12]
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer"})
    conversation.start()
    assert conversation.requested == "name"
    return conversation


@pytest.mark.parametrize("language, first, second, cared_for, own", CASES)
def test_a_relatives_name_alone_is_the_person_cared_for(sqlite_url: str, language: str, first: str, second: str,
                                                         cared_for: str, own: str) -> None:
    conversation = _carer(language, first)
    conversation.say(first)
    assert f", {cared_for}." not in conversation.text  # never "Diolch, Mair."
    assert messages.text("cared_for_at_name_question", language, cared_for_name=cared_for)[:20] in conversation.text
    assert conversation.slots["cared_for_name"] == cared_for
    assert conversation.requested == "name"  # their own name, asked once more
    conversation.say(second)
    assert conversation.slots["name"] == own
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.display_name == own and conv.cared_for_name == cared_for
        assert next(a.text for a in conv.answers if a.question_key == "name") == first  # byte for byte


@pytest.mark.parametrize("language, answer, own, cared_for, asked_next", [
    ("cy", "Sioned. Emrys ydi enw Dad", "Sioned", "Emrys", None),
    # (her own name after "a" is not read by the name reader: she is asked it once more, never called Mair)
    ("cy", "Mair ydi enw Mam, a Sioned dw i", None, "Mair", "name"),
])
def test_their_own_name_beside_it_is_never_the_relatives(sqlite_url: str, language: str, answer: str, own: str | None,
                                                         cared_for: str, asked_next: str | None) -> None:
    conversation = _carer(language, answer)
    conversation.say(answer)
    assert conversation.slots.get("name") == own and conversation.slots["cared_for_name"] == cared_for
    if asked_next is not None:
        assert conversation.requested == asked_next
