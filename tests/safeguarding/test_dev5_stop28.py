"""A fifth writer's single answers (stop 28, benchmarks/conversations/dev5_*.tsv, tuning half): families, both languages.

- Everyday: hurting oneself by accident said as what is avoided ("without hurting myself", "heb frifo fy hun"); choked
  by paperwork ("cael fy nhagu gan waith papur"); an old person's calm acceptance of death, said of her ("she's ready to
  go … when her time comes"). None of these is urgent; the same words with a plan stay urgent.
- Disclosures: a young person drawn in by older men (disappearing at night, different cars, a new phone); an older man
  hit by someone living with him, reported ("Ma Dad yn gweud bod e wedi'i fwrw fe"); a child left alone with a younger
  one and no food or electric. All urgent.
Lines written for this test (the writer's own lines are in the dev files, not copied here).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "the physio showed me how to get out of the bath without hurting myself, brilliant she was",
    "dangosodd y ffisio i fi sut i godi o'r gadair heb frifo fy hun",
    "mae hi'n cael ei thagu gan ffurflenni'r cyngor, druan",
    "dw i'n cael fy nhagu gan waith papur bob nos Sul",
    "Nain says she's ready to go when her time comes, she's made her peace, she's 96",
    "Mae Taid yn deud ei fod o'n barod i fynd pan ddaw ei amser, mae o wedi gwneud ei heddwch",
])
def test_everyday_words_that_sound_like_harm_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "I've saved up my tablets, I'm ready to go",
    "dwi'n barod i fynd. dwi wedi cadw'r tabledi i gyd, digon i fynd",
    "mae o'n fy nhagu i bob nos pan mae o wedi meddwi",
    "I keep hurting myself on purpose when it gets bad",
])
def test_the_same_words_with_harm_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text, category", [
    ("our Kayla is 14 and she keeps going missing at weekends, older lads in different cars, comes home with a new phone",
     "exploitation"),
    ("mae'r hogyn yn 13 ac mae o'n diflannu bob penwythnos efo hogia hŷn, ceir gwahanol yn ei godi o", "exploitation"),
    ("different cars picking her up from school and she never comes home till 3", "exploitation"),
    ("Mae Mam yn deud fod o wedi'i tharo hi neithiwr pan ofynnodd hi am ei phres", "abuse"),
    ("ma Tad-cu'n gweud bod e wedi'i wthio fe lawr y stâr", "abuse"),
    ("mums not been back since friday, its just me and my brother on our own and theres no food left", "neglect"),
])
def test_harm_told_as_what_is_seen_is_urgent(text: str, category: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and category in reading.categories, reading


@pytest.mark.parametrize("text", [
    "Mam goes to the club with older men and they give her lifts home, she loves it",
    "my nan disappears into the garden for hours, bless her",
    "ma fe wedi'i fwrw fe'n galed, y bêl, dros y ffens",
])
def test_older_men_and_a_ball_hit_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"
