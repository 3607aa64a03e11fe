"""Risk labels, stop 47 (risk47): the twenty-third trial (trial46_report.md BA1, BA4, BA6, BA8, BA15) and the stop-46
risk-probe review (review46b_report.md B1, C3, C4). The trial's words are fixtures as quoted; every family has a
phrasing of its own (in neither the trial nor a benchmark), Welsh and English, and its false-alarm twins.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


def _harms(text: str) -> tuple[str, bool, tuple[str, ...]]:
    found = assess_risk(text)
    return found.level, found.please_check, found.categories


# ---- BA1: a fall told as a fall is a falls concern, never neglect; a carer's failure stays neglect.
FALLS = [
    "He's been on the floor once in the night but he wasn't hurt",  # quoted (BA1)
    "Mae o wedi bod ar y llawr unwaith yn y nos ond doedd o ddim wedi brifo",  # quoted (BA1, the Welsh twin)
    "dad slipped in the bathroom last night, on the floor a while, no bones broken",
    "mam was on the kitchen floor when i got there this morning, she couldnt get up but shes fine",
    "ma fe wedi cwympo yn y nos, o'dd e ar y llawr tan y bore ond dim niwed",
    "hes been on the floor twice in the night this week, wasnt hurt tho",
]


@pytest.mark.parametrize("text", FALLS)
def test_a_fall_told_as_a_fall_is_a_falls_concern(text: str) -> None:
    level, _, cats = _harms(text)
    assert level == "concern" and "falls" in cats and "neglect" not in cats


NEGLECT = [
    "the carers left him on the floor all night",
    "nobody came and he was on the floor for hours",
    "she was lying on the floor all night. nobody came",
    "he was on the floor for two days before anyone found him",
    "nath neb ddod a roedd hi ar y llawr drwy'r nos",
    "roedd hi ar y llawr am ddau ddiwrnod",
    "nes i adael hi ar y llawr am awr",
]


@pytest.mark.parametrize("text", NEGLECT)
def test_a_carers_failure_on_the_floor_stays_neglect(text: str) -> None:
    level, _, cats = _harms(text)
    assert level == "urgent" and "neglect" in cats


@pytest.mark.parametrize("text", [
    "the kids were sitting on the floor and nobody came to help me tidy",
    "roedd y plant yn eistedd ar y llawr a nath neb ddod i helpu",
])
def test_sitting_on_the_floor_and_nobody_came_is_no_neglect(text: str) -> None:
    assert "neglect" not in assess_risk(text).categories


# ---- BA4: online bullying with pictures or a fake account is an abuse concern (bullying), never urgent alone.
BULLYING = [
    "some girls in year 9 keep posting pictures of me on tiktok and saying my mum is a psycho",  # quoted (BA4)
    "they made a fake account with my photos",  # quoted (BA4)
    "ma rhai merched yn postio lluniau ohona fi ar tiktok",  # quoted (BA4)
    "nath nhw neud cyfrif ffug efo fy lluniau",
    "the boys in my form keep sharing vids of me eating at lunch",
    "they made an account in my name on tiktok and post horrible stuff",
    "they keep saying stuff about my mum in the group chat",
    "ma genod y dosbarth yn postio lluniau hyll ohona i ar snap",
]


@pytest.mark.parametrize("text", BULLYING)
def test_online_bullying_is_an_abuse_concern(text: str) -> None:
    level, please_check, cats = _harms(text)
    assert level == "concern" and "abuse" in cats and not please_check


def test_the_models_please_check_of_online_bullying_stands() -> None:
    """Stop 48: the bullying rows give way ("yield") where the learned model alone asks the duty team to read the
    message; labelled as bullying (abuse), never exploitation (stop 45, AY5)."""
    level, please_check, cats = _harms("mae rhywun wedi gneud cyfri ffug ohona i ar insta")
    assert level == "concern" and please_check and cats == ("abuse",)


@pytest.mark.parametrize("text", [
    "posting pictures of my holiday on insta",
    "mum keeps posting pictures of me on facebook",
    "mae mam yn postio lluniau ohona i ar facebook o hyd",
    "i put my own pictures on insta",
    "nes i bostio lluniau o'r gwyliau ar insta",
])
def test_ones_own_or_a_parents_pictures_are_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", [
    "i'm being trolled on insta and they found out where i live",
    "someone made a fake account of me on insta and an older guy messaged me asking to meet",
])
def test_the_bullying_rows_do_not_soften_the_models_urgent_reading(text: str) -> None:
    """Stop 45 turned the online-bullying rows off for these two (review45b); the bullying family now softens only
    what an urgent rule read (meaning.Family.by_rule)."""
    assert assess_risk(text).level == "urgent"


def test_bullying_read_by_an_urgent_rule_is_still_softened() -> None:
    """AV2 (stop 41) unchanged: name-calling by other children read by the name-calling rule is a concern."""
    level, _, cats = _harms("kids at school pick on me, calling me names on snapchat every night")
    assert level == "concern" and "abuse" in cats


# ---- BA8: who is talking, about themselves, is no risk.
@pytest.mark.parametrize("text", [
    "Tis me, about meself. The wife said I should do it",  # quoted (BA8)
    "its me, for myself. the missus told me to fill it in",
    "fi sy 'ma, amdana i fy hun. Y wraig ddwedodd wrtha i am ei wneud",
    "fi'n hunan, am fy hun. y mab wedodd wrtha i neud e",
])
def test_myself_and_do_it_is_no_risk(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- B1 / C4: taken advantage of.
@pytest.mark.parametrize("text", [
    "he gets taken advantage of, people come round for his money",
    "she's easily taken advantage of",
    "people take advantage of me cos of my learning disability",
    "mae pobl yn manteisio arno fe achos ei anabledd",
    "ma pobl yn manteisio arna i",
    "ond mae pobl yn cymryd mantais ohono fe",
    "everyone takes advantage of him since his stroke",
])
def test_being_taken_advantage_of_is_a_please_check_in_exploitation(text: str) -> None:
    level, please_check, cats = _harms(text)
    assert level in ("concern", "urgent") and "exploitation" in cats
    assert please_check or level == "urgent"


@pytest.mark.parametrize("text", [
    "he took advantage of me when i was drunk",
    "my mates boyfriend took advantage of me while i was asleep",
    "nath o gymryd mantais ohona i pan o'n i'n feddw",
    "wnaeth e fanteisio arna i pan ro'n i'n cysgu",
])
def test_taken_advantage_of_when_drunk_or_asleep_is_urgent_abuse(text: str) -> None:
    level, _, cats = _harms(text)
    assert level == "urgent" and "abuse" in cats


@pytest.mark.parametrize("text", [
    "i took advantage of her being asleep to have a shower",
    "we took advantage of him being in respite to go away for the weekend",
    "nes i gymryd mantais ohoni hi'n cysgu i gael bath",
    "i take advantage of him napping to do the ironing",
    "naethon ni gymryd mantais ohono fe yn cysgu i fynd am dro",
    "took advantage of the sale",
    "cymryd mantais o'r tywydd",
])
def test_a_carers_own_taking_advantage_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- C3: the burden said by someone else is not her low mood; a burden on me is the carer's strain.
@pytest.mark.parametrize("text", [
    "my son says she is a burden and we should put her in a home",
    "mae'r mab yn deud bod hi'n faich",
    "my brother thinks she is a burden on everyone",
])
def test_someone_elses_burden_is_not_her_low_mood(text: str) -> None:
    """A relative's attitude: no low mood (chosen: no category from the burden rows; the worker reads the answer)."""
    assert "low_mood" not in assess_risk(text).categories


@pytest.mark.parametrize("text", [
    "dw i'n meddwl bod hi'n faich arna i",
    "honestly she's become such a burden on me",
    "wi'n teimlo bod e'n gymaint o faich arna i",
])
def test_a_burden_on_me_is_carer_strain(text: str) -> None:
    cats = assess_risk(text).categories
    assert "carer_strain" in cats and "low_mood" not in cats


@pytest.mark.parametrize("text", [
    "he keeps saying he's a burden",
    "mum has started saying she's a burden",
    "ma mam yn gweud taw baich yw hi nawr",
    "mae o'n deud o hyd mai baich ydi o",
])
def test_saying_oneself_is_a_burden_stays_low_mood(text: str) -> None:
    assert "low_mood" in assess_risk(text).categories


# ---- BA6: a past theft the bank has sorted is a please check; "friends" from the park still in touch a concern.
@pytest.mark.parametrize("text", [
    "Last month someone took his bank card and took £200 out… the bank sorted it",  # quoted (BA6)
    "someone nicked her card in town in june but the bank refunded it all",
    "fis diwetha nath rhywun ddwyn ei gerdyn banc a thynnu £200 allan, ond mae'r banc wedi sortio fe",
])
def test_a_past_theft_the_bank_sorted_is_a_please_check(text: str) -> None:
    level, please_check, cats = _harms(text)
    assert level == "concern" and please_check and "exploitation" in cats


@pytest.mark.parametrize("text", [
    "my grandson took his bank card last month and took 200 out, the bank sorted it",
    "rhywun wedi dwyn ei gerdyn a'i daro fe, ond mae'r banc wedi sortio fe",
])
def test_someone_known_or_violence_keeps_a_theft_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "The 'friends' from the park still text him",  # quoted (BA6)
    "mae'r 'ffrindiau' o'r parc dal i decstio fe",
    "ma'r hogia o'r stad yn dal i ffonio fo",
    "the lads off the estate keep ringing her and coming round",
])
def test_friends_from_the_park_still_in_touch_is_exploitation(text: str) -> None:
    level, _, cats = _harms(text)
    assert level in ("concern", "urgent") and "exploitation" in cats


@pytest.mark.parametrize("text", ["his friends from school still text him", "mae ei ffrindiau o'r ysgol yn dal i decstio fe"])
def test_school_friends_in_touch_are_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- BA15: worn out is tiredness, not low mood.
@pytest.mark.parametrize("text", [
    "dwi wedi blino'n lân erbyn amser cinio",  # quoted (BA15)
    "wi wedi blino'n lan erbyn canol dydd achos yr MS",
    "dwi di ymlâdd erbyn pedwar o'r gloch",
    "im knackered by dinner time with the MS",
])
def test_worn_out_is_not_low_mood(text: str) -> None:
    assert "low_mood" not in assess_risk(text).categories


# ---- B3 (review46b): choking on tablets (Welsh), coughing and spluttering at every meal (English).
@pytest.mark.parametrize("text", [
    "mae hi'n tagu ar ei thabledi",
    "mae o'n tagu ar ei dabledi bob bore",
    "she's started coughing and spluttering every time she eats",
    "dad gags and coughs whenever he drinks anything now",
])
def test_choking_on_tablets_or_at_meals_is_a_health_concern(text: str) -> None:
    level, _, cats = _harms(text)
    assert level == "concern" and "health" in cats


@pytest.mark.parametrize("text", ["he was coughing when he came in from the cold", "nes i dagu ar fy nhe pan ddeudodd o'r jôc"])
def test_a_cough_or_a_laugh_is_no_choking(text: str) -> None:
    assert "health" not in assess_risk(text).categories


# ---- C1 / B4 (review46b): "so fi'n saff" after what keeps the writer safe is "therefore"; after "he's back soon" not.
@pytest.mark.parametrize("text", [
    "ma'r heddlu 'ma nawr so fi'n saff",
    "ma'r drws wedi cloi so fi'n saff",
    "ma'r heddlu wedi dod nawr so fi'n teimlo'n saff",
    "ma fe wedi mynd so fi'n saff nawr",
])
def test_so_im_safe_after_what_keeps_me_safe_is_therefore(text: str) -> None:
    from bot.analysis.risk import pattern_text

    assert "felly" in pattern_text(text) and "ddim yn saff" not in pattern_text(text)
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", [
    "ma fe wedi mynd i'r dafarn, bydd e nol cyn hir so fi'n saff",
    "ma fe wedi mynd i'r siop ond bydd e'n dod nol heno so fi'n saff",
])
def test_so_im_safe_when_he_is_back_soon_is_not_safe(text: str) -> None:
    from bot.analysis.risk import pattern_text

    assert "ddim yn saff" in pattern_text(text)


@pytest.mark.parametrize("text", ["the police are here now so im safe", "he's gone to work so I'm safe for tonight"])
def test_english_so_im_safe_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- B2 / C6 (review46b): found in the street at night, in formal Welsh and with the finder named; not out jogging.
@pytest.mark.parametrize("text", [
    "cafodd ei ganfod gan gymydog ar y stryd am ddau o'r gloch y bore",
    "fe'i cafwyd gan yr heddlu ar y ffordd fawr ganol nos",
    "cafodd hi ei ffeindio gan y postmon ar y lon am dri o'r gloch y bore",
    "dad was found by a taxi driver on the main road at three in the morning",
    "mam was found by a bus driver at the bus stop at four in the morning",
])
def test_found_in_the_street_at_night_is_a_please_check(text: str) -> None:
    level, please_check, cats = _harms(text)
    assert level == "concern" and please_check and "missing" in cats


@pytest.mark.parametrize("text", [
    "he was found on the road at five in the morning out jogging as usual",
    "she was found on the main road at 5am walking the dog like every day",
])
def test_found_out_jogging_is_nothing(text: str) -> None:
    assert "missing" not in assess_risk(text).categories
