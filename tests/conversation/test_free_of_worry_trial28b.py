"""A wish to be free of the worry is no worry told (sixth trial, stop 28, Z8).

A carer's "a sitter one evening a week so i can go to zumba and choir without worrying" got "that sounds worrying":
the word "worrying" was read as a worry told. Wanting to go out without worrying ("heb boeni") is a wish; the worry
itself ("I worry she will fall when I am out") is still heard as one.
"""
from __future__ import annotations

import pytest

from bot.conversation.replies import tells_a_worry


@pytest.mark.parametrize("text", [
    "a sitter one evening a week so i can go to zumba and choir without worrying",
    "someone to sit with Dad so I don't have to worry when I'm at work",
    "rhywun i eistedd efo Mam er mwyn i fi fynd allan heb boeni",
    "rhywun gyda fe am noson, i fi gael mynd i'r côr heb orfod becso",
])
def test_a_wish_to_be_free_of_worry_is_no_worry(text: str) -> None:
    assert not tells_a_worry(text)


@pytest.mark.parametrize("text", ["I worry she will fall when I am out", "dwi'n poeni y bydd hi'n disgyn"])
def test_the_worry_itself_is_heard(text: str) -> None:
    assert tells_a_worry(text)
