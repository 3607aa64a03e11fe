"""False urgent alerts in calm conversations (issue 11, stop 39, calm8), both languages.

Each was an urgent flag in a calm conversation of dev_fresh7's tuning half (or the stop's brief): a harm told as long
over with the "long over" a sentence or more later, the writer's own "still" (thinking about it, wearing the alarm),
and "X's gonna murder me for saying this". Each quoted message is now a concern or nothing, and each has a real
disclosure twin in the same words that stays urgent (docs/risk-model.md: a retraction never clears a flag; a history
told as past and over is a concern).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

# ---- 1. A harm told as the past, its "long over" told later in the message: the one who did it dead long ago, "all
# done with now", "I'm not in that place now" after an overdose with its year. A history the worker notes: a concern
# that keeps its harm, no alert.
OWEN_605 = ("Ramp wrth y drws ffrynt, mae 'na dri gris a dwi'n mynd lawr nhw ar fy nhin ar hyn o bryd. Rheilen yn y "
            "gawod.\nAc ella, dwn i'm, siarad efo rywun. Mae 'di bod yn flwyddyn uffernol. Dim byd mawr, jyst dwi'n "
            "cysgu'n sâl. Mae'r holl beth efo'r ysbyty wedi dod â petha nôl o pan o'n i'n hogyn, fy nhad yn ei chwrw "
            "yn fy leinio fi a Mam. Mae o wedi marw ers 1998 a dwi 'di cael cwnsela amdano fo o'r blaen pan o'n i'n "
            "40, mae o wedi'i neud. Ond mae'n dod nôl weithia pan dwi'n styc yn tŷ.")
OVERDOSE_651 = ("The job thing. And help with the forms for the job centre, they do my head in. You'll see in my notes "
                "I took an overdose in 2019 when I was really poorly and ended up in the Glan Clwyd for a bit. I'm not "
                "in that place now, I promise, I've got a crisis plan with Steph and I know who to ring. I just don't "
                "want people to only see that when they look at me.")
CARE_673 = ("Money. The leaving care grant doesn't go far and I want to know exactly what I'm entitled to for the flat "
            "(cooker, bed etc). And I'd like to learn to drive before uni.\nI suppose I should say because it'll be "
            "in my file anyway - the reason I came into care was my dad, he was violent to me and my mum when I was "
            "little. He's in prison, he got 12 years, and there's a restraining order. That's all done with now, I did "
            "the therapy and I'm honestly OK about it. I just don't want every new worker to make me go over it "
            "again, it's in the file, read it.")
TOLD_LATER = {
    OWEN_605: "abuse",
    OVERDOSE_651: "suicide",
    CARE_673: "abuse",
    "I took an overdose back in 2019 but I'm not in that place now, I've had counselling": "suicide",
    "Mi gymres i orddos nôl yn 2019 ond wi ddim yn y lle 'na nawr, wi wedi cael cwnsela": "suicide",
    "nes i gymryd gorddos yn 2019 ond dw i ddim yn y lle 'na rŵan, dw i wedi cael cwnsela": "suicide",
    "My dad used to beat us. I still think about it sometimes. He's been dead ten years. It's all done with now.":
        "abuse",
    "Roedd Dad yn arfer ein curo ni. Dw i'n meddwl amdano fe o hyd. Mae e wedi marw ers deng mlynedd.": "abuse",
    "roedd e'n arfer fy nharo i pan o'n i'n fach, dw i'n meddwl amdano fe o hyd. Mae e wedi marw ers 2003.": "abuse",
}
#: The same words with the harm told as now, recent, with no time said, or someone else still doing it: urgent.
STILL_URGENT = [
    "My dad hits me. She has been dead since 2005",
    "Mae Dad yn fy nharo i. Mae hi wedi marw ers 2005",
    "I took an overdose. I'm not in that place now",
    "nes i gymryd gorddos. dw i ddim yn y lle 'na rŵan",
    "I took an overdose last month. I'm not in that place now",
    "nes i gymryd gorddos wythnos dwetha ond dw i ddim yn y lle 'na rŵan",
    "I took an overdose back in 2019 and I'm thinking about it again",
    "My dad used to beat me when I was little. He's been dead since 2001. But my stepdad hits me now.",
    "Roedd Dad yn arfer fy nharo i. Mae o wedi marw ers 1998. Ond mae fy mrawd yn dal i fy nharo i.",
    "roedd e'n arfer fy nharo i pan o'n i'n fach, ac mae e'n dal i fy nharo i. Mae Mam wedi marw ers 2003.",
    "My dad hit me, I'm not in that place now",
    "My dad used to beat us. He's been dead ten years. He still comes round in my dreams",
]


@pytest.mark.parametrize("text, harm", TOLD_LATER.items())
def test_a_harm_told_as_past_with_its_long_over_later_is_a_concern_that_keeps_its_harm(text: str, harm: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and not found.reaches_duty, explain(text)
    assert harm in found.categories, explain(text)


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_same_words_told_as_now_or_with_no_time_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


# ---- 2. "o hyd" ("still") of the writer's own life: wearing the alarm still, thinking about it still, is not the harm
# going on ("o" in "o hyd" is not "he"). Mrs 633's first husband who hit her in the sixties, dead since 1983.
MRS_633 = ("Dim lot. Wi wedi bod trwy waeth. Ma'n debyg dylen i weud hyn achos ma pobl yn gofyn am y teulu. O'dd Tom "
           "y gŵr yn yfed fel ych yn y chwedege a'r saithdege, o'dd e'n 'y mwrw i pan o'dd e wedi meddwi. Ma fe wedi "
           "marw ers 1983, 40 mlynedd a mwy. Sa i moyn i neb boeni am hwnna, wi wedi cael heddwch ers blynydde. Ond "
           "dyna pam wi mor benderfynol bod neb yn gweud wrtho i beth i neud yn 'y nhŷ 'yn hunan.\n\nCwmpo, falle. Wi "
           "wedi cwmpo unwaith yn y gegin llynedd, ond o'dd y larwm 'da fi a dath Heulwen lan mewn deg munud. Wi'n "
           "gwisgo fe o hyd nawr.")
MRS_633_EN = ("My first husband used to hit me when he'd had a drink, back in the sixties. He's been dead since 1983. "
              "I had a fall in the kitchen last year, the alarm worked. I still wear it now.")


@pytest.mark.parametrize("text", [MRS_633, MRS_633_EN])
def test_the_writers_own_still_does_not_make_an_old_harm_now(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and not found.reaches_duty, explain(text)
    assert "abuse" in found.categories and "falls" in found.categories, explain(text)


@pytest.mark.parametrize("text", [
    "Oedd fy ngŵr cynta'n fy nghuro i yn y chwedegau. Mae o'n dal i fy nharo i o hyd.",
    "My first husband used to hit me back in the sixties. He still hits me now.",
    "O'dd e'n 'y mwrw i yn y chwedege. Ma fe'n dal i ddod draw o hyd.",
])
def test_the_harm_still_going_on_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


# ---- 3. "X's gonna murder me for saying this" is a half-laughing confession, not a threat (a young carer on her
# brother's bed-wetting). Said of a partner or a stepparent, or with a harm, fear or a threat in the message: urgent.
KIAN_643 = ("not being late for school every single day, i get detentions for it and its not even my fault, i have to "
            "get Kian (my brother hes 8) ready and walk him down the juniors first. if someone could help in the "
            "mornings that would be amazing. also kian is gonna murder me for saying this but he wets the bed still "
            "and mam cant do the sheets so i do them before school and thats why im late. dont tell him i said lmao\n"
            "and i want a break sometimes, like a young carers thing, my friend Ffion goes to one in Merthyr and they "
            "went bowling")
CONFESSIONS = [
    KIAN_643,
    "my mam's gonna murder me for saying this but she cheats at cards",
    "hefyd ma Kian yn mynd i'n lladd i am ddeud hyn ond mae o'n gwlychu'r gwely o hyd a dyna pam dw i'n hwyr i'r "
    "ysgol. paid deud wrtho fo lol",
    "ma Mam yn mynd i'n lladd i am ddeud hyn ond mae hi'n twyllo ar gardiau",
]
THREATS = [
    "also kian is gonna murder me for saying this but he hits me with a belt",
    "my dad's gonna kill me for saying this, he hits me when he's drunk",
    "ma Dad yn mynd i'n lladd i am ddeud hyn, mae o'n fy nharo i pan mae o wedi meddwi",
    "kian is gonna kill me for telling you this",
]


@pytest.mark.parametrize("text", CONFESSIONS)
def test_gonna_murder_me_for_saying_this_is_no_threat(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent" and not found.reaches_duty, explain(text)


@pytest.mark.parametrize("text", THREATS)
def test_a_harm_beside_it_or_a_threat_for_telling_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


# ---- 4. A death long ago is grief, not risk ("mae Dad wedi marw ers 1998", "bu farw Mam ers blynyddoedd").
@pytest.mark.parametrize("text", [
    "mae Dad wedi marw ers 1998", "bu farw Mam ers blynyddoedd",
    "Mae Dad wedi marw ers 1998 a Mam wedi marw ers 2010, felly dim ond fi a'r ci sy 'ma",
    "Bu farw Mam ers blynyddoedd, a dw i'n dal i siarad efo hi yn y fynwent bob dydd Sul",
    "Dad's been dead since 1998 and mum died years ago, so it's just me and the dog now",
    "My husband died in 1998, I've been on my own since",
])
def test_a_death_long_ago_is_not_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent" and not found.reaches_duty, explain(text)
