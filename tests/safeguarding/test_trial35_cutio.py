"""The thirteenth user trial's risk finding AK10 (stop 35, issue 11), read by the risk reader and, at the safe check,
through the real core and SQLite.

AK10: a girl's text-speak Welsh with an English verb, "dw i'n cutio weithia pan ma bob dim yn too much", was missed
(only a later "cut fy hun" was read); and at "are you safe?" her "ia dw i'n ok, dw i'n saff, dim byd heddiw. jyst cario
mlaen plis" (nothing today) was asked again instead of carrying on.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk, rules_only
from bot.analysis.safe_reply import reply_to_safe_check
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])

#: Cutting, burning or starving said of oneself in text-speak, and an English twin.
CUTTING = [
    "dw i'n cutio weithia pan ma bob dim yn too much",
    "dwi di bod yn cutio eto",
    "nes i burnio fy hun neithiwr",
    "I've been cutting when it's too much",
]
#: Look-alikes: something cut, hair cut, wood cut with dad.
CUT_SOMETHING = ["dw i'n cutio'r bara", "nes i cutio gwallt fi", "dw i'n cutio coed efo dad"]

#: Safe, nothing today, carry on: the trial's words and the twin.
SAFE_NOTHING_TODAY = {
    "cy": "ia dw i'n ok, dw i'n saff, dim byd heddiw. jyst cario mlaen plis",
    "en": "yeah im ok, im safe, nothing today. just carry on please",
}


@pytest.mark.parametrize("text", CUTTING)
def test_text_speak_cutting_is_urgent_self_harm(text: str) -> None:
    for reading in (assess_risk(text), rules_only(text)):
        assert reading.level == "urgent" and "self_harm" in reading.categories


@pytest.mark.parametrize("text", CUT_SOMETHING)
def test_cutting_something_is_no_self_harm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", SAFE_NOTHING_TODAY.values())
def test_safe_and_nothing_today_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", ["dw i'n saff, dim byd heddiw ond mae o adra", "im not safe, nothing today"])
def test_not_safe_or_someone_back_is_no_carry_on(text: str) -> None:
    assert reply_to_safe_check(text) is None


def _young_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial35c-{language}-{next(_senders)}", language, slot, role="young_person", name="Cez",
                        what_matters={"en": "netball", "cy": "netball"}[language])


@LANGS
def test_cutting_then_safe_and_nothing_today_goes_on(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_worries")
    conversation.say(CUTTING[0] if language == "cy" else CUTTING[3])
    assert repository.is_urgent(conversation.sender_id)
    assert repository.safe_check(conversation.sender_id)[0] is not None
    conversation.say(SAFE_NOTHING_TODAY[language])
    assert repository.safe_check(conversation.sender_id)[0] is None  # the questions go on
