"""Whose view, the fifth trial (stop 28, Y10): a wish with "she's said that clearly" after it is hers, passed on.

Glenys's husband wrote "isio aros adra … ma hi di deud hynna'n glir" (she has said that clearly): it was filed as his
view. Stored through the real repository in tests/conversation/test_whose_words.py (side by side with his own).
"""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


@pytest.mark.parametrize("text,reported", [
    ("isio aros adra, ma hi di deud hynna'n glir", True),
    ("wants to stay home, she has made that clear", True),
    ("mae hi isio mynd i'r côr, medda hi", True),
    ("I want someone with her in the day, I have said that to the GP.", False),  # his own, said to someone
    ("Dw i isio i rywun fod efo hi, dw i wedi deud hynna wrth y meddyg.", False),
])
def test_only_someone_elses_said_so_passes_it_on(text: str, reported: bool) -> None:
    _t, _c, spans = sort_outcomes(text, None)
    assert spans and all(s.reported is reported for s in spans), [(s.text, s.reported) for s in spans]
