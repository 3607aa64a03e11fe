"""Stop 37 (issue 11, left at stop 36): Jo, "ei weithiwr cymorth o, sy'n teipio" (his support worker, typing), was read
as a keyboard takeover, so every later answer was filed as a new speaker's, a professional's view, and Gareth's own
words were no longer his. A support worker saying they type for the person is a supporter: the answers stay the
person's, the supporter's own view ("yn fy marn i…", "in my view…") is theirs, and the summary says someone typed for
them. A support worker taking over while the person is away is still a takeover; a takeover said again with an answer
is the same hand, not a new speaker to acknowledge. Through the conversation core with SQLite, Welsh and English; the
words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.keyboard import KEYBOARD_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import typed_for_them
from tests.conversation.memory import MemoryConversation, started
from tests.support.records import stored_conversation

_senders = itertools.count(1)
FIRST = {"en": "Going to the pub on a Friday with my mates", "cy": "Mynd i'r dafarn ar nos Wener efo'n ffrindia"}
#: The support worker says who is typing (the stop-36 words, and an English twin).
TYPING = {"cy": "Jo, ei weithiwr cymorth o, sy'n teipio", "en": "this is Jo his support worker typing"}
#: Then, at "what would you like to keep?", the person's words and Jo's own view in one answer.
KEEP = {"cy": "Dw i isio cadw fy ngwaith yn y ganolfan arddio. Yn fy marn i mae angen mwy o oriau cymorth arno fo "
              "gyda'r nos",
        "en": "I want to keep my job at the garden centre. In my view he needs more support hours in the evenings"}
JO_SAYS = {"cy": "Yn fy marn i", "en": "In my view"}
HIS = {"cy": "Dw i isio cadw fy ngwaith", "en": "I want to keep my job"}
LATER = {"cy": "Dw i isio mynd i nofio bob wythnos", "en": "I want to go swimming every week"}
#: The person away and the support worker taking over: a takeover still.
AWAY = {"cy": "Jo, ei weithiwr cymorth o, sy'n teipio rŵan, mae o wedi mynd i'w wely",
        "en": "this is Jo his support worker, Gareth's gone to bed, I'm taking over"}


def _text(conversation: MemoryConversation, key: str, **values: str) -> str:
    register = str(conversation.slots.get("register") or "chi")
    return messages.text(key, conversation.slots["language"], register, **values)


def _at_strengths(language: str) -> MemoryConversation:
    conversation = started(f"riskfam37-typing-{next(_senders)}", language, role="person", name="Gareth")
    conversation.say(FIRST[language])
    assert conversation.requested == "q_strengths"
    return conversation


def _answers(sender_id: str) -> list[tuple[str, str, str | None]]:
    """(question key, whose view, typed by) of every answer kept, in order."""
    with session_scope() as s:
        conv = stored_conversation(s, sender_id)
        return [(a.question_key, a.whose_view, a.typed_by) for a in conv.answers]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_support_worker_typing_is_a_supporter_not_a_new_speaker(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    conversation.say(TYPING[language])
    taken = _text(conversation, "keyboard_taken_over", person="Gareth")
    assert taken not in conversation.text
    assert conversation.text.startswith(_text(conversation, "keyboard_typing_for"))
    assert conversation.requested == "q_strengths"  # the same question again
    assert repository.hand_at_keyboard(conversation.sender_id) is None
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    conversation.say(KEEP[language])
    assert conversation.requested == "q_change"
    conversation.say(LATER[language])
    assert all(taken not in said.text for said in conversation.said)
    answers = _answers(conversation.sender_id)
    assert (KEYBOARD_KEY, "person", None) in answers
    kept = [a for a in answers if a[0] in ("what_matters", "keep", "change")]
    assert [a[0] for a in kept] == ["what_matters", "keep", "change"]
    assert all(view == "person" and typed_by is None for _, view, typed_by in kept)
    record = load_record(conversation.sender_id)
    assert record is not None
    views = {str(o["text"]): o["whose_view"] for o in record["outcomes"]}
    assert {v for t, v in views.items() if t.startswith(JO_SAYS[language])} == {"professional"}
    assert {v for t, v in views.items() if t.startswith((HIS[language], LATER[language][:12]))} == {"person"}
    assert typed_for_them(record["answers"]) == TYPING[language]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_support_worker_taking_over_while_the_person_is_away_is_a_takeover(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    conversation.say(AWAY[language])
    assert _text(conversation, "keyboard_taken_over", person="Gareth") in conversation.text
    hand = repository.hand_at_keyboard(conversation.sender_id)
    assert hand is not None and hand.relation == "support_worker"


SAID_AGAIN = {"en": ("her daughter here", "her daughter here. Mum would like help with her shopping on Thursdays"),
              "cy": ("ei merch hi sy 'ma rŵan",
                     "ei merch hi sy 'ma rŵan. Mae Mam angen help efo'r siopa ar ddydd Iau")}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_hand_said_again_with_an_answer_is_not_acknowledged_again(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    first, again = SAID_AGAIN[language]
    conversation.say(first)
    taken = _text(conversation, "keyboard_taken_over", person="Gareth")
    assert taken in conversation.text
    conversation.say(again)
    assert taken not in conversation.text
    assert conversation.requested not in (None, "q_strengths")  # answered: on to the next question
    assert ("strengths", "carer", "daughter") in _answers(conversation.sender_id)
