"""Derailments, stop 25 (issue 11): what the fuzzing player (benchmarks/derail_fuzz.py) found, Welsh and English.

- "what do you want me to say?" / "be ti isio i fi ddeud?" is a question back, not the answer.
- The same words set aside as not an answer ("email is best can we speed this up", read as a wish to hurry), typed
  again at the same question, are the answer: set aside again, the question came round for ever.
- While "are you safe?" waits, a longer answer about something else ("text or voice notes. no long letters i just
  dont read them lol") has nothing unsafe in it: after "is help on its way?", or once they have said they are safe,
  it goes on to the questions. The short-reply reading held it for its "no" and "dont", the next reply went on, and
  the same question came round a third time. Words that may say they are not safe still hold.
The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from tests.conversation.memory import MemoryConversation, at_question, started
from tests.conversation.test_safe_check_stop23 import ABUSE, FINE, OVERDOSE
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)

HURRIED_ANSWER = {"en": "email is best can we speed this up", "cy": "e-bost sy orau, gawn ni frysio plis"}
#: The answer to the question they thought came next, with a "no" or a "dont" (or "ond") in it.
ANSWER_ELSEWHERE = {"en": "text or voice notes. no long letters i just dont read them lol",
                    "cy": "Ffonwch fi, sai'n dda gyda tecsts ond e-bost yn iawn"}
NOT_SAFE = {"en": "im not ok, he is still here and im scared", "cy": "dwi ddim yn iawn, mae o dal yma a mae gen i ofn"}
#: A misreading put right, saying they are safe (stop-23 trial W2 and its twin): only the choice follows.
SAFE_MISREAD = {"en": "what?? no lol. i was just saying who helps. we're fine",
                "cy": "be?? na dwi'n iawn lol. o'n i jyst yn deud pwy sy'n helpu. nain a ffion a miss parry"}


def _sender(name: str) -> str:
    return f"derail25-{name}-{next(_senders)}"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_words_again_after_they_were_set_aside_are_the_answer(sqlite_url: str, language: str) -> None:
    conversation = at_question(_sender("hurry"), language, "q_communication", what_matters="my garden")
    conversation.say(HURRIED_ANSWER[language])
    assert conversation.requested == "q_communication"  # set aside once: a wish to hurry, and the question again
    assert repository.answer_texts(conversation.sender_id, only="communication") == []
    conversation.say(HURRIED_ANSWER[language])
    assert repository.answer_texts(conversation.sender_id, only="communication") == [HURRIED_ANSWER[language]]
    assert conversation.requested not in (None, "q_communication")  # the next question, not this one a third time


@pytest.mark.parametrize("language,asked", [("cy", "be ti'n feddwl?"), ("en", "what do you mean?")])
def test_what_do_you_mean_twice_is_still_no_answer(sqlite_url: str, language: str, asked: str) -> None:
    conversation = at_question(_sender("means"), language, "q_communication", what_matters="my garden")
    conversation.say(asked)
    conversation.say(asked)
    assert repository.answer_texts(conversation.sender_id, only="communication") == []
    assert conversation.requested != "q_communication"  # left for the visit, as before


def _held_for_help(language: str) -> tuple[MemoryConversation, str | None]:
    conversation = started(_sender("help"), language, role="person", name="Sam")
    conversation.say(OVERDOSE[language])
    waiting = conversation.requested
    conversation.say(FINE[language])
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    return conversation, waiting


#: The same, read as an everyday concern (carer strain): no danger in it (the fuzzing player's loop, seed 1028).
STRAIN_ELSEWHERE = {"en": "help with her shopping and cleaning, the house is going to pot and its getting her down more. "
                          "and someone for her to talk to about dad",
                    "cy": "rhywun i helpu efo'r golchi, dwi methu neud y cwbl ar ben fy hun ddim mwy, mae o'n ormod"}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("answers", [ANSWER_ELSEWHERE, STRAIN_ELSEWHERE])
def test_an_answer_about_something_else_after_the_help_question_goes_on(sqlite_url: str, language: str,
                                                                        answers: dict[str, str]) -> None:
    conversation, waiting = _held_for_help(language)
    conversation.say(answers[language])
    # Since stop 40 (trial AU13): the one 999 line with the choice, the questions waiting once more ...
    assert conversation.text == "\n".join((_said(conversation, "safety_check_999_reminder"),
                                           _said(conversation, "safety_check_choose")))
    assert repository.safe_check(conversation.sender_id)[0] is not None
    assert answers[language] in repository.answer_texts(conversation.sender_id,
                                                        only="safety_check")  # kept, word for word
    conversation.say(answers[language])  # ... and the next reply goes on, with no 999 line again: not a loop
    said = conversation.text
    assert _said(conversation, "safety_check_carry_on") in said and "999" not in said
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == waiting  # the question, asked now


@pytest.mark.parametrize("language", ["cy", "en"])
def test_words_that_may_say_they_are_not_safe_still_hold_after_the_help_question(sqlite_url: str,
                                                                                 language: str) -> None:
    conversation, _ = _held_for_help(language)
    conversation.say(NOT_SAFE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    assert _said(conversation, "safety_check_carry_on") not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_answer_about_something_else_goes_on_once_they_said_they_are_safe(sqlite_url: str, language: str) -> None:
    conversation = started(_sender("safe"), language, role="person", name="Sam")
    conversation.say(ABUSE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    conversation.say(SAFE_MISREAD[language])  # they are safe, and the choice is theirs
    assert repository.safe_check(conversation.sender_id)[0] is not None
    assert _said(conversation, "safety_check_choose") in conversation.text  # not "are you safe?" again
    conversation.say(ANSWER_ELSEWHERE[language])
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert _said(conversation, "safety_check_carry_on") in conversation.text
    assert conversation.requested is not None and conversation.requested.startswith("q_")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_not_safe_after_saying_safe_still_holds(sqlite_url: str, language: str) -> None:
    conversation = started(_sender("unsafe"), language, role="person", name="Sam")
    conversation.say(ABUSE[language])
    conversation.say(SAFE_MISREAD[language])
    conversation.say(NOT_SAFE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    assert _said(conversation, "safety_check_carry_on") not in conversation.text


@pytest.mark.parametrize("language,asked", [("cy", "be ti isio i fi ddeud?"), ("en", "what do you want me to say?"),
                                            ("cy", "beth chi moyn i fi weud"), ("en", "what should I write")])
def test_what_do_you_want_me_to_say_is_a_question_back_not_the_answer(sqlite_url: str, language: str,
                                                                       asked: str) -> None:
    """It was kept as what matters to them ("Thank you, I've noted that") and the question never came again."""
    conversation = started(_sender("say"), language, role="person", name="Sam")
    assert conversation.requested == "q_what_matters"
    conversation.say(asked)
    assert conversation.requested == "q_what_matters"  # put more simply, and still waiting for their answer
    assert repository.answer_texts(conversation.sender_id, only="what_matters") == []


@pytest.mark.parametrize("language,asked", [("cy", "be ti isio i fi ddeud?"), ("en", "what do you want me to say?")])
def test_what_do_you_want_me_to_say_at_who_is_talking_is_explained_not_me(sqlite_url: str, language: str,
                                                                          asked: str) -> None:
    """"fi" (me) in the Welsh made it "the person themselves": a carer was never asked the carer's questions."""
    conversation = MemoryConversation(_sender("role"), language=language)
    conversation.slots["consent_choice"] = "yes"
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(asked)
    assert conversation.requested == "role"
    assert conversation.slots.get("role") is None
    assert _said(conversation, "role_explained") in conversation.text
