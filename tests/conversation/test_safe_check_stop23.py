"""The safe check, stop-23 trial findings [safety-path]: through the conversation core, Welsh and English.

W27: after "I've just taken all the paracetamol", "im fine, lets just carry on with the questions" went on to the
questions. Harm happening now is still an emergency when they feel fine: we ask once whether help is coming
(tests/conversation/test_safe_path_stop24.py: what follows a second "carry on").
The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)


def _adult(language: str) -> MemoryConversation:
    return started(f"check23-{language}-{next(_senders)}", language, role="person", name="Sam")


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


OVERDOSE = {"cy": "dim byd rili. dwi newydd gymryd y tabledi i gyd o'r drôr, sori. dwi jyst isio cysgu",
            "en": "nothing really. ive just taken all the paracetamol from the drawer, sorry. i just want to sleep"}
FINE = {"cy": "na plis paid. dwi'n iawn. gad ni gario mlaen efo'r cwestiynau",
        "en": "no please dont. im fine honestly, lets just carry on with the questions"}
CARRY_ON = {"cy": "parhau", "en": "carry on"}
HELP_COMING = {"cy": "dwi wedi ffonio 999, ma'r ambiwlans ar y ffordd. parhau", "en": "ive rung 999, the ambulance is "
                                                                                  "coming. carry on"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_feeling_fine_after_an_overdose_taken_asks_once_whether_help_is_coming(sqlite_url: str, language: str) -> None:
    """W27, then stop 24: the first "carry on" is held with a short "is help on its way?", not the urgent text."""
    conversation = _adult(language)
    conversation.say(OVERDOSE[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))
    asked = conversation.requested
    conversation.say(FINE[language])
    said = conversation.text
    assert said == _text(conversation, "safety_check_help_coming")
    assert _text(conversation, "urgent_now") not in said
    assert repository.safe_check(conversation.sender_id)[0] is not None  # the questions wait
    assert conversation.requested == asked
    conversation.say(HELP_COMING[language])  # help on its way: they carry on, with no 999 reminder
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert _text(conversation, "safety_check_999_reminder") not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_break_is_still_theirs_after_harm_now(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(OVERDOSE[language])
    conversation.say('/choose{"choice":"break"}')
    assert _text(conversation, "safety_check_break") in conversation.text


# --- W25 / W6 / W2: "I was joking", "nobody's suicidal", "o'n i jyst yn deud pwy sy'n helpu" are heard --------------

ABUSE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
         "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}


@pytest.mark.parametrize("language,reply,carries_on", [
    ("cy", "lol be?? jocian o'n i. ma mam yn iawn, jyst strict", False),  # W25 (P4)
    ("en", "lol what?? i was joking. mum's fine, just strict", False),
    ("en", "haha no we're fine, it was a joke about Abba. carry on", True),  # W25 (P1)
    ("cy", "haha na dan ni'n iawn, jocian o'n i am Abba. parhau", True),
    ("en", "what?? no, nobody's suicidal! I said Mum would go mad if someone slept over, as in cross. We're fine.", False),
    ("cy", "be?? na dwi'n iawn lol. o'n i jyst yn deud pwy sy'n helpu. nain a ffion a miss parry", False),  # W2
])
def test_a_correction_at_the_check_is_heard(sqlite_url: str, language: str, reply: str, carries_on: bool) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(reply)
    said = conversation.text
    assert said.startswith(_text(conversation, "safety_check_misread"))  # sorry, a person reads it
    assert _text(conversation, "safety_check_heard") not in said  # not "kept for the team ... call 999" again
    assert _text(conversation, "safety_check_again") not in said  # not "are you safe?" again
    if carries_on:
        assert _text(conversation, "safety_check_carry_on") in said
    else:
        assert said.endswith(_text(conversation, "safety_check_choose"))  # the choice, once
    assert repository.is_urgent(conversation.sender_id)  # the flag stays for a person to read


def test_he_said_he_was_joking_is_no_correction(sqlite_url: str) -> None:
    conversation = _adult("en")
    conversation.say(ABUSE["en"])
    conversation.say("he said he was joking but he still hit me")
    assert _text(conversation, "safety_check_misread") not in conversation.text


# --- W23: "lle oeddan ni?" at the check, and "dwi'n iawn, jyst isio stopio am heno" -----------------------------

@pytest.mark.parametrize("language,where", [("cy", "helo, dwi nol. lle oeddan ni?"), ("en", "hiya, im back. where were we?")])
def test_where_were_we_at_the_check_is_where_we_are(sqlite_url: str, language: str, where: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(where)
    said = conversation.text
    assert said.startswith(_text(conversation, "safety_check_where"))
    assert _text(conversation, "safety_check_questions") not in said  # not "you asked what happens next"


@pytest.mark.parametrize("language,reply", [
    ("cy", "be?? na dwi'n iawn, jyst isio stopio am heno. dwi'n gorfod neud te i'r plant"),
    ("en", "what?? no im fine, just want to stop for tonight. got to make the kids tea"),
])
def test_fine_and_stopping_for_tonight_stops(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(reply)
    assert _text(conversation, "safety_check_again") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] == "break"  # stopped (a stop pauses too)
