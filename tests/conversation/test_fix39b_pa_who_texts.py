"""Trial 38 AR17 (part): a care leaver of 17, after a knife threat, wrote "isio PA sy'n tecstio fi" (I want a PA who
texts me). It was only a way to reach her, under "how to contact safely"; it is also how she wants to be supported: a
process outcome as well, at the safe check and at "anything that makes talking easier?", in both languages. A wish that keeps something
from someone ("dont ring the house, he'll see") stays at the top only. Through the conversation core; the words are
fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.safety_wish import asks_for_support_too
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at

DISCLOSURE = {"cy": "ma boi drws nesa di deud neith o stabio fi os dwi'n deud wrth neb",
              "en": "the guy next door said he'd stab me if i tell anyone"}
CARRY_ON = {"cy": "dwi'n iawn, carry on", "en": "im ok, carry on"}


def _sender(*parts: object) -> str:
    return "mem-fix39b-pa-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _after_a_disclosure(language: str, *parts: object) -> MemoryConversation:
    conversation = consented_at(_sender(language, *parts), language, "q_support", what_matters="footie",
                                role="young_person", name="Osian")
    conversation.say(DISCLOSURE[language])
    record = load_record(conversation.sender_id)
    assert record is not None and record["urgent"]
    return conversation


def _outcomes(conversation: MemoryConversation) -> list[tuple[str, str]]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return [(o["text"], o["type"]) for o in record["outcomes"]]


#: (language, the reply, the outcome kept from it)
PA_WHO_TEXTS = [
    ("cy", "isio PA sy'n tecstio fi", "isio PA sy'n tecstio fi"),  # the trial's words
    ("cy", "isio PA sy'n tecstio fi, dim ffonio", "isio PA sy'n tecstio fi, dim ffonio"),
    ("cy", "isie gweithiwr cymorth sy'n hala tecst ata i", "isie gweithiwr cymorth sy'n hala tecst ata i"),
    ("en", "I want a PA who texts me, dont ring", "I want a PA who texts me"),
    ("en", "a support worker who messages me not calls", "a support worker who messages me not calls"),
]


@pytest.mark.parametrize("language, said, kept", PA_WHO_TEXTS)
@pytest.mark.parametrize("where", ["safe_check", "communication"])
def test_a_pa_who_texts_is_a_way_to_be_supported_too(sqlite_url: str, language: str, said: str, kept: str,
                                                     where: str) -> None:
    conversation = _after_a_disclosure(language, said, where)
    if where == "communication":
        conversation.say(CARRY_ON[language])
        while conversation.requested != "q_communication":  # how to get in touch is asked there
            conversation.say("/skip", intent="skip")
    conversation.say(said)
    assert (kept, "process") in _outcomes(conversation)


@pytest.mark.parametrize("language, said", [("en", "dont ring the house, he'll see"),
                                            ("en", "I want a PA who texts me when hes at work"),
                                            ("cy", "paid ffonio'r tŷ, bydd o'n gweld")])
def test_a_wish_that_keeps_something_from_someone_is_no_outcome(sqlite_url: str, language: str, said: str) -> None:
    conversation = _after_a_disclosure(language, said, "hidden")
    conversation.say(said)
    assert all(text != said for text, _ in _outcomes(conversation))
    assert not asks_for_support_too(said)


@pytest.mark.parametrize("text", ["pa bryd fydd rhywun yn ffonio?", "text me dont ring", "my carer texts me"])
def test_no_one_asked_for_is_no_support_wish(text: str) -> None:
    assert not asks_for_support_too(text)
