"""A plan with its means, told among ordinary things (issue 11, stop 38; found on dev_fresh7, the test set's third twin).

"i used to do zumba but that went years ago ... ive been saving my sertraline and my mums co-codamol in a box in the
wardrobe and ive sort of got a date in my head" was a concern (the medicines were not named in the rules, and the
long-ago family put the model's suicide reading down to the zumba "years ago"); its Welsh twin read nothing at all.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

#: Medicines kept by and a time already fixed: urgent, with or without something long past told beside them.
PLANS = [
    "i used to do zumba but that went years ago. ive been saving my sertraline and my mums co-codamol in a box in the "
    "wardrobe and ive sort of got a date in my head",
    "ive been saving my sertraline in a box and ive got a date in my head",
    "I gave up the choir years ago. I've got the diazepam put by and I've picked a night",
    "I've picked a night and I've got the zopiclone ready",
    "Dw i wedi bod yn cadw fy nhabledi ac mae gen i ddyddiad yn fy mhen",
    "Roedd y côr ers blynyddoedd yn ol. Dw i wedi bod yn cadw fy nhabledi ac mae gen i ddyddiad yn fy mhen",
    "Rhois i'r gorau i'r côr flynyddoedd yn ôl. Dw i wedi dewis y noson a mae gen i'r tabledi",
    "ma gen i'r co-codamol i gyd mewn bocs a dwi di pigo'r diwrnod",
]
#: The same words about ordinary days: no alert.
CALM = [
    "we picked a date for the wedding, mam takes her tablets every morning",
    "Dw i wedi dewis y dyddiad ar gyfer y parti. Mae Mam yn cymryd ei thabledi bob bore",
    "She has her sertraline with breakfast, the pharmacist does a blister pack",
    "Mae o'n cymryd ei sertraline bob bore efo'i banad",
]
#: Long over and told in the harm's own words: still a history to note, as stop 37 made it.
LONG_OVER = ["I took an overdose forty years ago", "nes i gymryd gorddos ddeugain mlynedd yn ôl"]


@pytest.mark.parametrize("text", PLANS)
def test_medicines_kept_and_a_time_fixed_are_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


@pytest.mark.parametrize("text", CALM)
def test_medicines_and_dates_of_ordinary_days_raise_nothing_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text", LONG_OVER)
def test_an_overdose_told_as_long_over_in_its_own_words_stays_a_history(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.categories) == ("concern", ("suicide",)), explain(text)


def test_a_suicide_the_model_alone_reads_is_not_put_down_to_something_else_long_ago() -> None:
    # No rule reads this goodbye, only the learned model; "years ago" is said of the choir, not of it. Until stop 38 the
    # long-ago family made it a plain concern nobody on duty reads; now it is at least a "please check".
    text = ("I used to sing in the choir but that was years ago, I gave it up when my knees went and I have not been "
            "back since. I have written letters to everyone and put my affairs in order and I just want it all to be "
            "over now, I have had enough of it")
    found = assess_risk(text)
    assert found.level == "urgent" or (found.level, found.please_check) == ("concern", True), explain(text)
    assert "suicide" in found.categories, explain(text)
