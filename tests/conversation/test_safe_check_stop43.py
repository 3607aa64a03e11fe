"""Stop-43 trial AX5: the safe check was asked a second time after a clear "yes, I'm safe".

Lorraine (58, after a stroke) answered "are you safe right now? carry on, a break or stop?" with "oh. yes im safe hes
not violent or anything. I dont want to get him in trouble. carry on": her fear for him was answered, then "Are you
safe right now?" came again ("hes not violent", a reassurance, and the "oh." before her yes made it unsure). Hywel
(79, formal Welsh) wrote "Ydw, wrth gwrs fy mod i'n ddiogel. Nid wyf am wneud dim byd gwirion, hiraeth am Megan ydi
o." and got "ffoniwch 999" and the check again (the "Nid"/"dim" of his take-back), and his "Parhau" after it was kept
as a second reply to "are you safe?". Now: safe and carry on in one message carries on; safe alone is heard in one
line and only the choice is asked. A reply that may say they are not safe never carries on. Through the conversation
core, Welsh and English; the words are fictional."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import reply_to_safe_check, says_they_are_safe
from bot.conversation import pause
from bot.storage import repository
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

DISCLOSURE = {
    "cy": "Mae Dai yn cadw fy ngherdyn banc i ers y strôc ac mae o'n gwylltio os dw i'n gofyn amdano fo. Mae gen i ofn "
          "gofyn erbyn hyn.",
    "en": "my husband Dave took my bank card off me after the stroke and he gets cross if I ask for it, I'm frightened "
          "to ask now",
}
LOW = {
    "cy": "Does gen i ddim llawer i edrych ymlaen ato. Weithiau rwy'n meddwl y byddai'n well arnaf wedi mynd, ond dyna ni.",
    "en": "Not much to look forward to. Sometimes I think everyone would be better off without me, but there we are.",
}

#: Safe and carry on in one message (AX5, quoted, and new phrasings): both questions answered.
SAFE_AND_CARRY_ON = {
    "en": ["oh. yes im safe hes not violent or anything. I dont want to get him in trouble. carry on",
           "ye im safe, carry on", "oh. yes I'm safe, he isn't violent. carry on please",
           "yes safe. carry on please"],
    "cy": ["Ydw, wrth gwrs fy mod i'n ddiogel. Parhau, os gwelwch yn dda.", "dw i'n iawn, cario mlaen",
           "O. Ydw, dwi'n saff, dydi o ddim yn dreisgar. Dwi ddim isio iddo fo gael trwbl. Parhau",
           "Ydwyf, yr wyf yn ddiogel. Parhau.", "odw, wi'n saff. dyw e ddim yn dreisgar. cario mlan"],
}
#: Safe, said with why or a take-back that keeps a "not" (the sentence reading clears it): heard in one line, and only
#: the choice (no "call 999", not "are you safe?" again).
SAFE_WITH_WHY = {
    "cy": ["Ydw, wrth gwrs fy mod i'n ddiogel. Doeddwn i ddim am greu ffwdan.",
           "Yr wyf yn ddiogel. Nid oeddwn am greu ffwdan, hiraeth ydyw.",
           "dwi'n saff. o'n i ddim isio gneud ffys, jyst hiraeth"],
    "en": ["yes im safe. I don't want a fuss, it's just grief", "Yes I am safe. I never meant to worry anyone."],
}
#: Safe, with nothing in it that may say otherwise once the reassurance is read ("not violent", "nid wyf am wneud dim
#: byd gwirion", "dim byd mwy"): carries on, as "be?? dwi'n iawn. jyst swil dwi" does (the standing design).
SAFE_CLEAN = {
    "cy": ["Ydw, wrth gwrs fy mod i'n ddiogel. Nid wyf am wneud dim byd gwirion, hiraeth am Megan ydi o. Dyna pam nad "
           "oeddwn am greu ffwdan.", "Ydwyf. Yr wyf yn ddiogel, nid wyf am wneud dim byd ffôl.",
           "odw, wi'n saff. hiraeth yw e, dim byd mwy"],
    "en": ["yes im safe hes not violent or anything", "Yes of course I'm safe. I'm not going to do anything silly, I "
           "just miss Megan.", "yes I am safe. it's grief, nothing more"],
}
#: Replies that may say they are not safe, or tell of harm now: never carry on.
NOT_SAFE = {
    "en": ["oh. no im not safe. carry on", "yes im safe but he's back now, carry on", "im not safe hes here now",
           "I am safe. But he is violent when he drinks.", "yes. he gets violent when he drinks"],
    "cy": ["Nac ydw, dw i ddim yn ddiogel. Parhau", "ydw ond mae o adra rŵan. parhau",
           "Yr wyf yn ddiogel. Ond mae o'n dod yn ôl heno.", "dw i ddim yn saff, mae o yma rŵan"],
}


@pytest.mark.parametrize("text", SAFE_AND_CARRY_ON["en"] + SAFE_AND_CARRY_ON["cy"])
def test_safe_and_carry_on_is_carrying_on(text: str) -> None:
    assert pause._chosen(text) == "carry_on"


@pytest.mark.parametrize("text", SAFE_WITH_WHY["en"] + SAFE_WITH_WHY["cy"])
def test_safe_with_why_is_safe_but_no_choice(text: str) -> None:
    assert says_they_are_safe(text)
    assert reply_to_safe_check(text) is None


@pytest.mark.parametrize("text", SAFE_CLEAN["en"] + SAFE_CLEAN["cy"])
def test_safe_with_a_reassurance_carries_on(text: str) -> None:
    assert says_they_are_safe(text)
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", NOT_SAFE["en"] + NOT_SAFE["cy"])
def test_not_safe_never_carries_on(text: str) -> None:
    assert pause._chosen(text) != "carry_on"
    assert not says_they_are_safe(text)


def _at_the_check(language: str, disclosure: dict[str, str]) -> MemoryConversation:
    conversation = MemoryConversation(f"safe-check-43-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Lorraine"})
    conversation.start()
    conversation.say(disclosure[language])
    assert messages.text("safety_check", language).rstrip()[-40:] in conversation.text
    return conversation


def _again(language: str) -> str:
    return messages.text("safety_check_again", language).split("?")[0]


@pytest.mark.parametrize("language,text", [(lang, text) for lang, texts in SAFE_AND_CARRY_ON.items()
                                           for text in texts])
def test_whole_conversation_safe_and_carry_on_goes_on(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_the_check(language, DISCLOSURE)
    conversation.say(text)
    said = conversation.text
    assert _again(language) not in said
    assert messages.text("safety_check_choose", language) not in said
    assert messages.text("safety_check_carry_on", language) in said
    assert repository.safe_check(conversation.sender_id)[0] is None


@pytest.mark.parametrize("language,text", [(lang, text) for lang, texts in SAFE_WITH_WHY.items() for text in texts])
def test_whole_conversation_safe_alone_asks_only_the_choice(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_the_check(language, LOW)
    conversation.say(text)
    said = conversation.text
    assert _again(language) not in said  # not "are you safe?" again
    assert "999" not in said  # no 999 line after "I'm safe"
    assert messages.text("safety_check_choose", language) in said
    assert messages.text("safety_check_safe_heard", language) in said  # heard, in one line
    assert messages.text("safety_check_carry_on", language) not in said
    conversation.say("Parhau, os gwelwch yn dda." if language == "cy" else "carry on please")
    assert messages.text("safety_check_carry_on", language) in conversation.text
    # the "carry on" answers the choice, not "are you safe?" a second time
    kept = repository.last_answer_kept(conversation.sender_id)
    assert kept is not None and kept.question_key == pause.SAFE_CHECK
    assert kept.question_text == messages.text("safety_check_choose", language)


@pytest.mark.parametrize("language,text", [(lang, text) for lang, texts in SAFE_CLEAN.items() for text in texts])
def test_whole_conversation_safe_and_reassured_goes_on(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_the_check(language, LOW)
    conversation.say(text)
    said = conversation.text
    assert _again(language) not in said
    assert messages.text("safety_check_carry_on", language) in said


@pytest.mark.parametrize("language,text", [(lang, text) for lang, texts in NOT_SAFE.items() for text in texts])
def test_whole_conversation_not_safe_never_carries_on(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_the_check(language, DISCLOSURE)
    conversation.say(text)
    assert messages.text("safety_check_carry_on", language) not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is not None
