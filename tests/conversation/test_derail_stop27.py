"""Derailments, stop 27 (issue 11): once "are you safe?" was asked twice and the choice shown, an ordinary reply goes on.

The fuzzing player (benchmarks/derail_fuzz.py, seeds 39, 51, 97): after a disclosure and more harm, "?" brought the
help and "You can carry on, take a break or stop"; the person then typed an ordinary answer ("mae'r mab a'r ferch yng
nghyfraith drws nesa...", "Delyth. Y wyrion, Cai a Mali...", "anfon"), which was held with "the questions are waiting",
then "hepgor" carried on, and the same question came round a third time (a loop). Now such a reply goes on, as "ok"
would; one that may say they are not safe is still held.

The player's corrections at "when is the best time to visit?" (seeds 11, 42, 54, 55, 56 of `--people`): "sori, dydd
Mawrth o'n i'n feddwl", "oops sorry, Friday not Thursday", "o sori, dydd Gwener dim dydd Iau" at the next question
were kept as its answer. Now they are added to the answer before, and the question waiting is asked again.
Through the conversation core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation import pause
from bot.conversation.answers import ADDED_LATER_KEY
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, MemoryTurn, at_question

_senders = itertools.count(1)
DISCLOSURE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
              "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}
MORE_HARM = {"en": "it's getting worse. when he has a meltdown he hits me, I'm used to it by now",
             "cy": "ma'n mynd yn waeth. pan mae o'n cael meltdown mae o'n taro fi, dwi di arfer efo hynny"}
#: Seed 39's answer, and an English twin: an ordinary answer with nothing unsafe in it.
ORDINARY = {"en": "my son and daughter in law next door in the bungalow, she brings me dinner every day. and the dog",
            "cy": "mae'r mab a'r ferch yng nghyfraith drws nesa yn y byngalo, ma hi'n dod a cinio i mi bob dydd. "
                  "a'r ci"}
#: Seed 51's answer to "who is important to you?", and an English twin.
NAMES = {"en": "Delyth. The grandchildren, Cai and Mali. Mrs Evans. Friends from chapel.",
         "cy": "Delyth. Y wyrion, Cai a Mali. Mrs Evans. Ffrindie'r capel."}
MAY_BE_UNSAFE = {"en": "he's not the one I'm scared of", "cy": "nid fo sy'n codi ofn arna i"}


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], "chi")


def _at_the_choice(language: str, slot: str) -> MemoryConversation:
    """A disclosure at `slot`, more harm (the check asked twice), then "?" (help): the choice is shown."""
    conversation = at_question(f"derail27-{next(_senders)}", language, slot, what_matters="Fy ngardd.")
    conversation.say(DISCLOSURE[language])
    conversation.say(MORE_HARM[language])
    assert repository.safe_check(conversation.sender_id)[0] == pause.AGAIN
    conversation.said.clear()
    assert pause.before_question(MemoryTurn(conversation, "?", intent="help")) is False  # as after action_help
    assert [m.text for m in conversation.said] == [_text(conversation, "safety_check_choose")]
    assert repository.safe_check(conversation.sender_id)[0] == pause.KEPT
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_ordinary_reply_after_the_choice_goes_on(sqlite_url: str, language: str) -> None:
    conversation = _at_the_choice(language, "q_what_matters")
    waiting = conversation.requested
    conversation.say(ORDINARY[language])
    assert conversation.text.startswith(_text(conversation, "safety_check_carry_on"))
    assert _text(conversation, "safety_check_waiting") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == waiting  # the question waiting is asked now, once
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)[-1] == ORDINARY[language]  # verbatim


@pytest.mark.parametrize("language", ["cy", "en"])
def test_names_after_the_choice_are_kept_as_the_answer_and_the_next_question_follows(sqlite_url: str,
                                                                                    language: str) -> None:
    conversation = _at_the_choice(language, "q_worries")
    assert conversation.requested == "q_people"  # the disclosure answered the worries
    conversation.say(NAMES[language])
    assert _text(conversation, "safety_check_answer_kept") in conversation.text
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert _text(conversation, "safety_check_choose") not in conversation.text
    assert repository.answer_texts(conversation.sender_id, only="people") == [NAMES[language]]
    assert conversation.requested not in (None, "q_people")  # on to the next question


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_reply_that_may_say_they_are_not_safe_is_still_held(sqlite_url: str, language: str) -> None:
    conversation = _at_the_choice(language, "q_what_matters")
    waiting = conversation.requested
    conversation.say(MAY_BE_UNSAFE[language])
    assert conversation.text.endswith(_text(conversation, "safety_check_waiting"))
    assert repository.safe_check(conversation.sender_id)[0] == pause.KEPT
    assert conversation.requested == waiting


VISIT = {"cy": "Dydd Llun yn y bore", "en": "Monday morning"}
#: Corrections of the day, at the question after "when is the best time to visit?".
DAY_PUT_RIGHT = {"cy": ["sori, dydd Mawrth o'n i'n feddwl", "o sori, dydd Gwener dim dydd Iau"],
                 "en": ["sorry I meant Tuesday", "oops sorry, Friday not Thursday"]}
ANYTHING_ELSE = {"cy": "Mae'r ci yn cyfarth ond mae o'n glên", "en": "The dog barks but he's friendly"}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_day_put_right_is_added_to_the_visit_time(sqlite_url: str, language: str, which: int) -> None:
    conversation = at_question(f"derail27-{next(_senders)}", language, "q_visit_time", what_matters="Fy ngardd.")
    conversation.say(VISIT[language])
    waiting = conversation.requested
    assert waiting not in (None, "q_visit_time")
    correction = DAY_PUT_RIGHT[language][which]
    conversation.say(correction)
    assert conversation.requested == waiting  # asked again, not answered by the correction
    # As typed, with the visit time (stop 28, fourth trial X7: where the worker reads the day)
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [VISIT[language], correction]
    assert repository.answer_texts(conversation.sender_id, only=ADDED_LATER_KEY) == []
    assert repository.answer_texts(conversation.sender_id, only=waiting.removeprefix("q_")) == []
    conversation.say(ANYTHING_ELSE[language])
    assert repository.answer_texts(conversation.sender_id, only=waiting.removeprefix("q_")) == [ANYTHING_ELSE[language]]


@pytest.mark.parametrize("language,text", [("cy", "sori, dwi ddim yn siŵr"), ("en", "sorry im not sure")])
def test_sorry_without_a_day_put_right_is_still_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(f"derail27-{next(_senders)}", language, "q_visit_time", what_matters="Fy ngardd.")
    conversation.say(VISIT[language])
    waiting = conversation.requested
    assert waiting is not None
    conversation.say(text)
    assert repository.answer_texts(conversation.sender_id, only=ADDED_LATER_KEY) == []
    assert conversation.requested != waiting
