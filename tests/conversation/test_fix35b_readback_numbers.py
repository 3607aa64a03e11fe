"""Thirteenth trial (stop 35, issue 11) AK4: at the read-back, item numbers are read by their words, and there is
always a way out of an item.

"Take out 1, the pint was a joke, and 3 - the son-in-law is doing the rail, I said scratch it." typed at "Which one
would you like to change?" opened item 13 (the digits 1 and 3 glued into one number); then "No, not that one! Number 1
and number 3." and "back" only got "Sorry, I didn't catch that. Choose one of the buttons".
"""
from __future__ import annotations

import pytest

from bot import messages
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_corrections_trial32 import _listed, _with_items


def _at_which_one(sender: str, language: str, register: str = "chi") -> MemoryConversation:
    conversation = _with_items(sender, language, "carer", register)
    conversation.say("change", "change")  # the "Change something" button
    assert conversation.requested == "readback_item"
    return conversation


def _at_item(sender: str, language: str, number: int, register: str = "chi") -> MemoryConversation:
    conversation = _at_which_one(sender, language, register)
    conversation.say(str(number))
    assert conversation.requested == "readback_action"
    return conversation


@pytest.mark.parametrize("language, message, out", [
    ("en", "Take out 1, the pint was a joke, and 3 - the son-in-law is doing the rail, I said scratch it.", [1, 3]),
    ("en", "Take out 1 and 3 please", [1, 3]),
    ("cy", "Tynnwch rif 1 allan, jôc oedd hwnna, a 3 hefyd - mae'r mab yng nghyfraith yn gwneud y rheilen, tynnwch o.",
     [1, 3]),  # the trial's words, in Welsh
    ("cy", "tynnwch 1 a 3 allan plis", [1, 3]),
])
def test_numbers_typed_at_which_one_are_never_glued_into_one(sqlite_url: str, language: str, message: str,
                                                            out: list[int]) -> None:
    sender = f"fix35b-ak4-glued-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_which_one(sender, language)
    before = _listed(sender)
    conversation.say(message)
    assert conversation.requested == "readback"  # done, and the list again: never item 13's choices
    assert list(_listed(sender).values()) == [t for n, t in before.items() if n not in out]
    # (stop 46, AZ16: removals alone are said as such, "OK, I've taken that out.", no longer "I've changed that")
    assert messages.text("readback_removed", language) in conversation.text


@pytest.mark.parametrize("language, message, number", [
    ("en", "the third one", 3),
    ("en", "the first", 1),
    ("cy", "yr un cyntaf", 1),
    ("cy", "yr ail un", 2),
    ("cy", "rhif 3 plis", 3),
    ("en", "number 12 please", 12),
])
def test_one_item_named_in_words_is_chosen(sqlite_url: str, language: str, message: str, number: int) -> None:
    sender = f"fix35b-ak4-one-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_which_one(sender, language)
    conversation.say(message)
    assert conversation.requested == "readback_action"
    assert f"“{_listed(sender)[number]}”" in conversation.text


@pytest.mark.parametrize("language, register, message, named", [
    ("en", "chi", "No, not that one! Number 1 and number 3.", [1, 3]),  # the trial's words
    ("en", "ti", "the first and the third", [1, 3]),
    ("cy", "chi", "Na, dim hwnna! Rhif 1 a rhif 3.", [1, 3]),
    ("cy", "ti", "rhif 1 a 3", [1, 3]),
])
def test_several_named_at_an_item_are_explained_in_words(sqlite_url: str, language: str, register: str, message: str,
                                                         named: list[int]) -> None:
    sender = f"fix35b-ak4-several-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_item(sender, language, 13 if language == "en" else 12, register)
    before = _listed(sender)
    conversation.say(message)
    said = conversation.text
    number = messages.text("readback_number", language, number="1")
    assert messages.text("readback_several_named", language, register, numbers=f"{number} "
                         f"{messages.text('readback_number_and', language)} "
                         f"{messages.text('readback_number', language, number='3')}",
                         example=f"1 {messages.text('readback_number_and', language)} 3") in said
    assert messages.text("readback_action_unclear", language, register) not in said
    assert conversation.requested == "readback_item"  # out of item 13: "which one?" again
    assert _listed(sender) == before


@pytest.mark.parametrize("language, message", [
    ("en", "back"), ("en", "go back"), ("en", "no, not that one"), ("en", "wrong one"),
    ("cy", "nôl"), ("cy", "yn ôl"), ("cy", "na, dim hwnna"), ("cy", "dim yr un yna"),
])
def test_back_or_not_that_one_always_gets_out_of_an_item(sqlite_url: str, language: str, message: str) -> None:
    sender = f"fix35b-ak4-back-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_item(sender, language, 2)
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_left_as_is", language) in conversation.text
    assert messages.text("readback_action_unclear", language) not in conversation.text
    assert conversation.requested == "readback"
    assert _listed(sender) == before


@pytest.mark.parametrize("language, register, message", [
    ("en", "chi", "hmm I'm not sure about that bit"),
    ("cy", "chi", "hmm dw i ddim yn siŵr am hwnna"),
    ("cy", "ti", "ym, dwn i ddim"),
])
def test_a_typed_reply_an_item_cannot_place_is_told_what_to_type(sqlite_url: str, language: str, register: str,
                                                                 message: str) -> None:
    sender = f"fix35b-ak4-unclear-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_item(sender, language, 2, register)
    conversation.say(message)
    said = conversation.text
    assert messages.text("readback_action_unclear", language, register) in said
    assert ("back" if language == "en" else "nôl") in messages.text("readback_action_unclear", language, register)
    assert conversation.requested == "readback_action"
    conversation.say("back" if language == "en" else "nôl")  # the way out it names works
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language, words", [("en", "take it out"), ("cy", "tynnu allan")])
def test_the_words_the_hint_names_do_what_it_says(sqlite_url: str, language: str, words: str) -> None:
    sender = f"fix35b-ak4-hint-{language}"
    conversation = _at_item(sender, language, 2)
    before = _listed(sender)
    conversation.say(words)
    assert f'"{words}"' in messages.text("readback_action_unclear", language)
    assert list(_listed(sender).values()) == [t for n, t in before.items() if n != 2]
