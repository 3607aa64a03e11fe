"""Derailments, stop 31 (issue 11): what the twins' tuning halves (dev_fresh5, dev_fresh6) showed, by family.

- A young carer who says "me, I help mum" at "who is talking?" and his age with his name ("fi, wi'n helpu mam", then
  "Kieran, 17", dev_fresh6 533) was asked whom he looks after, how they are connected and the adult carer's own
  questions: four questions his conversation never meant to answer. A young carer is a young person here (stops 19-24:
  said at "who is talking?" with an age, he always was), so an age under 18 with his own name makes him one: his own
  questions, in "ti", and the summary says in his words that he is a young carer. An adult's age changes nothing, and
  nor does a name answer that speaks of whom they look after too ("Osian dwi, 17, mab Mam lol. Mam di Delyth", fresh6
  511, whose writer went on to answer the carer's own questions).
- "One more thing." opening the answer to "is there anything else?" (dev_fresh5 469: "One more thing. When my time
  comes I wish to die here, in my own bed…") was kept as an addition to an earlier answer and "anything else?" asked
  again: a question asked twice. There it is the answer; at any other question it still adds to an earlier one, and a
  correction ("sorry I meant Tuesday not Monday") still puts right what it corrects everywhere.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.conversation import answers
from bot.conversation.answers import ADDED_LATER_KEY
from bot.summary.record import load_record
from bot.summary.view import build_view, label
from tests.conversation.test_disclosure_resume import _answers, _conversation, _skip_to
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
    # their age, and whom they look after too (fresh6 511): answered as a carer, and the carer's questions follow
    ("cy", "dwi'n helpu mam, ma gynni hi MS", "Osian dwi, 17, mab Mam lol. Mam di Delyth"),
    ("en", "i help my mum, she has MS", "Josh, 16, my mum is Karen"),
]


@pytest.mark.parametrize("language, who, typed", ADULT_CARERS)
def test_an_adult_carer_or_no_age_stays_a_carer(sqlite_url: str, language: str, who: str, typed: str) -> None:
    dialogue = _at_role(_sender("derail31-adult-carer", language, who, typed), language)
    dialogue.say(who)
    dialogue.say(typed)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["register"] == "chi"
    assert dialogue.asking in ("cared_for_name", "relationship", "q_what_matters")
    assert "q_carer_own" in answers.required_slots(dialogue.slots.get)


# --- "one more thing" at "is there anything else?" -----------------------------------------------------------------

ONE_MORE_THING = {
    "en": "One more thing. When my time comes I would like to stay here, in my own bed, as Beryl did. I have told Ruth "
          "and I would like it written down somewhere official.",
    "cy": "Un peth arall. Dw i isio i rywun ddod â'r papur newydd i fi bob bore Sadwrn, fel oedd Beryl yn neud. Dw i "
          "wedi deud wrth Ruth.",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_one_more_thing_answers_anything_else(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_anything_else")
    conversation.say(ONE_MORE_THING[language])
    assert conversation.requested == "readback"  # never "anything else?" again
    assert conversation.asked.count("q_anything_else") == 1
    stored = [(key, words) for key, words, _ in _answers(conversation.sender_id)]
    assert ("anything_else", ONE_MORE_THING[language]) in stored
    assert (ADDED_LATER_KEY, ONE_MORE_THING[language]) not in stored


@pytest.mark.parametrize("language", ["en", "cy"])
def test_one_more_thing_elsewhere_still_adds_to_an_earlier_answer(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_people")
    conversation.say(ONE_MORE_THING[language])
    assert conversation.requested == "q_people"
    assert (ADDED_LATER_KEY, ONE_MORE_THING[language]) in [(k, w) for k, w, _ in _answers(conversation.sender_id)]


#: A day put right at "anything else?", after the visit time was answered with a day.
PUT_RIGHT = {"en": ("Monday afternoon", "sorry I meant Tuesday not Monday"),
             "cy": ("dydd Llun yn y pnawn", "sori, dydd Mawrth dim dydd Llun")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_correction_at_anything_else_still_puts_right(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_visit_time")
    day, correction = PUT_RIGHT[language]
    conversation.say(day)
    while conversation.requested != "q_anything_else":
        conversation.say("/skip", intent="skip")
    conversation.say(correction)
    assert conversation.requested == "q_anything_else"  # still waiting for its own answer
    assert ("anything_else", correction) not in [(k, w) for k, w, _ in _answers(conversation.sender_id)]
