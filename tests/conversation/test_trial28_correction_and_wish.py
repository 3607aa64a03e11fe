"""The fifth acceptance trial's safe-check findings (stop 28, Y1 and Y7), through the conversation core.

Y1: after an urgent reply, "wait what?? no im fine its just a saying lol 💀" got "I've kept what you said for the
safeguarding team" and "Are you safe right now?" again. A correction of a misreading is heard: a calm sorry, no
second safe check, and the flag kept, marked "the person said this was misread" for the duty team (never deleted).
Y7: a Welsh woman's safe way to be called ("ffonio'r ffôn tŷ pan ma Dai mas yn y mart ar ddydd Mawrth, dim y
mobeil.") sat among the process outcomes while "how to contact safely" quoted her disclosure ("ma fe'n darllen 'yn
negeseuon i…"); and "wi'n hollol saff! … Carry on." was not heard as the yes it is. The words are fictional.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


# --- Y1: "its just a saying" after an urgent reply ------------------------------------------------------------------

#: Read urgent (words the idiom guard leaves: a stepdad; the Welsh, the dog that bites), then corrected. (Until stop
#: 32 "my stepdad's gonna kill me if i fail my maths test lol"; since the tenth trial's AE1, "kill me if i fail" is
#: guarded whoever says it: tests/safeguarding/test_trial32_findings.py.)
URGENT = {"en": "my stepdad's gonna kill me lol",
          "cy": "Mae o'n fy mrifo i weithia, ac yn cnoi"}
CORRECTION = {"en": "wait what?? no im fine its just a saying lol 💀", "cy": "na dwi'n iawn, jyst deud ydw i"}
OTHER_CORRECTIONS = {"en": "lol no thats just an expression, hes not literally gonna kill me",
                     "cy": "be?? na, jyst ffordd o siarad ydi o"}


def _young(language: str) -> MemoryConversation:
    sender = f"trial28-y1-{language}-{next(_senders)}"
    conversation = started(sender, language, role="young_person", name="Kai")
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="ti",
                                   completed_by="young_person", display_name="Kai")
    repository.record_consent(sender, True)
    return conversation


@LANGS
@pytest.mark.parametrize("which", ["trial", "other"])
def test_its_just_a_saying_is_heard_as_a_misreading(sqlite_url: str, language: str, which: str) -> None:
    conversation = _young(language)
    conversation.say(URGENT[language])
    assert repository.is_urgent(conversation.sender_id)  # the urgent reply was given
    conversation.said.clear()
    said_back = (CORRECTION if which == "trial" else OTHER_CORRECTIONS)[language]
    conversation.say(said_back)
    said = conversation.text
    assert said.startswith(_text(conversation, "safety_check_misread"))  # a calm sorry first
    assert _text(conversation, "safety_check_again") not in said  # not "are you safe?" a second time
    assert _text(conversation, "safety_check_heard") not in said  # not "kept for the team ... 999" again
    assert repository.is_urgent(conversation.sender_id)  # the flag stays for the duty team
    flag = next(f for f in _record(conversation)["risk_flags"] if f["text"] == URGENT[language])
    assert flag["level"] == "urgent"  # never downgraded or deleted
    assert flag["misread"] is not None and flag["misread"]["text"] == said_back  # marked for the duty team


@LANGS
def test_just_saying_what_he_did_is_no_correction(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(URGENT[language])
    conversation.said.clear()
    conversation.say({"en": "i'm just saying he hit me last week", "cy": "jyst deud bod o di nharo i wsnos dwytha"}[language])
    assert _text(conversation, "safety_check_misread") not in conversation.text


# --- Y7: a safe way to call, told in Welsh; "wi'n hollol saff!" -----------------------------------------------------

WORDS = {
    "cy": {"q_what_matters": "Dw i eisiau dal i fynd i'r côr ar nos Iau",
           "disclosure": "Mae e'n fy mwrw i pan mae e 'di yfed. A ma fe'n darllen 'yn negeseuon i ar y ffôn bob nos.",
           "reads": "A ma fe'n darllen 'yn negeseuon i ar y ffôn bob nos.",
           "safe": "wi'n hollol saff! … Carry on.",
           "wish": "ffonio'r ffôn tŷ pan ma Dai mas yn y mart ar ddydd Mawrth, dim y mobeil."},
    "en": {"q_what_matters": "I want to keep going to choir on a Thursday night",
           "disclosure": "He hits me when he's had a drink. And he reads my messages on the phone every night.",
           "reads": "And he reads my messages on the phone every night.",
           "safe": "I'm totally safe! … Carry on.",
           "wish": "ring the landline when Dai's out at the mart on a Tuesday, not the mobile."},
}


def _adult_with_wish(language: str) -> tuple[MemoryConversation, dict[str, Any]]:
    w = WORDS[language]
    sender = f"trial28-y7-{language}-{next(_senders)}"
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Ann"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="chi",
                                   completed_by="person", display_name="Ann")
    repository.record_consent(sender, True)
    conversation.start()
    conversation.say(w["q_what_matters"])
    conversation.say(w["disclosure"])
    assert repository.is_urgent(sender)
    conversation.said.clear()
    conversation.say(w["safe"])
    safe_reply = conversation.text
    conversation.say(w["wish"])  # the answer to the next question
    return conversation, {"safe_reply": safe_reply}


@LANGS
def test_totally_safe_is_a_yes_and_not_asked_again(sqlite_url: str, language: str) -> None:
    conversation, said = _adult_with_wish(language)
    assert _text(conversation, "safety_check_again") not in said["safe_reply"]  # not "are you safe?" again
    assert _text(conversation, "safety_check_carry_on") in said["safe_reply"]  # on to the questions


@LANGS
def test_a_safe_way_to_call_is_how_to_contact_safely_and_the_disclosure_is_not(sqlite_url: str,
                                                                                 language: str) -> None:
    w = WORDS[language]
    conversation, _ = _adult_with_wish(language)
    record = _record(conversation)
    kinds = {a["text"]: a.get("safeguarding") for a in record["answers"]}
    assert kinds[w["wish"]] == "safety_wish"  # not a process outcome
    assert all(o.get("text") != w["wish"] for o in record.get("outcomes") or [])
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        wishes = next(g for g in top.groups if g.key == "safety_wishes")
        assert [i.quote for i in wishes.items] == [w["wish"]]  # her wish, verbatim, under how to contact safely
        assert all(w["reads"] not in (i.quote or "") for i in wishes.items)  # what he does is no wish
