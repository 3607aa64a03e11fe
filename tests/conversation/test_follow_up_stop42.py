"""The nineteenth user trial's AW4 (stop 42): a woman writing north Welsh told of her partner ("mae o'n gweiddi a taflu
petha"); a few answers later, at "who is important to you?", she wrote "ma'r peth efo fo yn mynd yn waeth" and it was
filed under important people, as an outcome. The harm told, getting worse, is tied to the open alert (as stop 41's
AU3 tied "he's home again tonight": bot.analysis.risk.told_again.worse_with_them) and never an outcome. Never with no
disclosure open, nor of something of their own ("my knee is getting worse": a health worry, not a tie). Welsh (north
and south, text-speak) and English; fictional words after the trial's.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk.told_again import worse_with_them
from bot.conversation.safety import FOLLOW_UP_ANSWERS
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, skipped_to, stored_outcomes
from tests.conversation.test_flow_stop41 import ADDED, _past_the_check
from tests.conversation.test_told40 import FAMILIES, _flags

_senders = itertools.count(1)

#: The trial's disclosure (urgent abuse by the rules) and its English twin.
DISCLOSURE = {"cy": "mae o'n gweiddi a taflu petha", "en": "he shouts and throws things at me"}
#: The follow-up: the trial's words, a south-Welsh and a text-speak twin, and the English the brief names.
WORSE = {"cy": ["ma'r peth efo fo yn mynd yn waeth", "mae'r peth gyda fe yn mynd yn wath",
                "mar peth efo fo n mynd yn waeth"],
         "en": ["the thing with him is getting worse", "it's getting worse with him", "its gettin worse wiv him"]}
#: Something of their own getting worse, no one else's doing: never tied.
OWN = {"cy": ["mae fy mhen-glin yn mynd yn waeth", "dwi'n teimlo'n waeth", "waeth gen i efo fo"],
       "en": ["my knee is getting worse", "i feel worse with them around", "mum is worse with her memory",
              "it's not getting worse with him"]}
ORDINARY = {"cy": "garddio efo fy chwaer", "en": "gardening with my sister"}
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _sender(tag: str) -> str:
    return f"mem-followup42-{tag}-{next(_senders)}"


def _at_the_people_question_after(disclosure: str, language: str, tag: str) -> MemoryConversation:
    """A disclosure at "what matters?", past the safe check, then ordinary answers up to "who is important to you?"
    (more than FOLLOW_UP_ANSWERS of them: only a rule for any time after ties what is said there)."""
    conversation = skipped_to(_sender(tag), language, "person", "q_what_matters")
    conversation.say(disclosure)
    _past_the_check(conversation, language)
    answered = 0
    while conversation.requested != "q_people":
        assert conversation.requested is not None
        conversation.say(ORDINARY[language])
        answered += 1
    assert answered >= FOLLOW_UP_ANSWERS
    return conversation


@LANGS
def test_it_getting_worse_with_him_is_read(language: str) -> None:
    for text in WORSE[language]:
        assert worse_with_them(text), text


@LANGS
def test_something_of_their_own_getting_worse_is_not(language: str) -> None:
    for text in OWN[language]:
        assert not worse_with_them(text), text


@LANGS
def test_aw4_getting_worse_at_who_is_important_is_added_to_the_alert(sqlite_url: str, language: str) -> None:
    conversation = _at_the_people_question_after(DISCLOSURE[language], language, "aw4")
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    follow_up = WORSE[language][0]
    conversation.say(follow_up)
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", follow_up, True)  # added to the disclosure's alert
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1  # one thread, one alert
    assert ADDED[language] in conversation.text
    assert all(follow_up not in words for words, _ in stored_outcomes(conversation))  # never an outcome


@LANGS
def test_the_other_forms_are_added_too(sqlite_url: str, language: str) -> None:
    for n, follow_up in enumerate(WORSE[language][1:]):
        conversation = _at_the_people_question_after(DISCLOSURE[language], language, f"aw4-{n}")
        conversation.say(follow_up)
        assert _flags(conversation.sender_id)[-1] == ("urgent", follow_up, True), follow_up
        assert all(follow_up not in words for words, _ in stored_outcomes(conversation))


@LANGS
def test_her_knee_getting_worse_after_the_disclosure_is_not_tied(sqlite_url: str, language: str) -> None:
    conversation = _at_the_people_question_after(DISCLOSURE[language], language, "knee")
    text = OWN[language][0]
    conversation.say(text)
    assert all(words != text or level != "urgent" for level, words, _ in _flags(conversation.sender_id))


@LANGS
def test_with_no_disclosure_open_it_is_read_alone(sqlite_url: str, language: str) -> None:
    """In a calm conversation, and after a disclosure that tells of no harm from anyone (tablets kept to take), "the
    thing with him is getting worse" raises nothing."""
    calm = skipped_to(_sender("calm"), language, "person", "q_people")
    calm.say(WORSE[language][0])
    assert not any(level == "urgent" for level, _, _ in _flags(calm.sender_id))
    assert repository.open_alert(calm.sender_id) is None
    conversation = _at_the_people_question_after(FAMILIES["the_way_i_think"][language][0], language, "no-harm")
    conversation.say(WORSE[language][0])
    assert all(words != WORSE[language][0] or level != "urgent"
               for level, words, _ in _flags(conversation.sender_id))
