"""Issue 11, stop 16: false urgent alerts found on the fresh dev material, by family, and the disclosures the
same work had to keep (or newly finds), in Welsh and English.

The quoted fixtures are dev lines (benchmarks/conversations: dev_everyday, dev_disclosures, the tuning half of
dev2 and of the later conversations); the others were written for this test. Each family was fixed by meaning
(training lines in risk_train_families.tsv next to a disclosure in the same words, a guard, a rule), never by
listing the quoted sentence. The model and the rules are the real ones.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

#: (family, everyday messages that must not be urgent, disclosures that must be).
FAMILIES: list[tuple[str, list[str], list[str]]] = [
    ("writing for someone else", [
        "ey up, me mam asked me to do this for her, she's no good with phones",  # quoted
        "hiya it's our Gareth typing, Dad's sat next to me telling me what to put",
        "haia, merch Mam sy 'ma, mae hi'n deud be i sgwennu",
    ], [
        "hiya it's me typing for Mum, her partner punched her in the face last night and she's too scared to ring",
        "haia fi sy'n sgwennu dros Mam, nath ei chariad hi ei dyrnu hi neithiwr a ma hi ofn ffonio neb",
    ]),
    ("tablets as a daily routine", [
        "ey up, it's our Sandra here doing it for me mam, she's had her tablets and gone for a lie down",  # quoted
        "after eleven is best, I've had my tablets and my breakfast by then",
        "Mae Dad yn cael ei dabledi efo'i de am chwech, peidiwch â newid y drefn",
    ], [
        "The pills are lined up on the table in front of me and I'm counting them. I haven't decided yet.",  # quoted
        "Fi 'di bod yn cadw'r tabledi cysgu mewn tun ers mis, ma digon 'da fi nawr.",  # quoted
    ]),
    ("'still alive' and 'comes alive' as jokes", [
        "fy merch sy'n ffonio bob nos am 6, ar y dot. os dw i ddim yn ateb mae hi'n taro draw i weld os dw i'n dal yn fyw 😂",  # quoted
        "my lad texts every morning to check I'm still alive, cheeky beggar",
    ], [
        "dw i ddim isio bod yn fyw ddim mwy, dw i wedi cael llond bol",
        "I don't want to be alive any more, I'm so tired of all of it",
    ]),
    ("games and 'literally dead'", [
        "my Xbox and my headset. I got a headshot from across the map last night, the lads were screaming",  # quoted
        "lol no. oh me n chloe were playin cod last nite and she got a headshot on me from across the map i was literally dead 💀 anyway thats it",  # quoted
        "nath Cai fy lladd i yn fortnite neithiwr, o'n i mor flin lol",
    ], [
        "he said he'll shoot me if I tell anyone and he showed me the gun",
    ]),
    ("'she'll kill me if I say too much'", [
        "haia, fi sy 'ma ar ran Mam, mae hi'n cysgu felly dw i'n neud e yn ei lle hi. Bydd hi'n fy lladd i os dw i'n deud gormod amdani 😂",  # quoted
        "my nan will kill me if I say too much about her lol",
    ], [
        "mae o wedi deud bydd o'n fy lladd i os dw i'n deud wrth rywun",
        "he said he'll kill me if I tell anyone",
    ]),
    ("on a bridge on the way somewhere", [
        "I'm on the Britannia bridge now, traffic is awful, be home in ten",
        "dw i ar y bont rŵan, traffig yn ofnadwy, adra mewn deg munud",
    ], [
        "dwi ar y bont yn Borth rŵan. dwi'm yn meddwl bo fi'n gallu neud hyn ddim mwy",  # quoted
        "I'm stood on the bridge over the bypass right now and I've had enough",
    ]),
    ("a baby asleep on its own", [
        "Mae'r babi'n cysgu'n braf ar ei ben ei hun yn ei got",
        "the baby's asleep on his own in his cot so I've got five minutes",
    ], [
        "they went out and left the baby on his own in the flat all night",
    ]),
]

#: Disclosures the rules now find (dev misses; each rule is a concept in both languages).
NEW_RULES: list[str] = [
    "dwi ar y bont yn Borth rŵan. dwi'm yn meddwl bo fi'n gallu neud hyn ddim mwy",  # quoted
    "I'm stood on the bridge over the bypass right now",
    "he's punching the bedroom door and I'm behind it holding it shut. ring someone please",  # quoted
    "Nan's carer told her if she rings the office to complain she'll leave her on the floor next time she falls. Nan's been crying on the phone to me.",  # quoted
    "Ma'r ferch yn gwerthu pethe o'r tŷ tra bo fi yn yr ysbyty. Modrwy Mam, y cloc. Ma hi'n gweud bydd hi'n rhoi fi mewn cartref os fi'n cwyno.",  # quoted
    "my son says he'll put me in a home if I complain to anyone",
    "Dad's drunk a bottle of whisky with all his tablets and he's going sleepy",
    "mae Mam wedi yfed potel o rywbeth o dan y sinc",
    "been going in the sea at night, walking further out each time",
    "The carer shouts at Dad and leaves him sitting in wet sheets all day",
    "mae'r gofalwr yn ei adael o yn y gwely gwlyb tan amser cinio",
    "I've written a letter to each of the kids and put them in the drawer for afterwards",
    "dw i wedi casglu fy nhabledi i gyd mewn bocs",
]

EVERYDAY = [(family, text) for family, calm, _ in FAMILIES for text in calm]
DISCLOSURES = [(family, text) for family, _, urgent in FAMILIES for text in urgent]


@pytest.mark.parametrize("family, text", EVERYDAY, ids=[f"{f}: {t[:40]}" for f, t in EVERYDAY])
def test_everyday_phrase_is_not_urgent(family: str, text: str) -> None:
    assert assess_risk(text).level != "urgent", (family, explain(text))


@pytest.mark.parametrize("family, text", DISCLOSURES, ids=[f"{f}: {t[:40]}" for f, t in DISCLOSURES])
def test_disclosure_in_the_same_words_is_urgent(family: str, text: str) -> None:
    assert assess_risk(text).level == "urgent", (family, explain(text))


@pytest.mark.parametrize("text", NEW_RULES, ids=[t[:40] for t in NEW_RULES])
def test_the_rules_find_the_disclosure(text: str) -> None:
    """Found by a rule, not only by the model: a rule is what a practitioner can read and keep."""
    assert explain(text)["rules_level"] == "urgent", explain(text)
