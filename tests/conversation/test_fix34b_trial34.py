"""Twelfth trial (stop 34, issue 11): the summary and the outcomes, through the conversation core, SQLite and the
summary, with the trial's own words and a twin in the other language.

AJ11: at the read-back "Take out 3 and 4 please - 4 is the GP's words not Mum's wish. And delete my mobile number
altogether (8), I don't want to be rung." got "I've changed that" and then "I haven't changed number 4"; item 4 stayed.
In Welsh "Tynnwch rif 3 a rhif 4 allan, os gwelwch yn dda. Cwestiwn oedd rhif 3, nid dymuniad." took out 3 only.
"""
from __future__ import annotations

import pytest

from bot import messages
from tests.conversation.test_readback_corrections_trial32 import _comments, _listed, _with_items

# AJ11: a list of numbers asked out together is taken out together -------------------------------------------------

TAKE_OUT_TOGETHER = [
    ("en", "Take out 3 and 4 please - 4 is the GP's words not Mum's wish. And delete my mobile number altogether (8), "
           "I don't want to be rung.", [3, 4, 8]),  # the trial's words
    ("cy", "Tynnwch rif 3 a rhif 4 allan, os gwelwch yn dda. Cwestiwn oedd rhif 3, nid dymuniad.", [3, 4]),  # the trial's
    ("cy", "Tynnwch rif 3 a 4 allan plis - geiriau'r meddyg ydi rhif 4, nid dymuniad Mam. A dilëwch rif 8 yn gyfan "
           "gwbl, dw i ddim isio cael fy ffonio.", [3, 4, 8]),  # the English message's twin
    ("en", "Please remove 3 and 4. Number 3 was a question, not a wish.", [3, 4]),  # the Welsh message's twin
]


@pytest.mark.parametrize("language, message, out", TAKE_OUT_TOGETHER)
def test_numbers_asked_out_together_all_go_and_the_replies_agree(sqlite_url: str, language: str, message: str,
                                                                 out: list[int]) -> None:
    sender = f"fix34b-aj11-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    conversation.say(message)
    assert list(_listed(sender).values()) == [t for n, t in before.items() if n not in out]
    said = conversation.text
    for number in out:  # never "I haven't changed number 4" beside "I've changed that"
        assert messages.text("readback_noted_not_changed", language,
                             numbers=messages.text("readback_number", language, number=str(number))) not in said
    assert messages.text("readback_removed", language) in said
    assert conversation.requested == "readback"
    assert _comments(sender) == []


@pytest.mark.parametrize("language, message", [
    ("en", "remove 1 and 2, he's been like it since he was 19"),  # stop 30: 19 is not on the list
    ("cy", "tynnwch 1 a 2, mae o fel 'na ers pan oedd o'n 19"),
])
def test_a_number_outside_the_list_still_takes_nothing_out(sqlite_url: str, language: str, message: str) -> None:
    sender = f"fix34b-aj11-outside-{language}"
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    conversation.say(message)
    assert _listed(sender) == before

