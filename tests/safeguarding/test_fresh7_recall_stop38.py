"""Disclosures dev_fresh7's tuning half read below urgent (issue 11, stop 38), each with its twin and a calm look-alike.

A paid carer's rough handling and neglect told in Welsh ("cleisiau ... fel bysedd", "yn y pad gwlyb o amser cinio tan
y bora" was a carer_strain concern), a child left to keep house while mam is away ("mams been in cardiff with her
boyfriend since friday" was a self_neglect concern), a child afraid of being taken from home, and a young man's flat
taken over to sell from ("people coming in and out all night to buy stuff off them" was an isolation concern).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

#: (message, a category the duty team must see): the quoted lines first, then their twins in the other language.
URGENT = [
    ("Mae hi'n tynnu Ann o'r gadair i'r gwely fel sach o datws. Mae gan Ann gleisiau ar dop ei breichiau, fel bysedd, "
     "dwi 'di tynnu lluniau.", "abuse"),
    ("She drags Ann from the chair to the bed like a sack of potatoes. Ann has bruises on the tops of her arms like "
     "fingers, I've taken photos.", "abuse"),
    ("Ddwywaith mae hi heb droi i fyny o gwbl a mae Ann wedi bod yn y pad gwlyb o amser cinio tan y bora, mae ei chroen "
     "hi'n goch ac yn agored rŵan.", "neglect"),
    ("Twice she hasn't turned up and Ann has been in a wet pad from dinner time till the morning, her skin is red and "
     "broken now.", "neglect"),
    ("been going every day this week cos theres nothing in the house, mams been in cardiff with her boyfriend since "
     "friday and the electric on the meter ran out sunday so its cold and dark by 4. i been doing poppy her cereal with "
     "water cos the milk went off.", "neglect"),
    ("Mae mam wedi bod yng Nghaerdydd efo'i chariad ers dydd Gwener a does dim byd yn y tŷ, dwi'n rhoi grawnfwyd efo "
     "dŵr i Poppy.", "neglect"),
    ("poppy keeps asking when mam is coming back. please dont send police to the house mam will go mental and we'll "
     "get taken off her", "neglect"),
    ("Mae Poppy'n holi pryd mae mam yn dod nôl. plis peidiwch gyrru'r heddlu i'r tŷ, bydd mam yn mynd yn wallgo a "
     "byddan ni'n cael ein cymryd oddi wrthi", "neglect"),
    ("my mates stop over loads now, they sleep on the settee and they have people coming in and out all night to buy "
     "stuff off them so i cant sleep much but they are my mates", "exploitation"),
    ("Mae fy mêts yn aros drosodd lot rŵan, ac mae 'na bobl yn dod i mewn ac allan drwy'r nos i brynu stwff ganddyn "
     "nhw, dwi methu cysgu", "exploitation"),
]

#: The same words about ordinary days: no alert.
CALM = [
    "She bruises easily, the bruises on her legs are from the bed rails and the nurse knows",
    "Mae hi'n cleisio'n hawdd, mae'r cleisiau ar ei choesau o'r gwely a mae'r nyrs yn gwybod",
    "the kids left finger marks all over the window again",
    "The carer changed her wet pad straight away this morning, they are very good",
    "Mae'r gofalwr yn newid y pad gwlyb yn syth bob bore, maen nhw'n dda iawn",
    "mams been in spain with nan since friday for her birthday, we are stopping at dads and he does our tea",
    "Mae mam wedi bod yn Sbaen efo nain ers dydd Gwener, dan ni'n aros efo dad",
    "the dentist said we'll be taken off her list if we miss again",
    "the shop is busy, people in and out all day to buy stuff for the weekend",
    "Mae'r siop yn brysur, pobl yn mynd a dod drwy'r dydd i brynu pethau",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_the_disclosure_reaches_the_duty_team(text: str, category: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and category in found.categories, explain(text)


@pytest.mark.parametrize("text", CALM)
def test_the_calm_look_alike_raises_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)
