"""Read-back corrections said in words are acted on, or answered plainly with what to do (stop 32, re-trial 31 AC11 /
AD3).

"2 n 3 are the same thing" and "mae rhif 4 a 6 yr un peth" (items from two different answers) got a silent "noted";
"a dydi 3 ddim yn rhywbeth i'w gadw" left item 3 where it was; "you've missed the spuds off" was kept as a comment.
Now: two items from one answer are joined, from two answers they are not, and the reply says why; an item said not to
be a wish of its group is taken off the list (or moved where the words say); something missing gets how to add it.
Through the conversation core and SQLite, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.conversation.readback import numbered_items
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started_with_record

ANSWERS = {
    "en": {"q_change": "I'd like to get the bath sorted so I can have a proper soak",
           "q_keep": "Going down the allotment every morning"},
    "cy": {"q_change": "Dw i isio cael trefn ar y bath er mwyn cael bath iawn",
           "q_keep": "Mynd i lawr i'r rhandir bob bore"},
}


def _at_read_back(language: str, reply: str) -> MemoryConversation:
    sender = "mem-l32-rb-" + hashlib.sha256(f"{language}|{reply}".encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Dai")
    while not (conversation.requested or "").startswith("readback"):
        slot = conversation.requested
        conversation.say(ANSWERS[language][slot]) if slot in ANSWERS[language] else conversation.say(
            "/skip", intent="skip")
    assert conversation.requested == "readback"
    return conversation


def _from_two_answers(conversation: MemoryConversation) -> tuple[int, int]:
    items = numbered_items(conversation.sender_id)
    for a, first in items:
        for b, second in items:
            if a < b and first.answer_id != second.answer_id:
                return a, b
    raise AssertionError([o.text for _, o in items])


def _comments(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [a.text for a in conv.answers if a.question_key == "readback_comment"] if conv else []


@pytest.mark.parametrize("language, reply", [
    ("en", "{0} n {1} are the same thing"),  # the re-trial's words
    ("en", "Number {0} and {1} are the same thing really"),
    ("cy", "mae rhif {0} a {1} yr un peth"),  # the re-trial's words
    ("cy", "{0} a {1} yr un peth di rheina"),
])
def test_items_from_two_answers_are_not_joined_and_the_reply_says_why(sqlite_url: str, language: str,
                                                                       reply: str) -> None:
    conversation = _at_read_back(language, reply)
    a, b = _from_two_answers(conversation)
    before = [o.text for _, o in numbered_items(conversation.sender_id)]
    conversation.say(reply.format(a, b))
    said = conversation.text
    assert messages.text("readback_not_joined", language, first=str(a), second=str(b)) in said
    assert messages.text("readback_noted", language) not in said  # never a silent "noted"
    assert [o.text for _, o in numbered_items(conversation.sender_id)] == before  # both kept, as it says
    assert reply.format(a, b) in _comments(conversation.sender_id)  # noted for the worker, as it says
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language, reply", [
    ("cy", "mae rhif {0} a {1} yr un peth. a dydi {2} ddim yn rhywbeth i'w gadw, jyst cywiro enw Dad o'n i"),
    ("en", "{0} and {1} are the same thing. and {2} isn't something to keep, I was just putting Dad's name right"),
])
def test_an_item_said_not_to_be_a_keep_is_taken_off(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_read_back(language, reply)
    a, b = _from_two_answers(conversation)
    items = dict(numbered_items(conversation.sender_id))
    keep = next(n for n, o in items.items() if o.type == "maintenance")
    conversation.say(reply.format(a, b, keep))
    said = conversation.text
    assert messages.text("readback_not_joined", language, first=str(a), second=str(b)) in said
    assert messages.text("readback_taken_off", language, number=str(keep)) in said
    left = [o.text for _, o in numbered_items(conversation.sender_id)]
    assert items[keep].text not in left and len(left) == len(items) - 1


@pytest.mark.parametrize("language, reply", [
    ("en", "Number {0} is not something to change but something to keep"),
    ("cy", "Dydi rhif {0} ddim yn rhywbeth i'w newid, ond rhywbeth i'w gadw"),
])
def test_an_item_said_to_be_in_another_group_is_moved(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_read_back(language, reply)
    items = dict(numbered_items(conversation.sender_id))
    change = next(n for n, o in items.items() if o.type == "change")
    conversation.say(reply.format(change))
    assert messages.text("readback_done", language) in conversation.text
    moved = next(o for _, o in numbered_items(conversation.sender_id) if o.id == items[change].id)
    assert moved.type == "maintenance"


@pytest.mark.parametrize("language, reply", [
    ("en", "you've missed the spuds off"),  # the re-trial's words
    ("en", "you forgot the spuds"),
    ("cy", "dach chi wedi anghofio'r tatws"),
    ("cy", "ti di gadael y tatws allan"),
])
def test_something_missing_gets_how_to_add_it(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_read_back(language, reply)
    before = [o.text for _, o in numbered_items(conversation.sender_id)]
    conversation.say(reply)
    assert messages.text("readback_how_to_add", language) in conversation.text
    assert [o.text for _, o in numbered_items(conversation.sender_id)] == before
    assert conversation.requested == "readback"
