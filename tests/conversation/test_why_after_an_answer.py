"""An answer, then "why do you ask?" or "what's the point?" in the same short message (stop 30, issue 11: a swallowed
answer). "I want more help at home. whats the point" and "I want more help at home. why do you ask?" were both set aside
as a question about the form: the wish was lost and the same question came again. The answer is kept (its wish an
outcome) and the question answered; said alone, the question is still answered and the question asked again.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.replies import why_we_ask_in
from tests.conversation.test_flow_findings_trial29 import _outcome_texts
from tests.conversation.test_tone_stop22 import _at

#: (language, message, the wish kept, the reply that answers the question)
ANSWER_THEN_QUESTION = [
    ("en", "I want more help at home. why do you ask?", "I want more help at home.", "why_we_ask"),
    ("cy", "Mwy o help adre plis. pam ti isio gwbod?", "Mwy o help adre plis.", "why_we_ask"),
    ("en", "I want more help at home. whats the point", "I want more help at home.", "point_of_this"),
    ("cy", "Dwi isio mwy o help adra. be di'r pwynt?", "Dwi isio mwy o help adra.", "point_of_this"),
]


@pytest.mark.parametrize("language, text, wish, reply", ANSWER_THEN_QUESTION)
def test_an_answer_then_a_question_about_the_form_keeps_the_answer(sqlite_url: str, language: str, text: str,
                                                                  wish: str, reply: str) -> None:
    conversation = _at(language, "person", "q_change", "why-part", text)
    conversation.say(text)
    assert messages.text(reply, language, "chi", "person") in conversation.text  # the question is answered
    assert conversation.slots.get("q_change") == text  # and the answer kept as typed
    assert wish in _outcome_texts(conversation.sender_id)
    assert conversation.requested != "q_change"  # never the same question again


@pytest.mark.parametrize("language, text", [("en", "why do you ask?"), ("cy", "pam dach chi'n gofyn?"),
                                                ("en", "why?"), ("cy", "pam ti isio gwbod?")])
def test_the_question_alone_is_answered_and_the_question_asked_again(sqlite_url: str, language: str,
                                                                     text: str) -> None:
    conversation = _at(language, "person", "q_change", "why-whole", text)
    conversation.say(text)
    assert messages.text("why_we_ask", language, "chi", "person") in conversation.text
    assert conversation.requested == "q_change" and conversation.slots.get("q_change") is None
    assert _outcome_texts(conversation.sender_id) == []


@pytest.mark.parametrize("text, expected", [
    ("why do you ask?", "whole"), ("pam ti'n gofyn hyn i gyd?", "whole"),
    ("I want more help at home. why do you ask?", "part"), ("Mwy o help adre plis. pam ti isio gwbod?", "part"),
    ("what's the point of this?", None), ("be di'r pwynt?", None),  # the honest answer's: who reads it, and when
    ("I want to get back to the choir and I'd like to know why do you ask about it, is it for a form", None),  # long
])
def test_why_we_ask_whole_or_part(text: str, expected: str | None) -> None:
    assert why_we_ask_in(text) == expected
