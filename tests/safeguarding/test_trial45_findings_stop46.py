"""The twenty-second trial's risk-reader findings (stop 46): AZ1's labels, AZ10, AZ11 and AZ21.

AZ1: "my stepdad pushed me into the wall last night" was urgent "suicide, abuse": the suicide row for driving or
stepping into a wall read "step\\w*" and took "stepdad" for stepping. An assault by a parent or partner is abuse, never
suicide. "hes home tonight. im in my room" was labelled homelessness by the learned model alone: homelessness needs
its own words (nowhere to sleep, kicked out, sofa surfing). "mam checks my phone sometimes" was urgent abuse and
domestic abuse (and, with "at school" beside it, "bullying by other children"): a parent checking a young person's
phone is no abuse alone; a partner's (or a kids' dad's, a foster carer's) checking stays urgent.
AZ11: "Choking, she's had a couple of bad ones with food" was "memory": choking at food is a physical-health worry;
"she's started saying she's a burden" is low mood, a "please check".
AZ10: "cymryd mantais ohono fe", "someone took his phone" about a vulnerable adult: a "please check" in exploitation.
AZ21: the formal Welsh of night wandering ("cafodd ei ganfod gan yr heddlu ... am dri o'r gloch y bore"), and a
nephew or granddaughter taking an adult's money is domestic (economic) abuse.
The trial's words first; the rest are fictional and in no benchmark file.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.domestic import with_domestic
from bot.conversation.safety import read_risk


def _read(text: str):
    return assess_risk(text)


# ---------- AZ1: an assault by a parent, step-parent or partner is abuse, never suicide
ASSAULTS = [
    "my stepdad pushed me into the wall last night",
    "my step dad shoved me into the door and walked off",
    "my stepmum threw me against the wardrobe",
    "stepdad slammed me into the wall again when mum was out",
    "gwthiodd fi yn erbyn y wal neithiwr",
    "nath o 'n hitio fi",
    "fe wthiodd e fi yn erbyn y drws",
    "nath llystad fi wthio fi mewn i'r wal",
    "ma llysdad fi di pwsho fi yn erbyn y wal nithiwr",
]


@pytest.mark.parametrize("text", ASSAULTS)
def test_assault_by_family_is_abuse_not_suicide(text: str) -> None:
    found = _read(text)
    assert found.level == "urgent"
    assert "abuse" in found.categories
    assert "suicide" not in found.categories


#: The suicide row itself still reads stepping or driving into a wall or traffic on purpose.
STEPPING = [
    "i want to drive into a wall",
    "sometimes i think about stepping in front of a train",
    "i keep thinking of stepping out into the traffic",
]


@pytest.mark.parametrize("text", STEPPING)
def test_stepping_into_traffic_stays_suicide(text: str) -> None:
    found = _read(text)
    assert found.level == "urgent"
    assert "suicide" in found.categories


# He is home tonight (said after a disclosure): never homelessness; nowhere to sleep still is.
NOT_HOMELESS = [
    "hes home tonight. im in my room",
    "he's back home tonight, I'm staying in my bedroom",
    "mae o adra heno. dw i yn fy stafell",
    "ma fe gatre heno, fi yn stafell fi",
]


@pytest.mark.parametrize("text", NOT_HOMELESS)
def test_home_tonight_is_not_homelessness(text: str) -> None:
    assert "homelessness" not in _read(text).categories


HOMELESS = [
    "mum kicked me out and i have nowhere to sleep tonight",
    "i've been sofa surfing since march",
    "does dim lle i aros heno",
    "dw i wedi cael fy nhaflu allan gan dad",
    "ges i nghicio allan neithiwr, sgen i nunlle i fynd",
]


@pytest.mark.parametrize("text", HOMELESS)
def test_homelessness_words_still_read(text: str) -> None:
    found = _read(text)
    assert found.level == "urgent"
    assert "homelessness" in found.categories


# A parent checking a young person's phone: no abuse alone.
PARENT_CHECKS = [
    "message me on here not my phone calls. mam checks my phone sometimes. and talk to me at school not at home",
    "mam checks my phone sometimes",
    "my mum checks my phone now and then so text on here",
    "my dad sometimes goes through my phone",
    "mae mam yn checkio fy ffôn weithiau",
    "ma mam fi'n tsiecio ffon fi weithia so neges yma plis",
]


@pytest.mark.parametrize("text", PARENT_CHECKS)
def test_parent_checking_phone_is_no_abuse(text: str) -> None:
    found = read_risk(text)
    assert found.level != "urgent"
    assert "abuse" not in found.categories
    assert "domestic_abuse" not in found.categories


# Coercive control by a partner, a co-parent or a carer, and a parent who also stops contact, stay urgent.
CONTROL = [
    "he checks my phone and won't let me see my friends",
    "my boyfriend checks my phone every night",
    "my kids mum goes through my phone every night",
    "my foster dad goes through my phone and makes me delete my friends",
    "my mum checks my phone and won't let me see my friends",
    "mae o'n checkio fy ffôn i bob nos",
    "ma nghariad i'n mynd trwy ffon fi bob nos",
    "mae mam yn checkio fy ffôn a dydy hi ddim yn gadael i fi weld fy ffrindiau",
]


@pytest.mark.parametrize("text", CONTROL)
def test_control_stays_urgent(text: str) -> None:
    assert _read(text).level == "urgent"


# ---------- AZ11: choking at food is physical health; "she's a burden" is low mood, please check
CHOKING = [
    "Choking, she's had a couple of bad ones with food.",
    "he chokes on his food most days now",
    "her tea keeps going down the wrong way",
    "mae hi'n tagu ar ei bwyd yn aml",
    "ma fe di cal cwpwl o rai cas yn tagu efo bwyd",
    "mae'r bwyd yn mynd i lawr y ffordd anghywir",
    "mae ganddi drafferth llyncu",
]


@pytest.mark.parametrize("text", CHOKING)
def test_choking_is_health_not_memory(text: str) -> None:
    found = _read(text)
    assert found.level != "none"
    assert "health" in found.categories
    assert "memory" not in found.categories


def test_choking_on_food_is_not_domestic() -> None:
    assert "domestic_abuse" not in with_domestic("he chokes on his food most days now", ("health",))
    assert "domestic_abuse" not in with_domestic("mae o'n tagu ar ei fwyd", ("health",))
    # his hands on her throat stay domestic abuse
    assert "domestic_abuse" in with_domestic("he chokes me when he's drunk", ("abuse",))
    assert "domestic_abuse" in with_domestic("mae o'n fy nhagu i pan mae o wedi meddwi", ("abuse",))


BURDEN = [
    "And she's started saying she's a burden which breaks my heart",
    "mae hi'n dweud ei bod hi'n faich ar bawb",
    "ma fe'n gweud bod e'n faich",
    "dad keeps telling me he's a burden to us all",
    "mam yn deud bo hi'n faich arnan ni",
]


@pytest.mark.parametrize("text", BURDEN)
def test_says_she_is_a_burden_is_low_mood_please_check(text: str) -> None:
    found = _read(text)
    assert found.level in ("concern", "urgent")
    assert "low_mood" in found.categories or "suicide" in found.categories


CALM_BURDEN = [
    "she says the paperwork is a burden",
    "mae hi'n dweud bod y gwaith papur yn faich",
]


@pytest.mark.parametrize("text", CALM_BURDEN)
def test_a_burden_of_paperwork_is_calm(text: str) -> None:
    assert _read(text).level == "none"


# ---------- AZ10: taken advantage of, his phone taken: exploitation, please check
EXPLOITED = [
    "ma fe'n poeni bydd pobl yn cymryd mantais ohono fe os yw e'n byw ar ben ei hunan. wedd rhywun yn y dre wedi "
    "cymryd ei ffôn e llynedd",
    "I worry people will take advantage of him if he lives on his own",
    "someone in town took his phone off him last year",
    "some lads took her purse at the bus stop",
    "mae pobl yn cymryd mantais ohoni hi",
    "ma rhywun di dwyn ei ffon o yn y dre",
]


@pytest.mark.parametrize("text", EXPLOITED)
def test_taken_advantage_of_is_exploitation(text: str) -> None:
    found = _read(text)
    assert found.level != "none"
    assert "exploitation" in found.categories


CALM_ADVANTAGE = [
    "I took advantage of the sunshine and sat in the garden",
    "we took advantage of the offer at the garden centre",
    "nes i gymryd mantais o'r tywydd braf",
    "dw i'n cymryd mantais o'r cynnig",
]


@pytest.mark.parametrize("text", CALM_ADVANTAGE)
def test_advantage_of_the_weather_is_calm(text: str) -> None:
    assert _read(text).level == "none"


# ---------- AZ21: formal Welsh night wandering; a nephew or grandchild taking money is domestic abuse
NIGHT = [
    "Cafodd ei ganfod gan yr heddlu ar y ffordd fawr am dri o'r gloch y bore yn ei ŵn nos.",
    "cafodd ei ffeindio gan yr heddlu ar y stryd yn ei gwn nos",
    "mi gafodd hi ei chanfod ar y lon am bedwar y bore",
    "he was found on the main road at 3am",
    "she was found by the police on the high street at four in the morning",
]


@pytest.mark.parametrize("text", NIGHT)
def test_found_out_at_night_is_missing(text: str) -> None:
    found = _read(text)
    assert found.level != "none"
    assert "missing" in found.categories


FAMILY_MONEY = [
    "my nephew has my bank card and he draws out my pension every week, I never see it",
    "my granddaughter keeps my pension card and I never see a penny",
    "mae fy nai wedi cymryd fy ngherdyn banc",
    "mae gan fy wyres fy mhensiwn i gyd",
]


@pytest.mark.parametrize("text", FAMILY_MONEY)
def test_relative_taking_money_is_domestic(text: str) -> None:
    found = read_risk(text)
    assert found.level == "urgent"
    assert "domestic_abuse" in found.categories
