"""Trial 38 re-trial AS4: a question asked back without "you" ("is that everything?", "will someone ring?", "be sy
nesa?") was kept as an answer and never answered; since AR16 only questions with "you" were. Each is answered (how many
questions are left; that a worker gets in touch; what happens next) and the question waits; an answer that happens to
end with "?" ("maybe a sitter?") is still an answer. Through the conversation core; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_about_the_form, asks_who_gets_in_touch, questions_about_what_next
from bot.storage import repository
from tests.conversation.memory import consented_at


def _sender(*parts: object) -> str:
    return "mem-fix39b-asked-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (language, the question asked back, the reply's message key)
ASKED_BACK = [
    ("en", "is that everything?", "how_long_left"), ("en", "Is that it then?", "how_long_left"),
    ("en", "are we done?", "how_long_left"),
    ("cy", "ydy hwnna'n bob dim?", "how_long_left"), ("cy", "ai dyna'r cwbl?", "how_long_left"),
    ("cy", "ydi hynna'n bopeth?", "how_long_left"),
    ("en", "will someone ring?", "who_gets_in_touch"), ("en", "is anyone gonna call then?", "who_gets_in_touch"),
    ("en", "when will someone be in touch?", "who_gets_in_touch"),
    ("cy", "fydd rhywun yn ffonio?", "who_gets_in_touch"),
    ("en", "what happens next then?", "what_happens_next"), ("en", "what next?", "what_happens_next"),
    ("cy", "be sy nesa?", "what_happens_next"), ("cy", "beth sydd nesaf?", "what_happens_next"),
    ("cy", "pwy fydd yn darllen hwn?", "who_sees"),
]


@pytest.mark.parametrize("language, text, key", ASKED_BACK)
@pytest.mark.parametrize("slot", ["q_support", "q_worries"])
def test_a_question_asked_back_is_answered_and_never_an_answer(sqlite_url: str, language: str, text: str, key: str,
                                                               slot: str) -> None:
    conversation = consented_at(_sender(language, text, slot), language, slot, what_matters="Gardening with my grandson")
    conversation.say(text)
    assert conversation.requested == slot  # the question waits
    assert text not in repository.answer_texts(conversation.sender_id, only=slot[2:])
    said = conversation.text
    if key == "what_happens_next":
        assert messages.text("return_what_next", language)[:40] in said
    elif key == "how_long_left":
        assert messages.text("how_long_left", language, left="X").split("X")[1][:20] in said
    else:
        assert messages.text(key, language)[:40] in said


@pytest.mark.parametrize("language, text", [("en", "is that everything?"), ("cy", "ydy hwnna'n bob dim?")])
def test_at_the_last_question_is_that_everything_says_one_is_left(sqlite_url: str, language: str, text: str) -> None:
    conversation = consented_at(_sender(language, text, "last"), language, "q_anything_else",
                                what_matters="Gardening with my grandson")
    conversation.say(text)
    assert conversation.requested == "q_anything_else"
    assert messages.text("how_long_last", language) in conversation.text


@pytest.mark.parametrize("language, text", [("en", "maybe a sitter?"), ("en", "someone to sit with him?"),
                                            ("cy", "rhywun i eistedd efo fo?"), ("cy", "falle sitter?")])
def test_an_answer_ending_with_a_question_mark_stays_an_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = consented_at(_sender(language, text, "answer"), language, "q_support",
                                what_matters="Gardening with my grandson")
    conversation.say(text)
    assert conversation.requested != "q_support"
    assert text in repository.answer_texts(conversation.sender_id, only="support")


@pytest.mark.parametrize("text", ["will someone ring him every day?", "does anyone call?", "will she ring?",
                                  "that's it", "thats everything", "is that ok?", "ydy hynna'n ddigon?",
                                  "I worry about what happens next with Mam"])
def test_look_alikes_are_not_read_as_questions_to_us(text: str) -> None:
    assert asks_about_the_form(text) is None and not asks_who_gets_in_touch(text)
    assert not questions_about_what_next(text)
