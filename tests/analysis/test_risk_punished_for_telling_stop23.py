"""Stop 23 (dev conversations cy-textspeak-young_person-11 and en-north-east-young_person-11): a follow-up to a
disclosure, said at "when is the best time to visit?", that he broke their phone because he thought they had told
someone was read by the learned model alone, so at a set-up question it was only a concern. Being punished for telling
is urgent by rule in both languages; a broken phone screen, a phone broken while drunk, or a parent taking a phone is
not."""
from __future__ import annotations

import pytest

from bot.analysis.risk import rules_only

PUNISHED = [
    "ar ol ysgol, ddim adra plis. nath o dorri ffon fi tro dwytha nath o feddwl bo fi di deud wrth rywun. yn ysgol neu "
    "yn ty nain",  # the dev script's own words
    "he smashed my phone last time he thought I had told someone",
    "mae o wedi torri fy ffon achos bo fi wedi siarad efo'r athrawes",
    "she threw my phone at the wall because I rang my dad",
]
NOT_PUNISHED = [
    "he broke my phone screen when he sat on it, so text might not work",
    "dw i wedi torri fy ffon eto",
    "nes i dorri ffon fi achos o ni di meddwi lol",
    "mam took my phone because i told her i hate school",
]


@pytest.mark.parametrize("text", PUNISHED)
def test_a_phone_broken_for_telling_is_urgent_by_rule(text: str) -> None:
    assert rules_only(text).level == "urgent"
    assert "abuse" in rules_only(text).categories


@pytest.mark.parametrize("text", NOT_PUNISHED)
def test_a_broken_or_confiscated_phone_is_not(text: str) -> None:
    assert rules_only(text).level == "none"
