"""A correction at the read-back raises no flag; the passive wish raises its own (stop-32 re-trial AF2, AE2).

In the re-trial (c3) an older man said "Some nights I lie there and think I'd be glad not to wake up in the morning,
but I wouldn't do anything silly" at "what matters?". At the read-back he wrote "Take 13 out, I didn't say that to be
kept. And 8 shouldn't be there either, I changed my mind about mornings": the learned model alone read that correction
as a "please check" suicide flag, which quoted the correction, and the wish was a *Change* outcome. Now the wish is the
flag's words, it is no outcome, and a reply naming listed items by number is read by the rules alone: a disclosure the
rules read there still raises a flag. Through the conversation core and SQLite, Welsh and English; fictional words.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.readback import numbered_items
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started_with_record

WISH = {
    "en": "Not a lot matters now to be honest. A good day is when my grandson rings from Bristol and the buses are "
          "running so I can get down to the hall for the brass band on a Thursday. Some nights I lie there and think "
          "I'd be glad not to wake up in the morning, but I wouldn't do anything silly, I'm not that sort.",
    "cy": "Dim llawer yn bwysig rŵan a deud y gwir. Diwrnod da ydi pan mae'r ŵyr yn ffonio o Fryste a'r bysys yn "
          "rhedeg i mi gael mynd lawr i'r neuadd at y band pres ar nos Iau. Rhai nosweithiau dwi'n gorwedd yna'n "
          "meddwl byswn i'n falch o beidio deffro yn y bore, ond na i ddim byd gwirion.",
}
WISH_WORDS = {"en": "glad not to wake up", "cy": "falch o beidio deffro"}
ANSWERS = {
    "en": {"q_keep": "The band on Thursdays, my allotment on Cemetery Road, and my pint in the Lion on a Friday.",
           "q_change": "A hand with the bath. Not mornings, mornings are no good, I'm slow to get going",
           "q_visit_time": "Mornings, before eleven. Not Thursdays, that's band."},
    "cy": {"q_keep": "Y band ar nos Iau, y rhandir ar Ffordd y Fynwent, a'r peint yn y Llew ar nos Wener.",
           "q_change": "Help efo'r bath. Dim boreau, dydi boreau ddim yn dda, dwi'n araf yn cychwyn",
           "q_visit_time": "Boreau, cyn un ar ddeg. Dim nos Iau, mae'r band."},
}
CORRECTION = {  # the re-trial's words, and a Welsh twin
    "en": "Take {0} out, I didn't say that to be kept. And {1} shouldn't be there either, I changed my mind about "
          "mornings",
    "cy": "Tynnwch {0} allan, wnes i ddim deud hynna i'w gadw. A ddylai {1} ddim bod yna chwaith, dw i wedi newid fy "
          "meddwl am y boreau",
}
#: A correction that also tells of harm the rules read: still a flag, quoting these words.
CORRECTION_WITH_HARM = {
    "en": "Take {0} out, and {1} as well. I just want to end my life",
    "cy": "Tynnwch {0} allan, a {1} hefyd. Dw i isio lladd fy hun",
}


def _at_read_back(language: str, key: str) -> MemoryConversation:
    sender = "mem-af2-" + hashlib.sha256(f"{language}|{key}".encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Bryn")
    while not (conversation.requested or "").startswith("readback"):
        slot = conversation.requested
        if slot == "q_what_matters":
            conversation.say(WISH[language])
        elif slot in ANSWERS[language]:
            conversation.say(ANSWERS[language][slot])
        else:
            conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback"
    return conversation


def _last_two(conversation: MemoryConversation) -> tuple[int, int]:
    items = numbered_items(conversation.sender_id)
    assert len(items) >= 2
    return items[-1][0], items[-2][0]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_flag_quotes_the_wish_and_a_correction_raises_none(sqlite_url: str, language: str) -> None:
    conversation = _at_read_back(language, "correction")
    last, before = _last_two(conversation)
    conversation.say(CORRECTION[language].format(last, before))
    assert last not in dict(numbered_items(conversation.sender_id)), "the correction must be acted on"
    record = load_record(conversation.sender_id)
    assert record is not None
    flags = record["risk_flags"]
    assert len(flags) == 1, [f["text"] for f in flags]
    assert WISH_WORDS[language] in flags[0]["text"] and "suicide" in flags[0]["categories"]
    assert flags[0]["level"] == "urgent" or flags[0]["please_check"]
    assert not any(WISH_WORDS[language] in str(o["text"]) for o in record["outcomes"])


@pytest.mark.parametrize("language", ["en", "cy"])
def test_harm_told_in_a_correction_still_raises_a_flag(sqlite_url: str, language: str) -> None:
    conversation = _at_read_back(language, "harm")
    last, before = _last_two(conversation)
    said = CORRECTION_WITH_HARM[language].format(last, before)
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert any(f["text"] == said and f["level"] == "urgent" for f in record["risk_flags"])
