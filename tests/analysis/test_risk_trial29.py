"""The seventh acceptance trial's risk readings (stop 29, issue 11): AA5, AA6, AA6b, AA11.

AA5: a 15-year-old's "ma Kyle o'r stad yn rhoi vapes i fi am ddim a nawr ma fe moyn i fi ddropo stwff off … bagie
bach … ma fe'n 19" was only "please check": someone giving a child things for free and then wanting them to drop off,
carry or hold things is child criminal exploitation, urgent.
AA6: an older man whose grandson "borrows" his bank card, with £2,000 gone that he did not spend, was only "please
check": money taken by family with someone holding the card is financial abuse, urgent as "she keeps taking money out
of my account" is. His "Plîs peidiwch â gweud wrth yr heddlu" is answered honestly (the police answer).
AA6b / AA11: categories name what was said: not eating much is self-neglect beside the fall; money tight and a benefit
stopped is `money`, breathless at night is `health` (not low mood); "sai'n mynd o 'ma" (not leaving the house he has
lived in since 1968) is no isolation.
Each quoted message has a twin in the other language (north and south Welsh, text-speak, standard English); the words
are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import CATEGORY_ORDER, assess_risk
from bot.analysis.safe_check_questions import questions_asked
from bot.summary.view import label

#: AA5: free things, then carrying or dropping off for an older lad.
EXPLOITED = [
    "na dim rili. wel ma Kyle o'r stad yn rhoi vapes i fi am ddim a nawr ma fe moyn i fi ddropo stwff off i bobl ar y "
    "beic ar ol ysgol, bagie bach. sai'n siwr. ma fe'n 19. anyway",  # the trial (south, text-speak)
    "dim rili. wel ma Kyle o'r stad yn rhoi fêps i fi am ddim a rŵan mae o isio i fi ddropio stwff i bobl ar y beic ar "
    "ôl ysgol, bagia bach. dwi'm yn siŵr. mae o'n 19",  # north
    "not rly. well Kyle off the estate gives me vapes for free n now he wants me to drop stuff off to ppl on my bike "
    "after school, little bags. idk. hes 19. anyway",  # English text-speak
    "An older lad on the estate has been giving me free vapes, and now he wants me to carry packages to people after "
    "school. He's 19.",  # English standard
    # the same family told another way: gifts first, then having to take bags to them, not knowing what is inside
    "oeddan nhw'n sound i ddechra, rhoi fêps i fi a lifftia. rŵan dwi'n gorfod mynd â bags iddyn nhw ar y trên i "
    "Rhyl ar ôl ysgol, dwi'm yn gwbod be sy ynddyn nhw.",  # north
    "o'n nhw'n neis i ddechre, rhoi vapes a lifts i fi. nawr wi'n gorfod cario bagie iddyn nhw ar y tren i Abertawe, "
    "sai'n gwbod beth sy ynddyn nhw.",  # south
    "they were sound at first, gave me vapes and lifts in the car. now i have to take bags to them on the train after "
    "school, i dont know whats in them.",
]

#: AA6: money gone that they did not spend, while a grandson has the card.
MONEY_TAKEN = [
    "Wel, ma un peth. Ma Rhys, yr ŵyr, yn benthyg fy ngherdyn banc i, i fynd i'r siop i fi, ond wi wedi gweld ar y "
    "statement bod £2,000 wedi mynd mas dros y misoedd dwetha, arian wi ddim wedi'i wario. Ma fe'n gweud ei fod e'n "
    "mynd i dalu nôl. Sai moyn trwbwl iddo fe, ma fe'n fachgen da yn y bôn, ma fe wedi cael amser caled. Plîs "
    "peidiwch â gweud wrth yr heddlu.",  # the trial (south)
    "Mae'r ŵyr, Rhys, yn benthyg fy ngherdyn banc i fynd i'r siop i mi, ond dwi wedi gweld ar y statement bod £2,000 "
    "wedi mynd dros y misoedd dwytha, pres nes i ddim ei wario. Plis peidiwch â deud wrth yr heddlu.",  # north
    "My grandson Rhys borrows my bank card to go to the shop for me, but I've seen on the statement that £2,000 has "
    "gone out over the last few months, money I didn't spend. He says he'll pay it back. I don't want trouble for "
    "him. Please don't tell the police.",
    "£2,000 has gone out of my account over the last few months, money I never spent. My grandson has my card for "
    "the shopping.",
]

#: Everyday answers in the same words: no urgent reading.
EVERYDAY = [
    "My daughter has my bank card to do my shopping, she's very good, I can see every penny on the statement.",
    "Mae'r ferch yn cadw fy ngherdyn banc i wneud y siopa i mi, mae hi'n dda iawn.",
    "I borrowed my mum's card for the school trip but I didn't spend much.",
    "we get free school dinners and my nan wants me to help her with the garden on saturdays",
    "ma nain yn rhoi gwersi piano am ddim i fi ac isio i fi ymarfer bob dydd",
    "i have to carry the shopping bags for my nan on the bus every saturday",
    "dwi'n gorfod cario bagia siopa i Nain ar y bws bob dydd Sadwrn",
    "Yr hen fois yn y mart. Y ci, Fflei. Cadw'r tŷ, wi wedi byw 'ma ers 1968 a sai'n mynd o 'ma.",  # AA11 (south)
    "Yr hogia yn y mart. Y ci, Mot. Cadw'r tŷ, dwi di byw yma ers 1968 a dwi'm yn mynd o 'ma.",  # north
    "The old boys at the mart. The dog, Fly. Keeping the house, I've lived here since 1968 and I'm not going anywhere.",
]


@pytest.mark.parametrize("text", EXPLOITED)
def test_free_things_then_dropping_off_for_him_is_urgent_exploitation(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and not found.please_check and "exploitation" in found.categories, found


@pytest.mark.parametrize("text", MONEY_TAKEN)
def test_money_gone_they_did_not_spend_with_the_card_in_his_hands_is_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and not found.please_check, found
    assert {"exploitation", "abuse"} <= set(found.categories), found


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_everyday_answers_are_not_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent" and "isolation" not in found.categories, found


@pytest.mark.parametrize("text", [MONEY_TAKEN[0], MONEY_TAKEN[1], MONEY_TAKEN[2],
                                  "please dont tell the police, i dont want him in trouble"])
def test_a_plea_not_to_tell_the_police_is_answered(text: str) -> None:
    assert "police" in questions_asked(text)


#: AA6b: a fall and not eating much.
NOT_EATING = [
    "Wel, sai'n moyn cwyno, ond wi wedi cwmpo cwpwl o weithie yn y gegin, unwaith wi'n ffaelu codi am sbel. A sai'n "
    "byta lot, sai'n trafferthu coginio i un, dim ond tost a dishgled. Sai'n moyn neb yn ffysan.",  # the trial
    "Dwi di syrthio cwpl o weithia yn y gegin. A dwi'm yn bwyta llawer, dwi'm yn trafferthu coginio i un, jyst tost a "
    "panad.",  # north
    "I've had a couple of falls in the kitchen, once I couldn't get up for a while. And I don't eat much, I don't "
    "bother cooking for one, just toast and a cuppa.",
]
#: AA11: money and breathlessness.
MONEY_AND_BREATH = [
    "Worrying? Not really. Money's tight since they stopped the pension credit thing, I had a letter I didn't "
    "understand so I put it in the drawer. And I get breathless at night, sometimes I sleep in the chair. But no, "
    "nothing worrying, I'm grand.",  # the trial
    "Poeni? Dim rili. Ma arian yn dynn ers iddyn nhw stopio'r credyd pensiwn, ges i lythyr o'n i ddim yn ei ddeall. "
    "A dwi'n fyr o wynt yn y nos, weithia dwi'n cysgu yn y gadair. Ond na, dim byd yn poeni fi.",  # north
    "Becso? Dim really. Ma arian yn dynn ers iddyn nhw stopio'r credyd pensiwn. A wi'n colli 'y ngwynt yn y nos, "
    "weithie wi'n cysgu yn y gader.",  # south
]


@pytest.mark.parametrize("text", NOT_EATING)
def test_not_eating_much_is_named_beside_the_fall(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and {"falls", "self_neglect"} <= set(found.categories), found


@pytest.mark.parametrize("text", MONEY_AND_BREATH)
def test_money_and_breathlessness_are_named_for_what_they_are(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and {"money", "health"} <= set(found.categories), found
    assert "low_mood" not in found.categories, found


@pytest.mark.parametrize("code", ["money", "health"])
def test_the_new_worries_have_a_label_in_both_languages(code: str) -> None:
    assert code in CATEGORY_ORDER
    assert label(f"cat_{code}", "cy") and label(f"cat_{code}", "en") and label(f"cat_{code}", "cy") != label(
        f"cat_{code}", "en")
