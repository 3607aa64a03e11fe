"""Outcome boundaries the stop-21 round fixed on a fresh writer's conversations (benchmarks/conversations/dev_fresh,
tuning half), each with a twin in the other language.

- a wish whose "that" points back ("I'd love to get back to that") joins the sentence before only when what it
  points to is not already in its own sentence: "I used to go fishing ... and I'd love to get back to that" is the
  wish with its own report, never with the sentence before it ("I sit in all day watching the telly...").
"""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[str]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize("text,report_before,wish", [
    ("Getting out the house. Since me accident I don't go nowhere, I sit in all day watching the telly and it does "
     "me head in. I used to go fishing down the Dee with me mate Stu every Saturday and I'd love to get back to "
     "that, it's the only thing that ever calmed me down.",
     "I sit in all day",
     "I used to go fishing down the Dee with me mate Stu every Saturday and I'd love to get back to that, it's the "
     "only thing that ever calmed me down."),
    ("Dwi'n ista'n tŷ drwy'r dydd yn gwylio'r teli a mae'n gyrru fi'n wirion. Ro'n i'n arfer mynd i bysgota ar yr "
     "afon efo Stu bob dydd Sadwrn a dwi isio mynd yn ôl at hynna, dyna'r unig beth oedd yn fy nhawelu i.",
     "gwylio'r teli",
     "Ro'n i'n arfer mynd i bysgota ar yr afon efo Stu bob dydd Sadwrn a dwi isio mynd yn ôl at hynna, dyna'r unig "
     "beth oedd yn fy nhawelu i."),
])
def test_a_wish_pointing_back_within_its_own_sentence_stays_there(text: str, report_before: str, wish: str) -> None:
    found = _spans(text, None)
    assert wish in found
    assert not any(report_before in t for t in found)


def test_a_wish_pointing_back_at_the_sentence_before_still_joins_it() -> None:
    text = "He goes to the men's shed on a Tuesday. I'd like him to keep doing that as long as he can."
    assert _spans(text, None) == [text]
