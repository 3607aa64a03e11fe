"""Risk reader, eleventh pass (stop 22): a young person who did not come home, told as the past, is the `missing` concern;
tablets kept for a headache are not an overdose. Each message with a twin in the other language, and a disclosure in
the same words that stays what the rules say.

* "my son didnt come home all weekend" (stop-21 dev_fresh tuning half) was urgent neglect: the neglect rule for an
  adult who has not come home (a child left alone: "dad has not been home for two nights") read a son. A son or
  daughter who did not come home, told as the past, is the missing concern; still not home ("has not come home
  since yesterday") is urgent, as is a parent not coming home.
* "I keep paracetamol in my bag in case of a headache" was urgent from the model alone at 0.76 (Welsh twin 0.66).
  Tablets kept with an everyday ailment named as the reason are guarded; "I've been keeping paracetamol in my bag in
  case", said after low mood, is urgent by rule, and its Welsh twin now has the rule too (it was the model's alone).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import rules_only
from bot.conversation.safety import read_risk

MISSING_CONCERN = [
    "my son didnt come home all weekend",
    "mab fi heb ddod adre drwy'r penwythnos",
    "our lad didnt come home all weekend, turned up sunday night",
    "ddaeth y ferch ddim adref am ddwy noson, roedd hi yn nhŷ ei chariad",
]
STILL_URGENT = [
    ("my son has not come home since yesterday", "missing"),
    ("dydi o dal ddim wedi dod adra ers ddoe", "missing"),
    ("dad didnt come home all weekend and theres no food", "neglect"),
    ("dad has not been home for two nights", "neglect"),
]
HEADACHE = [
    "I keep paracetamol in my bag in case of a headache",
    "dwi'n cadw paracetamol yn fy mag rhag ofn cur pen",
    "I always carry ibuprofen in my handbag for my back",
    "dw i wastad yn cario tabledi yn y car rhag ofn y meigryn",
]
# After low mood, the same tablets kept "in case": urgent by rule, in both languages.
KEPT_IN_CASE = [
    "I've been keeping paracetamol in my bag in case",
    "dw i wedi bod yn cadw tabledi yn fy mag rhag ofn",
    "I dont see the point anymore. I've been keeping paracetamol in my bag in case",
    "dw i ddim yn gweld pwynt ddim mwy. dw i wedi bod yn cadw tabledi yn fy mag rhag ofn",
]


@pytest.mark.parametrize("text", MISSING_CONCERN)
def test_a_child_who_did_not_come_home_told_as_the_past_is_the_missing_concern(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "concern" and "missing" in reading.categories


@pytest.mark.parametrize("text,category", STILL_URGENT)
def test_still_not_home_or_a_parent_not_home_stays_urgent(text: str, category: str) -> None:
    reading = read_risk(text)
    assert reading.level == "urgent" and category in reading.categories


@pytest.mark.parametrize("text", HEADACHE)
def test_tablets_kept_for_a_headache_are_not_an_overdose(text: str) -> None:
    assert read_risk(text).level == "none"


@pytest.mark.parametrize("text", KEPT_IN_CASE)
def test_tablets_kept_in_case_after_low_mood_are_urgent_by_rule(text: str) -> None:
    assert rules_only(text).level == "urgent"
    reading = read_risk(text)
    assert reading.level == "urgent" and "suicide" in reading.categories


TABLETS_READY = ["I've got the tablets ready", "mae gen i'r tabledi yn barod",
                 "I'll end up doing something stupid, I've got the tablets ready"]
SOMEONE_ELSES_OR_FOR_A_TIME = ["I've got his tablets ready for the morning",
                               "I have my tablets ready for when the nurse comes"]


@pytest.mark.parametrize("text", TABLETS_READY)
def test_tablets_got_ready_are_urgent_in_both_languages(text: str) -> None:
    """The English read none where its Welsh twin was urgent (from the model): now a rule."""
    reading = read_risk(text)
    assert reading.reaches_duty and "suicide" in reading.categories  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


@pytest.mark.parametrize("text", SOMEONE_ELSES_OR_FOR_A_TIME)
def test_tablets_ready_for_the_morning_or_the_nurse_are_not(text: str) -> None:
    assert read_risk(text).level == "none"
