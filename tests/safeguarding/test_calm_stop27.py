"""Stop 27 (issue 11): calm messages that were urgent alerts, Welsh and English, and the disclosures beside them.

Each calm line below was urgent (a duty alert, 999 and the helplines) before stop 27, from an old rule that read a harm
word out of its place: forms for a blue badge or PIP that a daughter "makes me sign", a rope for a tyre swing or a tow,
tablets "lined up" in a dosette box for the week, "you won't have to worry about me after this weekend" because a new
carer starts; or from the learned model alone: hoping not to "kill" a new plant or an old car. Keeping all the
household's money reads the same in both languages: alone a "please check" (many couples bank that way; a person
decides), with fear, or "all MY money", urgent. A partner with dementia who grabs an arm when frightened is a "please
check", not an urgent alert (a partner's violence can be put down to an illness, so the duty team still reads it). The
disclosures sharing their words stay urgent, so every fix is checked from both sides. From a fresh writer's tuning
half: a door kept locked because someone with dementia wanders, "I don't know what I'd do with myself"; and keeping the
money stays urgent with spending controlled or money kept from the cashpoint. Every line is new.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent

NONE = [
    # forms signed with family help
    "my daughter makes me sign forms for my blue badge",
    "our Karen makes me sign all the forms for the PIP, she fills them in, I just sign",
    "mae'r ferch yn gneud i fi arwyddo'r ffurflenni bathodyn glas, hi sy'n eu llenwi nhw",
    # a rope for something
    "I bought some rope for the tyre swing in the garden",
    "he's bought a rope to tow the caravan",
    "Dw i wedi prynu rhaff newydd i'r siglen yn yr ardd",
    # tablets set out for the week
    "my tablets are all lined up in the dosette box for the week",
    "the chemist does a blister pack so her pills are laid out for each day",
    "mae fy nhabledi i gyd mewn rhes yn y bocs dosette ar gyfer yr wythnos",
    # no need to worry because help is coming
    "you won't have to worry about me after this weekend, I've got a new carer starting",
    "you won't need to worry about me after next week, I'm moving in with my daughter",
    "fydd dim isio i neb boeni amdana i ar ôl y penwythnos, ma gofalwr newydd yn dechra",
    "fydd dim rhaid i chi boeni amdana i ar ôl dydd Llun, ma'r gofalwyr yn dod bedair gwaith y dydd",
    # killing a plant, a goldfish, a car
    "the basil plant is looking sad, I hope I don't kill it like the last one",
    "Ges i blanhigyn newydd gan y ferch, gobeithio na fydda i'n ei ladd o",
    "ma'r hen gar ar ei goesau ola, gobeithio na fydda i'n ei ladd o cyn yr MOT",
    # money looked after, not taken
    "my husband keeps all the money, he's always done the banking",
    "mae o'n cadw'r pres i gyd, fo sy wedi gneud y banc erioed",
    "my son keeps all my money safe for me since the scam",
    "mae'r mab yn cadw'r pres i gyd yn saff i fi ers y sgam",
    # a fresh writer's tuning half: a door kept locked because someone with dementia wanders; "what I'd do with myself"
    "We keep the back door locked and the key up high because Dad wanders at night, the memory nurse suggested it",
    "Dan ni'n cloi'r drws ffrynt ac yn cuddio'r goriad achos bod Nain yn crwydro, nath y teulu i gyd gytuno",
    "I love my allotment, if I couldn't go I don't know what I'd do with myself",
    "Dw i wrth fy modd yn y côr, sa i'n gwbod be wnawn i gyda'n hun hebddo fe",
]

#: A person decides: a "please check", the same in both languages.
CHECK = [
    ("he keeps all the money", "abuse"),
    ("mae o'n cadw'r pres i gyd", "abuse"),
    ("my husband has dementia and sometimes grabs my arm hard when he's frightened", "memory"),
    ("Mae gan fy ngŵr i ddementia a weithia mae o'n gafael yn fy mraich i'n galed pan mae o wedi dychryn", "memory"),
    ("ma gyda'r gŵr dementia, weithie mae e'n cydio yn 'y mraich i'n dynn pan mae e'n ofnus", "memory"),
]

URGENT = [
    ("my son makes me sign forms I don't understand and then money goes out of my account", "exploitation"),
    ("nath yr ŵyr wneud i fi arwyddo'r tŷ drosodd iddo fo", "exploitation"),
    ("I've bought a rope and I know where I'm going to do it", "suicide"),
    ("dw i wedi prynu rhaff, dw i'n gwbod lle dw i am ei neud o", "suicide"),
    ("all my tablets are lined up on the table and I'm going to take them tonight", "suicide"),
    ("mae fy nhabledi i gyd mewn rhes ar y bwrdd a dw i am eu cymryd nhw heno", "suicide"),
    ("you won't have to worry about me after tonight", "suicide"),
    ("fydd dim isio i neb boeni amdana i ar ôl heno", "suicide"),
    ("he keeps all the money and I'm scared to ask him for any", "abuse"),
    ("mae o'n cadw'r pres i gyd a dw i ofn gofyn iddo fo am ddim", "abuse"),
    ("he keeps all my money and won't let me have any for food", "abuse"),
    ("mae o'n cadw fy mhres i gyd a dw i'n cael dim", "abuse"),
    ("my husband grabs my arm hard and says it's my fault, I'm scared of him", "abuse"),
    ("Mae'r gŵr yn gafael yn fy mraich i'n galed ac yn deud mai arna i mae'r bai, dw i ofn o", "abuse"),
    ("my husband has dementia but he's hit me three times this week and I'm frightened to be alone with him", "abuse"),
    ("my wife has dementia and last night she came at me with a knife", "abuse"),
    ("he locks the door and keeps the key so I can't get out when he's at work", "abuse"),
    ("I'm not allowed to buy anything without his permission and he keeps all the money", "abuse"),
    ("dw i ddim yn cael prynu dim heb ganiatâd Gareth, fo sy'n cadw'r pres i gyd", "abuse"),
    ("my son takes me to the cashpoint every Friday and keeps the money", "exploitation"),
    ("mae'r ferch yn mynd â fi i'r twll yn y wal bob wythnos ac yn cadw'r pres", "exploitation"),
]

#: Anyone but a partner: naming the illness alone changes nothing (a rule's urgent reading stays urgent).
NOT_A_PARTNER = [
    ("dad has dementia and grabs my arm hard when he's frightened", "abuse"),
]


def test_the_lines_are_new() -> None:
    assert_new(URGENT + CHECK + NOT_A_PARTNER, NONE, with_training=True)


@pytest.mark.parametrize("text", NONE)
def test_calm_lines_are_not_flagged(text: str) -> None:
    check_none(text)


@pytest.mark.parametrize("text, category", CHECK)
def test_a_person_decides(text: str, category: str) -> None:
    result = assess_risk(text)
    assert (result.level, result.please_check) == ("concern", True), explain(text)
    assert category in result.categories, explain(text)


@pytest.mark.parametrize("text, category", URGENT + NOT_A_PARTNER)
def test_the_disclosures_beside_them_stay_urgent(text: str, category: str) -> None:
    check_urgent(text, category)
