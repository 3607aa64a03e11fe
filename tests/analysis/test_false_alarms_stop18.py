"""Issue 11, stop 18: what two acceptance trials over the real assistant (18a, 18b) read wrongly, by family, in Welsh
and English, next to disclosures in the same words that must stay found.

Quoted fixtures ("# quoted") are the trials' messages as typed; each has a twin in the other language written for
this test. Each family was fixed by meaning (training lines in risk_train_families18.tsv, each next to a real
disclosure in the same words; one rule in risk_patterns.tsv), never by listing the quoted sentence. The model and
the rules are the real ones.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import URGENT_CATEGORIES, assess_risk
from bot.safeguarding.harm import is_harm


def _ids(texts: list[str]) -> list[str]:
    return [t[:40] for t in texts]


#: A young person saying who they are: they look after family. A young carer, not a disclosure (were urgent abuse,
#: neglect and self-harm).
YOUNG_CARERS = [
    "fi. dwi'n 16 a dwi'n sbio ar ol mam a fy mrawd bach",  # quoted
    "fi. dwi'n 16 a dwi'n edrych ar ol mam a fy mrawd bach",  # quoted
    "dwi'n 12 a dwi'n sbio ar ol fy mrawd bach",  # quoted
    "im 15 and i look after my mum and little sister",
    "me. im 16 and i look after my mum and my little brother",
    "I'm 12 and I look after my little brother",
]


@pytest.mark.parametrize("text", YOUNG_CARERS, ids=_ids(YOUNG_CARERS))
def test_a_young_carer_saying_who_they_are_is_not_a_disclosure(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "none", found


#: Exam stress, a parent's money worry, not sleeping for overthinking (was urgent homelessness): a concern at most.
EXAMS_MONEY_SLEEP = [
    "exams. mam yn stresio am pres. dwi'm yn cysgu llawer achos dwi'n meddwl gormod",  # quoted
    "exams. mam yn stresio am pres",  # quoted
    "exams. mum stressing about money. i dont sleep much cos i overthink",
]


@pytest.mark.parametrize("text", EXAMS_MONEY_SLEEP, ids=_ids(EXAMS_MONEY_SLEEP))
def test_exams_a_parents_money_worry_and_overthinking_are_a_concern_at_most(text: str) -> None:
    found = assess_risk(text)
    assert found.level in ("none", "concern") and not is_harm(found.level, found.categories), found


#: Fear that he finds out they have been talking to us (was urgent SUICIDE, with the mental-health helpline): about
#: domestic abuse. On its own a concern, in the abuse categories, so its words go to the safeguarding section.
HE_FINDS_OUT = [
    "The kids mainly. Money. And that he'll find out I've been talking to you",  # quoted
    "Y plant yn bennaf. Pres. A bod o'n mynd i ffeindio allan mod i 'di bod yn siarad efo chi",
    "I'm scared my husband will find out I've been messaging you",
    "ofn bydd e'n cael gwybod bo fi 'di bod yn siarad â chi",
]


@pytest.mark.parametrize("text", HE_FINDS_OUT, ids=_ids(HE_FINDS_OUT))
def test_fear_that_he_finds_out_is_a_domestic_abuse_concern_never_suicide(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern", found
    assert "abuse" in found.categories and "domestic_abuse" in found.categories
    assert "suicide" not in found.categories


#: Poor, rushed care that upset someone (was urgent abuse): about the quality of care, not abuse.
RUSHED_CARE = [
    "Don't rush me. Everybody rushes me. Let me take my time, and don't move things in my flat, if things get moved I "
    "can't find them. Say who you are when you come in the door. Pat: she really means it about the rushing, the last "
    "girl from the agency had her in tears",  # quoted (trial 18b, c3)
    "Peidiwch â 'mrysio i. Mae pawb yn fy mrysio i. Gadewch i fi gymryd fy amser, a pheidiwch symud pethau yn y fflat, "
    "os ydyn nhw'n cael eu symud dwi'n methu eu ffeindio. Dwedwch pwy ydach chi pan dach chi'n dod i mewn. Pat: mae "
    "hi o ddifri am y brysio, roedd y ferch ddwetha o'r asiantaeth wedi'i gadael hi yn ei dagrau",
]


@pytest.mark.parametrize("text", RUSHED_CARE, ids=_ids(RUSHED_CARE))
def test_rushed_care_that_upset_someone_is_not_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level in ("none", "concern"), found
    assert not set(found.categories) & set(URGENT_CATEGORIES)


#: Concern-level misreadings: missing the kids' matches (was low mood), fear of another heart attack (was falls).
EVERYDAY_WORRIES = [
    "Amser i fi fy hunan, sai 'di bod i'r gym ers mis Awst. Cysgu. A gweld gemau pêl-droed y plant ar ddydd Sadwrn, "
    "fi'n colli nhw i gyd.",  # quoted
    "Time for myself, I haven't been to the gym since August. Sleep. And watching the kids' football on Saturdays, "
    "I'm missing them all.",
    "another one. him overdoing it in the garden. money, hes off sick from the council",  # quoted
    "un arall. fo'n gorwneud hi yn yr ardd. pres, mae o off yn sal o'r cyngor",
]


@pytest.mark.parametrize("text", EVERYDAY_WORRIES, ids=_ids(EVERYDAY_WORRIES))
def test_missing_matches_and_fearing_another_heart_attack_are_not_flagged(text: str) -> None:
    assert assess_risk(text).level == "none"


#: The same words as a disclosure stay urgent.
DISCLOSURES = [
    ("dwi'n 16 a dwi'n sbio ar ol mam a fy mrawd bach, ac mae cariad mam yn fy nghuro i", "abuse"),
    ("im 15 and i look after my mum and little sister and i want to kill myself", "suicide"),
    ("exams. mam yn stresio am pres. dwi isio lladd fy hun", "suicide"),
    ("mum stressing about money and we've been evicted, we're sleeping in the car tonight", "homelessness"),
    ("And that he'll find out I've been talking to you. He said he'll kill me if I tell anyone", "abuse"),
    ("the last girl from the agency slapped her across the face", "abuse"),
    ("roedd y ferch o'r asiantaeth wedi ei tharo hi ar draws ei hwyneb", "abuse"),
]


@pytest.mark.parametrize("text, category", DISCLOSURES, ids=_ids([t for t, _ in DISCLOSURES]))
def test_the_same_words_as_a_disclosure_stay_urgent(text: str, category: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and category in found.categories, found  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


#: Someone who gets lonely is an isolation concern (trial 18a: read as carer strain; the families above must not
#: silence it). "yn unig" meaning "only" stays none.
LONELY = [
    "She's on her own all day while I'm in work in Tesco, and she gets lonely and a bit low. She'd love to be with "
    "people her own age, have a sing-song and a cup of tea.",  # quoted
    "Mae hi ar ei phen ei hun drwy'r dydd tra dw i yn y gwaith, ac mae hi'n mynd yn unig ac yn reit isel.",
    "ma hi di mynd yn unig ofnadwy ers i Dad farw",
]


@pytest.mark.parametrize("text", LONELY, ids=_ids(LONELY))
def test_getting_lonely_is_an_isolation_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "isolation" in found.categories, found


def test_yn_unig_meaning_only_is_not_loneliness() -> None:
    assert assess_risk("dwi'n mynd yn unig i'r capel ar y Sul").level == "none"
