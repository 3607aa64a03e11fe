"""Keeping one thing and asking for another (second stop-25 trial V9): "I want to keep going to school and have
somewhere quiet to go at lunch" was one outcome under keep. What to keep, then something asked for, are two outcomes,
in English as in Welsh ("isio cadw chwara … a mynd i ty nain"); somewhere to go or be that they do not have now is a
change, even said at "what would you like to keep?"."""
from __future__ import annotations

import pytest

from bot.analysis import analyse


@pytest.mark.parametrize("text,kept,asked", [
    ("I want to keep going to school and have somewhere quiet to go at lunch", "I want to keep going to school",
     "have somewhere quiet to go at lunch"),
    ("keep seeing my mates. somewhere quiet to go at lunch would be good", "keep seeing my mates.",
     "somewhere quiet to go at lunch would be good"),
    ("chwarae pêl-droed efo'n ffrindia. a rhywle tawel i fynd amser cinio plis", "chwarae pêl-droed efo'n ffrindia.",
     "rhywle tawel i fynd amser cinio plis"),
])
def test_keeping_one_thing_and_asking_for_another(text: str, kept: str, asked: str) -> None:
    found = {o.text: o.type for o in analyse(text, question="maintenance").outcomes}
    assert found.get(kept) == "maintenance", found
    assert found.get(asked) == "change", found


@pytest.mark.parametrize("text,question,expected", [
    ("finish my level 2 and have my own money", "change", [("finish my level 2 and have my own money", "change")]),
    ("keep having somewhere quiet to go at lunch, the library", "maintenance",
     [("keep having somewhere quiet to go at lunch, the library", "maintenance")]),
])
def test_one_wish_with_two_verbs_or_a_place_they_keep_stays_as_it_was(text: str, question: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert [(o.text, o.type) for o in analyse(text, question=question).outcomes] == expected
