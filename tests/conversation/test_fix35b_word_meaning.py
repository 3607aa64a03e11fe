"""Thirteenth trial (stop 35, issue 11) AK6: a learner who asks what a word of ours means is told, in simple Welsh and
in English, and the question comes again; the question about a word is never an answer or an outcome.

"Beth ydy 'diogelu'?" at consent got "Dw i ddim wedi cadw beth ysgrifennoch chi eto…"; "Beth ydy 'cymorth'?" was
asked three times and never answered; "cymorth?? what does that mean please" became the outcome "what does that mean
please"; "What does poeni mean?" got a rephrase that still used "poeni".
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.glossary import word_asked_about
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import at_question
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

MEANINGS = {
    "diogelu": ("cadw pobl yn saff rhag niwed", "safeguarding: keeping people safe from harm"),
    "cymorth": ("help", "help, support"),
    "poeni": ("teimlo'n bryderus neu'n anhapus am rywbeth", "to worry, to be worried"),
    "cyfrinachol": ("preifat, heb ei rannu gyda phobl eraill", "confidential, private"),
    "caniatâd": ('dweud "ia" i rywbeth', "permission, consent"),
}


def _meaning(word: str, language: str, register: str = "chi") -> str:
    welsh, english = MEANINGS[word]
    return messages.text("word_meaning", language, register, word=word, welsh=welsh, english=english)


@pytest.mark.parametrize("text, word", [
    ("Beth ydy 'diogelu'?", "diogelu"),  # the trial's words
    ("Beth ydy 'cymorth'? Sorry", "cymorth"),
    ("cymorth?? what does that mean please", "cymorth"),
    ("What does poeni mean?", "poeni"),
    ("be di ystyr cymorth?", "cymorth"),
    ("beth yw ystyr 'cyfrinachol'?", "cyfrinachol"),
    ("beth mae caniatâd yn ei olygu?", "caniatâd"),
    ("Sorry, dw i ddim yn deall 'poeni'. What does poeni mean?", "poeni"),
    ("what's gymorth?", "cymorth"),  # a mutated form
])
def test_a_question_about_a_word_of_ours_is_read_in_every_form(text: str, word: str) -> None:
    asked = word_asked_about(text)
    assert asked is not None and asked[0].word == word and asked[1] is True


@pytest.mark.parametrize("text", ["beth yw'r cymorth sydd ar gael?", "I need more help", "what does that mean",
                                  "dw i'n poeni am fy swydd", "What's the point of this?"])
def test_no_word_of_ours_asked_about(text: str) -> None:
    assert word_asked_about(text) is None


@pytest.mark.parametrize("language, register, text, word", [
    ("cy", "chi", "Ydy, iawn. Beth ydy 'diogelu'? Sori, dw i ddim yn deall pob gair", "diogelu"),  # the trial's words
    ("cy", "chi", "beth yw ystyr caniatâd?", "caniatâd"),
    ("en", "chi", "what does diogelu mean?", "diogelu"),
])
def test_at_consent_the_meaning_then_the_question_again(sqlite_url: str, language: str, register: str, text: str,
                                                        word: str) -> None:
    dialogue = _at_consent(_sender("fix35b-ak6-consent", language, text), language)
    reply = dialogue.say(text)
    assert _meaning(word, language, register) in reply
    assert messages.text("consent_short", language, register) in reply
    assert messages.text("consent_told_before", language, register) not in reply
    assert dialogue.asking == "consent_choice"
    assert dialogue.record().consent is None


def _kept(sender: str) -> tuple[list[str], list[str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.text for a in conv.answers], [o.text for o in conv.outcomes]


@pytest.mark.parametrize("language, slot, text, word", [
    ("cy", "q_communication", "cymorth?? what does that mean please", "cymorth"),  # the trial's words
    ("cy", "q_support", "Beth ydy 'cymorth'? Sorry", "cymorth"),  # the trial's words
    ("cy", "q_worries", "Sorry, dw i ddim yn deall 'poeni'. What does poeni mean?", "poeni"),  # the trial's words
    ("en", "q_worries", "what does poeni mean? I'm learning Welsh", "poeni"),
])
def test_at_a_question_the_meaning_then_the_question_and_no_outcome(sqlite_url: str, language: str, slot: str,
                                                                    text: str, word: str) -> None:
    sender = _sender("fix35b-ak6-question", language, slot, text)
    conversation = at_question(sender, language, slot, what_matters="Mynd i'r côr ar nos Iau")
    conversation.say(text)
    said = conversation.text
    assert _meaning(word, language) in said
    assert conversation.requested == slot  # the same question again
    answers, outcomes = _kept(sender)
    assert text not in answers
    assert not [o for o in outcomes if "mean" in o or "ystyr" in o or "Beth ydy" in o]


@pytest.mark.parametrize("language, text, word", [
    ("cy", "Mike, fy mam yn Abertawe, a ffrindiau yn y côr. Beth ydy cymorth? Dw i wedi gweld y gair ar y llythyr",
     "cymorth"),  # the trial's words: an answer that asks too
    ("en", "My son Mike and the choir friends. What does cymorth mean?", "cymorth"),
])
def test_an_answer_that_asks_too_is_kept_and_the_word_explained(sqlite_url: str, language: str, text: str,
                                                                word: str) -> None:
    sender = _sender("fix35b-ak6-part", language, text)
    conversation = at_question(sender, language, "q_people", what_matters="Mynd i'r côr ar nos Iau")
    conversation.say(text)
    assert _meaning(word, language) in conversation.text
    assert conversation.requested != "q_people"
    assert text in _kept(sender)[0]
