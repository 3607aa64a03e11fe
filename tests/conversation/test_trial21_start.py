"""Stop-21 acceptance trial, [start] findings.

U2: a 16-year-old in foster care asked "ydi hwn yn mynd at fy social worker i?" three times (with her yes at consent,
with her name, inside her worries answer) and was never answered. U3: her "helo?? ti di anwybyddu fi eto lol" ("you've
ignored me again") was then kept as her answer to "who is important to you?". Now the question is answered wherever it
comes (who reads the answers, that a social worker may, and the safety exception), the answer beside it is still
taken, and a complaint of being ignored gets a sorry, the missed answer and the same question again.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _at_question, _sender
from tests.conversation.test_start_never_loops import _at_consent

ASKS = {"cy": "ydi hwn yn mynd at fy social worker i? 😬", "en": "does this go to my social worker? 😬"}
SOCIAL_WORKER = {"cy": "weithiwr cymdeithasol", "en": "social worker"}


def _answers(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


@pytest.mark.parametrize("language,yes", [("cy", "ia ok. ond "), ("en", "yeah ok. but ")])
def test_a_yes_at_consent_with_the_question_is_taken_and_answered(sqlite_url: str, language: str, yes: str) -> None:
    dialogue = _at_consent(_sender("u2-consent", language), language)
    reply = dialogue.say(yes + ASKS[language])
    assert messages.text("who_sees", language) in reply and SOCIAL_WORKER[language] in reply
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,text,name", [
    ("cy", "ffion. ond ti heb ateb fi, ydi hwn yn mynd at fy social worker i??", "ffion"),
    ("en", "ffion. but u didnt answer me, does this go to my social worker??", "ffion"),
])
def test_with_her_name_the_name_is_taken_and_the_question_answered(sqlite_url: str, language: str, text: str,
                                                                   name: str) -> None:
    dialogue = _at_consent(_sender("u2-name", language), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say("dwi'n 16" if language == "cy" else "im 16")
    assert dialogue.asking == "name" and dialogue.slots["register"] == "ti"
    reply = dialogue.say(text)
    assert dialogue.slots["name"] == name
    assert messages.text("who_sees", language, "ti") in reply


@pytest.mark.parametrize("language,text", [("cy", "ydi hwn yn mynd at fy social worker i?"),
                                           ("en", "is this going to my social worker?")])
def test_alone_at_the_name_question_it_is_no_name(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("u2-name-alone", language), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say('/choose{"choice":"person"}', intent="choose")
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply
    assert not dialogue.slots.get("name") and dialogue.asking == "name"


@pytest.mark.parametrize("language,text", [
    ("cy", "exams mostly. a ella dylswn i ddeud, nes i redeg i ffwrdd am noson mis dwetha, cysgu yn ty mate fi. "
           "o'n i'n iawn, jyst angen space ar ol ffrae efo carys. ydi hwn yn mynd at fy social worker i?"),
    ("en", "exams mostly. and maybe i should say, i ran off for a night last month, slept at a mate's. i was fine, "
           "just needed space after a row with carys. does this go to my social worker?"),
])
def test_inside_an_answer_it_is_kept_and_answered(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("u2-part", language)
    dialogue = _at_question(sender, language, "q_worries")
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply
    assert ("worries", text) in _answers(sender)


@pytest.mark.parametrize("language,text", [("cy", "helo?? ti di anwybyddu fi eto lol"),
                                           ("en", "hello?? you ignored me again lol")])
def test_you_ignored_me_is_not_an_answer(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("u3", language)
    dialogue = _at_question(sender, language, "q_people")
    reply = dialogue.say(text)
    assert messages.text("ignored_sorry", language) in reply
    assert dialogue.asking == "q_people"
    assert ("people", text) not in _answers(sender)


@pytest.mark.parametrize("language,asked,complaint", [
    ("cy", "ydi hwn yn mynd at fy social worker i?", "ti heb ateb fi"),
    ("en", "does this go to my social worker?", "you didnt answer me"),
])
def test_the_complaint_gets_the_missed_answer(sqlite_url: str, language: str, asked: str, complaint: str) -> None:
    dialogue = _at_question(_sender("u3-missed", language), language, "q_people")
    dialogue.say(asked)
    reply = dialogue.say(complaint)
    assert messages.text("who_sees", language) in reply and messages.text("ignored_sorry", language) in reply
    assert dialogue.asking == "q_people"
