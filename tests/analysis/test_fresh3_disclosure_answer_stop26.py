"""A third writer's grandfather (stop 26, dev_fresh3 tuning half) ends a disclosure with a question to us and asks
for no calls when his grandson is home; none of it is an outcome for the plan.

"Be sy'n digwydd rŵan, ydach chi'n mynd i ddeud wrth rywun?" (what happens now, are you going to tell someone?) was a
process outcome; "A dim ffonio gyda'r nos pan mae Dylan adra" and "dwi jyst ddim isio i'w fam o wybod" were not read as
safety wishes (kept beside the risk), nor were their English twins.
"""
from __future__ import annotations

import pytest

from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant
from bot.analysis.keep_from import says_who_must_not_be_told
from bot.analysis.outcomes import sort_outcomes
from bot.analysis.safety_wish import is_safety_wish

ASKED = ["Be sy'n digwydd rŵan, ydach chi'n mynd i ddeud wrth rywun?", "ti'n mynd i ddeud wrth mam?",
         "What happens now, are you going to tell someone?", "will you tell the police?"]
NOT_ASKED = ["I will tell someone", "Dwi isio i chi ddeud wrth fy merch", "dwi isio i chi fynd i ddeud wrth mam",
             "you tell them"]


@pytest.mark.parametrize("text", ASKED)
def test_asking_whether_we_will_tell_someone_is_a_question_to_us(text: str) -> None:
    assert asks_about_assistant(text) == "whole" and about_assistant_reply(text) == "who_sees"


@pytest.mark.parametrize("text", NOT_ASKED)
def test_asking_us_to_tell_someone_is_not(text: str) -> None:
    assert asks_about_assistant(text) is None


@pytest.mark.parametrize("text", ASKED[:1] + ASKED[2:3])
def test_it_is_never_an_outcome(text: str) -> None:
    assert sort_outcomes(text, "change")[2] == ()


def test_a_wish_before_what_happens_next_stays() -> None:
    text = "I want to get out more. What happens next?"
    assert [text[s.start:s.end] for s in sort_outcomes(text, "change")[2]] == ["I want to get out more."]


@pytest.mark.parametrize("text", ["A dim ffonio gyda'r nos pan mae Dylan adra.",
                                  "and don't ring in the evening when Dylan is home",
                                  "Don't send letters to the house please, Craig opens the post."])
def test_no_calls_when_he_is_home_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", ["Paid â poeni, dwi'n iawn, dwi jyst ddim isio i'w fam o wybod, mi fasa hi'n "
                                  "torri'i chalon.", "I don't want his mum to know"])
def test_not_wanting_his_mother_to_know_says_who_must_not_be_told(text: str) -> None:
    assert is_safety_wish(text) and says_who_must_not_be_told(text)


@pytest.mark.parametrize("text", ["ring me in the morning when my daughter is home", "Ffoniwch pan mae Nia adra, mae "
                                  "hi'n helpu fi", "dwi isio i'r plant wybod bod nhw'n saff",
                                  "Send letters please, my mum opens the post for me"])
def test_calls_when_a_helper_is_home_are_not(text: str) -> None:
    assert not is_safety_wish(text)
