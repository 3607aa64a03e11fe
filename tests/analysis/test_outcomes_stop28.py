"""Outcome cuts, stop 28: general rules from the retired first test set (now dev material), each held on dev and the
fresh writers' halves. Each message quoted with a twin in the other language."""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[str]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize("text,quoted", [
    # a wish someone is reported saying in single quotes is the quoted words, as with double quotes
    ("Canu. Mae hi'n deud o hyd 'dwi isio dal i fynd i'r côr nos Fawrth' ac mae hi'n dal i gofio'r geiriau i gyd.",
     "dwi isio dal i fynd i'r côr nos Fawrth"),
    ("Dyw hi ddim yn gallu garddio, ma hi'n gweud 'fi moyn ishte yn yr ardd o leia, hyd yn oed os sa i'n gallu palu'.",
     "fi moyn ishte yn yr ardd o leia, hyd yn oed os sa i'n gallu palu"),
    ("Singing. She keeps saying 'I want to keep going to choir on a Tuesday' and she still knows every word.",
     "I want to keep going to choir on a Tuesday"),
    ("He can't dig any more, he says 'I want to sit in the garden at least, even if I can't do the digging'.",
     "I want to sit in the garden at least, even if I can't do the digging"),
])
def test_a_wish_said_in_single_quotes_is_the_quoted_words(text: str, quoted: str) -> None:
    assert quoted in _spans(text, "maintenance")


@pytest.mark.parametrize("text,wish", [
    # a Welsh short form after "deud" is no opening quote: the double-quoted wish is still found
    ("Fe wedodd e wrtha i bore 'ma \"fi moyn job ar y rheilffordd\". Mae e'n gwbod yr amserlen i gyd.",
     "fi moyn job ar y rheilffordd"),
    ("He told me this morning 'fore breakfast \"I want a job on the railway\". He knows the whole timetable.",
     "I want a job on the railway"),
])
def test_an_apostrophe_of_a_short_form_opens_no_quote(text: str, wish: str) -> None:
    assert _spans(text, "change")[0] == wish


@pytest.mark.parametrize("text,wish", [
    # the texting "n" for "and" is left off the front of an outcome, as "and" / "a" are
    ("my hands are bad for typing so dont mind my spelling. n call me gail not mrs h", "call me gail not mrs h"),
    ("he gets confused easy. n dont come at school run time", "dont come at school run time"),
    ("mae nwylo fi'n ddrwg am deipio. a galwch fi'n gail dim mrs h", "galwch fi'n gail dim mrs h"),
])
def test_a_texting_n_for_and_is_left_off(text: str, wish: str) -> None:
    assert wish in _spans(text, "process")


@pytest.mark.parametrize("text", [
    # a thing named, then a sentence wishing it to stay as it is: one outcome
    "his cpn Sarah. dont change her",
    "Jo being my partner and not my nurse - I want to keep it that way.",
    "Capel ar fore Sul yn Soar. Sa i'n moyn colli hwnnw.",
    "Jo fel fy PA. sa i moyn neb arall",
    "Seren a'r stablau!!! plis dim newid hwna",
    "Ei chadair hi wrth y ffenest, peidiwch â'i symud hi.",
    "Her chair by the window, don't move it.",
])
def test_a_thing_and_the_wish_that_it_stays_are_one(text: str) -> None:
    assert _spans(text, "maintenance") == [text]


@pytest.mark.parametrize("text,first", [
    # a wish of its own after the thing, naming something new, stays its own outcome
    ("Capel ar fore Sul yn Soar. Sa i'n moyn colli'r côr chwaith.", "Capel ar fore Sul yn Soar."),
    ("his cpn Sarah. dont change the day of his injection", "his cpn Sarah."),
])
def test_a_wish_naming_something_else_stays_its_own(text: str, first: str) -> None:
    spans = _spans(text, "maintenance")
    assert text not in spans and spans[0] == first
