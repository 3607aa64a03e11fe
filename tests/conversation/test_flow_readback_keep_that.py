"""A read-back correction without a number (stop-20 trial T12): "na, nid dyna be nes i ddeud am y capel, dwi isio
cadw hwnna" was kept as a comment and the same list shown again. The one item the reply names by its words is moved
to what they want to keep; "that's not what I said about…" alone chooses that item to put right."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import numbered_items
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_typed import _at_the_read_back

ITEMS = {"en": ("going to chapel on Sunday mornings", "a new front door"),
         "cy": ("mynd i'r capel bob bore Sul", "drws ffrynt newydd")}


def _at_read_back_with(sender: str, language: str) -> MemoryConversation:
    conversation = _at_the_read_back(sender, language, "person")
    for text in ITEMS[language]:
        conversation.say("add" if language == "en" else "ychwanegu")
        conversation.say(text)
    assert conversation.requested == "readback"
    return conversation


def _type_of(sender: str, words: str) -> str:
    return next(o.type for o in repository.outcomes_for_readback(sender) if words in o.text)


@pytest.mark.parametrize("language,message,words", [
    ("cy", "na, nid dyna be nes i ddeud am y capel, dwi isio cadw hwnna", "capel"),
    ("en", "no, that's not what I said about the chapel, I want to keep that", "chapel"),
    ("cy", "cadwch hwnna am y drws plis", "drws"),
    ("en", "the front door one, I'd like to keep that", "door"),
])
def test_the_item_named_is_kept(sqlite_url: str, language: str, message: str, words: str) -> None:
    sender = f"flow-rb-keep-{language}-{abs(hash(message)) % 10**8}"
    conversation = _at_read_back_with(sender, language)
    before = {o.id: o.type for o in repository.outcomes_for_readback(sender)}
    conversation.say(message)
    assert messages.text("readback_done", language) in conversation.text
    assert _type_of(sender, words) == "maintenance"
    # Only that item moved.
    assert all(o.type == before[o.id] for o in repository.outcomes_for_readback(sender) if words not in o.text)
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language,message,words", [
    ("cy", "na, nid dyna be nes i ddeud am y capel", "capel"),
    ("en", "that's not what I said about the chapel", "chapel"),
])
def test_not_what_i_said_chooses_that_item(sqlite_url: str, language: str, message: str, words: str) -> None:
    conversation = _at_read_back_with(f"flow-rb-notsaid-{language}", language)
    conversation.say(message)
    assert conversation.requested == "readback_action"
    assert words in conversation.text


@pytest.mark.parametrize("language,message,words", [
    ("cy", "wps rhif 1 ddim yn iawn, dwi isio aros efo nhw tan dwi'n 18 ac wedyn symud i fflat fy hun efo help",
     "dwi isio aros efo nhw tan dwi'n 18 ac wedyn symud i fflat fy hun efo help"),
    ("en", "oops number 1 is wrong, I want to stay with them till I'm 18 and then move to my own flat with help",
     "I want to stay with them till I'm 18 and then move to my own flat with help"),
])
def test_a_numbered_item_said_wrong_with_new_words_is_reworded(sqlite_url: str, language: str, message: str,
                                                               words: str) -> None:
    """Stop-21 trial U6: the reply was kept as a comment and the list shown unchanged."""
    sender = f"flow-rb-reword-{language}"
    conversation = _at_read_back_with(sender, language)
    first = dict(numbered_items(sender))[1].text
    conversation.say(message)
    assert messages.text("readback_done", language) in conversation.text
    texts = [o.text for o in repository.outcomes_for_readback(sender)]
    assert words in texts and first not in texts and len(texts) == 2
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language,text", [("en", "nothing else"), ("cy", "dim byd arall"),
                                           ("en", "no that's it thanks"), ("cy", "na, dim byd diolch")])
def test_nothing_at_the_add_prompt_adds_nothing(sqlite_url: str, language: str, text: str) -> None:
    """Stop-21 trial U37: "nothing else" at "What would you like to add?" became a Change outcome "nothing else"."""
    sender = f"flow-rb-nothing-{language}-{abs(hash(text)) % 10**8}"
    conversation = _at_read_back_with(sender, language)
    before = [o.text for o in repository.outcomes_for_readback(sender)]
    conversation.say("add" if language == "en" else "ychwanegu")
    conversation.say(text)
    assert messages.text("readback_nothing_added", language) in conversation.text
    assert [o.text for o in repository.outcomes_for_readback(sender)] == before
    assert conversation.requested == "readback"
