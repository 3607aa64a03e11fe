"""A disclosure answers the question it interrupted: after "carry on", the next one (trial stop 21, U9, U17, U47).

A wife's 1,549-character answer about her husband's good day was flagged; after "carry on" the same question was asked
again ("I just told you all that. did it not save?"); an older man's "some days I think everyone would be better off
without me" at "what matters" got "what matters most to you?" again. A disclosure kept as the answer to the question it
interrupted now answers it (the lead's design call): after "carry on", the next question. Through the conversation
core, Welsh and English; fictional words.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
GOOD_DAY = {
    "en": "A good day is when I get out to the garden, go to chapel on a Sunday and my granddaughter Cerys comes round "
          "for tea after school. I like the crossword with the radio on and a walk to the shop. But he hits me when "
          "he's had a drink and I'm scared to go home.",
    "cy": "Diwrnod da ydi pan dw i'n mynd allan i'r ardd, mynd i'r capel ar y Sul a fy wyres Cerys yn dod draw am de ar "
          "ôl ysgol. Dw i'n licio'r croesair efo'r radio ymlaen a thro i'r siop. Ond mae o'n fy nharo i pan mae o wedi "
          "yfed, ac mae gen i ofn mynd adra.",
}


SHORT = {"en": "some days I think everyone would be better off without me",
         "cy": "rhai dyddiau dw i'n meddwl y basai pawb yn well eu byd hebdda i"}


@pytest.mark.parametrize("words", [GOOD_DAY, SHORT], ids=["long", "short"])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_after_carry_on_the_question_a_disclosure_answered_is_not_asked_again(sqlite_url: str, language: str,
                                                                              words: dict[str, str]) -> None:
    conversation = MemoryConversation(f"long-disclosure-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    conversation.start()
    assert conversation.requested == "q_what_matters"
    conversation.say(words[language])
    assert repository.is_urgent(conversation.sender_id)
    conversation.say("carry on" if language == "en" else "parhau")
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language))
    what_matters = messages.text("q_what_matters", language, "chi", name="Jo")
    assert what_matters not in conversation.text  # not the answered question again
    assert conversation.requested != "q_what_matters"
    assert words[language] in repository.answer_texts(conversation.sender_id, only="what_matters")  # its answer
