"""A disclosure answer's outcomes: which are part of the harm is decided in one place, per answer, for every format
(stop-25 closing note: the view and the FHIR export each read every sentence of the answer again for every outcome).
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.safeguarding.harm import wishes_apart_from_harm
from bot.summary.record import outcomes_of_the_harm

TOLD = {
    "en": "He hits me when he's had a drink and I'm scared of him. I'd like to keep my allotment though. "
          "And I want to get back to swimming.",
    "cy": "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e. Hoffwn i gadw fy rhandir serch hynny. "
          "A dw i eisiau mynd yn ôl i nofio.",
}
WISHES = {"en": ("keep my allotment", "get back to swimming"), "cy": ("gadw fy rhandir", "mynd yn ôl i nofio")}
HARM = {"en": "scared of him", "cy": "dw i ofn e"}


def _outcomes(language: str) -> list[dict[str, Any]]:
    return [{"answer_id": 7, "text": words} for words in (*WISHES[language], HARM[language])] + [
        {"answer_id": 7, "text": "words no longer in the answer"},  # an older record: never shown
        {"answer_id": 8, "text": WISHES[language][0]},  # another answer, no disclosure: not this rule's
    ]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_harm_and_only_the_harm_is_left_out(language: str) -> None:
    outcomes = _outcomes(language)
    harm = outcomes_of_the_harm(outcomes, {7: TOLD[language]})
    assert {o["text"] for o in outcomes if id(o) in harm} == {HARM[language], "words no longer in the answer"}
    assert id(outcomes[-1]) not in harm


@pytest.mark.parametrize("language", ["en", "cy"])
def test_it_agrees_with_the_rule_the_outcomes_were_stored_by(language: str) -> None:
    outcomes = _outcomes(language)[:3]
    text = TOLD[language]
    stored = wishes_apart_from_harm(text, [(text.index(o["text"]), text.index(o["text"]) + len(o["text"]))
                                           for o in outcomes])
    harm = outcomes_of_the_harm(outcomes, {7: text})
    assert [id(o) not in harm for o in outcomes] == stored == [True, True, False]


def test_no_disclosure_no_harm() -> None:
    assert outcomes_of_the_harm(_outcomes("en"), {}) == set()
