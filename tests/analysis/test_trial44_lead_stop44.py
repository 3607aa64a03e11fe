"""Stop-44 trial (the twenty-first): findings fixed by the lead, in both languages, the trial's words and new ones.

- AY1: "a ma'r tabledi yn llanast, dwn i'm os di o'n eu cymryd nhw" (a daughter about her father's tablets) was a
  suicide "please check" from the model alone, and the missed doses were nowhere: a medication concern now. Not knowing
  whether someone took them ALL stays the model's "please check".
- AY3: "alla i ddechre eto plz" (can I start again) was not understood: start again.
- AY9: formal Welsh "bu'n rhaid i mi roi'r gorau iddi" (I had to give it up) was filed as a keep.
- AY11: "Mae'n bwysig iddo gael aros gartref", "Mae Idris am gael aros gartref" gave no outcome.
(AY13, "she'd rather die than go into a home" read as a low-mood concern, is left: a row chose that on purpose.)
The words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.controls import control_of
from bot.analysis.risk import assess_risk

MEDICATION = {
    "cy": ["a ma'r tabledi yn llanast, dwn i'm os di o'n eu cymryd nhw", "mae ei dabledi hi'n draed moch",
           "ma'r pils yn smonach llwyr", "dwn i ddim os ydi o yn cymryd ei foddion"],
    "en": ["the tablets are a mess, I dont know if hes taking them", "his tablets are all over the place",
           "i dont know if mum is taking her tablets", "not sure if dad takes them tbh"],
}
STILL_A_PLEASE_CHECK = ["dwn i ddim os ydi hi wedi cymryd nhw i gyd", "i dont know if she has taken them all"]
STILL_URGENT = ["dwn i ddim os dw i am gymryd nhw i gyd heno",
                "ive got all my tablets here and i dont know if ill take them all tonight"]


@pytest.mark.parametrize("text", MEDICATION["cy"] + MEDICATION["en"])
def test_tablets_in_a_mess_or_not_known_taken_are_a_medication_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "medication" in reading.categories, (text, reading)
    assert "suicide" not in reading.categories


@pytest.mark.parametrize("text", STILL_A_PLEASE_CHECK)
def test_not_knowing_whether_all_were_taken_stays_a_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "none" and reading.please_check, (text, reading)


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_plan_for_all_the_tablets_tonight_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text


@pytest.mark.parametrize("text", ["alla i ddechre eto plz", "Alla i ddechrau eto?", "ga i ddechra eto plis",
                                  "can i start again plz", "can we start again please", "can we start over"])
def test_asking_to_start_again_is_start_again(text: str) -> None:
    found = control_of(text)
    assert found is not None and found[0] == "start_again", text


@pytest.mark.parametrize("text", ["alla i ddechre eto yn coleg", "can i start again with the darts next year"])
def test_starting_something_else_again_is_not(text: str) -> None:
    assert control_of(text) is None


def _spans(text: str) -> list[tuple[str, str]]:
    _otype, _conf, spans = sort_outcomes(text, "q_what_matters")
    assert all(s.text == text[s.start:s.end] for s in spans)
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text", [
    "Roeddwn yn canu yn y côr am ddeugain mlynedd, ond bu'n rhaid i mi roi'r gorau iddi.",
    "Bu rhaid imi roi'r gorau i'r bowlio y llynedd.",
])
def test_formal_welsh_given_up_is_never_a_keep(text: str) -> None:
    assert all(kind != "maintenance" for _, kind in _spans(text)), _spans(text)


@pytest.mark.parametrize("text", ["Mae'n bwysig iddo gael aros gartref", "Mae'n bwysig iddi gael aros adre",
                                  "Mae Idris am gael aros gartref", "Mae hi am fyw yn ei chartref ei hun",
                                  "It's important to him to stay at home"])
def test_staying_at_home_told_formally_is_a_keep(text: str) -> None:
    assert _spans(text) == [(text, "maintenance")]


def test_a_time_is_not_a_wish() -> None:
    assert _spans("Mae hi am 3 o'r gloch yn y feddygfa") == []
