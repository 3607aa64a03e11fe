"""Stop 49 (views49, duplicates): one reader of "thanks and nothing else" (bot.analysis.thanks), in place of six that
had grown apart (readback._ONLY_THANKS and _THANKS_ONLY, outcomes._THANKS, replies.only_thanks and _THANKS,
answers._THANKS_OPENING). Its options are what the callers differ on: a "no" first, kind words alone, a goodbye. Both
languages, north and south, text-speak; look-alikes that ask or tell something are never only thanks.
"""
from __future__ import annotations

import pytest

from bot.analysis.thanks import only_thanks, opens_with_thanks, thanks_for_the_chat

PLAIN = ["diolch", "thanks!", "Diolch yn fawr x", "diolch o galon", "thank you love", "thank u so much", "ta",
         "cheers mate", "Diolch yn fawr iawn i chi", "thx xx", "diolch bach", "thanks again"]
ASKS_OR_TELLS = ["thanks, will someone ring me?", "thank you, she also likes her garden", "diolch, ond dwi isio help",
                 "ok", "bye", "thanks for nothing, I want a different worker", "diolch i Mam am y cinio"]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_thanks_is_only_thanks_with_every_option(text: str) -> None:
    assert only_thanks(text)
    assert only_thanks(text, after_no=True, kind_words=True)
    assert opens_with_thanks(text)


@pytest.mark.parametrize("text", ASKS_OR_TELLS)
def test_what_asks_or_tells_is_never_only_thanks(text: str) -> None:
    assert not only_thanks(text)
    assert not only_thanks(text, after_no=True, kind_words=True)
    assert not only_thanks(text, goodbye=True)


@pytest.mark.parametrize("text", ["no thank you", "No thank you love.", "dim byd arall, diolch", "na diolch",
                                  "nothing else thanks"])
def test_a_no_first_only_with_after_no(text: str) -> None:
    assert only_thanks(text, after_no=True)
    assert not only_thanks(text)


@pytest.mark.parametrize("text", ["you've been very kind", "Dych chi wedi bod yn help mawr", "ti'n star",
                                  "chi'n garedig iawn", "youve been really helpful"])
def test_kind_words_alone_only_with_kind_words(text: str) -> None:
    assert only_thanks(text, kind_words=True)
    assert not only_thanks(text)


@pytest.mark.parametrize("text", ["thanks so much for your help, bye x", "diolch am bopeth, hwyl", "cheers ta ra",
                                  "diolch yn fawr, hwyl fawr", "thank you, take care"])
def test_a_goodbye_only_with_goodbye(text: str) -> None:
    assert only_thanks(text, goodbye=True)
    assert not only_thanks(text)


def test_a_long_or_asking_goodbye_is_more_than_thanks() -> None:
    assert not only_thanks("thank you so much for all your help and for listening to me today and for your time "
                           "bye take care", goodbye=True)
    assert not only_thanks("diolch, hwyl?", goodbye=True)


@pytest.mark.parametrize("text, opens", [("Thank you, you've been very patient", True), ("Diolch, Huw.", True),
                                         ("Thanks. What is his name?", True), ("What is his name?", False),
                                         ("Tap a button", False), ("Dyna ni, diolch", False)])
def test_opens_with_thanks(text: str, opens: bool) -> None:
    assert opens_with_thanks(text) is opens


@pytest.mark.parametrize("text, thanked", [("thank you for listening, its been a long night", True),
                                           ("diolch am wrando", True), ("diolch yn fawr am bopeth", True),
                                           ("thanks for your time", True), ("thank you", False),
                                           ("diolch am y cinio", False)])
def test_thanks_for_the_chat(text: str, thanked: bool) -> None:
    assert thanks_for_the_chat(text) is thanked


@pytest.mark.parametrize("text", ["tax", "thanksx", "tab", "diolchgar"])
def test_a_word_that_starts_like_thanks_is_not_thanks(text: str) -> None:
    """review49 R49-16: "tax" read as "ta" and a kiss."""
    assert not only_thanks(text)
    assert not only_thanks(text, after_no=True)
