"""Outcomes lost, split or wrongly grouped in the seventeenth trial (stop 39, AT6 and AT11), in both languages: a plain
fact about the help is no outcome but the same fact said as a worry or wish is; a wish and its "not in front of the
class" condition are one outcome; a wish that others know something about them is how help is given; late medicine
is a need however plainly said; a wish with its "I" left out ("isio PA sy'n tecstio fi") is said outright. Each with
a look-alike that must not change. The words are the trial's, or fictional twins of them.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.conversation.answers import wishes_kept
from bot.conversation.questions import question_for


def _outcomes(text: str, key: str | None) -> list[tuple[str, str]]:
    """(words, type) of the outcomes an answer gives at a question (its prior, and what a worry answer keeps)."""
    question = question_for(key) if key else None
    analysis = analyse(text, question=question.outcome_prior if question else None)
    if key:
        analysis = wishes_kept(key, analysis)
    return [(o.text, o.type) for o in analysis.outcomes]


# 1. AT11: a fact is no outcome; the same fact said as a wish or a worry is.
@pytest.mark.parametrize("text", ["The carers from the agency only speak English",
                                  "Mae'r gofalwyr o'r asiantaeth yn siarad Saesneg yn unig",
                                  "ma'r carers jyst yn siarad Saesneg"])
@pytest.mark.parametrize("key", ["what_matters", "support", "communication"])
def test_a_plain_fact_about_the_help_is_no_outcome(text: str, key: str) -> None:
    assert _outcomes(text, key) == []


@pytest.mark.parametrize("text", ["I wish the carers spoke Welsh", "it upsets her that the carers only speak English",
                                  "mae'n ei hypsetio hi bod y gofalwyr yn siarad Saesneg yn unig"])
def test_the_same_fact_as_a_wish_or_a_worry_is_a_process_outcome(text: str) -> None:
    assert _outcomes(text, "what_matters") == [(text, "process")]


def test_the_wish_beside_the_fact_is_kept_alone() -> None:
    text = ("Mae Dad yn hoffi siarad Cymraeg, it's his first language, he grew up in Llanuwchllyn. The carers from the "
            "agency only speak English and he gets confused and frustrated, he goes quiet. Mae o eisiau carers sy'n "
            "siarad Cymraeg, that's the big one honestly")
    texts = [t for t, _ in _outcomes(text, "what_matters")]
    assert "The carers from the agency only speak English" not in texts
    assert "Mae o eisiau carers sy'n siarad Cymraeg, that's the big one honestly" in texts


@pytest.mark.parametrize("text", ["She goes to chapel every Sunday", "Mae hi'n mynd i'r capel bob dydd Sul"])
def test_what_goes_on_at_the_keep_question_is_still_kept(text: str) -> None:
    assert _outcomes(text, "keep") == [(text, "maintenance")]


# 2. AT11: a wish and where or when it must not be done are one outcome.
@pytest.mark.parametrize("text", ["plis deudwch wrth yr ysgol ond ddim o flaen y dosbarth",
                                  "please tell the school why I'm late, but not in front of the class",
                                  "plis deudwch wrth yr ysgol pam dwi'n hwyr ond nid o flaen y dosbarth",
                                  "plis deudwch wrth yr ysgol pam dwi'n hwyr, heb ddeud o flaen pawb",
                                  "plis deudwch wrth yr ysgol ond ddim pan ma mam yna"])
@pytest.mark.parametrize("key", ["support", "anything_else", None])
def test_a_wish_and_its_condition_are_one_outcome(text: str, key: str | None) -> None:
    assert _outcomes(text, key) == [(text, "process")]


def test_a_second_wish_after_but_is_still_its_own() -> None:
    assert [t for t, _ in _outcomes("please tell the school, but don't tell my mum", "support")] == [
        "please tell the school", "don't tell my mum"]


# 3. AT6: a wish that the school knows why they are late is how help is given, never a thing to keep; inside an
# answer whose other part is a disclosure it is still an outcome, the disclosure never.
@pytest.mark.parametrize("text, wish", [
    ("isio i'r ysgol wbod pam dwi'n hwyr. a isio mynd i ysgol heb boeni am mam", "isio i'r ysgol wbod pam dwi'n hwyr."),
    ("I want the school to know why I'm late. and to go to school without worrying about mum",
     "I want the school to know why I'm late.")])
@pytest.mark.parametrize("key", [None, "keep", "change"])
def test_a_wish_that_the_school_knows_is_process(text: str, wish: str, key: str | None) -> None:
    assert (wish, "process") in _outcomes(text, key)


@pytest.mark.parametrize("text", ["I'd like to know where my money goes", "Dw i isio gwybod lle mae fy mhres i'n mynd"])
def test_a_wish_to_know_something_themselves_is_not_made_process(text: str) -> None:
    assert all(kind != "process" for _, kind in _outcomes(text, "change"))


# 4. AT6: late medicine inside a long mixed answer is a need, with its why.
@pytest.mark.parametrize("text", ["the carers come at different times, his meds are late, sometimes 11am instead of 8",
                                  "ma'r gofalwyr yn dod ar amseroedd gwahanol, ma'i dabledi fo'n hwyr, weithia 11 yn "
                                  "lle 8"])
def test_late_medicine_is_a_need(text: str) -> None:
    assert _outcomes(text, "change") == [(text, "process")]


def test_late_medicine_inside_a_long_mixed_answer_is_kept() -> None:
    text = ("Welsh speaking carers!! Ac mae'r carers yn dod ar amser gwahanol bob dydd so his meds are late, sometimes "
            "11am instead of 8. Also he'd like to get to the Eisteddfod this year if it's anywhere near")
    assert ("mae'r carers yn dod ar amser gwahanol bob dydd so his meds are late, sometimes 11am instead of 8.",
            "process") in _outcomes(text, "change")


def test_medicine_on_time_is_no_late_medicine() -> None:
    assert all("meds" not in t for t, _ in _outcomes("the carers come at 8 and his meds are on time", "keep"))


# 5. A wish with its "I" left out is said outright, at "is anything worrying you?" too.
@pytest.mark.parametrize("text", ["isio PA sy'n tecstio fi", "want a PA that texts me not rings"])
@pytest.mark.parametrize("key", ["worries", "support", "what_matters"])
def test_a_pa_who_texts_is_a_process_wish_wherever_said(text: str, key: str) -> None:
    assert _outcomes(text, key) == [(text, "process")]


@pytest.mark.parametrize("text", ["wants to know what happens to mum", "poeni am mam, mae hi isio mynd adra"])
def test_someone_elses_want_is_no_wish_at_worries(text: str) -> None:
    assert _outcomes(text, "worries") == []
