"""A question about who reads this, asked inside an answer (stop-24 trial T5), in Welsh and English.

A 15-year-old typed "na dim byd. ody hwn yn mynd at mam?" (nothing. does this go to mum?): it was stored as an
outcome and the question was never answered. South-Walian "ody" was not read as a question, and "nothing" plus a
question was kept whole at the read-back. Now the question is answered wherever it is asked (a question of the form,
"anything else?", the read-back and its "what would you like to add?"), the message is kept verbatim as typed, and
"nothing" plus a question to us is never an outcome.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis import analyse
from bot.analysis.about_assistant import asks_about_assistant
from bot.analysis.outcomes import is_only_talk_and_a_question_to_us
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, at_question
from tests.conversation.test_readback_typed import _at_the_read_back

NOTHING_AND_A_QUESTION = {"cy": "na dim byd. ody hwn yn mynd at mam?", "en": "nothing. does this go to mum?"}
WISH_AND_A_QUESTION = {"cy": "dwi isio mynd nôl i'r clwb pêl-droed. ody hwn yn mynd at mam?",
                       "en": "I want to go back to the football club. does this go to mum?"}


def _answers(sender: str) -> list[tuple[str, str, list[str]]]:
    """(question key, words as stored, outcome words) of every answer."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, [o.text for o in a.outcomes]) for a in conv.answers]


def _young(sender: str, language: str, slot: str) -> MemoryConversation:
    return at_question(sender, language, slot, what_matters="pêl-droed" if language == "cy" else "football",
                       role="young_person", name="Cai")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_read_as_a_question_to_us_inside_an_answer(language: str) -> None:
    assert asks_about_assistant(NOTHING_AND_A_QUESTION[language]) == "part"
    assert is_only_talk_and_a_question_to_us(NOTHING_AND_A_QUESTION[language])
    assert not is_only_talk_and_a_question_to_us(WISH_AND_A_QUESTION[language])


@pytest.mark.parametrize("language", ["cy", "en"])
def test_nothing_and_a_question_is_no_outcome(language: str) -> None:
    assert analyse(NOTHING_AND_A_QUESTION[language], "change").outcomes == ()


@pytest.mark.parametrize("language,wish", [("cy", "dwi isio mynd nôl i'r clwb pêl-droed."),
                                           ("en", "I want to go back to the football club.")])
def test_a_wish_before_the_question_stays_without_it(language: str, wish: str) -> None:
    assert [o.text for o in analyse(WISH_AND_A_QUESTION[language], "change").outcomes] == [wish]


@pytest.mark.parametrize("language,slot", [("cy", "q_change"), ("en", "q_change"),
                                           ("cy", "q_anything_else"), ("en", "q_anything_else")])
def test_at_a_question_it_is_answered_and_kept_verbatim(sqlite_url: str, language: str, slot: str) -> None:
    sender = f"t5-{slot}-{language}"
    conversation = _young(sender, language, slot)
    typed = NOTHING_AND_A_QUESTION[language]
    # "anything else?" reads "nothing" as the button's value: the question in it is still heard
    conversation.say(typed, value="nothing" if slot == "q_anything_else" else None)
    assert messages.text("who_sees", language, "ti") in conversation.text
    stored = [(text, outcomes) for key, text, outcomes in _answers(sender) if text == typed]
    assert stored == [(typed, [])]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_at_the_read_back_it_is_answered_and_the_list_asked_again(sqlite_url: str, language: str) -> None:
    sender = f"t5-readback-{language}"
    conversation = _at_the_read_back(sender, language, "young_person", register="ti")
    typed = NOTHING_AND_A_QUESTION[language]
    conversation.say(typed)
    assert messages.text("who_sees", language, "ti") in conversation.text
    assert conversation.requested == "readback"
    assert conversation.slots.get("readback") is None  # nothing chosen: the choice again
    assert [(text, outcomes) for _key, text, outcomes in _answers(sender)] == [(typed, [])]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_at_what_to_add_nothing_is_added_and_it_is_answered(sqlite_url: str, language: str) -> None:
    sender = f"t5-add-{language}"
    conversation = _at_the_read_back(sender, language, "young_person", register="ti")
    conversation.say("ychwanegu" if language == "cy" else "add")
    assert conversation.requested == "readback_text"
    typed = "dim byd. ody hwn yn mynd at mam?" if language == "cy" else "nothing. does this go to mum?"
    conversation.say(typed)
    assert messages.text("who_sees", language, "ti") in conversation.text
    assert [(text, outcomes) for _key, text, outcomes in _answers(sender)] == [(typed, [])]
