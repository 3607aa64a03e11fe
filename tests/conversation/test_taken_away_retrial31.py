"""Retrial 31 AD2: a 14-year-old asked twice "fydd rhywun yn mynd a fi bant o mam?" (will someone take me away from
mum?) and got "Diolch."; the question was kept as a wish to keep. "fydd mam yn cal row?", "ydw i mewn trwbl am weud
hyn i gyd?" and "is someone actually gonna come see me or is this it?" got no answer either. Each is heard as a
question to us, answered honestly with no promise, and never kept as an outcome. The trial's words, with twins in the
other language.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis import analyse
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import at_question


def _sender(*parts: object) -> str:
    return "mem-f31b-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in conv.outcomes if not o.removed] if conv else []


@pytest.mark.parametrize("text, key", [
    ("fydd rhywun yn mynd a fi bant o mam?", "taken_away"),  # the trial's words
    ("will someone take me away from mum?", "taken_away"),
    ("fydd rhywun yn mynd â fi o 'ma?", "taken_away"), ("will they take me away from here?", "taken_away"),
    ("will i be put in care?", "taken_away"), ("fydda i'n cael fy rhoi mewn gofal?", "taken_away"),
    ("ga i aros efo mam?", "taken_away"), ("can i stay with mum?", "taken_away"),
    ("fydd mam yn cal row?", "in_trouble"), ("will mum get in trouble?", "in_trouble"),  # the trial's words, a twin
    ("ydw i mewn trwbl am weud hyn i gyd?", "in_trouble"), ("am i in trouble for saying all this?", "in_trouble"),
    ("is someone actually gonna come see me or is this it?", "who_gets_in_touch"),  # the trial's words
    ("fydd rhywun yn dod i ngweld i go iawn neu ai dyma fe?", "who_gets_in_touch"),
])
def test_the_question_is_heard_and_gets_its_reply(text: str, key: str) -> None:
    assert asks_about_assistant(text) == "whole" and about_assistant_reply(text) == key


def test_taken_away_comes_first_when_both_are_asked() -> None:
    # the trial's words: both fears in one breath, the answer speaks to what will happen at all
    text = "ond ym, os fi'n gweud bo fi'n ffaelu cope, fydd mam yn cal row? fydd rhywun yn mynd a fi bant? 😬"
    assert about_assistant_reply(text) == "taken_away"
    assert about_assistant_reply("but if i say i cant cope will mum get told off? will someone take me away?") \
        == "taken_away"


@pytest.mark.parametrize("text", [
    "mam takes me to school", "fydd mam yn mynd a fi i'r dre dydd sadwrn", "I stay with mum at weekends",
    "dwi'n aros efo mam", "I want to stay with mum", "they took me away from my dad when i was 5",
    "we had a row", "ges i row gan mam", "will you take me to the park", "will I have to go into a care home?",
])
def test_words_about_home_are_no_question_to_us(text: str) -> None:
    assert asks_about_assistant(text) is None


def test_the_taken_away_reply_promises_nothing() -> None:
    for language in ("cy", "en"):
        for register in ("chi", "ti"):
            said = messages.text("taken_away", language, register)
            assert ("person" in said) or ("pherson" in said)  # a person decides, not the program
            assert ("families together" in said) or ("teuluoedd gyda'i gilydd" in said)
            for promise in ("won't", "will not", "promise", "fydd hi ddim", "fyddan nhw ddim", "addo"):
                assert promise not in said


@pytest.mark.parametrize("language, text, kept", [
    ("cy", "sglefrio nos wener. a sai moyn newid ysgol. pls ateb fi tho, fydd rhywun yn mynd a fi bant o mam?",
     "sglefrio nos wener."),  # the trial's words, at the keep question
    ("en", "skating on fridays. and i dont wanna change school. pls answer me tho, will someone take me away from mum?",
     "skating on fridays."),
])
def test_the_question_in_an_answer_is_answered_and_never_an_outcome(sqlite_url: str, language: str, text: str,
                                                                     kept: str) -> None:
    conversation = at_question(_sender("ad2", text), language, "q_keep", what_matters="sglefrio",
                               role="young_person", name="Lowri")
    conversation.say(text)
    assert messages.text("taken_away", language, "ti") in conversation.text
    outcomes = _outcomes(conversation.sender_id)
    assert kept in outcomes
    assert not any("bant" in o or "away" in o for o in outcomes), outcomes


@pytest.mark.parametrize("text", [
    "pls ateb fi tho, fydd mam mewn trwbl?", "pls answer me tho, will mum get in trouble?",
    "fydd mam yn cal row? fydd rhywun yn mynd a fi bant? 😬", "will mum get told off? will someone take me away? 😬",
])
def test_asking_for_an_answer_with_the_question_is_no_wish(text: str) -> None:
    assert not analyse(text).outcomes


@pytest.mark.parametrize("language, text", [
    ("en", "dont call the house or tell my dad i did this. talk to me normal not like a kid. is someone actually gonna "
           "come see me or is this it?"),  # the trial's words
    ("cy", "paid ffonio'r tŷ na deud wrth dad. siarad efo fi'n normal dim fel plentyn. fydd rhywun yn dod i ngweld i go "
           "iawn neu ai dyma fe?"),
])
def test_will_someone_come_is_answered_in_an_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(_sender("ad2-c4", text), language, "q_support", what_matters="gym",
                               role="young_person", name="Jay")
    conversation.say(text)
    assert messages.text("who_gets_in_touch", language, "ti") in conversation.text
