"""Tenth user trial (stop 32) AE12, through the conversation core, SQLite and the summary, the trial's words (fictional
people) with twins in the other language:

- "Na dim byd. Wel, pwy fydd yn darllen hwn? Dim y banc na dim byd fel'na?": the question that goes on with a
  question to us was a process outcome (the eighth trial's rule reads only a question opening with "what", "beth"...).
- Lists of things to keep: d1's was split, d3's ("..., a'r ci, Mot.") and d6's ("... ei drefn bore fo (mae o angen yr
  un drefn...), a'i ystafell fo fel mae hi") stayed one outcome each. One rule for all three: each thing of three words
  or more its own outcome, a shorter one joined to its neighbour (no fragments), a name after the last thing and an
  aside in brackets part of their thing; "Moyn cadw:" is a heading, no part of the first thing.
- "Any morning but not Wednesday, that's Sian's day. Actually make it Wednesday, then Sian can be there.": both were
  outcomes; the change of mind is one outcome, the last wish only (re-trial 32 AE12).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, started_with_record


def _sender(*parts: object) -> str:
    return "mem-f32c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in sorted(conv.outcomes, key=lambda o: o.id) if not o.removed] if conv else []


def _at(sender_id: str, language: str, slot: str, role: str = "person") -> MemoryConversation:
    conversation = started_with_record(sender_id, language, role=role, name="Dei")
    if role == "carer":
        repository.update_conversation(sender_id, cared_for_name="Eirlys")
        conversation.slots.update({"cared_for_name": "Eirlys", "relationship": "Mam"})
        conversation._ask_next()
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    return conversation


# a question going on with a question to us ----------------------------------------------------------------------------

ASKED = {
    "cy": "Na dim byd. Wel, pwy fydd yn darllen hwn? Dim y banc na dim byd fel'na?",  # the trial's words (d3)
    "en": "No nothing. Well, who's going to read this? Not the bank or anything like that?",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_question_going_on_with_a_question_to_us_is_no_outcome(sqlite_url: str, language: str) -> None:
    conversation = _at(_sender("ae12-q", language), language, "q_anything_else")
    conversation.say(ASKED[language])
    assert _outcomes(conversation.sender_id) == []
    record = load_record(conversation.sender_id)
    assert record is not None
    for interface in ("cy", "en"):
        items = build_view(record, interface).section("what_matters")
        assert items is None or not [i for i in items.items if i.source == "outcome"]


@pytest.mark.parametrize("words, kept", [
    ("Pwy sy'n darllen hwn? Ella rhywun i eistedd efo fo ar nos Wener?", "Ella rhywun i eistedd efo fo ar nos Wener?"),
    ("Who reads this? Maybe a sitter on Friday nights?", "Maybe a sitter on Friday nights?"),
    ("Who reads this? Could someone ring me first?", "Could someone ring me first?"),
])
def test_a_wish_put_as_a_question_after_one_to_us_stays(words: str, kept: str) -> None:
    assert kept in [o.text for o in analyse(words, question="process").outcomes]


# lists of things to keep ----------------------------------------------------------------------------------------------

#: The three answers of the trial (d1 a carer in the south, d3 a man in the north, d6 a mother in the north), and twins.
LISTS = {
    "d1": ("cy", "carer", "Moyn cadw: y capel, y cinio dydd Sul gyda ni gyd, ei chath hi Smwt, ei gardd fach hi, mynd "
                          "i'r siop trin gwallt ar ddydd Iau, a'r bws i'r dre gyda'i ffrind Mair.",
           ["y capel, y cinio dydd Sul gyda ni gyd", "ei chath hi Smwt", "ei gardd fach hi",
            "mynd i'r siop trin gwallt ar ddydd Iau", "bws i'r dre gyda'i ffrind Mair."]),
    "d1_en": ("en", "carer", "Wants to keep: chapel, Sunday dinner with all of us, her cat Smwt, her little garden, the "
                             "hairdresser on Thursdays, and the bus to town with her friend Mair.",
              ["chapel, Sunday dinner with all of us", "her cat Smwt", "her little garden",
               "the hairdresser on Thursdays", "the bus to town with her friend Mair."]),
    "d3": ("cy", "person", "Y peint nos Wener, y clinic, fy nghadair fy hun yn y ffenest, a'r ci, Mot.",
           ["Y peint nos Wener, y clinic", "fy nghadair fy hun yn y ffenest, a'r ci, Mot."]),
    "d3_en": ("en", "person", "The pint on a Friday, the clinic, my own chair in the window, and the dog, Mot.",
              ["The pint on a Friday, the clinic", "my own chair in the window, and the dog, Mot."]),
    "d6": ("cy", "carer", "Cadw'r ganolfan ddydd, y nofio ar ddydd Sadwrn efo'i dad, ei drefn bore fo (mae o angen yr "
                          "un drefn bob dydd neu mae o'n cynhyrfu), a'i ystafell fo fel mae hi",
           ["Cadw'r ganolfan ddydd", "y nofio ar ddydd Sadwrn efo'i dad",
            "ei drefn bore fo (mae o angen yr un drefn bob dydd neu mae o'n cynhyrfu)", "ystafell fo fel mae hi"]),
    "d6_en": ("en", "carer", "Keep the day centre, swimming on Saturday with his dad, his morning routine (he needs the "
                             "same routine every day or he gets upset), and his room as it is",
              ["Keep the day centre", "swimming on Saturday with his dad",
               "his morning routine (he needs the same routine every day or he gets upset)", "his room as it is"]),
}


@pytest.mark.parametrize("case", list(LISTS))
def test_every_list_of_things_to_keep_is_split_the_same_way(sqlite_url: str, case: str) -> None:
    language, role, words, things = LISTS[case]
    conversation = _at(_sender("ae12-list", case), language, "q_keep", role=role)
    conversation.say(words)
    assert _outcomes(conversation.sender_id) == things


# a change of mind -----------------------------------------------------------------------------------------------------

MIND = {
    "en": ("Any morning but not Wednesday, that's Sian's day. Actually make it Wednesday, then Sian can be there. Yes "
           "Wednesday.", "Actually make it Wednesday, then Sian can be there."),  # the trial's words (d5)
    "cy": ("Unrhyw fore ond dim dydd Mercher, diwrnod Sian ydi hwnnw. A dweud y gwir, dewch ar ddydd Mercher, wedyn "
           "geith Sian fod yna.", "dewch ar ddydd Mercher, wedyn geith Sian fod yna."),
    "cy_outright": ("Bore Llun os yn bosib. Ar ail feddwl, pnawn Llun sy orau, dwi'n araf yn y bore.",
                    "Ar ail feddwl, pnawn Llun sy orau, dwi'n araf yn y bore."),
}


@pytest.mark.parametrize("case", list(MIND))
def test_a_change_of_mind_keeps_the_last_wish_only(sqlite_url: str, case: str) -> None:
    """Re-trial 32 AE12: shown with what it took back, the outcome still held both wishes; the last one only."""
    words, kept = MIND[case]
    conversation = _at(_sender("ae12-mind", case), case[:2], "q_visit_time")
    conversation.say(words)
    assert _outcomes(conversation.sender_id) == [kept]


@pytest.mark.parametrize("words", [
    "I'd like someone on Tuesdays. Actually, I'd also like a cleaner.",  # "actually" adding, not taking back
    "Dwi isio rhywun ar ddydd Mawrth. A dweud y gwir, dwi isio help efo'r siopa hefyd.",
])
def test_actually_about_something_else_takes_nothing_back(words: str) -> None:
    assert len(analyse(words, question="process").outcomes) == 2
