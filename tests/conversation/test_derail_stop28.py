"""Derailments, stop 28 (issue 11), and two of the fourth trial's left-overs (X19, X7).

- The retired test set (en-textspeak-person-21): "y" to "is it OK for me to write down your answers?" was not
  understood, twice, and the conversation ended at the start (a loop, every question never asked, no name). "y" on its
  own is yes, as "n" on its own is no, in either language.
- X19: "Fi moyn bod na pan chi'n dod plis, ond bydd rhaid iddo fe fod ar ddydd Mawrth achos fi off bryd 'ny" said at
  the communication question, then "when is the best time to visit?" asked afresh: "wedes i jyst nawr!". Now the
  question quotes what they said and asks them to confirm it or give another time; their reply is kept as typed.
- X7: "sorry I meant Tuesday not Monday, anyway …" at a later question: the day put right goes with the visit time,
  and the rest is the answer to the question waiting.

Through the conversation core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.controls import consent_in, yes_or_no
from bot.conversation.answers import ADDED_LATER_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, at_question
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

_senders = itertools.count(1)


# --- "y" is yes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["y", "Y", "yy", "y!", "Y 👍"])
def test_y_on_its_own_is_yes(text: str) -> None:
    assert yes_or_no(text) is True and consent_in(text) is True


@pytest.mark.parametrize("text", ["y the", "Y mae hi'n iawn?", "y garden"])
def test_y_starting_words_is_not_a_yes(text: str) -> None:
    assert yes_or_no(text) is None


@pytest.mark.parametrize("language", ["cy", "en"])
def test_y_at_the_consent_question_begins_the_questions(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("derail28-y", language, "y"), language)
    dialogue.say("y")
    assert dialogue.asking == "role"


# --- X19: a visit time said before is confirmed, not asked afresh -------------------------------------------------

#: Said at "is there anything that makes it easier to talk?", before the visit-time question (the trial's words, and
#: an English twin).
SAID_WHEN = {"cy": "Ma hi bach yn drwm ei chlyw. Fi moyn bod na pan chi'n dod plis, ond bydd rhaid iddo fe fod ar "
                   "ddydd Mawrth achos fi off bryd 'ny",
             "en": "She's a bit hard of hearing. I'd like to be there when you come, but it has to be a Tuesday "
                   "as I'm off then"}
#: The sentence of it that says when.
WHEN = {"cy": "Fi moyn bod na pan chi'n dod plis, ond bydd rhaid iddo fe fod ar ddydd Mawrth achos fi off bryd 'ny",
        "en": "I'd like to be there when you come, but it has to be a Tuesday as I'm off then"}
#: A day someone else comes is not the visit.
NURSE = {"cy": "Ma'r nyrs yn dod ar ddydd Llun i neud y tabledi yn y bocs.",
         "en": "The nurse comes on a Monday to do her tablets."}
YES = {"cy": "ie", "en": "yes"}


def _at_visit_time(language: str, communication: str) -> MemoryConversation:
    conversation = at_question(f"derail28-{next(_senders)}", language, "q_communication", what_matters="Fy ngardd.")
    conversation.say(communication)
    assert conversation.requested == "q_visit_time"
    return conversation


def _visit_question_kept(sender_id: str) -> str:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        assert conv is not None
        return next(a.question_text for a in conv.answers if a.question_key == "visit_time")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_visit_time_said_before_is_quoted_to_confirm(sqlite_url: str, language: str) -> None:
    conversation = _at_visit_time(language, SAID_WHEN[language])
    asked = messages.text("visit_time_said_before", language, "chi", said=WHEN[language])
    assert conversation.text.endswith(asked)
    assert messages.text("q_visit_time", language, "chi") not in conversation.text
    conversation.say(YES[language])
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [YES[language]]  # as typed
    assert _visit_question_kept(conversation.sender_id) == asked  # the worker sees what "yes" confirmed
    assert conversation.requested != "q_visit_time"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_another_time_given_instead_is_the_answer(sqlite_url: str, language: str) -> None:
    other = {"cy": "Na, dydd Iau sy'n well nawr", "en": "No, Thursday is better now"}[language]
    conversation = _at_visit_time(language, SAID_WHEN[language])
    conversation.say(other)
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [other]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_day_someone_else_comes_is_not_the_visit(sqlite_url: str, language: str) -> None:
    conversation = _at_visit_time(language, NURSE[language])
    assert conversation.text.endswith(messages.text("q_visit_time", language, "chi"))


# --- X7: a day put right inside another answer --------------------------------------------------------------------

VISIT = {"cy": "Dydd Llun yn y bore", "en": "Monday morning"}
#: At the question after the visit time: the day put right, then the answer.
PUT_RIGHT_THEN_ANSWER = {
    "cy": ("sori, o'n i'n meddwl dydd Mawrth nid dydd Llun. ", "Mae'r ci yn cyfarth ond mae o'n glên"),
    "en": ("sorry I meant Tuesday not Monday, anyway ", "the dog barks but he's friendly"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_day_put_right_inside_an_answer_reaches_the_visit_time(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"derail28-{next(_senders)}", language, "q_visit_time", what_matters="Fy ngardd.")
    conversation.say(VISIT[language])
    waiting = conversation.requested
    assert waiting is not None and waiting.startswith("q_")
    correction, answer = PUT_RIGHT_THEN_ANSWER[language]
    conversation.say(correction + answer)
    kept = correction.rstrip(" ,").removesuffix(", anyway")
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [VISIT[language], kept]
    assert repository.answer_texts(conversation.sender_id, only=waiting.removeprefix("q_")) == [answer]
    assert repository.answer_texts(conversation.sender_id, only=ADDED_LATER_KEY) == []
    assert messages.text("put_right_noted", language, "chi") in conversation.text
    assert conversation.requested != waiting  # answered: on to the next


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_correction_without_a_day_is_added_as_before(sqlite_url: str, language: str) -> None:
    text = {"cy": "sori, o'n i'n meddwl ei gardd hi. Mae'r ci yn cyfarth", "en": "sorry I meant her garden. the dog "
            "barks"}[language]
    conversation = at_question(f"derail28-{next(_senders)}", language, "q_visit_time", what_matters="Fy ngardd.")
    conversation.say(VISIT[language])
    waiting = conversation.requested
    conversation.say(text)
    assert repository.answer_texts(conversation.sender_id, only=ADDED_LATER_KEY) == [text]
    assert conversation.requested == waiting


@pytest.mark.parametrize("sentence", ["Mae fy nghymydog Dafydd yn galw heibio bob bore efo'r papur newydd",
                                      "my neighbour calls round every morning with the paper"])
def test_a_neighbour_calling_in_is_no_visit_time(sentence: str) -> None:
    """CI, stop 28: a neighbour who "galw heibio bob bore" was quoted back as the time to visit."""
    from bot.analysis.text import A_DAY_OR_TIME
    from bot.conversation.answers import _ABOUT_THE_VISIT

    assert not (A_DAY_OR_TIME.search(sentence) and _ABOUT_THE_VISIT.search(sentence))
