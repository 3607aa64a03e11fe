"""Eleventh user trial (stop 33) AG12, the summary part: a ~500-character voice-to-text answer with no full stop was
printed four times in the summary (the strengths answer, and whole as "learning Welsh", "what they said about
language" and "people named"), because with no full stop the whole answer was one "sentence". A long sentence with no
full stop is read by its clauses for every excerpt, so the answer is shown whole once. Through the conversation core,
SQLite and the summary's view; the trial's words (fictional people) and an English twin.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.summary import load_record
from bot.summary.record import people_named
from bot.summary.view import build_view
from tests.conversation.memory import started_with_record

LONG = {
    "cy": "wel dim llawer yn mynd yn dda to be honest mae gen i fibromyalgia ers 2019 a poen yn fy nghefn a fy "
          "nghoesau bob dydd my husband Dai helps with the shopping and the cooking on bad days and my daughter Ffion "
          "comes on Sundays dw i'n hoffi mynd i'r grŵp dysgu Cymraeg yn y llyfrgell ar ddydd Iau that's my favourite "
          "thing actually it gets me out of the house and I want to keep doing that ond weithiau dw i ddim yn gallu "
          "mynd achos y poen and the bus is hard with my stick",
    "en": "well not much is going well to be honest I've had fibromyalgia since 2019 and pain in my back and my legs "
          "every day my husband Dai helps with the shopping and the cooking on bad days and my daughter Ffion comes on "
          "Sundays I like going to the Welsh learners group at the library on a Thursday that's my favourite thing "
          "actually it gets me out of the house and I want to keep doing that but sometimes I can't go because of the "
          "pain and the bus is hard with my stick",
}


def _sender(*parts: object) -> str:
    return "mem-f33c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _shown(view: Any) -> list[str]:
    """Every quote and verbatim fact the view shows, in every section."""
    words: list[str] = []
    for section in view.sections:
        words += [f.value for f in section.facts]
        for group in section.groups:
            words += [i.quote for i in group.items]
            words += [f.value for i in group.items for f in i.follow_up]
    return words


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_long_answer_with_no_full_stop_is_shown_whole_once(sqlite_url: str, language: str) -> None:
    conversation = started_with_record(_sender("ag12", language), language, role="person", name="Mererid")
    conversation.say("Cael mynd i'r grŵp dysgu Cymraeg." if language == "cy" else "Getting to my Welsh class.")
    assert conversation.requested == "q_strengths"
    conversation.say(LONG[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    for interface in ("cy", "en"):
        shown = _shown(build_view(record, interface))
        assert shown.count(LONG[language]) == 1
        # what it names is still shown, in its own words, not the whole answer again
        assert any("Dai helps with the shopping" in w and w != LONG[language] for w in shown)


@pytest.mark.parametrize("words, named", [
    (LONG["en"], "my legs every day my husband Dai helps with the shopping … my daughter Ffion comes on Sundays I like "
                 "going to the Welsh learners group at the library on"),
    ("my husband Dai helps with the shopping. he is good", "my husband Dai helps with the shopping."),  # short: as before
])
def test_people_named_in_a_long_breath(words: str, named: str) -> None:
    assert people_named(words) == named
