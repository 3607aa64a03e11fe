"""Harm told as a concern is heard and noted, once (stop-27 trial X15).

A 15-year-old in foster care answered "what's going well?" with "my old foster dad used to hit me but thats over now im
with new ppl" and got a bare "Thanks." Harm told, past or present, at a question about good things, now gets a line saying it was heard
and noted for the worker (no praise, no alarm, no duty alert); a second one later gets the ordinary word for a worry.
Through the conversation core, Welsh and English, "ti" and "chi".
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
# Fictional.
PAST_HARM = {"en": "my old foster dad used to hit me but thats over now im with new ppl",
             "cy": "odd fy hen dad maeth i'n arfer fy nharo i ond ma hynna drosodd rwan, dwi efo pobl newydd"}
ADULT_PAST_HARM = {"en": "My first husband used to hit me, that was forty years ago, it's long over.",
                   "cy": "Mi oedd fy ngŵr cyntaf yn fy nharo i, flynyddoedd yn ôl, mae hynny drosodd ers talwm"}


def _heard(conversation: MemoryConversation, register: str) -> bool:
    return messages.text("ack_harm_told", conversation.slots["language"], register) in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_past_harm_at_a_question_about_good_things_is_heard_not_just_thanked(sqlite_url: str, language: str) -> None:
    conversation = started(f"harm-told-{next(_senders)}", language, role="young_person", name="Jay")
    conversation.say("pel-droed a fy mates" if language == "cy" else "football and my mates")
    assert conversation.requested == "q_strengths"
    conversation.say(PAST_HARM[language])
    assert _heard(conversation, "ti")
    assert conversation.requested == "q_keep"  # the questions go on: no pause, no safe check


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_adult_is_answered_with_chi_and_only_once(sqlite_url: str, language: str) -> None:
    conversation = started(f"harm-told-{next(_senders)}", language, role="person", name="Gwyn")
    conversation.say("Cael aros adra efo'r ci" if language == "cy" else "Staying at home with my dog")
    conversation.say(ADULT_PAST_HARM[language])
    assert _heard(conversation, "chi")
    conversation.say(ADULT_PAST_HARM[language].replace("husband", "partner").replace("ngŵr", "mhartner"))
    assert not _heard(conversation, "chi")  # once: a second gets the ordinary word for a worry
