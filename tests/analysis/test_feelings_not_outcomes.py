"""A feeling said without a wish is a worry for the safeguarding section, never a personal outcome.

In the stop 17 trial "Honestly some days I don't see the point of anything, it's just one day after another."
was read back, and shown to the practitioner, as a Change outcome.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse

FEELINGS = {
    "en": ("A good day is when Maureen's had a decent night and we can have our breakfast together. I'd like to "
           "get back to the bowls club in Gresford on a Tuesday. Honestly some days I don't see the point of "
           "anything, it's just one day after another.",
           "I'd like to get back to the bowls club in Gresford on a Tuesday", "see the point"),
    "cy": ("Diwrnod da ydi pan mae Gwen wedi cysgu'n iawn. Hoffwn i fynd yn ôl i'r clwb bowlio ar ddydd Mawrth. "
           "Weithiau dwi ddim yn gweld y pwynt, jyst un diwrnod ar ôl y llall.",
           "Hoffwn i fynd yn ôl i'r clwb bowlio ar ddydd Mawrth", "gweld y pwynt"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_wish_stays_and_the_feeling_is_not_an_outcome(language: str) -> None:
    text, wish, feeling = FEELINGS[language]
    found = analyse(text, question="change")
    outcomes = [o.text for o in found.outcomes]
    assert any(o.startswith(wish) for o in outcomes), outcomes
    assert not [o for o in outcomes if feeling in o], outcomes
    assert found.risk.level == "concern"


@pytest.mark.parametrize("text", ["I'd like to feel less low in the evenings",
                                  "Dw i eisiau teimlo'n llai isel gyda'r nos"])
def test_a_wish_about_a_feeling_is_an_outcome(text: str) -> None:
    assert [o.text for o in analyse(text, question="change").outcomes]
