"""Round 4 concept families in the risk rules (bot/data/analysis/risk_patterns.tsv, "round 4").

Every example here is new: written for these tests, not taken from a held-out or blind set
(checked below for the held-out sets). Each family has disclosures that must be urgent and
look-alikes that must stay none.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent

# (text, a category that must be reported)
URGENT = [
    # harm verb + agent + first-person or dependent target (English)
    ("My stepdad shoved me down the stairs last night", "abuse"),
    ("her boyfriend keeps dragging me out of bed by my feet", "abuse"),
    ("my husband choked me until I nearly passed out", "abuse"),
    ("the carer has been slapping my mum when nobody is looking", "abuse"),
    ("My son grabbed me by the wrist and twisted it", "abuse"),
    ("he held me down on the bed", "abuse"),
    ("my girlfriend burnt me with her straighteners", "abuse"),
    ("mum's new partner kicked the little ones", "abuse"),
    ("my landlord has been touching me where I don't want", "abuse"),
    ("he's already fractured my jaw once", "abuse"),
    ("I'm convinced my ex will murder me", "abuse"),
    ("he locks all the doors and takes the key when he goes out", "abuse"),
    # harm verb + agent + target (Welsh, mutated and inflected)
    ("Mae fy nghariad yn fy ysgwyd i nes dw i'n crio", "abuse"),
    ("Wnaeth y gofalwr wthio fi yn erbyn y wal", "abuse"),
    ("Gwthiodd o fi oddi ar y gadair", "abuse"),
    ("Mae fy llys-dad yn cicio'r plant", "abuse"),
    ("Mae ei dwylo hi am fy ngwddf pan mae hi'n flin", "abuse"),
    ("Dw i'n siŵr bydd fy ngŵr yn fy lladd i", "abuse"),
    # ending life, first person
    ("I won't be around by the end of the month, I've made my mind up", "suicide"),
    ("i'll be long gone by easter", "suicide"),
    ("I've given all my records away to my nephew", "suicide"),
    ("I left notes for the boys to read after I'm gone", "suicide"),
    ("I pray every night I don't wake up", "suicide"),
    ("I swallowed the whole strip of sleeping tablets", "suicide"),
    ("I keep thinking about jumping off the balcony", "suicide"),
    ("the voice says I should kill myself", "suicide"),
    ("I'm ending it tomorrow", "suicide"),
    ("Fydda i ddim yma erbyn y Pasg", "suicide"),
    ("Dw i wedi rhoi fy nillad i gyd i ffwrdd i bobl", "suicide"),
    ("Mae 'na lythyr i bob un ohonyn nhw i esbonio pam", "suicide"),
    ("Dw i'n gobeithio na fydda i'n deffro bore fory", "suicide"),
    ("Mae'r lleisiau'n dweud wrtha i am neidio", "suicide"),
    ("Dw i isio neidio o'r bont heno", "suicide"),
    ("Mi wnes i lyncu'r bocs cyfan", "suicide"),
    ("Dw i'n casáu bod yn fyw", "suicide"),
    # self-harm
    ("I scratch my thighs where no one can see", "self_harm"),
    ("Dw i'n curo fy mhen yn erbyn y drws nes ei fod yn gwaedu", "self_harm"),
    # unsafe home / homelessness
    ("my partner changed the locks while I was at my mum's", "homelessness"),
    ("we ended up on the streets after the eviction", "homelessness"),
    ("I'm sleeping on my mate's couch, I've got nowhere else", "homelessness"),
    ("Mae fy nghyn-bartner wedi newid y cloeon", "homelessness"),
    ("Dw i'n aros ar soffa ffrind ers i fi gael fy nhaflu allan", "homelessness"),
    # left without care
    ("the kids have been on their own since Friday", "neglect"),
    ("My baby sister was home alone all weekend", "neglect"),
    ("Mum went off two days ago and it's just me and the baby", "neglect"),
    ("Mae'r plant bach ar eu pennau eu hunain drwy'r nos", "neglect"),
    ("Mae Mam wedi gadael ers dydd Sadwrn a dim bwyd yn y tŷ", "neglect"),
    # exploitation / financial
    ("my nephew made my gran sign over her house", "exploitation"),
    ("I've been forced to hold packages in my bedroom", "exploitation"),
    ("I've been moving stuff for the olders on the estate", "exploitation"),
    ("a bloke on snapchat keeps asking me for selfies", "exploitation"),
    ("Mae gan fy ŵyr fy ngherdyn a fy rhif PIN", "exploitation"),
    ("Mae rhywun ar TikTok yn gofyn am luniau noeth", "exploitation"),
    ("Mae fy mab yn gwneud i fi lofnodi papurau yn y banc", "exploitation"),
]

# Look-alikes: ordinary life, sport, games, idioms and accidents. Must stay "none".
NONE = [
    "my daughter drags me to bingo on Fridays",
    "my grandson pushes me round town in my wheelchair",
    "he hit the roof when he saw the bill",
    "she killed it at the talent show",
    "he hit the ball straight over the fence",
    "the grandkids beat me at cards again",
    "the kettle scalded my hand",
    "my brother grabbed me a coffee on the way in",
    "he has never hit me",
    "my husband would never hurt me",
    "I won't be here on Tuesday, I'm at my sister's",
    "I won't be around by ten, I'm at the dentist",
    "I gave my old coats away to the charity shop",
    "we're downsizing so I've given loads of my things away",
    "I've put my affairs in order with the solicitor",
    "the kids slept in a tent on the camping trip",
    "staying on my son's sofa while the kitchen is being fitted",
    "Mum kicked me out of the living room so she could watch her soap",
    "we changed the locks after the burglary",
    "I'm ending things with my boyfriend tonight",
    "those kids will be the death of me",
    "I almost killed myself laughing at his jokes",
    "I'd be dead and buried before the council answered",
    "Mae fy merch yn fy llusgo i'r capel bob Sul",
    "Mae'r haul wedi fy llosgi i",
    "Mae'n fy nharo i pa mor gyflym mae'r plant yn tyfu",
    "Curodd hi fi i'r sedd olaf",
    "Dan ni'n cloi'r drysau i gyd cyn mynd i'r gwely",
    "Wnes i roi fy hen lyfrau i'r siop elusen",
    "Fydda i ddim yma ddydd Mawrth, dw i yn y gwaith",
    "Wnaeth y plant gysgu mewn pabell yn yr ardd",
    "Mae'r gwaith yn fy ngwthio i'r eithaf",
]


@pytest.mark.parametrize("text,category", URGENT, ids=[t[:40] for t, _ in URGENT])
def test_family_disclosures_are_urgent(text, category):
    check_urgent(text, category)


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_family_look_alikes_stay_none(text):
    check_none(text)


def test_negation_inside_the_agent_window_blocks_the_harm_family():
    assert assess_risk("my stepdad has never once pushed me").level == "none"
    assert assess_risk("Dydy fy nghariad erioed wedi fy ngwthio i").level == "none"
    assert assess_risk("my stepdad has pushed me").level == "urgent"


def test_examples_are_not_from_heldout_sets():
    assert_new(URGENT, NONE, with_training=False)
