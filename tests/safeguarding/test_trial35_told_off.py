"""The thirteenth user trial's risk finding AK2 (stop 35, issue 11), read by the risk reader and,
where the behaviour is the conversation's, through the real core, SQLite and the summary. Each finding is quoted with
a twin in the other language and a look-alike that must stay calm; the words are the trial's (fictional) or written
for the twin.

AK2: "Honestly I'm fine, she'll kill me if she thinks I've been moaning about her." was a "please check" suicide flag,
and "when I said she'd kill me, I didn't mean it literally! She's five foot nothing." an urgent abuse alert. Someone who
"will kill me if / for" moaning is being told off; their own words quoted as not meant are no new threat.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _adult_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial35a-{language}-{next(_senders)}", language, slot, role="person", name="Huw",
                        what_matters={"en": "my garden", "cy": "fy ngardd"}[language])


# --- AK2: "she'll kill me if..." is being told off; "I didn't mean it literally" is no new threat ---------------------

#: The trial's words, their Welsh twins and twins written for them: told off, not threatened.
TOLD_OFF = [
    "Honestly I'm fine, she'll kill me if she thinks I've been moaning about her.",
    "neith hi fy lladd i os dw i'n cwyno",
    "bydd hi'n fy lladd i am ddeud",
    "mi neith o fy lladd i os ydi o'n meddwl mod i wedi bod yn cwyno amdano fo",
    "he'll kill me for complaining about the dinner",
]
NOT_LITERALLY = {
    "en": "when I said she'd kill me, I didn't mean it literally! She's five foot nothing.",
    "cy": "pan ddudes i bod hi am fy lladd i, o'n i'm yn ei feddwl o go iawn! Mae hi'n bum troedfedd",
}
#: Look-alikes that stay urgent: a threat over telling, one meant, one beside a blow.
THREATENED = [
    "he'll kill me if I tell anyone",
    "mae o'n deud neith o fy lladd i os dwi'n deud",
    "he'll kill me for saying this, he hits me when he's drunk",
    "when I said he'd kill me, I meant it, he has a knife",
]


@pytest.mark.parametrize("text", [*TOLD_OFF, *NOT_LITERALLY.values()])
def test_being_told_off_is_no_threat(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "none" and not reading.please_check


@pytest.mark.parametrize("text", THREATENED)
def test_a_threat_over_telling_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@LANGS
def test_not_literally_raises_no_alert(sqlite_url: str, language: str) -> None:
    conversation = _adult_at(language, "q_worries")
    conversation.say(TOLD_OFF[0] if language == "en" else TOLD_OFF[1])
    conversation.say(NOT_LITERALLY[language])
    assert not repository.is_urgent(conversation.sender_id)
    record = load_record(conversation.sender_id)
    assert record is not None and not any(f["please_check"] or f["level"] == "urgent" for f in record["risk_flags"])
