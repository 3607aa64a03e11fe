"""Stop-27 trial, the start of a conversation: X1, a yes with a caveat about time ("ie ma hwnna'n iawn, ond sai'n siwr
faint o amser sda fi") was read as a doubt, and consent was asked again; X2, a carer's "Mam yw hi, Glenys. Ma hi'n 78…"
or "Anna, my wife. She have a stroke in August…" named the person in a short first sentence, but the answer was long,
so the name question came again. Through the conversation core, Welsh and English; the words are fictional."""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.controls import consent_in, control_of
from bot.conversation.about_you import named_outright, own_relation_in
from tests.conversation.memory import MemoryConversation

YES_BUT_TIME = {"cy": "ie ma hwnna'n iawn, ond sai'n siwr faint o amser sda fi, ma Mam yn cysgu nawr",
                "en": "yes thats fine, but not sure how much time i have, mum is asleep now"}
NAMED_FIRST = {"cy": ("Mam yw hi, Glenys. Ma hi'n 78 a ma hi'n byw ar ben ei hun yn Nhreforys ers i Dad farw, a ma hi'n "
                      "anghofio pethe.", "Glenys"),
               "en": ("Anna, my wife. She have a stroke in August and now she cannot walk good and speak is "
                      "difficult for her.", "Anna")}


def _sender(*parts: object) -> str:
    return "mem-start-27-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("text", [*YES_BUT_TIME.values(), "iep iawn, ond sai'n siwr faint o amser sy gen i"])
def test_a_yes_unsure_only_of_their_time_is_a_yes(text: str) -> None:
    assert consent_in(text) is True


@pytest.mark.parametrize("text", ["yes but not sure how long you keep it", "ie ond sai'n siwr pwy sy'n darllen",
                                  "not sure", "sai'n siwr", "not sure how much time i want to give to this? who reads"])
def test_a_doubt_about_this_is_still_no_yes(text: str) -> None:
    assert consent_in(text) is not True


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_questions_begin_after_a_yes_unsure_of_time(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(_sender("consent", language), language=language)
    conversation.start()
    conversation.say(YES_BUT_TIME[language])
    assert conversation.requested == "role"


@pytest.mark.parametrize("text,name", [*NAMED_FIRST.values(),
                                       ("Fy ngŵr i, Emyr. Mae ganddo fo MS ers deng mlynedd a mae o'n blino'n "
                                        "ofnadwy erbyn y pnawn.", "Emyr")])
def test_a_name_in_a_short_first_sentence_is_the_name(text: str, name: str) -> None:
    assert named_outright(text) == name


@pytest.mark.parametrize("text", ["Honestly, my mum. She has been struggling for a long time and I don't know what to "
                                  "do anymore.", "My mum. She is 80 and lives on her own in Rhyl and she keeps "
                                  "falling at night."])
def test_no_name_in_a_short_first_sentence_is_none(text: str) -> None:
    assert named_outright(text) == ""


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_name_is_taken_and_not_asked_again(sqlite_url: str, language: str) -> None:
    text, name = NAMED_FIRST[language]
    conversation = MemoryConversation(_sender("named", language), language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yes")
    conversation.say("gofalwr" if language == "cy" else "carer")
    conversation.say("Sioned")
    assert conversation.requested == "cared_for_name"
    conversation.slots["cared_for_name"] = text  # Rasa's form fills the slot with the text before validating it
    conversation.said.clear()
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == name
    assert conversation.requested == "q_what_matters"
    assert messages.text("cared_for_long_answer", language) not in conversation.text


@pytest.mark.parametrize("text,said", [("I am husband of Anna", "I am husband of Anna"),
                                       ("I am the daughter of her, she is 80", "I am the daughter of her"),
                                       ("I am tired of him", None), ("I am sick of it", None)])
def test_who_they_are_in_second_language_english(text: str, said: str | None) -> None:
    """Trial X3: "I am husband of Anna" said who he is, but he was asked how he was connected to her."""
    assert own_relation_in(text) == said


@pytest.mark.parametrize("text", ["is this a form lol", "is this a form?", "ydi hwn yn ffurflen?", "be di pwynt hwn"])
def test_asking_whether_this_is_a_form_gets_the_help(text: str) -> None:
    """Trial X17: "is this a form lol" got "Sorry, I didn't quite catch that"; it is asking what this is."""
    assert control_of(text) == ("help", None)


@pytest.mark.parametrize("text", ["I hate forms", "the forms for his blue badge", "be di pwynt byw"])
def test_forms_in_an_answer_are_no_help_request(text: str) -> None:
    assert control_of(text) is None
