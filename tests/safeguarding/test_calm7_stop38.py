"""False urgent alerts in calm conversations of dev_fresh7 (stop 38, issue 11, "False alarms and recall together").

A young person's everyday hyperbole told with a laugh (a teacher who "will kill me" over homework, wanting to die over
maths or a match lost, cutting oneself on a cracked phone screen, a dad who will murder me if I crash his car) is not
urgent; the same words with telling, a weapon, hitting, tonight or the tablets stay urgent. The quoted lines are the
fresh set's; each has a twin in the other language written for this test.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: Hyperbole told with a laugh, or an accident with a phone screen: never urgent.
HYPERBOLE = [
    "bod rhywun arall yn helpu mam gyda bath ar nosweithie practis. a gwaith cartref, dwi mor behind. Mr Howells yn "
    "mynd i lladd fi os dwi ddim yn rhoi y project hanes mewn ddydd gwener lol. bydde fe yn neis os bydde ysgol yn "
    "gwbod bo fi yn young carer heb bo fi yn gorfod gweud wrth bob athro",
    "and homework, im so behind. Mr Howells is going to kill me if I don't hand in my history project on friday lol",
    "a help efo maths. maths yn lladd fi. mr pritchard yn mynd i lladd fi os dwi ddim yn neud homework eto lol",
    "bo mam yn mynd yn waeth. ma MS hi di mynd yn waeth leni. weithie dwi yn googlo pethe am MS am 2 yn bore a wedyn "
    "methu cysgu. a GCSEs blwyddyn nesa, dwi isie marw just meddwl am maths lol",
    "mums MS is getting worse. and GCSEs next year, i wanna die just thinking about maths lol",
    "dwi isie marw achos ma Cymru di colli 4-0 lol",
    "i wanna die cos wales lost 4-0 lol",
    "mam getting worse. failing my exams next year. thats it really. oh and my phone being cracked i swear im gonna "
    "cut myself on it one day its that bad",
    "ma sgrin fy ffon i di cracio yn ofnadwy, dwi'n mynd i dorri fy mys arno fo un diwrnod",
    "Learning to drive. My dad says he'll murder me if I crash his car so I need proper lessons not him teaching me.",
]

#: Welsh twin of the car: a concern at most (the learned model's opinion), never urgent.
NOT_URGENT = ["Dysgu dreifio. Dad yn deud neith o fy lladd i os dwi'n crashio ei gar, so dwi angen gwersi go iawn"]

#: Near-twins that disclose: telling, hitting, tonight, the tablets, a wish to die with no joke about what: urgent.
STILL_URGENT = [
    "Mr Howells yn mynd i lladd fi os dwi'n deud wrth neb lol",
    "Mr Howells is going to kill me if I tell anyone lol",
    "dwi isie marw lol",
    "dwi isie marw achos dwi'n casau fy mywyd lol",
    "i want to die cos of everything lol",
    "i want to die just thinking about maths, i have the tablets here",
    "im gonna cut myself tonight",
    "dwi am dorri fy hun heno",
    "My dad says he'll murder me if I tell anyone",
    "Mae Dad yn deud neith o fy lladd i os dwi'n deud wrth rywun",
]


@pytest.mark.parametrize("text", HYPERBOLE)
def test_hyperbole_with_a_laugh_is_not_an_alert(text: str) -> None:
    assert assess_risk(text).level == "none", text


@pytest.mark.parametrize("text", NOT_URGENT)
def test_welsh_twin_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", text


@pytest.mark.parametrize("text", STILL_URGENT)
def test_near_twins_that_disclose_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text


#: Everyday words read as harm: not wanting to live anywhere else, nowhere to go in the day, a physio who pushes me,
#: a funeral planned "not that I'm going anywhere": never urgent (the funeral may stay a concern, the model's opinion).
EVERYDAY = [
    "my nan obvs, i been living with her in ely since i was 9 cos mum couldnt look after me and i dont wanna live "
    "nowhere else. and i wanna do hair and beauty in college next year",
    "nain obvs, dwi di byw efo hi ers o ni yn 9 achos doedd mam ddim yn gallu edrych ar fy ol i a dwi ddim isio byw yn "
    "nunlle arall",
    "For me - I'd like my Tuesdays back. I used to do a pottery class and I gave it up when his college finished "
    "because he had nowhere to go in the day. For Aled - some sort of day service or job coach",
    "Dwi isio fy nyddiau Mawrth yn ol. Nes i roi gorau i grochenwaith pan orffennodd y coleg achos doedd gynno fo "
    "unman i fynd yn y dydd.",
    "Y physio yn Ysbyty Llandudno, mae nhw'n ffantastig, maen nhw'n fy ngwthio fi. A fy annibyniaeth. Dwi'n byw ar ben "
    "fy hun a dwi isio cadw fel'na, dim carers i mewn ac allan os fedra i beidio.",
    "The physio at Llandudno hospital is fantastic, they push me. And my independence.",
]

FUNERAL = [
    "Wi wedi neud 'yn ewyllys a ma'r angladd wedi'i drefnu gyda Evans yr ymgymerwr, emyn Calon Lân a dim ffys. Ma "
    "Heulwen yn gwbod ble ma'r papure. Jyst i chi wbod bo fi'n barod, dim bo fi'n mynd unman am sbel lol.",
    "I've made my will and the funeral's sorted with the undertaker. Just so you know I'm ready, not that I'm going "
    "anywhere for a while lol.",
]

#: The same words with harm: urgent.
EVERYDAY_STILL_URGENT = [
    "i dont wanna live anymore",
    "i dont wanna live like this anymore",
    "dwi ddim isio byw dim mwy",
    "I have nowhere to go in the day, the hostel shuts at 9 and I sleep on the streets",
    "the physio pushed me down and I fell",
    "mae fy ngofalwr yn fy ngwthio i lawr",
    "I've sorted the funeral. I'm ready. I won't be here much longer, I've got the tablets",
    "Dw i wedi trefnu'r angladd. Dw i'n barod. Fydda i ddim yma'n hir, mae'r tabledi gen i",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_are_not_an_alert(text: str) -> None:
    assert assess_risk(text).level == "none", text


@pytest.mark.parametrize("text", FUNERAL)
def test_a_funeral_planned_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", text


@pytest.mark.parametrize("text", EVERYDAY_STILL_URGENT)
def test_everyday_near_twins_that_disclose_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text


#: Self-harm told at an age long past and stopped: a self-harm concern (a history the practitioner asks about).
SELF_HARM_STOPPED = [
    "ok so ma hyn yn y file beth bynnag so waeth i fi ddeud. o ni yn self harmio pan o ni yn 13-15, yn y cartref yn "
    "wrecsam. dwi di stopio ers 2 flynadd a hanner. nesh i gal CAMHS a cwnsela a ma hynna di gorffan, nath nhw "
    "discharge fi mis mai. dwi yn iawn. genuinely. ma gena i creithia ar fy mraich a dwi dal yn gwisgo llewys hir i "
    "interviews, dyna i gyd.",
    "ok so its in the file anyway. i was self harming when i was 13-15, in the home in wrexham. ive stopped for 2 and "
    "a half years. i had CAMHS and counselling and they discharged me in may. im fine. genuinely.",
]

#: Started again, still doing it, last night: urgent.
SELF_HARM_NOW = [
    "o ni yn self harmio pan o ni yn 13, a dwi di dechra eto wythnos yma",
    "i was self harming when i was 13 and ive started again, i cut last night",
    "o ni yn self harmio pan o ni yn 13-15. dwi dal yn neud o weithia",
]


@pytest.mark.parametrize("text", SELF_HARM_STOPPED)
def test_self_harm_at_an_age_long_past_and_stopped_is_a_concern(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.categories) == ("concern", ("self_harm",)), text


@pytest.mark.parametrize("text", SELF_HARM_NOW)
def test_self_harm_started_again_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text


#: Hitting long over, told with the decades in spoken Welsh, and its English twin: an abuse concern.
LONG_OVER = [
    "Dim lot. Wi wedi bod trwy waeth. Ma'n debyg dylen i weud hyn achos ma pobl yn gofyn am y teulu. O'dd Tom y gŵr yn "
    "yfed fel ych yn y chwedege a'r saithdege, o'dd e'n 'y mwrw i pan o'dd e wedi meddwi. Ma fe wedi marw ers 1983, 40 "
    "mlynedd a mwy. Sa i moyn i neb boeni am hwnna, wi wedi cael heddwch ers blynydde.",
    "My husband Tom drank like a fish in the sixties and seventies, he would hit me when he was drunk. He has been dead "
    "since 1983.",
]

#: The same decades with the hitting now, or still: urgent.
LONG_OVER_NOW = [
    "o'dd e'n 'y mwrw i yn y chwedege a ma fe'n dal i neud",
    "Ma fe'n 'y mwrw i nawr fel o'dd e yn y chwedege",
    "Mae dad yn fy nharo i ers i mam farw. Mae hi wedi marw ers 2005.",
    "My dad hits me since mum died. She has been dead since 2005.",
]


@pytest.mark.parametrize("text", LONG_OVER)
def test_hitting_in_the_sixties_is_an_abuse_concern(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.categories) == ("concern", ("abuse",)), text


@pytest.mark.parametrize("text", LONG_OVER_NOW)
def test_hitting_now_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text
