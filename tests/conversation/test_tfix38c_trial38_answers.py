"""Trial 38 (stop 38), AR4 and AR8 through the real core with SQLite: the trial's messages as fixtures, with a twin in
the other language.

AR4: at "Beth hoffai Nansi ei newid?" the carer's "Dw i'n eisiau mwy o staff sy'n siarad Cymraeg." (a learner's "Dw i'n
eisiau") was filed among the carer's own outcomes: a carer asking for staff or help at a question about the person
asks it for the person. Help for the carer says so ("so I can sleep", "I need a break"), and stays the carer's.
AR8: at "Oes unrhyw beth yn eich poeni chi?", "O sori bach, o'n i'n ateb y cwestiwn anghywir. Ynglŷn â'r help -
llythyron yn Gymraeg plîs, dim galwade ffôn…" gave no outcome ("plîs" was not heard as "plis", and the answer said it
was about the help); at the read-back "Ble ma'r peth wedes i am y llythyron…?" added nothing and said nothing.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.answers import outcome_about
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record


def _sender(*parts: object) -> str:
    return "mem-tfix38c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, role, slot, *parts), language, role=role, name="Sarah")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _outcomes(conversation: MemoryConversation) -> list[tuple[str, str, str]]:
    """(words, type, about) of every outcome kept."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.type, o.about) for o in conv.outcomes if not o.removed]


# --- AR4 ----------------------------------------------------------------------------------------------------------------

MORE_STAFF = {
    "cy": ("Dw i'n eisiau mwy o staff sy'n siarad Cymraeg. Dim ond Elin sy'n siarad Cymraeg, a mae hi'n gweithio dau "
           "diwrnod.", "Dw i'n eisiau mwy o staff sy'n siarad Cymraeg."),
    "en": ("I want more staff who speak Welsh. Only Elin speaks Welsh to her, and she works two days.",
           "I want more staff who speak Welsh."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carers_wish_for_staff_at_the_persons_question_is_the_persons(sqlite_url: str, language: str) -> None:
    answer, wish = MORE_STAFF[language]
    conversation = _at(language, "carer", "q_change", "ar4")
    conversation.say(answer)
    found = {text: about for text, _type, about in _outcomes(conversation)}
    assert found.get(wish) == "person"


@pytest.mark.parametrize("words,about", [
    ("dwi isio rhywun i ddod yn y bore", "person"),
    ("I'd like someone who speaks Welsh", "person"),
    ("I want someone to sit with him so I can sleep", "carer"),  # help for the carer, said so
    ("I need a break", "carer"),
    ("dwi isio bod yna", "carer"),  # a thing the carer does
    ("I want more help for myself", "carer"),
])
def test_whose_a_carers_wish_is(sqlite_url: str, words: str, about: str) -> None:
    conversation = _at("en", "carer", "q_change", "ar4-whose", words)
    assert outcome_about(MemoryTurn(conversation, words), "q_change", words) == about


# --- AR8 ----------------------------------------------------------------------------------------------------------------

WRONG_QUESTION = {
    "cy": ("O sori bach, o'n i'n ateb y cwestiwn anghywir. Ynglŷn â'r help - llythyron yn Gymraeg plîs, dim galwade ffôn, "
           "wi'n drwm 'y nghlyw ar y ffôn.\nA rhywun sy'n siarad Cymraeg, wi'n lico siarad Cymraeg, 'na'n iaith gynta i.",
           "llythyron yn Gymraeg plîs"),
    "en": ("Oh sorry, I was answering the wrong question. About the help - letters in English please, no phone calls, "
           "I'm hard of hearing on the phone.\nAnd someone who speaks slowly, I like to take my time.",
           "letters in English please"),
}
WHERE_ARE_THE_LETTERS = {
    "cy": "Ble ma'r peth wedes i am y llythyron yn Gymraeg a gweithwr sy'n siarad Cymraeg? A'r capel? Smo fe 'ma.",
    "en": "Where's the bit I said about the letters in English? It's not there.",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_how_to_help_said_at_the_worries_question_is_a_process_outcome(sqlite_url: str, language: str) -> None:
    answer, words = WRONG_QUESTION[language]
    conversation = _at(language, "person", "q_worries", "ar8")
    conversation.say(answer)
    found = _outcomes(conversation)
    assert any(words in text and kind == "process" for text, kind, _about in found)
    assert len(found) == 2  # the letters, and someone who speaks their language (or slowly)


def test_a_worry_told_at_the_worries_question_is_still_no_outcome(sqlite_url: str) -> None:
    conversation = _at("en", "person", "q_worries", "ar8-worry")
    conversation.say("I worry about the stairs and about the bills.")
    assert _outcomes(conversation) == []


@pytest.mark.parametrize("language", ["cy", "en"])
def test_where_is_what_i_said_about_finds_it_on_the_list(sqlite_url: str, language: str) -> None:
    answer, _ = WRONG_QUESTION[language]
    conversation = _at(language, "person", "q_worries", "ar8-where")
    conversation.say(answer)
    while conversation.requested != "readback":
        assert conversation.requested is not None
        conversation.say("/skip", intent="skip")
    conversation.say(WHERE_ARE_THE_LETTERS[language])
    said = MemoryTurn(conversation, "").render("readback_it_is_there", number="1", item="").text
    assert said.split("1")[0] + "1" in conversation.text  # "It's number 1…": found, never a silent "noted"
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_where_is_what_i_said_about_something_not_listed_says_how_to_add_it(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "person", "q_anything_else", "ar8-missing")
    conversation.say("/skip", intent="skip")
    while conversation.requested != "readback":
        assert conversation.requested is not None
        conversation.say("/skip", intent="skip")
    conversation.say(WHERE_ARE_THE_LETTERS[language])
    how_to_add = MemoryTurn(conversation, "").render("readback_how_to_add").text
    assert how_to_add in conversation.text
