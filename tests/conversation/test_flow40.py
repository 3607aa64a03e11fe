"""Seventeenth trial (stop 39) AT7, AT9, AT10, AT11, fixed at stop 40 (issue 11: no derailed conversation).

AT7: meaning questions asked back ("what do you mean with help? I manage") and "can we go back to who is important"
were kept as answers. AT9: a young person's burst ("I want a job" / "with trains") was filed at the next question, and
"yes" to "what is going well?" was the answer. AT10: "sai'n gallu neud hyn nawr, ma hi'n galw fi. nôl wedyn" was no
break. AT11: "Gwyn odw i" was his name "Gwyn odw i"; "mam Gethin dw i, Llinos" missed Llinos. Each has a twin that must
stay what it was.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import question_named
from bot.analysis.controls import control_of
from bot.storage import repository
from tests.conversation.memory import skipped_to, stored_outcomes
from tests.conversation.test_colloquial import Dialogue, at_role


def _sender(*parts: object) -> str:
    return "mem-flow40-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# --- AT7: meaning questions asked back --------------------------------------------------------------------------------

@pytest.mark.parametrize("language, role, slot, text", [
    ("cy", "person", "q_keep", "Beth chi'n meddwl wrth 'cadw'? fel y clwb?"),  # the trial's words
    ("en", "person", "q_support", "what do you mean with help? I manage"),  # the trial's words
    ("en", "person", "q_change", "Sorry, what's the difference between this one and the last one? Ydy hyn yr un peth?"),
    ("cy", "young_person", "q_support", "be ti'n feddwl efo 'cefnogaeth'?"),  # north, "ti"
    ("cy", "person", "q_change", "be di'r gwahaniaeth rhwng hwn a'r un dwetha?"),
])
def test_a_meaning_asked_back_is_explained_and_the_question_comes_again(sqlite_url: str, language: str, role: str,
                                                                        slot: str, text: str) -> None:
    conversation = skipped_to(_sender("at7", text), language, role, slot)
    conversation.say(text)
    assert conversation.requested == slot  # the same question again
    assert text not in repository.answer_texts(conversation.sender_id, only=slot[2:])
    assert stored_outcomes(conversation) == []
    register = "ti" if role == "young_person" else "chi"
    explained = (messages.text("plain_" + slot, language, register) in conversation.text
                 or "“" in conversation.text)  # the question put plainly, or the word's meaning quoted
    assert explained


@pytest.mark.parametrize("language, text", [("en", "I manage fine, I don't want help"), ("en", "I manage"),
                                            ("cy", "Dw i'n ymdopi'n iawn, sdim angen help arna i")])
def test_the_twin_is_still_an_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("at7-twin", text), language, "person", "q_support")
    conversation.say(text)
    assert text in repository.answer_texts(conversation.sender_id, only="support")


@pytest.mark.parametrize("text, slot", [
    ("can we go back to who is important", "q_people"),  # the trial's words
    ("ga i fynd nôl at pwy sy'n bwysig?", "q_people"),  # the trial's words
    ("ga i newid be ddudis i am y pethau sy'n mynd yn dda?", "q_strengths"),
    ("can I change what I said about my worries?", "q_worries"),
])
def test_going_back_names_the_question(text: str, slot: str) -> None:
    assert question_named(text) == slot


@pytest.mark.parametrize("text", ["I want to go back to work", "I'd like to go back to keep fit",
                                  "dwi isio mynd nôl i'r côr", "can I change what I said about my friends?"])
def test_a_wish_to_go_back_names_no_question(text: str) -> None:
    assert question_named(text) is None


@pytest.mark.parametrize("language, text, answer", [
    ("en", "can we go back to who is important", "My sister Ann too"),
    ("cy", "ga i fynd nôl at pwy sy'n bwysig?", "Fy chwaer Ann hefyd"),
])
def test_going_back_asks_that_question_then_the_one_waiting(sqlite_url: str, language: str, text: str,
                                                             answer: str) -> None:
    conversation = skipped_to(_sender("at7-back", text), language, "person", "q_communication")
    conversation.say(text)
    assert conversation.requested == "q_people"
    assert messages.text("go_back_to_question", language, "chi") in conversation.text
    assert text not in repository.answer_texts(conversation.sender_id, only="communication")
    assert not [o for o, _ in stored_outcomes(conversation) if o == text]
    conversation.say(answer)
    assert answer in repository.answer_texts(conversation.sender_id, only="people")
    assert conversation.requested == "q_communication"  # then the question that was waiting


# --- AT9: bursts, and a bare yes to an open question ------------------------------------------------------------------

@pytest.mark.parametrize("language, first, pieces", [
    ("en", "I want a job", ["with trains"]),  # the trial's words
    ("en", "i like football", ["like", "with my mates"]),  # the trial's words
    ("cy", "dw i'n licio pêl-droed", ["efo fy ffrindia"]),
])
def test_a_piece_of_a_burst_joins_the_answer_before(sqlite_url: str, language: str, first: str,
                                                    pieces: list[str]) -> None:
    conversation = skipped_to(_sender("at9", first), language, "young_person", "q_change")
    conversation.say(first)
    waiting = conversation.requested
    for piece in pieces:
        conversation.say(piece)
        assert conversation.requested == waiting  # the question waiting is asked again, not answered by the piece
    assert repository.answer_texts(conversation.sender_id, only="change") == [first, *pieces]  # as typed
    assert [o for o, _ in stored_outcomes(conversation)] == [first]  # no outcome of the pieces alone


def test_said_of_someone_just_named_joins_that_answer(sqlite_url: str) -> None:
    conversation = skipped_to(_sender("at9-nan"), "en", "young_person", "q_people")
    conversation.say("my nan")
    conversation.say("shes old innit")  # the trial's words
    assert repository.answer_texts(conversation.sender_id, only="people") == ["my nan", "shes old innit"]
    assert conversation.requested == "q_communication"


@pytest.mark.parametrize("language, first, twin", [("en", "I want a job", "I want to see my dad more"),
                                                   ("cy", "dw i isio swydd", "dw i isio gweld dad yn amlach")])
def test_the_twin_with_a_verb_answers_the_next_question(sqlite_url: str, language: str, first: str, twin: str) -> None:
    conversation = skipped_to(_sender("at9-twin", first), language, "young_person", "q_change")
    conversation.say(first)
    conversation.say(twin)
    assert twin in repository.answer_texts(conversation.sender_id, only="support")


@pytest.mark.parametrize("language, yes, then", [("en", "yes", "my mum helps"), ("cy", "ia", "mam sy'n helpu")])
def test_a_bare_yes_to_an_open_question_is_asked_for_more_once(sqlite_url: str, language: str, yes: str,
                                                               then: str) -> None:
    conversation = skipped_to(_sender("at9-yes", yes), language, "young_person", "q_strengths")
    conversation.say(yes)
    assert messages.text("yes_tell_more", language, "ti") in conversation.text
    assert conversation.requested == "q_strengths"
    conversation.say(then)
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [then]
    twice = skipped_to(_sender("at9-yes-twice", yes), language, "young_person", "q_strengths")
    twice.say(yes)
    twice.say(yes)  # never asked a third time: kept as said
    assert twice.requested == "q_keep"


# --- AT10: a break ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "sai'n gallu neud hyn nawr, ma hi'n galw fi. nôl wedyn",  # the trial's words (south)
    "fedra i ddim rŵan, ma hi'n galw fi. yn ôl wedyn",  # north
    "rhaid mi fynd, mae hi'n galw. nôl wedyn",
    "got to go, she's calling, back later",
])
def test_leaving_for_now_with_why_is_a_break(text: str) -> None:
    assert control_of(text) == ("stop", None)


@pytest.mark.parametrize("text", ["dw i isio mynd nôl wedyn", "Mae hi'n dod nôl wedyn i'r tŷ",
                                  "rhaid mi fynd i'r siop bob dydd", "she calls back later most days"])
def test_the_twin_is_no_break(text: str) -> None:
    assert control_of(text) is None


# --- AT11: names ------------------------------------------------------------------------------------------------------

def test_a_south_welsh_name_in_the_first_message_is_used(sqlite_url: str) -> None:
    dialogue = Dialogue(_sender("at11-gwyn"))
    dialogue.say("Gwyn odw i")  # the trial's words, as the very first message
    dialogue.say("", intent="choose_language", chosen=["cy"])
    dialogue.say("ia")
    dialogue.say("Fi")
    assert dialogue.slots.get("name") == "Gwyn"
    assert dialogue.asking != "name"


@pytest.mark.parametrize("language, text", [("cy", "Gwyn odw i"), ("cy", "Gwyn dw i"), ("en", "I'm Gwyn")])
def test_a_name_at_the_name_question(sqlite_url: str, language: str, text: str) -> None:
    dialogue = at_role(_sender("at11-name", text), language)
    dialogue.say("Fi" if language == "cy" else "Me")
    dialogue.say(text)
    assert dialogue.slots.get("name") == "Gwyn"


@pytest.mark.parametrize("language, text", [("cy", "mam Gethin dw i, Llinos"),  # the trial's words
                                            ("en", "I'm Gethin's mum, Llinos")])
def test_whose_mother_and_her_own_name(sqlite_url: str, language: str, text: str) -> None:
    dialogue = at_role(_sender("at11-llinos", text), language)
    dialogue.say(text)
    assert dialogue.slots.get("name") == "Llinos"
    assert dialogue.slots.get("cared_for_name") == "Gethin"
    assert dialogue.asking not in ("name", "cared_for_name")


@pytest.mark.parametrize("language, text", [("cy", "mam Gethin dw i"), ("en", "I'm Gethin's mum")])
def test_the_twin_without_her_name_asks_it(sqlite_url: str, language: str, text: str) -> None:
    dialogue = at_role(_sender("at11-twin", text), language)
    dialogue.say(text)
    assert dialogue.slots.get("cared_for_name") == "Gethin" and not dialogue.slots.get("name")
    assert dialogue.asking == "name"
