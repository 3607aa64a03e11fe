"""Issue 11: everyday phrases that were read as urgent, by family, next to real disclosures in the same words.

Each family is fixed by meaning (a guard, a narrower rule, training lines), not by listing the quoted
sentence: the quoted false alarm, and look-alikes written for this test, read as not urgent; a real
disclosure using the family's words still reads as urgent. The model is the real one (trained from the
data files or loaded from the cache), the rules are the real ones.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

#: (family, everyday messages that must not be urgent, disclosures in the same words that must be).
FAMILIES: list[tuple[str, list[str], list[str]]] = [
    ("change of mind", [
        "sori, dwi wedi newid fy meddwl",  # quoted (after declining consent)
        "Dw i wedi newid fy meddwl, cewch chi gadw'r atebion",
        "sorry I've changed my mind, go ahead",
        "Mae hi wedi newid ei meddwl am y cartref dydd",
    ], [
        "dwi wedi newid fy meddwl, dwi isio lladd fy hun heno",
        "I've changed my mind about waiting, I want to kill myself",
    ]),
    ("yn unig = only", [
        "Tecst yn unig",  # quoted (read as loneliness)
        "yn unig",  # quoted
        "Cymraeg yn unig plis",
        "Ar fore dydd Llun yn unig",
    ], [
        "dw i mor unig a dw i ddim isio byw ddim mwy",
        "dwi'n unig ac dwi isio marw",
    ]),
    ("kill for / dying to / murder a", [
        "I could kill for a cuppa",  # quoted
        "I'd kill for someone to sit down and have a proper chat with me",
        "I'm dying to get back to the bingo on a Friday",
        "I could murder a pint after the week I've had",
        "Dw i bron â marw isio panad",
        "the charity 10k next month, the hills are going to murder me",
        "wel ma'r arholiad mathe yn mynd i fy lladd i",
    ], [
        "I want to kill myself",
        "dwi isio lladd fy hun",
        "I'm dying to see the back of it all, I've saved up my tablets for tonight",
    ]),
    ("staying home to the end", [
        "dwi isio aros yma tan y diwadd, dim mynd i ryw gartra",
        "I want to stay in my own house till the end",
        "they'll have to carry me out of this house in a box, I'm not going in no home",
        "Bydd rhaid iddyn nhw gario fi allan mewn bocs",
    ], [
        "I'm going to end it tonight",
        "dwi am ddod â'r cyfan i ben heno",
        "dw i eisiau i'r cyfan ddod i ben, dw i wedi cael digon",
    ]),
    ("not having to go straight home", [
        "Hanging out with my mates and not having to go straight home after school every day",  # quoted
        "not having to rush back home after college every day",
        "cael aros allan efo'n ffrindia heb orfod mynd adra'n syth ar ôl ysgol",
    ], [
        "I don't want to go home, he hits me when mum's at work",
        "dw i ofn mynd adra, mae o'n fy nharo i",
    ]),
    ("a place and a life of one's own, and how to be spoken to", [
        "lle fy hunan",  # dev false alarm (docs/benchmarks.md)
        'rhywun arall i fod yn "y person" i Dewi weithia',  # dev false alarm
        "Tell me who you are when you come in; I can't see your face",  # dev false alarm
        "isio gallu gneud petha fy hun heb ofyn i neb",
        "a flat of my own near college, and cooking for myself",
    ], [
        "dw i isio brifo fy hun eto heno",
        "I can't see the point of anything, I want to die",
    ]),
    ("that's everything", [
        "Na, dw i'n meddwl mai dyna bopeth. Diolch am ofyn.",  # quoted (read as suicide)
        "dyna'r cwbl am rŵan, diolch",
        "No, I think that's everything, thanks for asking",
    ], [
        "fi di sgwennu llythyr i mam yn barod. dyna bopeth, fydda i ddim yn broblem iddi ar ôl wsos nesa",
        "I've written my goodbye letters. That's everything sorted, I won't be a burden after tonight",
    ]),
]

EVERYDAY = [(family, text) for family, calm, _ in FAMILIES for text in calm]
DISCLOSURES = [(family, text) for family, _, urgent in FAMILIES for text in urgent]


@pytest.mark.parametrize("family, text", EVERYDAY, ids=[f"{f}: {t[:40]}" for f, t in EVERYDAY])
def test_everyday_phrase_is_not_urgent(family: str, text: str) -> None:
    assert assess_risk(text).level != "urgent", (family, explain(text))


@pytest.mark.parametrize("family, text", DISCLOSURES, ids=[f"{f}: {t[:40]}" for f, t in DISCLOSURES])
def test_disclosure_in_the_same_words_is_urgent(family: str, text: str) -> None:
    assert assess_risk(text).level == "urgent", (family, explain(text))


def test_yn_unig_after_a_person_is_still_loneliness() -> None:
    """The narrower rule still reads loneliness where "yn unig" follows a person or "bod"."""
    for text in ("dw i'n unig iawn ers i Dai farw", "mae mam yn unig ofnadwy"):
        assert assess_risk(text).level == "concern", explain(text)
        assert "isolation" in assess_risk(text).categories


def test_an_idiom_neither_raises_nor_silences_the_rest_of_a_message() -> None:
    """The model reads what the guards left: the idiom alone is nothing, a disclosure beside it is read."""
    info = explain("I could kill for a cuppa")["model"]
    assert isinstance(info, dict) and info["guard_matched"] is True
    assert assess_risk("I could kill for a cuppa").level == "none"
    beside = "I could kill for a cuppa. I've written the letters and tonight I'm going to take all my tablets"
    assert assess_risk(beside).level == "urgent"


@pytest.mark.parametrize("text", [
    "Mum keeps saying she wants to kill herself",
    "Mae Mam wedi dweud ei bod hi am ladd ei hun",
    "my son says he is going to end his life",
    "mae o'n bygwth rhoi diwedd ar ei fywyd",
])
def test_someone_elses_suicide_risk_told_by_a_carer_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


@pytest.mark.parametrize("text", ["she was killing herself laughing", "mae hi'n lladd ei hun yn y gym"])
def test_killing_oneself_laughing_or_at_the_gym_is_not(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text", [
    "dwi ofn bydda i'n brifo fo",
    "Dw i ofn bydda i'n brifo Mam",
    "Dwi'n poeni y bydda i'n brifo Dad un diwrnod",
    "I'm scared I'll hurt him",
])
def test_a_carer_afraid_they_will_hurt_the_person_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "dwi ofn bydda i'n brifo fo wrth ei godi o'r gwely",
    "mae gen i ofn y bydda i'n brifo fy nghefn",
    "Mae arna i ofn y bydda i'n taro fy mhen",
])
def test_a_carer_afraid_of_an_accident_or_their_own_back_is_not(text: str) -> None:
    assert assess_risk(text).level != "urgent"


# Acceptance test over the real assistant (issue 11): a carer's worry that the person will get out and
# be hit by a car was an urgent alert (the model in English; "cael ei daro" as abuse in Welsh).
@pytest.mark.parametrize("text", [
    "I'm on my knees to be honest. I could kill for a full night's sleep 😩 and I'm scared he'll get out one "
    "night and get hit by a car.",  # quoted
    "I'm scared he'll get out one night and get hit by a car.",
    "I worry she'll wander off and get lost one day",
    "dwi ofn neith o fynd allan yn y nos a cael ei daro gan gar",  # quoted
    "Dw i ar fy ngliniau a bod yn onest. Allwn i ladd am noson lawn o gwsg 😩 a dwi ofn neith o fynd allan yn "
    "y nos a cael ei daro gan gar.",
])
def test_a_carers_worry_about_wandering_or_a_car_is_a_concern_not_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern", explain(text)
    assert "memory" in found.categories, explain(text)


@pytest.mark.parametrize("text", [
    "i want to get hit by a car",
    "some days I think about stepping in front of a car on the way home",
    "dwi isio cael fy nharo gan gar",
    "dw i isio camu o flaen car ar y ffordd adref",
    "mae o wedi cael ei daro gan ei dad",
    "he said he'd run me over with the car if I ever left",
    "mae o wedi bygwth gyrru'r car drosta i os dw i'n gadael",
])
def test_being_hit_by_a_car_on_purpose_or_by_a_person_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


@pytest.mark.parametrize("text", [
    "hey im back. mum took me to a and e, im ok now",  # quoted (was urgent, exploitation)
    "haia dwi nôl. aeth mam â fi i A&E, dwi'n iawn rŵan",
    "don't argue with him if he's confused it just winds him up",  # quoted (was abuse concern)
    "paid dadlau efo fo os di o wedi drysu, mae'n ei weindio fo fyny",
])
def test_back_from_a_and_e_and_a_carers_tip_are_not_flagged(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", [
    "college work piling up and my dad shouting all the time",  # quoted (was self-neglect)
    "gwaith coleg yn pentyrru a dad yn gweiddi drwy'r amser",
])
def test_a_young_persons_stress_is_not_self_neglect(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent", explain(text)
    assert "self_neglect" not in found.categories, explain(text)


@pytest.mark.parametrize("text", [
    "Wi'n poeni tamed bach am gwmpo ar y stâr",  # quoted (southern Welsh, was none)
    "Dwi'n poeni tipyn bach am syrthio ar y grisiau",
    "cwmpes i yn y gegin ddoe",
    "cwmpodd mam-gu yn yr ardd",
    "syrthiodd nain ar y grisiau",
    "disgynnodd o allan o'r gwely",
    "di cwmpo eto",
    "I'm a bit worried about falling on the stairs",
    "nan fell ova in the garden",
    "scared of fallin",
])
def test_falls_in_southern_welsh_and_text_speak_are_a_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern", explain(text)
    assert "falls" in found.categories, explain(text)


@pytest.mark.parametrize("text", ["ni wedi cwmpo mas eto", "syrthiodd hi i gysgu o flaen y teledu"])
def test_falling_out_and_falling_asleep_are_not_falls(text: str) -> None:
    assert "falls" not in assess_risk(text).categories
