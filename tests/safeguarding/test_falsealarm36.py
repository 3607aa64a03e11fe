"""Everyday answers read as urgent, by family (issue 11, stop 36: "at most 1 in 200 everyday answers raised to urgent").

The held-out everyday halves, counted by source (`risk_benchmark.py --sources`), showed rules-made abuse as the largest
family of false urgents. These families were found by writing fresh look-alikes (both languages): touch or force told
with its ordinary purpose in the same clause (care hands, play and games, house rules, a pet, a first-aid course).
Each family: the look-alikes stay calm, and the same words with no such purpose, or a disclosure beside them, stay
urgent. Every fixture was written for this test.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from tests.safeguarding.risk_family_checks import assert_new

#: Everyday answers that were urgent abuse (or an overdose) by rule: no urgent reading now.
CALM = [
    # care hands
    "She pulls my hair a bit when she brushes the knots out but it looks lovely after",
    "Mae hi'n tynnu fy ngwallt i chydig wrth frwsio'r clymau ond mae o'n edrych yn neis wedyn",
    "The carers hold my arm to help me stand up because my legs are weak, they're lovely",
    "Mae'r gofalwyr yn gafael yn fy mraich i fy helpu i sefyll achos mae fy nghoesau'n wan",
    "The nurse stabbed me with a needle for my flu jab, I'm such a baby",
    "The physio pushes me hard but I'm walking better",
    "Mae'r ffisio'n fy ngwthio i'n galed ond dwi'n cerdded yn well",
    # play and games
    "My little brother kicks me under the table when mum isn't looking, typical",
    "Mae'r brawd bach yn fy nghicio dan y bwrdd pan dydi Mam ddim yn sbio, nodweddiadol",
    "I got punched in rugby on Saturday, black eye, we won though",
    "Ges i fy nyrnu yn y rygbi dydd Sadwrn, llygad ddu, ond naethon ni ennill",
    "Mae'r wyrion yn fy nghuro i ar Uno bob tro",
    # house rules
    "Dad doesn't let me go out on school nights till my homework's done, fair enough",
    "Dydi Dad ddim yn gadael i fi fynd allan ar nos ysgol nes bod y gwaith cartre wedi'i neud, digon teg",
    "Nan won't let me leave the table till I've eaten my veg lol",
    "Dydi Nain ddim yn gadael i fi adael y bwrdd nes dwi wedi bwyta'r llysiau lol",
    "Dydi Mam ddim yn cael mynd allan ar ei phen ei hun ers iddi fynd ar goll, felly dwi'n mynd â hi i bob man",
    # a pet
    "Our dog bit me when I stood on his tail, my own fault",
    "Nath y ci fy mrathu i pan nes i sefyll ar ei gynffon o",
    # a first-aid course
    "I do a first aid course at the community centre and we learned about overdoses and naloxone",
]

#: The same words with no ordinary purpose, or with harm beside them: urgent, as before.
URGENT = [
    ("he pulls my hair when he's angry", "abuse"),
    ("mae o'n tynnu fy ngwallt i pan mae o'n flin", "abuse"),
    ("he grabs my arm so hard it leaves bruises", "abuse"),
    ("mae o'n gafael yn fy mraich i'n galed nes bod cleisiau", "abuse"),
    ("my brother kicks me and punches me every night", "abuse"),
    ("mae fy mrawd yn fy nghicio i bob nos", "abuse"),
    ("he won't let me go out or see my friends", "abuse"),
    ("dydi o ddim yn gadael i fi fynd allan na gweld neb", "abuse"),
    ("I've taken an overdose", "suicide"),
    ("dwi wedi cymryd gorddos", "suicide"),
    ("the carer pushed me and I fell, I'm scared of her", "abuse"),
    ("my boyfriend checks my phone every night", "abuse"),
    ("mae'r cariad yn checio fy ffôn i bob nos", "abuse"),
    ("my stepdad checks my phone and won't let me see my friends", "abuse"),
    ("my dad checks my phone and slaps me if I've texted anyone", "abuse"),
    ("mae cariad mam yn darllen fy ffôn i a mae o'n fy nharo i", "abuse"),
    ("dw i ddim yn cael mynd allan heb iddo fo wybod", "abuse"),
    ("my coach touches me and says not to tell anyone", "abuse"),
]


def test_the_fixtures_are_new() -> None:
    assert_new(URGENT, CALM)


@pytest.mark.parametrize("text", CALM, ids=[t[:40] for t in CALM])
def test_an_everyday_touch_with_its_purpose_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text,category", URGENT, ids=[t[:40] for t, _ in URGENT])
def test_the_same_words_without_the_purpose_stay_urgent(text: str, category: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and category in found.categories, explain(text)
