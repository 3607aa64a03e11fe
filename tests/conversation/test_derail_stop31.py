"""Derailments, stop 31 (issue 11): what the second twin's tuning half (dev_fresh6) showed, by family.

- A young carer who says "me, I help mum" at "who is talking?" and his age with his name ("fi, wi'n helpu mam", then
  "Kieran, 17", dev_fresh6 533) was asked whom he looks after, how they are connected and the adult carer's own
  questions: four questions his conversation never meant to answer. A young carer is a young person here (stops 19-24:
  said at "who is talking?" with an age, he always was), so an age under 18 with his own name makes him one: his own
  questions, in "ti", and the summary says in his words that he is a young carer. An adult's age changes nothing.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.summary.record import load_record
from bot.summary.view import build_view, label
from tests.conversation.test_start_never_loops import _at_role, _sender

# --- a young carer's age said with his name ----------------------------------------------------------------------

#: (language, the answer to "who is talking?", the answer to "what name shall I use?", the name used)
YOUNG_CARERS = [
    ("cy", "fi, wi'n helpu mam", "Kieran, 17", "Kieran"),
    ("en", "me, i help my mum", "Kieran, 17", "Kieran"),
    ("cy", "dwi'n edrych ar ol nain", "Megan, dwi'n 15", "Megan"),
    ("en", "I look after my dad", "jac 15", "jac"),
    ("cy", "fi sy'n gofalu am dad", "Cerys (16)", "Cerys"),
    ("en", "i care for my little brother", "Liam - 14 yrs", "Liam"),
]

#: The first question put to a young person, in "ti".
FIRST_QUESTION_TI = {"cy": "Beth sy'n bwysig i ti", "en": "What matters most to you"}


@pytest.mark.parametrize("language, who, typed, name", YOUNG_CARERS)
def test_a_young_carers_age_with_his_name_makes_him_a_young_person(sqlite_url: str, language: str, who: str,
                                                                   typed: str, name: str) -> None:
    sender = _sender("derail31-young-carer", language, who, typed)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert dialogue.slots["role"] == "carer" and dialogue.asking == "name"
    reply = dialogue.say(typed)
    assert dialogue.slots["name"] == name
    assert dialogue.slots["role"] == dialogue.slots["completed_by"] == "young_person"
    assert dialogue.slots["register"] == "ti"
    assert dialogue.asking == "q_what_matters" and FIRST_QUESTION_TI[language] in reply
    assert "cared_for_name" not in dialogue.conversation.asked and "relationship" not in dialogue.conversation.asked
    # The summary says he is a young carer, in his own words said at "who is talking?".
    record = load_record(sender)
    assert record is not None and record["completed_by"] == "young_person"
    said = next(a for a in record["answers"] if a["question_key"] == "role")
    assert said["text"] == who and record["young_carer_answer_id"] == said["id"]
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        facts = {f.key: f for f in about.facts}
        assert facts["completed_by"].value == label("completed_young_carer", interface)


#: (language, the answer to "who is talking?", the name answer): an adult carer, or no age at all.
ADULT_CARERS = [
    ("en", "I look after my mum", "Sian, 45"),
    ("cy", "dwi'n gofalu am fy ngŵr", "Mair, 67"),
    ("cy", "fi, wi'n helpu mam", "Kieran"),
    ("en", "me, i help my mum", "Kieran"),
]


@pytest.mark.parametrize("language, who, typed", ADULT_CARERS)
def test_an_adult_carer_or_no_age_stays_a_carer(sqlite_url: str, language: str, who: str, typed: str) -> None:
    dialogue = _at_role(_sender("derail31-adult-carer", language, who, typed), language)
    dialogue.say(who)
    dialogue.say(typed)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["register"] == "chi"
    assert dialogue.asking == "cared_for_name"

