"""Round 6: Welsh look-alikes that share a disclosure's words (risk_guards.tsv, "round 6").

Everyday Welsh uses the verbs of harm for the gym, the weather, games, accidents and money kept
safe ("dw i'n lladd fy hun yn y gampfa", "ges i gweir ar y bowls", "dw i'n cadw pres at y Dolig").
These must stay "none"; the real disclosures that use the SAME words must stay urgent, so the guards
are checked from both sides. Every example is new, written for these tests (not from any held-out
set or the model's training file; checked below).
"""
from __future__ import annotations

import pytest

from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent

NONE = [
    # lladd / marw: effort, weather, embarrassment
    "Dw i'n lladd fy hun ar y beic yn y gampfa bob nos Lun",
    "Ma' hi 'di bod yn lladd ei hun yn gweithio shifftiau nos",
    "Mae'r glaw trwm 'ma'n fy lladd i",
    "Bron i fi farw o gywilydd pan syrthiais i ar y llwyfan",
    # taro / bwrw: struck as, illness, accidents, weather
    "Darodd hi fi'n od nad oedd neb wedi galw",
    "Ges i fy nharo'n ofnadwy gan y feirws stumog",
    "Cafodd Taid ei lorio gan annwyd trwm",
    "Wnaeth y diagnosis fy nharo i'n galed",
    "Wnes i daro fy mhen-glin ar y bwrdd bach",
    "Roedd y gwynt yn fy mwrw i'n ôl ar y prom",
    # cicio / hel allan: competitions and clubs
    "Gawson ni'n cicio allan o'r gwpan yn y rownd gyntaf",
    "Cafodd y mab ei hel allan o'r cae am dacl hwyr",
    # cweir / curo: games
    "Rhoddodd y wraig gweir i fi ar y Scrabble neithiwr",
    "Ma' Nain yn fy nghuro i bob tro ar y gardiau",
    "Ges i grasfa gan fy nghymydog ar y snwcer",
    # arian / pres: first-person saving and keeping
    "Dw i'n cadw pres mewn hen focs sgidiau at y gwyliau",
    "Dan ni wedi cynilo arian at briodas y ferch",
    "Mae Mam yn cadw'r arian i gyd mewn tun ar y dresel",
    "Nes i wario'r pres i gyd ar ddillad newydd",
    # soffa / stryd: building work, visits, the street itself
    "Dw i'n cysgu ar soffa fy mrawd tra ma'r gegin yn cael ei gosod",
    "Arhosais i ar soffa fy ffrind ar ôl y briodas yn y Bala",
    "Mae fy merch yn byw ar y stryd nesa aton ni",
    "Roedd criw o blant allan ar y stryd yn chwarae pêl",
    # cloi / gadael: locked out, pets
    "Nes i gloi fy hun allan o'r car yn y maes parcio",
    "Dw i'n gadael y gath allan cyn mynd i 'ngwely",
]

URGENT = [
    # the same verbs in real disclosures, which no guard may swallow
    ("Dw i isio lladd fy hun ar ôl y gampfa heno", "suicide"),
    ("Dw i'n meddwl am ladd fy hun", "suicide"),
    ("Darodd o fi'n galed ar draws fy mhen", "abuse"),
    ("Cafodd fy chwaer ei tharo gan ei gŵr neithiwr", "abuse"),
    ("Ciciodd Mam fi allan o'r tŷ a does gen i unman i gysgu", "homelessness"),
    ("Mae o'n rhoi cweir i fi pan mae o'n colli ar y dartiau", "abuse"),
    ("Ges i gweir gan fy llystad ar ôl y gêm", "abuse"),
    ("Mae o'n cadw fy mhres i gyd a dw i'n cael dim", "exploitation"),
    ("Mae fy ŵyr yn cymryd fy ngherdyn a gwario'r pensiwn", "exploitation"),
    ("Dw i'n cysgu ar soffa ffrind ers i'r landlord fy nhaflu allan", "homelessness"),
    ("Dan ni ar y stryd efo'r plant ers dydd Llun", "homelessness"),
    ("Nath hi gloi fi yn y stafell drwy'r nos", "abuse"),
    ("Mae'r gofalwr yn gadael Taid ar ben ei hun drwy'r nos", "neglect"),
    ("Nath o losgi fy llaw efo'r haearn", "abuse"),
    ("Mae fy mhartner wedi brifo'r babi", "abuse"),
    ("Dw i'n llosgi fy mreichiau efo matsys", "self_harm"),
    ("Mae hi'n fy nharo i efo'r ffon pan dw i'n araf", "abuse"),
]


def test_examples_are_new():
    assert_new(URGENT, NONE, with_training=True)


@pytest.mark.parametrize("text", NONE)
def test_welsh_lookalike_is_not_flagged(text):
    check_none(text)


@pytest.mark.parametrize("text,category", URGENT)
def test_welsh_disclosure_with_the_same_words_is_urgent(text, category):
    check_urgent(text, category)
