"""Stop 43's #OFF rows, narrowed (task risk44). Children in the care of an adult drinking all day (stop 43's risk43
family) read ordinary sentences as urgent ("my son is 9 . his dad has been drinking since 2016 so we split"): now a
year or any number after "since" is no time of day, drinking that is over (past, given up, split up, years ago) stays
calm, and an age is not a clock time, a height or a weight ("yn 9 y bore", "6 foot"). The family is back on; each
phrasing here is new (no benchmark line), both languages, north and south."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

DRINKING_NOW = {
    "cy": ["mae y plant yn 5 a 8 a mae o wedi bod yn yfed drwy y dydd",
           "ma fe di bod ar y cwrw ers amser cinio a fe sy n gwarchod y plant",
           "ma fe di bod yn yfed ers y bore a ma'r babi yn llefen",
           "dwi'n 8 a ma mam di bod ar y seidr trwy'r pnawn"],
    "en": ["the kids are 7 and 4 and he has been drinking all day",
           "my daughter is 3 and her dad has been on the vodka since lunchtime",
           "the little ones are with mum and shes been drinking since this morning",
           "my stepdad has been on the cans since dinner and he is meant to be watching the little ones"],
}
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
           "the kids are 7 and 4 and he used to be drinking all day but he is sober now"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_children_with_an_adult_drinking_now_are_urgent_neglect(language: str) -> None:
    for text in DRINKING_NOW[language]:
        reading = assess_risk(text)
        assert reading.level == "urgent" and "neglect" in reading.categories, (text, reading)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_drinking_over_a_year_or_a_clock_time_stays_calm(language: str) -> None:
    for text in DRINKING_CALM[language]:
        assert assess_risk(text).level != "urgent", text


# ---------- threats to come round (stop 43's risk43 family): "she said she will come round if i ring her" was urgent.
# Now the act must be one NOT done ("if i don't answer", "unless i pay", "os na i dalu"), and a visit to check on them,
# help or for a cuppa stays calm (family, a neighbour, a nurse).
THREAT = {
    "cy": ["os dw i ddim yn ateb maen nhw yn deud bod nhw yn dod draw",
           "os na i dalu erbyn dydd gwener ma fe'n gweud bydd e'n dod rownd",
           "os dwi'm yn atab mae o'n deud bod o'n dod i fy nôl i"],
    "en": ["if i dont pay him by friday he says hes gonna come round",
           "he told me he will turn up at my work unless i pay",
           "she said she would come to my house if i did not pick up"],
}
VISIT_CALM = {
    "cy": ["os dw i ddim yn ateb mae mam yn deud bod hi yn dod draw i weld bod fi n iawn",
           "mae fy merch yn deud bydd hi yn dod draw os dw i angen hi",
           "os na i ateb mae'r nyrs yn dod draw i jecio fi, chwarae teg"],
    "en": ["my neighbour is lovely, she said she will come round if i ring her",
           "if i do not answer my mum says she will come round to check on me",
           "if i dont answer my sister said she would come round to make sure i am ok",
           "he said he would come and fix the fence if i pay for the wood"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_threat_to_come_round_if_not_answered_or_paid_is_urgent(language: str) -> None:
    for text in THREAT[language]:
        reading = assess_risk(text)
        assert reading.level == "urgent" and "exploitation" in reading.categories, (text, reading)


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
