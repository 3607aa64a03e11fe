"""The nineteenth user trial (stop 41), fixed at stop 41: AW6, AW11, AW12, AW13, AW14, AW15.

AW6: a mother went on answering the questions through the safe check after a financial-abuse disclosure; the names
typed once "are you safe?" had been asked twice got the choice a third time. They are kept as the answer and the
questions carry on. AW13: "no thats it" at the read-back asked which number to change. AW14: "diolch" at the read-back
got "sorry, I didn't catch that" and the whole list again. AW15: "what happen after this?" was kept as her answer.
AW11: "anfon" (the send button's word) typed at a question became an outcome. AW12: "not like that" and "wait what."
became outcomes. Each has a twin that must stay what it was. The words are the trial's, and fictional twins.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import questions_about_what_next
from bot.analysis.outcomes import sort_outcomes_many
from bot.conversation import pause
from bot.conversation.pause import SAFE_CHECK
from bot.conversation.readback import nothing_to_change, only_asks_to_send
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, skipped_to, stored_outcomes
from tests.conversation.test_readback_typed import _at_the_read_back


def _sender(*parts: object) -> str:
    return "mem-tfix41b-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _text(conversation: MemoryConversation, key: str, register: str = "chi") -> str:
    return messages.text(key, conversation.slots["language"], register)


# --- AW6: answering on through the safe check ---------------------------------------------------------------------

DISCLOSURE = {
    "en": "someone to help him learn to cook and manage bills. money is a worry actually, a so-called friend has been "
          "taking money off him, Rhys gives him his bank card and then there's nothing left by the 10th",  # the trial's
    "cy": "rhywun i'w helpu o i ddysgu coginio a thalu biliau. mae pres yn poeni fi a deud y gwir, mae 'ffrind' wedi "
          "bod yn cymryd pres oddi arno fo, mae Rhys yn rhoi ei gerdyn banc iddo fo a does na ddim byd ar ôl erbyn y "
          "10fed",
}
FIRST_REPLY = {"en": "that friend. and him being lonely in a flat on his own",  # the trial's words
               "cy": "y ffrind 'na. a fo'n unig mewn fflat ar ben ei hun"}
NAMES = {"en": "me, his dad Mike, his sister Bethan, his manager at work Sue",  # the trial's words
         "cy": "fi, ei dad Mike, ei chwaer Bethan, ei reolwr yn y gwaith Sue"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_names_typed_once_the_check_was_asked_twice_carry_on(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("aw6", language), language, "carer", "q_worries")
    conversation.say(DISCLOSURE[language])
    assert repository.safe_check(conversation.sender_id)[0] == pause.OPEN
    assert conversation.requested == "q_people"  # the question waiting
    conversation.say(FIRST_REPLY[language])  # names the friend: a reply to the check, asked once more
    assert repository.safe_check(conversation.sender_id)[0] == pause.AGAIN
    assert FIRST_REPLY[language] in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    conversation.said.clear()
    conversation.say(NAMES[language])
    assert _text(conversation, "safety_check_answer_kept") in conversation.text
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert _text(conversation, "safety_check_choose") not in conversation.text  # never a third ask
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert repository.answer_texts(conversation.sender_id, only="people") == [NAMES[language]]
    assert NAMES[language] not in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    assert conversation.requested not in (None, "q_people")  # on to the next question


@pytest.mark.parametrize("language", ["en", "cy"])
def test_names_at_the_first_check_still_ask_it_once_more(sqlite_url: str, language: str) -> None:
    """The twin: the check asked only once, names kept as the answer and "are you safe?" asked once more."""
    conversation = skipped_to(_sender("aw6-twin", language), language, "carer", "q_worries")
    conversation.say(DISCLOSURE[language])
    conversation.said.clear()
    conversation.say(NAMES[language])
    assert _text(conversation, "safety_check_answer_kept") in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] == pause.AGAIN
    assert _text(conversation, "safety_check_carry_on") not in conversation.text


# --- AW13, AW14: "no that's it" and "diolch" at the read-back ------------------------------------------------------

ITEM = {"cy": "mynd i'r capel bob bore Sul", "en": "going to chapel on Sunday mornings"}


@pytest.mark.parametrize("language, reply", [
    ("en", "no thats it"),  # the trial's words (AW13)
    ("en", "no that's it"), ("en", "nope all good"), ("cy", "na dyna ni"), ("cy", "na, dyna'r cwbl"),
    ("cy", "Na dyna fo"),  # north
    ("cy", "diolch"),  # the trial's words (AW14)
    ("cy", "diolch yn fawr iawn x"), ("en", "thanks"), ("en", "thank you so much"),
])
def test_nothing_more_or_thanks_at_the_read_back_sends_it(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_the_read_back(_sender("aw13", language, reply), language, "person")
    conversation.say("add" if language == "en" else "ychwanegu")
    conversation.say(ITEM[language])
    assert conversation.requested == "readback"
    conversation.said.clear()
    conversation.say(reply)
    assert conversation.slots["readback"] == "confirm"
    assert conversation.requested not in ("readback_item", "readback_action", "readback")
    assert ITEM[language] not in conversation.text  # the list is not shown again


@pytest.mark.parametrize("text", ["no", "na", "no thats all wrong", "diolch ond mae rhif 1 yn anghywir",
                                  "thanks but take 1 out", "that's it, number 1 is wrong", "diolch, dwi isio newid"])
def test_a_no_or_a_change_beside_the_thanks_is_not_nothing_to_change(text: str) -> None:
    assert not nothing_to_change(text)


# --- AW15: what happens after this, in simple English ----------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "what happen after this?"),  # the trial's words
    ("en", "what happens now?"), ("cy", "be sy'n digwydd wedyn?"), ("cy", "beth sy'n digwydd nawr?"),  # north, south
    ("cy", "be sy nesa"),  # text-speak
])
def test_what_happens_next_is_answered_and_not_kept_as_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("aw15", language, text), language, "carer", "q_carer_support")
    conversation.said.clear()
    conversation.say(text)
    assert _text(conversation, "return_what_next") in conversation.text
    assert conversation.requested == "q_carer_support"  # the same question again
    assert text not in repository.answer_texts(conversation.sender_id, only="carer_support")
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("text", ["what happen after the stroke was she cannot walk", "I worry what happens next"])
def test_telling_what_happened_is_no_question(text: str) -> None:
    assert questions_about_what_next(text) == []


# --- AW11: the send button's word typed at a question ---------------------------------------------------------------

@pytest.mark.parametrize("language, text", [("cy", "anfon"), ("en", "send"), ("en", "submit"), ("en", "ok send"),
                                            ("cy", "anfona fe plis"), ("cy", "yrra fo")])
def test_send_typed_at_a_question_is_no_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("aw11", language, text), language, "carer", "q_carer_support")
    conversation.said.clear()
    conversation.say(text)
    assert _text(conversation, "send_at_the_end") in conversation.text
    assert conversation.requested == "q_carer_support"  # the same question again
    assert repository.answer_texts(conversation.sender_id, only="carer_support") == []
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("language, text", [("cy", "anfon"), ("en", "send it")])
def test_send_typed_at_anything_else_says_nothing_more(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("aw11-else", language, text), language, "carer", "q_anything_else")
    conversation.say(text)
    assert conversation.requested == "readback"  # the read-back, where it is sent
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("text", ["I want to send him to college", "send him to the day centre more",
                                  "gyrru", "anfon llythyrau yn Gymraeg"])
def test_a_wish_with_send_in_it_is_no_send(text: str) -> None:
    assert not only_asks_to_send(text)


# --- AW12: reactions in a burst are no outcomes -----------------------------------------------------------------

@pytest.mark.parametrize("text, reaction", [
    ("not like that lol. i just want a break from everything", "not like that"),  # the trial's opening words
    ("wait what. i meant the keep question is football with my mates", "wait what"),  # the trial's words
    ("nid fel'na. jyst seibiant o bopeth dw i isio", "nid fel'na"),  # north/south
    ("aros be. pêl-droed efo fy ffrindia ydi'r peth dw i isio cadw", "aros be"),  # north
])
def test_a_reaction_is_no_outcome_and_the_wish_beside_it_is(text: str, reaction: str) -> None:
    spans = sort_outcomes_many([(text, None)])[0][2]
    assert spans  # the wish beside it
    assert not any(reaction in span.text for span in spans)


@pytest.mark.parametrize("text", ["not like that", "wait what.", "nid fel'na", "anfon", "send"])
def test_a_reaction_alone_is_no_outcome(text: str) -> None:
    assert sort_outcomes_many([(text, None)])[0][2] == ()


def test_the_twin_a_wish_is_still_one() -> None:
    spans = sort_outcomes_many([("I want to send him to college", None)])[0][2]
    assert [span.text for span in spans] == ["I want to send him to college"]
