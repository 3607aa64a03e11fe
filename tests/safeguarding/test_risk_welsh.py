"""Round 5: Welsh parity of the risk rule families (bot/data/analysis/risk_patterns.tsv, "round 5").

A disclosure in Welsh must be caught as reliably as one in English, whatever the dialect (isio/moyn,
efo/gyda, fo/fe), register, contraction ('y, 'n, 'di, nath o, sa i) or mutation. Every example here is
new, written for these tests, and checked below not to come from a held-out set or the training file.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent

# (text, a category that must be reported)
URGENT = [
    # physical harm: simple past, spoken past, present, with agents and English loanwords
    ("Trawodd fy ngŵr fi ar draws fy wyneb", "abuse"),
    ("Ciciodd y boyfriend fi yn fy stumog", "abuse"),
    ("Wnaeth fy llys-dad fy nyrnu i", "abuse"),
    ("ddaru'r gofalwr 'y ngwthio i'n erbyn y wardrob", "abuse"),
    ("Ma' step-dad fi 'di bod yn bwrw fi", "abuse"),
    ("mae partner mam yn hitio'r plant", "abuse"),
    ("Mae'r landlord wedi bod yn fy mygwth i", "abuse"),
    ("Rhoddodd e grasfa i fi yn y car", "abuse"),
    ("Ces i stid gan fy mrawd mawr neithiwr", "abuse"),
    ("Ymosododd dau foi arna i ar y ffordd adre", "abuse"),
    ("mae fy nghariad yn mynd yn aggressive efo fi pan mae o 'di meddwi", "abuse"),
    ("Cydiodd e yn fy ngwddw i", "abuse"),
    # threats
    ("Mae o 'di deud y bysa fo'n fy nhagu i", "abuse"),
    ("Wedodd hi bydd hi'n lladd y plant", "abuse"),
    ("Bydd e'n fy mrifo i os dw i'n dweud wrth y social", "abuse"),
    ("Mae e'n bygwth fy saethu i", "abuse"),
    # coercive control
    ("Dw i ddim yn cael ffonio neb heb iddi hi wrando", "abuse"),
    ("Sa i'n cael gweld fy mam o gwbl", "abuse"),
    ("Mae o'n mynd drwy fy ffôn i bob nos", "abuse"),
    ("Mae fy ngŵr yn rheoli'r arian i gyd", "abuse"),
    ("Dydy hi ddim yn gadael fi weld fy ffrindiau", "abuse"),
    # sexual abuse and images
    ("Mae cefnder fi'n twtsio fi yn y nos", "abuse"),
    ("Nath o gyffwrdd â fi pan o'n i'n cysgu", "abuse"),
    ("Mae'r hyfforddwr yn gwneud i mi dynnu fy nillad", "abuse"),
    ("Mae rhywun ar Snapchat yn anfon lluniau noeth ata i", "exploitation"),
    # ending life
    ("Fysa neb yn sylwi tasa fi'n marw fory", "suicide"),
    ("Gwell gen i farw na wynebu diwrnod arall", "suicide"),
    ("Dw i am roi diwedd ar bethau heno", "suicide"),
    ("Wnes i feddwl am ladd 'yn hun neithiwr", "suicide"),
    ("Mae'r tabledi yn barod i fi rhag ofn", "suicide"),
    ("Dw i wedi meddwl am gamu o flaen y trên", "suicide"),
    ("Dw i'n mynd lawr i'r afon a fydda i ddim yn dod adre", "suicide"),
    ("O'n i ar do'r maes parcio a bron i fi neidio", "suicide"),
    # self-harm
    ("Dw i 'di dechrau self-harmio eto", "self_harm"),
    ("Dwi'n brifo'n hun pan ma' pethau'n ddrwg", "self_harm"),
    ("Mae gen i greithiau ar fy mreichiau, fi sy wedi'u gwneud nhw", "self_harm"),
    ("Dw i'n torri efo rasal bob nos", "self_harm"),
    # left without care
    ("Ma'r efeilliaid ar ben eu hunain ers amser cinio", "neglect"),
    ("Dydy Mam ddim wedi dod adre ers dydd Iau", "neglect"),
    ("Does neb adref ers neithiwr", "neglect"),
    ("Mae Taid wedi cael ei adael heb fwyd na diod", "neglect"),
    # homelessness
    ("Dan ni ar y stryd ers ddoe", "homelessness"),
    ("Mae e wedi newid y cloeon arna i", "homelessness"),
    # exploitation and money
    ("Mae fy nith yn tynnu arian o fy nghyfrif heb ofyn", "exploitation"),
    ("Ma' gynno fo 'y ngherdyn i a'r rhif PIN ers wythnosau", "exploitation"),
    ("Dw i'n gorfod symud pecynnau i'r bois 'ma", "exploitation"),
    ("Dw i mewn dyled iddyn nhw a rhaid i fi gario iddyn nhw", "exploitation"),
    ("Mae'r mab yn dwyn 'y mhensiwn i", "exploitation"),
]

# Look-alikes (idioms, sport, accidents, ordinary life) and negations. Must stay "none".
NONE = [
    "Mae'r oerfel 'ma'n fy lladd i",
    "Bu bron i fi farw o chwerthin",
    "Wnes i dorri'r lawnt bore 'ma",
    "Tarodd hi'r bêl i'r rhwyd",
    "Nes i losgi'r bara ar y gril",
    "Dan ni'n lladd amser yn y caffi",
    "Dw i'n marw isio bwyd",
    "Ciciodd e'r bêl dros y bar",
    "Dw i'n cloi'r drws cefn bob nos",
    "Gadawon ni'r ci allan i'r ardd",
    "Cafodd Cymru gweir gan Ffrainc",
    "Curodd fy mab fi mewn ras i'r car",
    "Bydd Dad yn fy lladd i os dw i'n hwyr",
    "Mae hi'n bwrw glaw yn Nghaerdydd eto",
    "Dw i wedi torri fy sbectol",
    "Ma' ngŵr i'n cadw'r pres mewn tun at y Nadolig",
    "Ymosododd y ci arna i yn y parc",
    "Dw i am orffen pethau efo fo heno",
    "Dw i isio cerdded o flaen y dosbarth a chanu",
    "Fasa fe byth yn 'y nharo i",
    "Dydy fy mab erioed wedi codi llaw ata i",
    "Mae'r babi'n cysgu'n braf ar ei ben ei hun yn ei got",
    "Mae Nain yn gadael y radio ymlaen drwy'r nos",
    "Dw i'n licio cysgu yn y garafan yn yr haf",
    "Mae'r plant yn cicio pêl efo'u tad",
]


@pytest.mark.parametrize("text,category", URGENT, ids=[t[:40] for t, _ in URGENT])
def test_welsh_family_disclosures_are_urgent(text, category):
    check_urgent(text, category)


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_welsh_look_alikes_stay_none(text):
    check_none(text)


def test_spoken_possessive_yn_needs_a_nasal_mutation():
    # "'n" is both "fy" ("a'n llusgo") and the progressive "yn" ("hi'n bwrw glaw"): only a nasal
    # mutation after it reads as "my".
    assert assess_risk("Mae o'n 'n mwrw i").level == "urgent"
    assert assess_risk("Mae gen i ofn y bydd hi'n bwrw eira").level == "none"


def test_examples_are_not_from_heldout_sets_or_training():
    assert_new(URGENT, NONE, with_training=True)
