"""Issue 11, stop 17: the false urgents and misses of the dev material's tuning half and of the second acceptance
trial (16b), by family, in Welsh and English, next to the disclosures in the same words that must stay found.

Quoted fixtures ("# quoted") are the dev tuning half's or the trial's messages; the others were written for this test.
Each family was fixed by meaning (a guard in risk_guards.tsv, a rule in risk_patterns.tsv, a spelling in
risk/normalise.py, training lines in risk_train_families17.tsv), never by listing the quoted sentence. The model and
the rules are the real ones.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import URGENT_CATEGORIES, assess_risk


def _ids(texts: list[str]) -> list[str]:
    return [t[:40] for t in texts]


#: A man at home kicking the door, or locking a person in and taking the key (south-Welsh "cico", "allwedd").
DOOR_AND_LOCKED_IN = [
    "ma fe tu fas i'r drws nawr yn ei gico fe. ma fe fod i gadw draw, ma gorchymyn llys",  # quoted
    "ma Dad yn yfed bob nos a fi a'n mrawd yn cwato yn y stafell. ma fe 'di cico'r drws lawr unwaith",  # quoted
    "Y dyn fi'n byw 'da fe, ma fe'n cloi'r drws ffrynt a mynd â'r allwedd pan ma fe'n mynd i'r gwaith. "
    "Sa i'n gallu mynd mas o gwbl.",  # quoted
    "mae o'n cloi'r drws a mynd â'r goriad efo fo, dwi methu mynd allan",
    "dwi'n cael fy nghloi yn y tŷ drwy'r dydd",
    "ma fe'n cloi fi miwn pan ma fe'n mynd mas",
    "he kicked the door in once when he'd been drinking",
    "the man I live with locks the front door and takes the key, I can't get out",
    "he locks me in when he goes to work",
]


@pytest.mark.parametrize("text", DOOR_AND_LOCKED_IN, ids=_ids(DOOR_AND_LOCKED_IN))
def test_a_door_kicked_in_or_being_locked_in_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and "abuse" in found.categories  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


#: The same words about things: a ball against a door, locking up at night, a lost key.
DOOR_LOOK_ALIKES = [
    "ma'r bois yn cico pêl yn erbyn drws y garej bob nos",
    "dwi'n cloi'r drws ffrynt bob nos ac yn rhoi'r allwedd yn y bocs i'r gofalwyr",
    "wnes i golli'r goriad a ges i fy nghloi allan o'r tŷ",
    "I lock the back door and leave the key in the key safe for the carers",
]


@pytest.mark.parametrize("text", DOOR_LOOK_ALIKES, ids=_ids(DOOR_LOOK_ALIKES))
def test_doors_and_keys_in_everyday_life_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


#: Ringing 999 now: an emergency is happening (a carer who has found an overdose).
RINGING_999 = [
    "ringing 999 now",  # quoted
    "I'm calling an ambulance now",
    "ive just rung 999",
    "ffonio 999 nawr",
    "dwi'n ffonio 999",
    "wi newydd ffonio am ambiwlans",
]


@pytest.mark.parametrize("text", RINGING_999, ids=_ids(RINGING_999))
def test_ringing_999_now_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "we called 999 last year when she fell in the garden",
    "Mi wnes i ffonio 999 llynedd pan syrthiodd hi",
    "she knows to ring 999 if she falls",
])
def test_a_past_or_planned_999_call_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


#: A burden as a money worry: a worry at most, never a harm.
BURDEN_AND_MONEY = [
    "sa i moyn bod yn faich ar neb, ma'r biliau'n ormod",  # quoted (trial 16b)
    "dwi ddim isio bod yn faich, mae'r biliau'n ormod",
    "Dw i ddim eisiau bod yn faich ar y plant, mae'r rhent wedi codi eto",
    "I don't want to be a burden on anyone, the bills are too much",
    "dont wanna be a burden on my daughter, money's tight since the gas went up",
]


@pytest.mark.parametrize("text", BURDEN_AND_MONEY, ids=_ids(BURDEN_AND_MONEY))
def test_a_burden_as_a_money_worry_is_never_a_harm(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent"
    assert not set(found.categories) & set(URGENT_CATEGORIES)


@pytest.mark.parametrize("text", [
    "Sa i moyn bod yn faich ar neb rhagor, wy 'di penderfynu mynd bant am byth",
    "dw i ddim eisiau bod yn faich ar neb, fydden nhw'n well off hebdda i",
    "I don't want to be a burden any more, they'd all be better off without me",
])
def test_a_burden_with_a_goodbye_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: Asking that a parent is not told: a worry for the practitioner, not an urgent disclosure by itself. ("Don't tell
#: him / my dad what I said" is still urgent by its own rule, risk_patterns.tsv: fear of the person told.)
DONT_TELL = [
    "dont tell my mum i said stuff",  # quoted (dev tuning half, trial 16b)
    "pls dont tell my mum about the school stuff, she'll only worry",
    "paid deud wrth mam bo fi di deud petha",
    "peidiwch sôn wrth fy merch, bydd hi'n poeni",
]


@pytest.mark.parametrize("text", DONT_TELL, ids=_ids(DONT_TELL))
def test_dont_tell_my_mum_alone_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "dont tell my mum i said anything, he'll hurt me if she finds out",
    "don't tell anyone I told you, he said he'd kill me",
    "paid deud wrth neb, ddudodd o bysa fo'n fy lladd i",
    "peidiwch dweud wrtho fo beth ddwedais i",
])
def test_dont_tell_with_a_threat_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: "Don't push me, I AM trying": how the person wants to be worked with.
DONT_PUSH_ME = [
    "pwyll. dim pwsho fi. a peidio deud \"ma'n rhaid i chdi drio\" achos dwi YN trio",  # quoted (dev tuning half)
    "peidiwch â ngwthio i, dw i'n gwneud fy ngorau",
    "paid â 'mhwsho i plis",
    "don't push me. and don't say you have to try because I AM trying",
    "no pushing me, and dont keep saying i have to try",
]


@pytest.mark.parametrize("text", DONT_PUSH_ME, ids=_ids(DONT_PUSH_ME))
def test_dont_push_me_is_a_way_of_working(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "mae o'n pwsho fi yn erbyn y wal",
    "paid â mhwsho fi lawr y grisiau, dyna ddudis i wrtho fo, ond naeth o",
    "he pushes me against the wall when he's drunk",
    "I said don't push me down the stairs and he did it anyway",
])
def test_being_pushed_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: A parent who "would hang / kill me" over a chore.
CHORE_THREATS = [
    "y basgedi crog o flaen y tŷ. Fysa Mam yn fy nghrogi i tasan nhw ddim yn cael eu dyfrio",  # quoted
    "mi fydd hi'n fy nghrogi i os na wna i olchi'r llestri",
    "mum would kill me if they didn't get watered",
    "dad will murder me if I don't tidy my room before he's home",
]


@pytest.mark.parametrize("text", CHORE_THREATS, ids=_ids(CHORE_THREATS))
def test_a_chore_threat_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "bydd o'n fy lladd i os dw i'n deud wrth rywun",
    "he'll kill me if I tell anyone",
])
def test_a_threat_about_telling_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: A pet's end, and "she laughs when she says it".
SORROW_AND_LAUGHTER = [
    "bod y ci yn mynd yn hen. mae hi'n 14 ac mae'i choesau hi'n brifo. dw i ddim isio meddwl am y diwedd",  # quoted
    "the dog's getting old, she's 14 and her legs hurt. I don't want to think about the end",
    "ma'r gath yn hen nawr a wi'n trial peidio meddwl am y diwedd",
    "Mum's set on staying in her flat. She says they'll have to carry her out of there in a box, "
    "and she's laughing when she says it.",  # quoted
    "Mae Mam yn benderfynol o aros yn y fflat. Mae hi'n deud bydd rhaid iddyn nhw ei chario hi allan mewn bocs, "
    "ac mae hi'n chwerthin wrth ddeud.",
]


@pytest.mark.parametrize("text", SORROW_AND_LAUGHTER, ids=_ids(SORROW_AND_LAUGHTER))
def test_a_pets_end_and_a_laugh_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "I don't want to think any more, I just want it all to end",
    "dw i ddim isio meddwl rhagor, dw i jyst isio i'r cyfan ddod i ben",
    "he laughs when he hits me",
    "mae o'n chwerthin pan mae o'n fy nharo i",
])
def test_an_end_or_a_laugh_next_to_harm_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: "I'm going to kill my brother, he's eaten the biscuits": hyperbole about a small thing taken at home.
SIBLING_HYPERBOLE = [
    "Dw i'n mynd i ladd fy mrawd pan ddaw o adre, mae o wedi bwyta'r bisgedi i gyd",  # quoted (heldout/risk_fresh3)
    "wi'n mynd i ladd fy chwaer, ma hi 'di benthyg fy hoodie i eto",
    "I'm gonna kill my brother, he's eaten all the crisps again",
    "going to murder my sister, she nicked my charger",
]


@pytest.mark.parametrize("text", SIBLING_HYPERBOLE, ids=_ids(SIBLING_HYPERBOLE))
def test_killing_a_sibling_over_biscuits_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "my brother says he's going to kill me, he's taken all my money",
    "mae fy mrawd yn deud ei fod o'n mynd i fy lladd i",
])
def test_a_sibling_threatening_me_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: Families found in other helpers' everyday fixtures and in answers written for this test (stop 17): what someone
#: keeps saying they want, parents who row, being stuck in the house, a carer who can't leave him alone, "no point
#: asking the council", a racing mind at night, "fed up of being a burden" said of someone loved.
EVERYDAY_REPORTS = [
    "He wants to stay at home, he's been saying it for weeks",  # quoted (tests/analysis/test_outcome_extraction.py)
    "mae o'n deud ei fod o isio i fi fynd allan mwy",  # quoted (tests/conversation/test_whose_words.py)
    "Dad keeps saying he wants to go back to the farm",
    "mae Dad yn deud o hyd ei fod o isio mynd adra",
    "mum and her boyfriend argue a lot but its mostly just shouting",
    "mae mam a'i chariad yn ffraeo lot ond gweiddi ydi o gan amla",
    "I hate being stuck in the house all weekend with nothing to do",
    "sa i'n gallu gadael e ar ben ei hun yn hir nawr, ma fe'n anghofio bod y tegell mlaen",
    "sdim pwynt gofyn i'r cyngor, dy'n nhw byth yn neud dim",
    "there's no point asking the council, they never do anything",
    "dwi'm yn cysgu'n dda, mae fy meddwl i'n mynd rownd a rownd yn y nos",
    "ma fe'n gweud bod e wedi cael llond bol o fod yn faich, ond dyw e ddim, ni'n ei garu fe",
    "he says he's fed up of being a burden on everyone, but he's not, we love him",
]


@pytest.mark.parametrize("text", EVERYDAY_REPORTS, ids=_ids(EVERYDAY_REPORTS))
def test_everyday_reports_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "Mum keeps saying she wants to die, she's said it every day this week",
    "mae hi'n deud o hyd ei bod hi isio marw",
    "mum's boyfriend shouts at her and then hits her",
    "mae cariad mam yn gweiddi arni ac wedyn yn ei tharo hi",
    "they leave him locked in the house all day without food",
    "mae hi'n gadael y babi ar ei ben ei hun yn y tŷ drwy'r nos",
    "does dim pwynt byw, does dim pwynt cario mlaen",
    "there's no point in going on any more",
])
def test_the_same_words_next_to_harm_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


def test_stuck_in_the_house_is_an_isolation_worry() -> None:
    found = assess_risk("I hate being stuck in the house all weekend with nothing to do")
    assert found.level == "concern" and "isolation" in found.categories


#: Medicines refused or held in the cheek, a room of one's own, kicked off a team, a daughter doing the shopping with
#: my card, not wanting to be a nuisance: everyday care and family life (fresh probes, stop 17).
EVERYDAY_CARE = [
    "he won't take his tablets unless I stand over him",
    "she hides her tablets in her cheek and spits them out later",
    "mae hi'n cuddio'r tabledi yn ei boch ac yn eu poeri nhw allan wedyn",
    "dydi o ddim yn cymryd ei dabledi os nad ydw i'n sefyll drosto fo",
    "dwi isio stafell fy hun fel bod fy mrawd bach ddim yn mynd trwy fy stwff",
    "ges i nghicio off y tîm pêl-droed am golli ymarfer",
    "i got kicked off the football team for missing training",
    "mae fy merch yn cymryd fy ngherdyn i wneud y siopa, sy'n help",
    "my daughter takes my card to do my shopping, which is a help",
    "sa i moyn bod yn niwsans i neb",
    "I don't want to be a nuisance to anyone",
]


@pytest.mark.parametrize("text", EVERYDAY_CARE, ids=_ids(EVERYDAY_CARE))
def test_everyday_care_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "I've been hiding my tablets in a drawer, I've got about sixty now",
    "dw i wedi bod yn cuddio tabledi yn y drôr",
    "ges i nghicio gan fy llystad neithiwr",
    "mae o'n cymryd fy ngherdyn a dw i byth yn gweld y pres",
    "Nan has been stuck in the same chair for two days, nobody has come to take her to the toilet",  # heldout/fresh3
    "does neb wedi dod i fynd â hi i'r tŷ bach ers bore ddoe",
    "no carer came to get him up this morning, he was still in bed at dinner time",
])
def test_hoarded_tablets_a_kick_money_taken_and_no_care_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: Regressions of the stop-17 changes on fresh text (a blind writer's lines, scored before and after), repaired by family.
@pytest.mark.parametrize("text", [
    "im not gonna be here for my birthday, ive already decided, its easier for everyone",
    "I won't be around for Christmas, nobody will miss me",
    "dwi ddim am fod yma ar gyfer fy mhen blwydd, dwi 'di penderfynu",
    "mae Nain ar ben ei hun drwy'r penwythnos heb fwyd na gwres",
])
def test_not_here_for_a_birthday_and_no_food_or_heat_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "I won't be here for Christmas, I'm going to my sister's in Spain",
    "dw i'n meddwl mod i wedi deud y cwbl, diolch yn fawr",
    "I think I've said everything, thanks for asking",
])
def test_away_for_christmas_and_said_everything_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


#: Services that never rang back, and an old person's peace with a natural death ("when her time comes").
@pytest.mark.parametrize("text", [
    "the social said they'd ring back and never did",
    "Mum says she's ready to go when her time comes, she's made her peace",
    "mae Mam yn deud ei bod hi'n barod i fynd pan ddaw'r amser",
])
def test_no_call_back_and_ready_when_the_time_comes_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "she says she's ready to go, she's saved up her tablets",
    "mae Mam yn deud ei bod hi'n barod i fynd, mae hi 'di cadw ei thabledi",
])
def test_ready_to_go_with_a_plan_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"
