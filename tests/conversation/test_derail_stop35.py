"""Derailments, stop 35 (issue 11), found by the fuzzing player (benchmarks/derail_fuzz.py) after stop 34's changes.

- "Are you safe right now? You can carry on, take a break or stop": "same as before I just want to stop worrying"
  (seed 3604, a young person who had told us her mum's boyfriend hurts her) was read as "stop", so the questions
  stopped; the question waiting then came a third time. "I want to stop" names the choice; "I want to stop worrying",
  "dwi isio stopio poeni amdano fo" name what they want to stop in their life. Now those carry on the questions.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.safe_reply import reply_to_safe_check
from bot.conversation.steering import record_status
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)

#: Harm told at "what would you like to be different?" (the seed's words, and the same in Welsh).
HARM = {"cy": "dwi ddim yn mynd adra'n syth ar ôl ysgol achos mae cariad mam yno ac mae o'n fy mrifo i pan dydi hi "
              "ddim i mewn",
        "en": "i dont go home straight after school cos mams boyfriend is there on his own and he hurts me when shes "
              "not in"}
#: Replies to "are you safe?" that wish to stop something in their life, not the questions.
STOP_SOMETHING = {"cy": ["fel o'r blaen, dwi isio stopio poeni amdano fo", "dwi isio stopio meddwl am y peth"],
                  "en": ["same as before I just want to stop worrying", "i want to stop him coming round"]}
#: Replies that stop the questions, as before.
STOP = {"cy": ["dwi isio stopio", "dwi isio stopio am rwan"], "en": ["i want to stop", "i want to stop for now"]}


def _at_safe_check(language: str) -> MemoryConversation:
    conversation = started(f"derail35-safe-{next(_senders)}", language, role="young_person", name="Karen")
    conversation.say("Pêl-droed" if language == "cy" else "Football mostly")
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(HARM[language])
    assert _said(conversation, "safety_check") in conversation.text
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_wanting_to_stop_something_at_the_safe_check_is_no_stop(sqlite_url: str, language: str, which: int) -> None:
    reply = STOP_SOMETHING[language][which]
    assert reply_to_safe_check(reply) != "stop"
    conversation = _at_safe_check(language)
    conversation.say(reply)
    assert _said(conversation, "stopped") not in conversation.text
    assert not conversation.slots.get("paused")
    # the question the harm interrupted, asked again: harm alone is no answer to it (stop 47, trial 46 BA5)
    assert conversation.requested == "q_change"
    assert reply in repository.answer_texts(conversation.sender_id)  # kept, as typed


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_asking_to_stop_at_the_safe_check_still_stops(sqlite_url: str, language: str, which: int) -> None:
    reply = STOP[language][which]
    assert reply_to_safe_check(reply) == "stop"
    conversation = _at_safe_check(language)
    conversation.say(reply)
    assert _said(conversation, "safety_check_stopped") in conversation.text
    assert record_status(conversation.sender_id) == "stopped"
