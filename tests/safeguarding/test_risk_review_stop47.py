"""Review47b (stop 47) findings A, G and H on risk47's new rules: the falls family hid real neglect (A), the night
wandering row's jog-or-dog exclusion read the whole sentence (G), and new rows made false alarms (H: a party nobody
came to, everyday friends from the pub, "blino'n lân ar bopeth" lost its low mood). The review's sentences are fixtures
as quoted; each family has phrasings of its own (in neither the review nor a benchmark), Welsh and English.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.meaning import FALLS, _patterns
from bot.analysis.risk.normalise import pattern_text

# ---- A: neglect told beside a fall (or a "fall" that is none) stays neglect, urgent or a please check.
NEGLECT_BESIDE_A_FALL = [
    "my mum falls asleep drunk every night and leaves my baby brother crying, no one feeds him",  # review A
    "Mam fell asleep on the floor drunk again, theres no food in the house and i havent eaten since friday",  # review A
    "ma mam yn cwympo pan mae hi di meddwi a does dim bwyd yn tŷ, dw i heb fwyta ers dydd gwener",  # review A
    "the carers put him to bed without his tea again and he fell trying to get to the toilet, he's had no food since "
    "yesterday",  # review A
    "it all falls on me since the agency stopped coming, mam's been left in bed soaked and hungry",  # review A
    "Mae hi wedi disgyn a mae'r cartref yn ei gadael hi yn ei gwely drwy'r dydd heb fwyd na diod",  # review A
    "odd e ar y llawr yn ei gachu ei hun pan gyrhaeddes i, so'r gofalwyr wedi bod ers dydd Gwener",  # review A
    "odd dad ar y llawr pan es i draw, doedd neb wedi bod ers dyddie",  # review A
    # phrasings of our own
    "my stepdad falls asleep pissed on the sofa every night and my little sister has had nothing to eat all day",
    "mae mam yn syrthio i gysgu'n feddw bob nos a does neb yn bwydo'r babi",
]


@pytest.mark.parametrize("text", NEGLECT_BESIDE_A_FALL)
def test_neglect_beside_a_fall_stays_neglect(text: str) -> None:
    found = assess_risk(text)
    assert "neglect" in found.categories
    assert found.level == "urgent" or found.please_check


# BA1 (trial 46) and fall-only phrasings stay a falls concern: the fix must not undo risk47.
FALL_ONLY = [
    "He's been on the floor once in the night but he wasn't hurt",  # quoted (BA1)
    "Mae o wedi bod ar y llawr unwaith yn y nos ond doedd o ddim wedi brifo",  # quoted (BA1, the Welsh twin)
    "Dad had a fall last week but he wasn't hurt",  # review A
    "Mae mam wedi cwympo unwaith yn y nos ond doedd hi ddim wedi brifo",  # review A
    "grandad fell over in the garden on sunday but he wasnt hurt, just a bruise",
    "mae nain wedi llithro yn y gegin ddoe ond doedd hi ddim wedi brifo",
]


@pytest.mark.parametrize("text", FALL_ONLY)
def test_a_fall_alone_is_still_a_falls_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "falls" in found.categories and "neglect" not in found.categories


@pytest.mark.parametrize("text", [
    "she falls asleep in front of the telly", "he fell out with his brother", "it all falls on me",
    "my plans fell through", "mae hi'n syrthio i gysgu o flaen y teledu", "nes i gwympo i gysgu",
    "mae o'n disgyn i gysgu yn y gadair", "nath hi gwympo mas gyda'i chwaer",
])
def test_no_fall_in_falling_asleep_or_out(text: str) -> None:
    assert _patterns(FALLS)["fall"].search(pattern_text(text)) is None


@pytest.mark.parametrize("text", [
    "no food in the house", "he's hungry", "i havent eaten", "left in bed all day", "soaked through",
    "in her own mess", "bed sores", "no meds", "it happened again", "since friday", "over the weekend",
    "for 3 days", "my baby brother", "dim bwyd yn y ty", "heb fwyta", "heb fwyd na diod", "yn ei gachu",
    "heb ei dabledi", "mae o wedi digwydd eto", "ers dydd Sadwrn", "dros y penwythnos", "am dyddie",
    "doedd neb yna", "smo'r gofalwyr wedi bod", "neb wedi bod", "fy mrawd bach",
])
def test_the_never_list_keeps_the_reading(text: str) -> None:
    assert _patterns(FALLS)["never"].search(pattern_text(text)) is not None


# ---- H: the one on the floor in "nobody came" is someone else, never the writer at their party.
@pytest.mark.parametrize("text", [
    "nobody came to my party so i was lying on the floor crying",  # review H
    "nobody helped me tidy up and all my clothes were on the floor",  # review H
    "nath neb ddod i'r parti, o'n i'n gorwedd ar y llawr yn crio",  # review H
    "no one came to her birthday do and she sat on the floor sulking",
    "ddaeth neb i'r cyfarfod, roedd y papurau i gyd ar y llawr",
])
def test_nobody_came_to_the_party_is_no_neglect_alert(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "nobody came and he was on the floor all night",
    "the carers never turned up and mum was lying on the floor when i got there",
    "dim un gofalwr wedi dod a roedd mam ar y llawr pan gyrhaeddes i",
    "nath neb ddod a roedd hi ar y llawr drwy'r nos",
])
def test_nobody_came_and_they_were_on_the_floor_is_urgent_neglect(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "neglect" in found.categories


# ---- H: everyday friends still in touch are nothing; so-called friends, or money beside them, stay exploitation.
@pytest.mark.parametrize("text", [
    "his mates from the rec still ring him every sunday for five a side",  # review H
    "the lads from the park still come round for a kickabout",  # review H
    "his friends from the pub still ring him on a Friday",  # review H
    "her friends from town still message her about netball",  # review H
    "mae ei ffrindiau o'r dre yn dal i ffonio fo bob wythnos i fynd i'r pictiwrs",  # review H
    "his pals from the shops still call round for darts",
    "mae'r hogia o'r dafarn yn dal i decstio fo bob nos Wener",
])
def test_everyday_friends_still_in_touch_are_no_exploitation(text: str) -> None:
    assert "exploitation" not in assess_risk(text).categories


@pytest.mark.parametrize("text", [
    "The 'friends' from the park still text him",  # quoted (trial 46 BA6)
    "his so-called mates from the pub still ring him",
    "they took his bank card and his friends from town still text him",
    "mae ei ffrindiau o'r dre yn dal i ffonio fo ac mae arno fe arian iddyn nhw",
    "ma'r bois o'r stad yn dal i decstio fe",
])
def test_friends_drawing_him_in_are_exploitation(text: str) -> None:
    assert "exploitation" in assess_risk(text).categories


# ---- H: worn out with everything or with life is low mood (BA15's "erbyn amser cinio" stays tiredness).
@pytest.mark.parametrize("text", [
    "dw i wedi blino'n lân ar bopeth, dw i ddim isio codi o'r gwely",  # review H
    "wi di blino'n llwyr ar y cyfan, sdim pwynt codi",
    "dwi wedi laru ar bopeth erbyn hyn",
])
def test_worn_out_with_everything_is_low_mood(text: str) -> None:
    assert "low_mood" in assess_risk(text).categories


# ---- G: a jog or the dog counts only right after "found" or the time, not anywhere in the sentence.
@pytest.mark.parametrize("text", [
    "Dad was found on the dual carriageway at 3am walking the dog that died years ago",  # review G
    "grandad was found on the main road at 2am with the dog that passed away last year",
    "cafodd e ei ffeindio ar y ffordd fawr am dri y bore yn mynd â'r ci am dro, y ci fu farw flynyddoedd yn ôl",
])
def test_found_at_night_with_a_dog_long_dead_is_missing(text: str) -> None:
    found = assess_risk(text)
    assert "missing" in found.categories and (found.level == "urgent" or found.please_check)


@pytest.mark.parametrize("text", [
    "he was found by his mate on the road at 5am jogging in his shorts",  # review G
    "my nan was found walking the dog on the main road at 5am",
])
def test_found_out_jogging_or_walking_the_dog_is_no_missing(text: str) -> None:
    assert "missing" not in assess_risk(text).categories
