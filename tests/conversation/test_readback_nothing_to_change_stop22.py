"""Stop-22 trial V35 recheck: at "Ydy hyn yn gywir?" a young person typed "dim byd i newid, mae'n iawn" (nothing to
change, it's fine) and the maths item opened, because its own words hold "dim byd". Nothing to change means the list
is right: it is sent. A reply that names an item or says "but" is still a change."""
from __future__ import annotations

import pytest

from bot.conversation.readback import nothing_to_change
from tests.conversation.test_readback_typed import _at_the_read_back

ITEM = {"cy": "moyn help gyda maths achos sa i'n deall dim byd", "en": "help with maths because I don't get anything"}


@pytest.mark.parametrize("language,reply", [("cy", "dim byd i newid, mae'n iawn"), ("en", "nothing to change, all good"),
                                            ("cy", "mae'r cwbl yn iawn"), ("en", "no changes")])
def test_nothing_to_change_sends_the_list(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_the_read_back(f"v35-send-{language}-{abs(hash(reply)) % 10**8}", language, "young_person",
                                     register="ti")
    conversation.say("add" if language == "en" else "ychwanegu")
    conversation.say(ITEM[language])
    assert conversation.requested == "readback"
    conversation.say(reply)
    assert conversation.slots["readback"] == "confirm"
    assert conversation.requested != "readback_action"  # no item opened


@pytest.mark.parametrize("text", ["dim byd i newid ond rhif 2", "nothing to change except the dog one",
                                  "I want to change the bit about maths", "dim byd"])
def test_a_change_named_is_not_nothing_to_change(text: str) -> None:
    assert not nothing_to_change(text)
