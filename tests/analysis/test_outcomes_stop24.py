"""Outcome cuts, stop 24: a general rule that holds on the fresh writers' held-out halves. Each message quoted with a
twin in the other language."""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[str]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize("text", [
    # a wish to go on with what was just told keeps its report when a reason follows it (fresh held-out cy span F1
    # 0.62 -> 0.64, fresh2 tuning cy 0.59 -> 0.61; dev and the English halves unchanged)
    "Dwi'n nofio yn y pwll bob bore Sadwrn a dwi isio cario mlaen achos mae o'n helpu fy nghefn",
    "Dwi'n nofio yn y pwll bob bore Sadwrn a dwi isio cario mlaen er mwyn cadw'n iach",
    "I swim at the pool every Saturday morning and I want to carry on because it helps my back",
    "I swim at the pool every Saturday morning and I want to keep going so that I stay well",
])
def test_a_reason_after_going_on_keeps_the_report(text: str) -> None:
    assert _spans(text, "maintenance") == [text]


@pytest.mark.parametrize("text,wish", [
    # a wish of its own after a report is still cut from it, reason or not
    ("Dwi'n nofio yn y pwll bob bore Sadwrn a dwi isio dysgu dreifio achos mae'r bws yn hwyr",
     "dwi isio dysgu dreifio achos mae'r bws yn hwyr"),
    ("I swim at the pool every Saturday morning and I want to learn to drive because the bus is always late",
     "I want to learn to drive because the bus is always late"),
])
def test_a_wish_of_its_own_is_still_its_own(text: str, wish: str) -> None:
    assert wish in " | ".join(_spans(text, "maintenance")) and text not in _spans(text, "maintenance")
