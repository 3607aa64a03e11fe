"""Putting the read-back right as people type it (stop 20, dev_flow).

"no, take out the bit about the dog" got "Sorry, I didn't catch that" and the list again, and so did "1" and
"remove" after it; "no thats not right" asked for a number, and "add" typed then was "not a number" until the
conversation gave up. An item named by its number or its words is chosen; another read-back choice typed
instead of a number is that choice.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import numbered_items
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_typed import _at_the_read_back


def _with_two_items(sender: str, language: str) -> MemoryConversation:
    conversation = _at_the_read_back(sender, language, "person")
    for text in (("my dog and my job at the cafe", "own flat") if language == "en"
                 else ("y ci a'r swydd yn y caffi", "fflat fy hun")):
        conversation.say("add")
        conversation.say(text)
    assert conversation.requested == "readback"
    return conversation


def _texts(sender: str) -> list[str]:
    return [o.text for o in repository.outcomes_for_readback(sender)]


@pytest.mark.parametrize("language,message,words", [
    ("en", "no, take out the bit about the dog", "dog"),
    ("cy", "na, tynnwch y darn am y ci allan", "ci a'r swydd"),
    ("en", "the flat one is wrong", "flat"),
    ("cy", "mae'r fflat yn anghywir", "fflat"),
])
def test_an_item_named_by_its_words(sqlite_url: str, language: str, message: str, words: str) -> None:
    sender = f"flow-rb-words-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_two_items(sender, language)
    conversation.say(message)
    assert messages.text("readback_unclear", language) not in conversation.text
    assert conversation.requested == "readback_action"  # "What would you like to do with ...?"
    assert words in conversation.text
    conversation.say("remove" if language == "en" else "dileu")
    assert conversation.requested == "readback"
    assert not any(words in text for text in _texts(sender)) and len(_texts(sender)) == 1


@pytest.mark.parametrize("language,message", [("en", "1"), ("cy", "1"), ("en", "number 1"), ("cy", "rhif 1")])
def test_a_number_at_the_read_back_picks_that_item(sqlite_url: str, language: str, message: str) -> None:
    conversation = _with_two_items(f"flow-rb-number-{language}-{message}", language)
    conversation.say(message)
    assert conversation.requested == "readback_action"


@pytest.mark.parametrize("language,message", [("en", "no, take it out"), ("cy", "na, mae hynna'n anghywir"),
                                              ("en", "no thats not right")])
def test_put_right_without_saying_which_asks_the_number(sqlite_url: str, language: str, message: str) -> None:
    conversation = _with_two_items(f"flow-rb-which-{language}-{abs(hash(message)) % 10**8}", language)
    conversation.say(message)
    assert conversation.requested == "readback_item"
    assert messages.text("readback_item", language) in conversation.text


@pytest.mark.parametrize("language,no,add,added", [
    ("en", "no thats not right", "add", "i want to go to youth club on tuesday nights"),
    ("cy", "na, mae hynna'n anghywir", "ychwanegu", "dwi isio mynd i'r clwb ieuenctid ar nos Fawrth"),
])
def test_another_choice_typed_instead_of_a_number(sqlite_url: str, language: str, no: str, add: str,
                                                  added: str) -> None:
    sender = f"flow-rb-add-{language}"
    conversation = _with_two_items(sender, language)
    conversation.say(no)
    conversation.say(add)
    assert messages.text("readback_item_unclear", language) not in conversation.text
    assert conversation.requested == "readback_text"
    conversation.say(added)
    assert conversation.requested == "readback" and any(added in t or t in added for t in _texts(sender))


@pytest.mark.parametrize("language,message", [("en", "send it"), ("cy", "anfon")])
def test_send_typed_instead_of_a_number_sends_it(sqlite_url: str, language: str, message: str) -> None:
    conversation = _with_two_items(f"flow-rb-send-{language}", language)
    conversation.say("change something" if language == "en" else "newid rhywbeth")
    assert conversation.requested == "readback_item"
    conversation.say(message)
    assert conversation.slots["readback"] == "confirm"


def _types(sender: str) -> dict[str, str]:
    return {o.text: o.type for o in repository.outcomes_for_readback(sender)}


@pytest.mark.parametrize("language,message", [
    # Stop-20 trial T25: "take number 2 out" got "didn't catch that"; "move number 2 to change please, i didnt mean
    # keep that" and "symudwch rhif 1 i'r pethau i'w cadw plis, a tynnwch rhif 5 allan" got "kept for the worker".
    ("en", "move number 2 to keep please, i didnt mean change that and take number 1 out"),
    ("cy", "symudwch rhif 2 i'r pethau i'w cadw plis, a tynnwch rhif 1 allan"),
])
def test_numbered_instructions_are_done(sqlite_url: str, language: str, message: str) -> None:
    sender = f"flow-rb-told-{language}"
    conversation = _with_two_items(sender, language)
    listed = [o.text for _, o in numbered_items(sender)]
    conversation.say(message)
    assert messages.text("readback_done", language) in conversation.text
    assert conversation.requested == "readback"
    assert _types(sender) == {listed[1]: "maintenance"}  # item 1 taken out, item 2 moved to keep


@pytest.mark.parametrize("language,message", [("en", "take number 2 out"), ("cy", "tynnwch rhif 2 allan")])
def test_take_a_number_out(sqlite_url: str, language: str, message: str) -> None:
    sender = f"flow-rb-out-{language}"
    conversation = _with_two_items(sender, language)
    before = [o.text for o in repository.outcomes_for_readback(sender)]
    conversation.say(message)
    assert messages.text("readback_removed", language) in conversation.text  # (stop 46, AZ16: said as taken out)
    assert len(_texts(sender)) == len(before) - 1


@pytest.mark.parametrize("language,message,added", [
    # Stop-20 trial T21: "o aros, un peth arall. ..." was kept for the worker, not added, and the reply sent her to
    # "Newid rhywbeth".
    ("cy", "o aros, un peth arall. dwi'n cal trafferth cysgu, dwi'n effro tan 3am", "dwi'n cal trafferth cysgu"),
    ("en", "oh wait, one more thing. I can't sleep, I'm awake till 3am", "I can't sleep"),
])
def test_one_more_thing_after_wait_is_added(sqlite_url: str, language: str, message: str, added: str) -> None:
    sender = f"flow-rb-wait-{language}"
    conversation = _with_two_items(sender, language)
    conversation.say(message)
    assert messages.text("readback_added", language) in conversation.text
    assert any(added in text for text in _texts(sender))
