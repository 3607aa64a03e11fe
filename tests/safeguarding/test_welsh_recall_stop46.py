"""Stop 46 (task recall46): Welsh urgent disclosures that stop 44's fixrisk44 merge (39cca0b) lowered, found by writing
disclosures of each of its four changes' shapes and reading them at 40957e3 (before it) and at f70fa89, not by the test
set. Two of the four lost disclosures:

(a) the south's "so" read as "not" only at a clause's start: after a clause or a word of time, "so fi'n saff" (I'm not
    safe), "so fi'n moyn byw" (I don't want to live), "so fi'n gweld pwynt byw" read as "therefore" and none or a
    concern. Now "so" before what a "not" makes a harm is the negative wherever it stands, and after "nawr / wedyn /
    heddi" too; after a kind word said of the same person it is "therefore" (task 2: "ma hi'n neis, so hi'n gadael fi
    fynd i'r parti" is no concern), and "so I'm safe" after "he has gone" is "therefore".
(d) @LEISURE read a word's start ("dre" in "dreisgar", "drewi"), eating at the table, and a town or park beside "nobody"
    as a parent's ordinary limit. Now a whole word, the table and bed only after the phone, and kept from everyone is
    control whatever is named with it.
(b), (c) (year groups, the bullying family's adult rows) lowered none of the disclosures written for them: they stay
    urgent (asserted below so a later change cannot lower them).
3. A long lie in English ("she couldn't get up for hours", "lay there till morning") is a falls concern as the Welsh is.

Every fixture is written for this task (none is copied from a benchmark file).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, pattern_text

#: (a) "so" after a clause or a word of time, before what a "not" makes a harm: urgent at 40957e3, lost at f70fa89.
SO_NOT_AFTER_A_CLAUSE = {
    "cy": ["ma fe'n yfed bob nos, so fi'n saff yn y tŷ",  # south, comma
           "mae llystad fi'n feddw trwy'r amser so fi'n teimlo'n saff adre",  # no comma
           "fi di cal llond bol, so fi'n moyn byw rhagor",  # text-speak
           "nawr so fi'n moyn byw", "wedyn so fi'n gweld pwynt byw",  # after a word of time
           "heddi so fi'n moyn bod 'ma rhagor",
           "ma fe'n neud pethe i fi, so fi'n saff gyda fe",  # sexual harm
           "o'n i'n meddwl am bethe so fi'n saff gyda fi'n hunan heno",
           "ond so fi moyn byw", "dw i mor flinedig so fi moyn deffro fory",  # without "yn"
           "ma hi'n fy nghicio i bob nos, so fi'n teimlo'n ddiogel yn fy stafell",  # no accents, "diogel"
           "mae o'n dod adra wedi meddwi so dw i'n gwbod, so fi isie byw fel hyn"],
    "en": ["he drinks every night, so im not safe in the house", "now i dont want to live",
           "he does things to me, so im not safe with him", "i dont want to wake up tomorrow"],
}

#: (a) read as the negative in the normalised text.
@pytest.mark.parametrize("text, read", [
    ("ma fe'n yfed bob nos, so fi'n saff yn y tŷ", "dw i ddim yn saff"),
    ("nawr so fi'n moyn byw", "nawr dw i ddim yn eisiau byw"),
    ("ma hi'n gas, so hi'n saff i fod gyda", "dydy hi ddim yn saff"),
    ("ond so fi moyn byw", "dw i ddim eisiau byw"),
])
def test_so_before_a_harm_if_not_is_the_negative_anywhere(text: str, read: str) -> None:
    assert read in pattern_text(text), pattern_text(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_so_after_a_clause_before_a_harm_if_not_is_urgent(language: str) -> None:
    for text in SO_NOT_AFTER_A_CLAUSE[language]:
        assert assess_risk(text).level == "urgent", text


#: Task 2: "so" after a kind word said of the same person (or before the writer) is "therefore": no concern at all.
SO_THEREFORE = {
    "cy": ["ma hi'n neis, so hi'n gadael fi fynd i'r parti", "mae e'n garedig, so fe'n gadael fi fynd mas gyda mets",
           "ma mamgu'n lyfli, so hi'n gadael fi gael pizza", "ma dad yn cŵl so fe'n gadael fi aros lan yn hwyr",
           "ma fe mor neis so fi'n cael mynd i'r dre", "mae mam yn grêt, so hi'n gadael fi gael ffrindie draw",
           "ma nhw'n ffein iawn so nhw'n rhoi lifft i fi i'r ysgol"],
    "en": ["she's nice, so she lets me go to the party", "my nan is lovely so she lets me have pizza"],
}
#: ...and "so I'm safe" after what keeps the writer safe.
SAFE_BECAUSE = {
    "cy": ["ma fe wedi mynd so fi'n saff nawr", "mae e yn y carchar so fi'n teimlo'n saff o'r diwedd",
           "dw i'n iawn so fi'n saff"],
    "en": ["he's gone now so i'm safe", "he got arrested so i feel safe at last"],
}
#: ...but after a clause of control it stays the negative (stop 45's shape), and a kind word about someone else does
#: not make it "therefore".
SO_NOT_AFTER_CONTROL = {
    "cy": ["mae e'n cymryd fy ffôn, so fe'n gadael fi siarad da neb", "ma hi'n cloi'r drws so hi'n gadael fi fynd mas",
           "ma fe'n gweiddi arna i, so fe'n gadael fi weld fy ffrindie",
           "ma hi'n darllen fy negeseuon i gyd so hi'n gadael fi weld neb",
           "ma fe'n neis i bawb arall ond so fe'n gadael fi fynd mas o'r tŷ"],
    "en": ["he takes my phone so he doesnt let me talk to anyone", "she locks the door so she doesnt let me out"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_so_after_a_kind_word_is_therefore(language: str) -> None:
    for text in SO_THEREFORE[language]:
        assert assess_risk(text).level == "none", text
    for text in SAFE_BECAUSE[language]:
        assert assess_risk(text).level != "urgent", text


def test_therefore_only_of_the_same_person() -> None:
    assert "felly hi yn gadael" in pattern_text("ma hi'n neis, so hi'n gadael fi fynd i'r parti")
    assert "felly fe yn gadael" in pattern_text("mae e'n garedig, so fe'n gadael fi fynd mas")  # e = fe
    assert "dydy hi ddim yn gadael" in pattern_text("ma fe'n neis so hi'n gadael fi fynd mas")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_so_after_control_stays_urgent(language: str) -> None:
    for text in SO_NOT_AFTER_CONTROL[language]:
        assert assess_risk(text).level == "urgent", text


#: (d) disclosures beside an @LEISURE word (or a word starting like one): urgent at 40957e3, lost at f70fa89.
LEISURE_LOST = {
    "cy": ["dydi mam ddim yn gadael fi gael bath a dw i'n drewi",  # "dre" in "drewi"
           "dyw e ddim yn gadael fi siarad gyda neb yn y dre",  # nobody, with a town
           "dyw hi ddim yn gadael fi fwyta wrth y bwrdd gyda'r lleill",  # eating at the table
           "dio ddim yn gadael fi fynd allan o'r ty na dre na nunlle",  # text-speak, nor anywhere
           "dydi o ddim yn gadael i fi weld neb o gwbl, dim hyd yn oed yn y parti teulu",
           "so fe'n gadael fi siarad da unrhyw un yn y dref"],
    "en": ["he wont let me eat at the table with the others", "he doesnt let me talk to anyone in town",
           "she never lets me see my friends its not fair she hits me"],
}
#: A parent's ordinary limits (fixrisk44's false alarms and new phrasings) stay below urgent.
LEISURE_LIMITS = {
    "cy": ["dydi mam ddim yn gadael fi gael ffon wrth y bwrdd", "so fe'n gadael fi fynd i'r ffair gyda'n ffrindie, fi'n 12",
           "smo nhw'n gadael fi fynd i'r dre nos sadwrn, fi'n 13"],
    "en": ["mum doesnt let me have my phone at the table", "mam wont let me go to the fair its not fair",
           "she doesnt let me go anywhere on a school night"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_leisure_words_do_not_hide_control(language: str) -> None:
    for text in LEISURE_LOST[language]:
        assert assess_risk(text).level == "urgent", text
    for text in LEISURE_LIMITS[language]:
        assert assess_risk(text).level != "urgent", text


#: (b), (c): year groups and adults named beside a disclosure; urgent before fixrisk44 and after it.
YEAR_GROUPS_AND_ADULTS = {
    "cy": ["rhai blwyddyn 10 yn galw enwau arna i bob dydd a fi moyn lladd fy hun",
           "pawb ym mlwyddyn 9 yn pigo arna i a fi di dechre torri fy hun",
           "fi ym mlwyddyn 8 a ma dad yn bwrw fi pan fi'n dod adre",
           "dw i ym mlwyddyn 7 a mae llystad fi'n cyffwrdd fi yn y nos",
           "ma bois blwyddyn 10 yn gwneud i fi gario pecynnau iddyn nhw",
           "mae'r gofalwr yn gweiddi arna i ac yn rhegi arna i bob bore",
           "nath un o blwyddyn 11 fy nhreisio i ar ol y parti"],
    "en": ["the year 10 boys make me give them my dinner money every day or they beat me up",
           "im in year 8 and my stepdad touches me at night"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_year_groups_and_adults_stay_urgent(language: str) -> None:
    for text in YEAR_GROUPS_AND_ADULTS[language]:
        assert assess_risk(text).level == "urgent", text


#: 3. A long lie: a falls concern in both languages; lying awake or tired mornings are not falls.
LONG_LIE = {
    "cy": ["o'dd dad ar lawr y gegin tan y bore", "odd hi'n sownd ar lawr y bathrwm am oriau",
           "fuodd hi'n sownd ar lawr y bathrwm tan y bore", "nath o syrthio a methu codi am oria",
           "o'dd hi ar lawr y gegin drwy'r nos", "o'dd hi ar y llawr drwy'r nos", "methu codi am oriau"],
    "en": ["she couldn't get up for hours", "she lay there till morning", "she was stuck on the bathroom floor for hours",
           "i couldnt get up for hours after my fall", "dad couldnt get himself up for hours",
           "mum lay there till morning before the carer came"],
}
NOT_A_FALL = {
    "cy": ["methu codi am oriau bore ma, o'n i mor flinedig", "o'n i'n chwarae ar y llawr am oriau gyda'r plant",
           "mae o'n cysgu ar lawr y lolfa drwy'r nos pan mae'r wyrion yma"],
    "en": ["i couldnt get up for hours this morning i was so tired", "i lay there for hours crying",
           "i cant get up in the mornings lol"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_long_lie_is_a_falls_concern(language: str) -> None:
    for text in LONG_LIE[language]:
        found = assess_risk(text)
        assert found.level in ("concern", "urgent") and "falls" in found.categories, (text, found)
    for text in NOT_A_FALL[language]:
        assert "falls" not in assess_risk(text).categories, text
