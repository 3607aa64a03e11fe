"""Stop-20 acceptance trial, [start] findings: a stop or a fresh start asked for in a sentence (T2, T18), and a
bare age after "fi," (T33).

T2: "sori gorfod mynd ma Cai yn llefen. alla i neud y gweddill wedyn?" and "na aros. fi moyn stopio am nawr" were
kept as a 14-year-old's worries and important people, and two questions were lost; only the bare word "stop"
paused. T18: "hang on, I've made a mess of this, can we start again" was kept as the answer. T33: "fi, 17" was
read as an adult ("chi", adult helplines after a disclosure) while "me, 17" was young.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.controls import control_of
from bot.conversation import steering
from bot.conversation.about_you import role_from_text
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_about_assistant import _at_question
from tests.conversation.test_start_never_loops import _at_role

STOPS = {"cy": ["sori gorfod mynd ma Cai yn llefen. alla i neud y gweddill wedyn?", "na aros. fi moyn stopio am nawr",
                "ga i stopio am rwan plis", "rhaid fi fynd, sori"],
         "en": ["gotta go, can I finish this later?", "brb", "sorry have to go now", "can we stop for now"]}
STARTS = {"cy": ["aros, dwi 'di gwneud llanast o hyn, gawn ni ddechrau eto", "ga i ddechrau o'r dechrau plis"],
          "en": ["hang on, I've made a mess of this, can we start again", "can I start over please"]}
ANSWERS = ["I can't stop worrying about money", "I want to stop smoking", "Dwi isio stopio bod yn faich ar y mab",
           "I have to go to the hospital on Tuesdays", "gorfod mynd i'r ysbyty bob wythnos",
           "dwisio dechra eto yn coleg mis medi", "I'd like to start again with the darts team",
           "Dwi isio dechrau eto yn rhywle newydd", "we have to go and see her every day",
           "I need to go back to work", "rhaid fi fynd nol i'r gwaith", "mam wants to stop the carers coming",
           "I want to start again somewhere new, near the sea", "I'd like to start again"]


def _sender(*parts: object) -> str:
    return "mem-trial20-start-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("text", [t for texts in STOPS.values() for t in texts])
def test_a_stop_in_a_sentence_is_a_stop(text: str) -> None:
    assert control_of(text) == ("stop", None)


@pytest.mark.parametrize("text", [t for texts in STARTS.values() for t in texts])
def test_a_fresh_start_in_a_sentence_is_a_fresh_start(text: str) -> None:
    assert control_of(text) == ("start_again", None)


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_that_say_stop_go_or_start_again_are_answers(text: str) -> None:
    assert control_of(text) is None


@pytest.mark.parametrize("language,text", [("cy", STOPS["cy"][0]), ("en", STOPS["en"][0])])
def test_stopping_mid_form_keeps_nothing_as_an_answer(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("stop", language, text)
    dialogue = _at_question(sender, language, "q_worries")
    dialogue.conversation.slots["requested_slot"] = "q_worries"
    turn = MemoryTurn(dialogue.conversation, text, control_of(text)[0])  # type: ignore[index]
    steering.stop(turn)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.status == "stopped"
        assert text not in [a.text for a in conv.answers]


@pytest.mark.parametrize("language,text", [("cy", "fi, 17"), ("en", "me, 17"), ("cy", "fi 16"), ("en", "me 16")])
def test_a_bare_age_after_me_is_a_young_person(sqlite_url: str, language: str, text: str) -> None:
    assert role_from_text(text) == "young_person"
    dialogue = _at_role(_sender("age", language, text), language)
    dialogue.say(text)
    assert dialogue.slots["role"] == "young_person" and dialogue.slots["register"] == "ti"


@pytest.mark.parametrize("text", ["Fi, Sioned, 24", "fi a mam, 50", "me and my wife, 70"])
def test_an_adult_age_is_no_young_person(text: str) -> None:
    assert role_from_text(text) != "young_person"


@pytest.mark.parametrize("language,role_answer,name,cared_for,relation", [
    ("en", "I look after my husband Dave, he has dementia", "Linda", "Dave", "my husband"),
    ("en", "It's me, I'm filling this in for my dad Alan, he's got Parkinson's and he's 81", "Gareth", "Alan", "my dad"),
    ("cy", "dwi'n gofalu am fy ngŵr Dafydd, mae ganddo fo ddementia", "Linda", "Dafydd", "fy ngŵr"),
])
def test_the_person_cared_for_named_in_who_is_talking(sqlite_url: str, language: str, role_answer: str, name: str,
                                                      cared_for: str, relation: str) -> None:
    """Stop-20 trial T34 / T10: 'my husband Dave' was ignored, 'Dave, I said' asked for, and then his dog sentence
    taken as the relationship. Named with who they are, neither question is asked."""
    sender = _sender("kin", language, role_answer)
    dialogue = _at_role(sender, language)
    dialogue.say(role_answer)
    assert dialogue.slots["role"] == "carer"
    said = dialogue.say(name)
    assert cared_for in said and dialogue.asking == "q_what_matters"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert (conv.cared_for_name, conv.relationship_to_person) == (cared_for, relation)
        assert role_answer in [a.text for a in conv.answers]  # kept as written, as before


@pytest.mark.parametrize("language,role_answer", [("en", "I look after my husband, He is 80"),
                                                  ("cy", "dwi'n edrych ar ol mam")])
def test_no_name_given_the_questions_are_asked(sqlite_url: str, language: str, role_answer: str) -> None:
    dialogue = _at_role(_sender("kin-none", language, role_answer), language)
    dialogue.say(role_answer)
    dialogue.say("Linda")
    assert dialogue.asking == "cared_for_name"
