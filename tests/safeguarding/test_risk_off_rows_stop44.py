"""Stop 43's #OFF rows, narrowed (task risk44). Children in the care of an adult drinking all day (stop 43's risk43
family) read ordinary sentences as urgent ("my son is 9 . his dad has been drinking since 2016 so we split"): now a
year or any number after "since" is no time of day, drinking that is over (past, given up, split up, years ago) stays
calm, and an age is not a clock time, a height or a weight ("yn 9 y bore", "6 foot"). risk44 turned the family back on;
the review found its guards hid "…and hasnt stopped", "he is never sober", "fel arfer" and read "the dog is 3 and he
has been drinking all day" as urgent, so it is left out again (#OFF) with the threat rows. The look-alikes stay calm
(each phrasing here is new, no benchmark line), both languages, north and south, including the review's."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: The look-alikes: a year, drinking that is over, a clock time, a height, a drink that is no drink.
DRINKING_CALM = {
    "cy": ["mae'r plant yn 5 a 7. roedd o wedi bod yn yfed drwy'r dydd, felly dan ni wedi gwahanu",
           "ma'r plant yn 9 a 11, ma fe di bod yn yfed ers blynyddoedd ond mae o wedi stopio yfed",
           "dw i'n dechrau gwaith yn 9 y bore a mae o wedi bod yn yfed te drwy'r bore",
           "y plant yn 4 a 6. oedd o wedi bod yn yfed drwy'r dydd pan oedd o efo ni, ond ma hynna drosodd"],
    "en": ["my son is 9 . his dad has been drinking since 2016 so we split",
           "my son is 9. his dad had been drinking all day back then so we left",
           "my kids are 6 and 8, their dad was on the drink since breakfast every day years ago, we split",
           "the kids are 7 and 4 and dad has been drinking water all day in this heat",
           "the kids are 7 and 4 and he used to be drinking all day but he is sober now",
           "the dog is 3 and he has been drinking all day, its so hot",
           "my son is 8 and my husband has been drinking since lunch at the wedding, I'm the driver tonight"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_drinking_over_a_year_or_a_clock_time_stays_calm(language: str) -> None:
    for text in DRINKING_CALM[language]:
        assert assess_risk(text).level != "urgent", text


# ---------- threats to come round (stop 43's risk43 family): "she said she will come round if i ring her" was urgent.
# risk44 narrowed it (the act must be one NOT done ("if i don't answer", "unless i pay", "os na i dalu"), and a visit to check on them,
# help or for a cuppa stays calm); the review found its calm guard read the person's own fear ("…, im really worried")
# as a kind visit, so it is left out again (#OFF). Its look-alikes stay calm: family, a neighbour, a nurse, a trade.
VISIT_CALM = {
    "cy": ["os dw i ddim yn ateb mae mam yn deud bod hi yn dod draw i weld bod fi n iawn",
           "mae fy merch yn deud bydd hi yn dod draw os dw i angen hi",
           "os na i ateb mae'r nyrs yn dod draw i jecio fi, chwarae teg"],
    "en": ["my neighbour is lovely, she said she will come round if i ring her",
           "if i do not answer my mum says she will come round to check on me",
           "if i dont answer my sister said she would come round to make sure i am ok",
           "he said he would come and fix the fence if i pay for the wood",
           "unless i pay the window cleaner he says he will come round again next week"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_visit_if_rung_or_to_check_on_them_stays_calm(language: str) -> None:
    for text in VISIT_CALM[language]:
        assert assess_risk(text).level != "urgent", text


# ---------- still bleeding and alone (stop 43's risk43 family) stays out (#OFF): stop 38 ties "still bleeding, on my own
# till 7" to the alert it follows and keeps it from being urgent alone (test_told_again_stop38). Its look-alikes stay
# calm meanwhile: someone else's nosebleed, a small wound of their own with how it happened.
BLEEDING_CALM = {
    "cy": ["mae ei thrwyn hi dal i waedu a dw i ar ben fy hun efo hi",
           "mae trwyn Nain yn dal i waedu a dw i ar ben fy hun efo hi",
           "nes i dorri fy mys yn plicio tatws, mae o dal i waedu ond dw i ar ben fy hun"],
    "en": ["her nose keeps bleeding and i am on my own with her",
           "i cut my finger chopping onions, it is still bleeding a bit and i am on my own",
           "i nicked my thumb peeling spuds and its still bleeding, home alone till tea",
           "my gums keep bleeding and no one is home to drive me to the dentist",
           "i am on my own with mum and her leg keeps bleeding through the dressing"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_nosebleed_or_a_small_wound_with_how_it_happened_stays_calm(language: str) -> None:
    for text in BLEEDING_CALM[language]:
        assert assess_risk(text).level != "urgent", text
