"""Leaving the chat is no outcome (stop-28 trial Y9).

An older woman ended an answer with "Now I am off to see about that custard slice." and it was listed as something she
wants to change. A sentence leaving the chat after a word that turns to it ("now", "anyway", "right"; "reit", "ta
beth") is a remark to the assistant; "I'm off to the day centre on Tuesdays" is still what she does.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.outcomes import is_chat_remark


@pytest.mark.parametrize("text", [
    "Now I am off to see about that custard slice.", "Right, I'm off now. Thanks", "anyway im off to bed",
    "Reit, dwi'n mynd i neud panad rwan", "Ta beth, wi'n mynd nawr",
])
def test_leaving_the_chat_is_a_remark(text: str) -> None:
    assert is_chat_remark(text)


@pytest.mark.parametrize("text", ["I'm off to the day centre on Tuesdays and I love it",
                                  "Dwi'n mynd i'r côr bob nos Fercher"])
def test_what_they_do_is_no_remark(text: str) -> None:
    assert not is_chat_remark(text)


@pytest.mark.parametrize("answer, kept", [
    ("My bridge club on a Thursday, I would like to keep going. Now I am off to see about that custard slice.",
     "My bridge club on a Thursday"),
    ("Cael mynd i'r côr bob nos Fercher. Reit, dwi'n mynd i neud panad rwan.", "Cael mynd i'r côr bob nos Fercher"),
])
def test_the_remark_leaves_the_wishes(answer: str, kept: str) -> None:
    outcomes = [o.text for o in analyse(answer).outcomes]
    assert any(o.startswith(kept) for o in outcomes)
    assert not any("custard" in o or "panad" in o for o in outcomes)
