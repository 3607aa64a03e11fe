"""The path after a disclosure, stop 24 (issue 11): through the conversation core, Welsh and English.

After harm happening now (an overdose taken, someone hurting them now) the first "carry on" is held once with a
short "before we go on: is help on its way?"; a second "carry on" goes on to the questions (since stop 41 with no 999
line again), anything that is not about help with one 999 line, never the whole urgent text again (the conversation benchmark's scripted player,
who answers every check with "carry on", was held in a loop; so would a real person who insists).
The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_safe_check_stop23 import ABUSE, CARRY_ON, FINE, OVERDOSE
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)


def _adult(language: str) -> MemoryConversation:
    return started(f"path24-{language}-{next(_senders)}", language, role="person", name="Sam")


def _held_once(conversation: MemoryConversation, language: str) -> str | None:
    conversation.say(OVERDOSE[language])
    asked = conversation.requested
    conversation.say(FINE[language])
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    return asked


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("again", ["typed", "/continue_conversation"])
def test_a_second_carry_on_after_harm_now_just_carries_on(sqlite_url: str, language: str, again: str) -> None:
    """Since stop 41 (the eighteenth trial's AU13: pressing "Parhau" at "is help on its way? have you called 999?"
    brought the 999 line again before "we'll carry on gently"): carry on there just carries on. The urgent reply and
    the help question have each said 999; a reply that answers it ("no", "not yet") still gets the one 999 line with
    the choice (test_anything_not_about_help_after_the_help_question_goes_on)."""
    conversation = _adult(language)
    asked = _held_once(conversation, language)
    conversation.say(CARRY_ON[language] if again == "typed" else again)
    said = conversation.text
    assert "999" not in said  # not the 999 line, the urgent text or the help question again
    assert said.startswith(_said(conversation, "safety_check_carry_on"))
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert said.endswith(messages.text(asked or "", language, "chi", name="Sam"))  # the question waiting follows
    conversation.say("/skip", intent="skip")  # and no 999 line again with the questions
    assert "999" not in conversation.text


@pytest.mark.parametrize("language,reply", [
    ("cy", "naddo"), ("en", "no"), ("en", "not yet"), ("cy", "dim eto"),
    ("cy", "mynd am dro efo'r ci"), ("en", "going to the shops with my sister"),
])
def test_anything_not_about_help_after_the_help_question_goes_on(sqlite_url: str, language: str, reply: str) -> None:
    """The scripted player's next answer, or "no": the one 999 line with the choice (since stop 40, trial AU13: "call
    999 now" went straight on to "we'll carry on gently"), then the questions go on, with no 999 line again: not a
    loop."""
    conversation = _adult(language)
    _held_once(conversation, language)
    conversation.say(reply)
    said = conversation.text
    assert said.startswith(_said(conversation, "safety_check_999_reminder"))
    assert said.endswith(_said(conversation, "safety_check_choose"))
    assert repository.safe_check(conversation.sender_id)[0] is not None
    assert reply in repository.answer_texts(conversation.sender_id, only="safety_check")  # kept verbatim
    conversation.say(reply)
    said = conversation.text
    assert _said(conversation, "safety_check_carry_on") in said and "999" not in said
    assert repository.safe_check(conversation.sender_id)[0] is None


@pytest.mark.parametrize("language,reply", [
    ("cy", "ydy, ma'r ambiwlans ar y ffordd"), ("en", "yes the ambulance is on its way"),
])
def test_help_on_its_way_after_the_help_question_goes_on_without_the_999_line(sqlite_url: str, language: str,
                                                                                reply: str) -> None:
    conversation = _adult(language)
    _held_once(conversation, language)
    conversation.say(reply)
    said = conversation.text
    assert _said(conversation, "safety_check_carry_on") in said
    assert "999" not in said


@pytest.mark.parametrize("language,reply", [("cy", "dwi ddim yn saff"), ("en", "im not safe")])
def test_not_safe_after_the_help_question_does_not_go_on(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _adult(language)
    _held_once(conversation, language)
    conversation.say(reply)
    assert _said(conversation, "safety_check_carry_on") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is not None


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_help_question_is_never_asked_after_a_disclosure_that_is_not_happening_now(sqlite_url: str,
                                                                                        language: str) -> None:
    abuse = {"en": "He hits me when he's had a drink and I'm scared to go home.",
             "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}
    conversation = _adult(language)
    conversation.say(abuse[language])
    conversation.say(CARRY_ON[language])
    assert _said(conversation, "safety_check_help_coming") not in conversation.text
    assert _said(conversation, "safety_check_carry_on") in conversation.text


# --- "Are you safe?" is not asked again once they have said they are ----------------------------------------------

#: The same harm, read by the learned model alone (the rules read nothing): disclosure-adjacent.
ADJACENT = {"en": "i dont want to go home tonight tbh", "cy": "dwi'm isio mynd adra heno a deud gwir"}
#: A new harm the rules read, and harm happening now: each still gets its reply and "are you safe?".
NEW_HARM = {"en": "i still think about ending it sometimes", "cy": "dwi dal yn meddwl am ladd fy hun weithia"}
HARM_NOW = {"en": "he's hitting me right now", "cy": "mae o'n fy nharo i rwan"}


def _asks_are_you_safe(conversation: MemoryConversation) -> bool:
    return any(_said(conversation, key) in conversation.text for key in ("safety_check", "safety_check_again"))


@pytest.mark.parametrize("language,safe", [
    ("cy", "dwi'n iawn"), ("cy", "dw i'n saff"), ("cy", "wi'n ok"), ("cy", "dwin iawn"),
    ("en", "I'm ok"), ("en", "yeah im fine now"), ("en", "im ok"),
])
def test_said_safe_then_the_same_harm_gets_no_are_you_safe_again(sqlite_url: str, language: str, safe: str) -> None:
    from bot.analysis.risk import assess_risk, rules_only

    reading = assess_risk(ADJACENT[language])  # the model alone: urgent, or unsure ("please check", stop 24)
    assert (reading.level == "urgent" or reading.please_check) and rules_only(ADJACENT[language]).level == "none"
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(safe)
    assert _said(conversation, "safety_check_carry_on") in conversation.text
    conversation.say(ADJACENT[language])
    assert not _asks_are_you_safe(conversation)
    if reading.please_check:  # unsure: the gentle reply (999 said plainly), then the questions go on
        assert conversation.text.startswith(_said(conversation, "please_check").splitlines()[0])
    else:
        assert conversation.text.endswith(_said(conversation, "safety_check_choose"))  # the choice, once
    assert repository.is_urgent(conversation.sender_id)  # the words are with the team all the same


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("later", ["new_harm", "harm_now"])
def test_said_safe_then_a_new_disclosure_still_gets_its_reply(sqlite_url: str, language: str, later: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say({"cy": "dwi'n iawn", "en": "I'm ok"}[language])
    conversation.say((NEW_HARM if later == "new_harm" else HARM_NOW)[language])
    said = conversation.text
    if later == "harm_now":
        assert said.startswith(_said(conversation, "urgent_now"))
    else:
        opening = messages.text("urgent_again", language, "chi", helplines="").splitlines()[0]
        assert opening in said
    assert _asks_are_you_safe(conversation)


@pytest.mark.parametrize("language,reply", [
    ("cy", "dw i'n saff. jyst wedi blino'n lan a trist"),
    ("en", "yeah im fine now. just really tired and sad tbh. whats going to happen now"),
])
def test_said_safe_at_the_check_with_more_gets_the_choice_not_are_you_safe(sqlite_url: str, language: str,
                                                                           reply: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(reply)
    assert not _asks_are_you_safe(conversation)
    assert conversation.text.endswith(_said(conversation, "safety_check_choose"))


@pytest.mark.parametrize("language,reply,then", [
    ("cy", "dwi'n iawn. pwy fydd yn darllen hwn?", "ond mae o nol rwan a dwi ofn"),
    ("en", "im fine. who reads this?", "but hes back now and im scared"),
])
def test_said_safe_then_words_that_may_say_not_safe_ask_again(sqlite_url: str, language: str, reply: str,
                                                              then: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(reply)
    conversation.say(then)
    assert _said(conversation, "safety_check_again") in conversation.text
