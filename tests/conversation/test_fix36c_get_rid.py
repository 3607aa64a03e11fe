"""Trial 36 AM15. At the read-back: "6 and 10 arent rly things i want lol, get rid." got "I haven't changed number 6
and number 10". "get rid (of)", "bin", "delete", "take off", "cael gwared ar", "dileu", "tynnu" with numbers take them
out, read by the read-back's one number reading. And "nan and kyle obvs" (an answer to who helps) typed at the visit
time was shown as the best time to visit: an answer there with no day or time is kept as said, apart.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label
from tests.conversation.memory import started_with_record
from tests.conversation.test_readback_corrections_trial32 import _listed, _with_items


@pytest.mark.parametrize("language, register, message, out", [
    ("en", "ti", "6 and 10 arent rly things i want lol, get rid.", [6, 10]),  # the trial's words
    ("en", "chi", "bin 3 and 5 please", [3, 5]),
    ("en", "chi", "get rid of number 2, it was a joke", [2]),
    ("en", "ti", "4 n 7 r wrong, just bin them", [4, 7]),
    ("cy", "ti", "dydi 6 a 10 ddim yn bethau dw i isio lol, cael gwared arnyn nhw.", [6, 10]),
    ("cy", "chi", "cael gwared ar 3 a 5 plis", [3, 5]),
    ("cy", "chi", "Rhif 2 - gwaredwch o, jôc oedd o", [2]),
])
def test_get_rid_with_numbers_takes_them_out(sqlite_url: str, language: str, register: str, message: str,
                                              out: list[int]) -> None:
    sender = f"fix36c-am15-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person", register)
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_removed", language, register) in conversation.text
    assert list(_listed(sender).values()) == [t for n, t in before.items() if n not in out]


@pytest.mark.parametrize("language, register, message, out", [
    ("en", "ti", "4 is basically the same as 3 lol, get rid", [4]),  # re-trial 36 AN1: 3 went too
    ("en", "chi", "take out 5 please, it's just like number 2", [5]),
    ("cy", "chi", "cael gwared ar 5 plis, ma fe'r un peth ag 2", [5]),  # AN1's words, with this list's numbers
    ("cy", "ti", "tynna 4 allan, run peth â 3 ydi o", [4]),
])
def test_a_number_named_only_as_what_another_is_like_stays(sqlite_url: str, language: str, register: str,
                                                           message: str, out: list[int]) -> None:
    """Re-trial 36 AN1: "cael gwared ar 10 plis, ma fe'r un peth ag 8" took out 8 ("Cymraeg, a fi yna gyda fe.") as
    well as 10: a number named as what the other is the same as is kept."""
    sender = f"stop36-an1-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person", register)
    before = _listed(sender)
    conversation.say(message)
    assert list(_listed(sender).values()) == [t for n, t in before.items() if n not in out]


@pytest.mark.parametrize("language, message", [
    ("en", "number 3 is about the bin men, thats right"),
    ("cy", "mae rhif 3 yn iawn, diwrnod bin ydi dydd Llun"),
])
def test_the_bin_in_an_items_own_words_takes_nothing_out(sqlite_url: str, language: str, message: str) -> None:
    sender = f"fix36c-am15-bin-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person")
    before = _listed(sender)
    conversation.say(message)
    assert _listed(sender) == before


@pytest.mark.parametrize("language,said,when", [
    ("en", "nan and kyle obvs", "after school, weekdays"),  # the trial's words, typed at the visit time
    ("cy", "nain a kyle wrth gwrs", "ar ôl ysgol, yn ystod yr wythnos"),
])
def test_a_visit_time_answer_with_no_time_is_kept_but_never_shown_as_the_time(sqlite_url: str, language: str,
                                                                               said: str, when: str) -> None:
    sender = f"fix36c-am15-visit-{language}"
    conversation = started_with_record(sender, language, role="young_person", name="Jay")
    while conversation.requested != "q_visit_time":
        conversation.say("/skip", intent="skip")
    conversation.say(said)
    record = load_record(sender)
    assert record is not None
    section = build_view(record, language).section("visit_time")
    assert section is not None
    groups = {g.key: g for g in section.groups}
    assert not groups["items"].items and [i.quote for i in groups["no_time"].items] == [said]
    assert label("read_as_no_time", language) in groups["no_time"].items[0].meta
    shown = {g.key: [i.quote for i in g.items] for g in build_view(_with_answer(sender, when), language)
             .section("visit_time").groups}  # type: ignore[union-attr]
    assert shown["items"] == [when]  # a time said is the time


def _with_answer(sender: str, text: str) -> dict:
    """The record with one more visit-time answer, as a later message would add it."""
    repository.record_answer(sender, question_key="visit_time", question_text="?", text=text, whose_view="young_person",
                             about="person", analysis=analyse(text))
    record = load_record(sender)
    assert record is not None
    return record
