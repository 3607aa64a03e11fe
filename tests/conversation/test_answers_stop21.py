"""Wishes said outright in the answer about important people are outcomes (stop 21): every dev reader and the fresh
writer quote "I'd like to see her more" in a list of names, and none of the names."""
from __future__ import annotations

import pytest

from bot.analysis import analyse, load
from bot.conversation import answers


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    load()


@pytest.mark.parametrize("text,wish", [
    ("Me mam in Buckley, I'd like to see her more. Stu. Tyson. Kerry. Me sister in Chester but we don't talk.",
     "I'd like to see her more."),
    ("Mam yn Bwcle, dwi isio'i gweld hi'n amlach. Stu. Tyson. Kerry. Fy chwaer yng Nghaer ond dan ni'm yn siarad.",
     "dwi isio'i gweld hi'n amlach."),
])
def test_a_wish_said_outright_among_names_is_the_one_outcome(text: str, wish: str) -> None:
    kept = answers.wishes_kept("people", analyse(text))
    assert [o.text for o in kept.outcomes] == [wish]
    assert "people" in answers.WISHES_SAID_OUTRIGHT


@pytest.mark.parametrize("text", ["Mam, Nain, Gethin a Jac.", "mum, Jess, Bramble, Lily and Ella"])
def test_names_alone_make_no_outcome(text: str) -> None:
    assert answers.wishes_kept("people", analyse(text)).outcomes == ()


def test_other_questions_keep_every_outcome() -> None:
    analysis = analyse("Me dog, Tyson. Gardening with my neighbour on a Sunday.", question="maintenance")
    assert answers.wishes_kept("keep", analysis) is analysis
