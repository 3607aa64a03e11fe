"""Issue 11, stop 19: rules and guards for clear disclosures the reader missed (and look-alikes it raised), written
from read text; they move no held-out half either way (no false alarm added), so they are kept for the misses they fix.

Quoted fixtures are lines of bot/data/analysis/risk_train_stop17.tsv or risk_train_families19.tsv; each has a twin
in the other language; the look-alikes in the same words must stay clear of an urgent alert.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

DISCLOSURES = [
    "mae'r ex yn fy nilyn i i bob man, tu allan i'r gwaith, i'r ysgol, mae o'n deud os dw i efo rhywun arall neith "
    "o'n lladd i",  # quoted
    "my ex keeps following me everywhere, he says if I'm with someone else he'll kill me",
    "wi'n mynd i gerdded mewn i'r afon Teifi nos fory, sa i moyn i neb drio stopio fi",  # quoted
    "I keep walking down to the sea at night and thinking I'll just keep walking in, nobody would even notice",  # quoted
    "wi'n cerdded ar draeth Tywyn yn y nos a meddwl am gario mla'n i'r tonnau, wi bron â mynd mewn nos Sul",  # quoted
    "mae'r marcie ar fy nghoese'n ffresh, nes i neud nhw cyn dod fan hyn",  # quoted
    "mae Mam-gu wedi dechre cwato rhag Anti Carol, mae ôl bysedd ar ei garddwrn hi ar ôl i Carol gael gafael ynddi am "
    "golli'r arian",  # quoted
    "Nan's started hiding from Auntie Carol, there are finger marks on her wrist after Carol grabbed her over the money",
    "dw i wedi cadw patshys morffin Ifor ar ôl iddo fo farw, maen nhw yn y tun bisgedi, dw i'n gwybod faint sy "
    "angen",  # quoted
    "I've kept Ifor's morphine patches since he died, they're in the biscuit tin, I know how many I need",
    "I'm not long for this world, I've made sure of that, you'll understand when you come",  # quoted
    "sometimes on the motorway I think about just letting go of the wheel and driving into the bridge, I've nearly "
    "done it twice",  # quoted
    "weithiau ar yr M4 dw i'n meddwl am yrru i mewn i'r bont, bron i fi neud o ddwywaith",
    "the old man upstairs hasn't got any electric, he's burning newspapers in a bucket to keep warm and hasn't eaten "
    "proper in a week",  # quoted
    "dydy o ddim wedi bwyta ers wythnos a does dim trydan yn y fflat",
    "gave my rings to our Kelly yesterday and the good china to next door, I want it all sorted before I go, there's "
    "no point hanging on",  # quoted
    "I'd rather be dead, every day I think about how I'd do it",  # quoted
    "I get battered by my dad every time he's been drinking",  # quoted
    "mae 'mhen i'n fy lladd i a dwi newydd gymryd y paced cyfan o barasetamol",  # quoted
    "he's sat next to me reading everything I type, I can't say much, please help",  # quoted
    "mae o'n darllen popeth dw i'n teipio, alla i ddim deud llawer",
    "that's me done. for good I mean. look after the cat for me",  # quoted
    "dyna fi wedi gorffen. am byth dwi'n feddwl. edrychwch ar ôl y gath i mi",  # quoted
]

LOOK_ALIKES = [
    "dw i'n mynd i gerdded mewn i'r môr am dip Dydd San Steffan",
    "ma'r ci bach yn fy nilyn i i bob man",
    "mae ôl bysedd ar y ffenest eto, y plant",
    "there are handprints on the window again, the kids",
    "I keep his old tablets in a box, I know how many he had left for the chemist",
    "I know I'm not long for this world, the cancer's spread, I've made sure the will is sorted",
    "my mum hasn't eaten properly for days, she says she's not hungry",
    "I'd rather die than sing karaoke lol",
    "walking the mountain behind the house. I'd rather die on that mountain than in a home, my wife says 😂",
    "we got battered by Bangor on Saturday",
    "dw i newydd gymryd dau barasetamol at y cur pen",
    "my son reads everything I type to check the spelling, he's very good",
    "that's me done for good with the smoking, 3 months now",
    "dyna fi wedi gorffen gyda'r smocio am byth",
]


@pytest.mark.parametrize("text", DISCLOSURES, ids=[t[:40] for t in DISCLOSURES])
def test_the_disclosure_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=[t[:40] for t in LOOK_ALIKES])
def test_the_look_alike_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"
