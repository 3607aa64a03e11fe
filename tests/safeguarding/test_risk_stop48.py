"""Stop 48 (the twenty-fourth trial's BB1, BB12, BB13 and stop 47's review leftovers): risk readings whose level or labels
were wrong. The trial's and the reviews' words first (quoted), then phrasings of our own, Welsh (north and south) and
English, and the look-alikes that must not change.

BB1.  Filmed undressed in the changing rooms and shared is urgent sexual exploitation; filmed falling over and put on
      snap is bullying (an abuse concern), not a falls concern.
BB12. Welsh night wandering in night clothes reads as the English does (a "please check" in missing and memory).
BB13. "blino'n lân" in a long answer mixing Welsh and English is still carer strain.
Leftovers: a fall without injury is a falls concern, not self-harm; scratches a cat made are no self-harm; someone
gone to bed is an everyday line; "neith o ladd fi" reads as "he'll kill me"; "before Gary gets home" is the time they
have (told_again 'soon', a safety wish).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.told_again import goes_back_to
from bot.analysis.safety_wish import is_safety_wish


def _reading(text: str) -> tuple[str, bool, tuple[str, ...]]:
    found = assess_risk(text)
    return found.level, found.please_check, found.categories


# ---- BB1: filmed undressed and shared is sexual exploitation, urgent.
@pytest.mark.parametrize("text", [
    "they filmed me in the changing rooms and put it in the group chat",  # quoted (BB1)
    "nathon nhw ffilmio fi yn y stafell newid a'i roi ar y grwp",  # quoted (BB1)
    "some girls filmed me in the showers after PE and sent it round",
    "a boy in year 10 took pictures of me in the changing room",
    "they recorded me getting changed and its all over snap",
    "naeth rhai o'r genod ffilmio fi yn y gawod ar ôl ymarfer",
    "ma nhw wedi tynnu llunia ohona i yn y stafell newid a'u hala nhw rownd",
    "nath e ffilmio fi'n newid a'i bostio ar insta",
])
def test_filmed_undressed_is_urgent_exploitation(text: str) -> None:
    """Filmed undressed or getting changed is urgent; filmed in the changing rooms, showers or toilets with nothing said
    of being undressed, a "please check" the duty team reads (review 48 M1: a backflip in the changing rooms was
    urgent). Either way labelled exploitation and abuse."""
    level, please_check, cats = _reading(text)
    assert level == "urgent" or please_check
    assert "exploitation" in cats and "abuse" in cats
    if any(w in text for w in ("getting changed", "'n newid")):
        assert level == "urgent"


@pytest.mark.parametrize("text", [
    "they filmed me falling over and put it on snap",  # quoted (BB1)
    "nathon nhw ffilmio fi'n disgyn a'i roi ar snap",  # the Welsh twin
    "they filmed me crying in maths and posted it on tiktok",
    "some lads videoed me tripping up the stairs and shared it in the group chat",
    "ma nhw wedi ffilmio fi'n cwympo a'i rannu ar y grwp",
])
def test_filmed_falling_and_shared_is_bullying_not_falls(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern"
    assert "abuse" in cats
    assert "falls" not in cats and "exploitation" not in cats


@pytest.mark.parametrize("text", [
    "i filmed him in the bath splashing, he loved it",  # a parent's own video of a baby
    "we took photos of her in the bath on her first birthday",
    "nes i ffilmio fo yn y bath, roedd o wrth ei fodd",
])
def test_the_writers_own_video_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", ["dad fell in the bathroom again", "mae hi wedi cwympo eto", "he fell over in the street",
                                  "i filmed my brother falling over on the trampoline lol"])
def test_a_fall_is_still_a_falls_concern(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern" and "falls" in cats


# ---- BB12: Welsh night wandering reads as the English does.
NIGHT_WANDERING = [
    ("mae hi'n crwydro allan yn y nos yn ei choban", "she wanders out at night in her nightie"),  # quoted (BB12)
    ("ma hi'n mynd allan ganol nos a ddim yn gwbod lle ma hi",  # quoted (BB12)
     "she goes out in the middle of the night and doesn't know where she is"),
    ("ma taid yn crwydro allan ganol nos yn ei byjamas", "grandad wanders out in the middle of the night in his pyjamas"),
    ("mae o'n crwydro mas yn ei byjamas yn y nos", "he wanders out in his pyjamas at night"),
    ("mae mam wedi crwydro allan o'r tŷ yn ei gŵn nos am 3 y bore", "mum wandered out of the house in her dressing gown at 3am"),
]


@pytest.mark.parametrize("welsh, english", NIGHT_WANDERING)
def test_welsh_night_wandering_reads_as_the_english(welsh: str, english: str) -> None:
    assert _reading(welsh) == _reading(english)
    assert "memory" in assess_risk(welsh).categories


def test_night_clothes_out_of_the_house_at_night_is_missing_too() -> None:
    level, please_check, cats = _reading("mae hi'n crwydro allan yn y nos yn ei choban")
    assert (level, please_check) == ("concern", True) and "missing" in cats


@pytest.mark.parametrize("text", [
    "aeth hi allan i'r ardd yn ei choban yn y nos",  # to the garden
    "mae o'n mynd allan i'r sied yn ei byjamas yn y nos",
    "she went out to the garden in her nightie at night",
])
def test_night_clothes_to_the_garden_is_not_missing(text: str) -> None:
    assert "missing" not in assess_risk(text).categories


# ---- BB13: "blino'n lân" in a long mixed answer is still carer strain.
@pytest.mark.parametrize("text", [
    "dwi wedi blino'n lân, honestly i can't keep doing nights with him",  # quoted (BB13)
    "dwi wedi blino'n lân, honestly i can't keep doing nights with him, he's up every two hours and shouting for his "
    "mam and i've got work in the morning and the kids to get to school and nobody helps, my sister lives in cardiff",
    "It's been hard since his stroke, he needs help with everything, washing, dressing, the toilet. Dwi di blino'n lân. "
    "The carers come twice a day but it's not enough and I do all the nights myself.",
    "Sorry my welsh is rubbish ond wi wedi blino'n lân, he's up at 2 and 4 every night and i'm up for work at 6",
])
def test_worn_out_in_a_mixed_answer_is_carer_strain(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern" and "carer_strain" in cats


def test_worn_out_after_work_is_still_nothing() -> None:
    assert assess_risk("dwi wedi blino'n lân ar ôl gwaith").level == "none"


# ---- Leftover: a fall without injury is a falls concern, not self-harm.
@pytest.mark.parametrize("text", [
    "he fell again last night but he wasnt hurt",  # quoted (review leftovers)
    "he fell again last night",
    "i fell again last night but i wasnt hurt",
    "mum fell again last night but she wasn't hurt, she'd been drinking",
    "nath o syrthio eto neithiwr ond doedd o ddim wedi brifo",
    "nath e gwmpo eto neithiwr ond odd e ddim wedi cael dolur",
])
def test_a_fall_without_injury_is_a_falls_concern(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern" and "falls" in cats
    assert "self_harm" not in cats


@pytest.mark.parametrize("text", [
    "she threw herself on the floor again last night but she wasnt hurt",
    "he keeps banging his head on the wall, he fell again last night",
    "i cut myself again last night and then i fell",
])
def test_self_harm_beside_a_fall_keeps_its_reading(text: str) -> None:
    level, please_check, cats = _reading(text)
    assert "self_harm" in cats and (level == "urgent" or please_check)


# ---- Leftover: scratches a cat made are no self-harm.
@pytest.mark.parametrize("text", [
    "mae'r gath wedi mynd amdani a mae hi wedi crafu i gyd",
    "mae hi wedi crafu i gyd gan y gath",
    "nath y ci bach grafu hi i gyd",
    "the cat went for her and she's all scratched up",  # quoted (review leftovers, with the cat)
    "she's all scratched up",  # quoted (review leftovers)
    "she fell in the brambles and she's all scratched up",
])
def test_scratches_from_a_cat_or_a_fall_are_no_self_harm(text: str) -> None:
    level, please_check, cats = _reading(text)
    assert "self_harm" not in cats and "suicide" not in cats
    assert level != "urgent" and not please_check


@pytest.mark.parametrize("text", [
    "nath hi syrthio yn y drain a mae hi wedi crafu i gyd",
    "mae hi wedi crafu i gyd ar ol syrthio",
])
def test_scratched_in_a_fall_is_a_falls_concern(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern" and cats == ("falls",)


@pytest.mark.parametrize("text", [
    "mae hi'n crafu ei breichiau nes eu bod nhw'n gwaedu",
    "mae'r gath yn cysgu ond mae hi'n crafu ei breichiau nes eu bod nhw'n gwaedu",
    "she scratches her arms till they bleed",
])
def test_scratching_till_it_bleeds_stays_self_harm(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent" and "self_harm" in cats


# ---- Leftover: someone gone to bed is an everyday line.
@pytest.mark.parametrize("text", [
    "ma fe wedi mynd i gwely nawr",  # quoted (review leftovers)
    "mae o wedi mynd i'w wely rŵan",
    "ma hi wedi mynd i'r gwely o'r diwedd, so fi'n gallu ateb nawr",
    "mae mam wedi mynd i'w gwely yn gynnar heno",
    "he's gone to bed now",
])
def test_gone_to_bed_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", [
    "ma fe wedi mynd i gwely nawr ond ma fe wedi bwrw fi",
    "mae o wedi mynd i'w wely a dwi'n meddwl ei fod o wedi cymryd y tabledi i gyd",
    "mae hi wedi mynd i'w gwely efo'r tabledi i gyd",
])
def test_gone_to_bed_beside_a_disclosure_is_still_read(text: str) -> None:
    assert assess_risk(text).level == "urgent"


# ---- Leftover: "neith o ladd fi" reads as "he'll kill me"; the idiom guards likewise.
KILL_PAIRS = [
    ("neith o ladd fi", "he'll kill me"),  # quoted (review leftovers)
    ("neith mam ladd fi os dwi'n hwyr", "mum'll kill me if i'm late"),  # quoted (review leftovers): an idiom
    ("neith dad ladd fi pan welith o'r bil ffôn", "dad will kill me when he sees the phone bill"),
    ("neith o ladd fi os dwi'n deud", "he'll kill me if i tell"),
    ("dwi ofn neith o ladd fi", "i'm scared he'll kill me"),
    ("ddudodd o neith o ladd fi", "he said he'll kill me"),
]


@pytest.mark.parametrize("welsh, english", KILL_PAIRS)
def test_neith_o_ladd_fi_reads_as_the_english(welsh: str, english: str) -> None:
    assert assess_risk(welsh).level == assess_risk(english).level


@pytest.mark.parametrize("text", ["neith o ladd fi os dwi'n deud", "dwi ofn neith o ladd fi", "he said he'll kill me"])
def test_a_threat_told_is_urgent_abuse(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent" and "abuse" in cats


@pytest.mark.parametrize("text", ["neith mam ladd fi os dwi'n hwyr", "my mum will kill me if i'm late",
                                  "neith dad ladd fi pan welith o'r bil ffôn"])
def test_a_parent_over_lateness_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- Leftover: "before Gary gets home" is the time they have.
TOLD_EN = "my boyfriend Gary hits me when he's been drinking"
TOLD_CY = "mae Gary yn fy nharo i pan mae o wedi bod yn yfed"


@pytest.mark.parametrize("said, told", [
    ("i can only talk before Gary gets home", TOLD_EN),  # quoted (review leftovers)
    ("i can only talk before gary gets home", TOLD_EN),
    ("Gary comes home at 6 so i have to be quick", TOLD_EN),
    ("dim ond cyn i Gary ddod adra dwi'n gallu siarad", TOLD_CY),
    ("dim ond cyn i Gary gyrraedd adre fi'n gallu siarad", TOLD_CY),
])
def test_before_he_gets_home_goes_back_to_the_disclosure(said: str, told: str) -> None:
    assert goes_back_to(said, told)


@pytest.mark.parametrize("said, told", [
    ("any time till Gary gets home from work is fine", TOLD_EN),  # a visit time (stop 47)
    ("mornings are best, before Gary gets back from the gym", TOLD_EN),
    ("unrhyw bryd cyn bod Gary yn cyrraedd adra", TOLD_CY),
    ("my mum gets home at 6", TOLD_EN),  # someone not in the disclosure
])
def test_a_visit_time_or_someone_else_is_not(said: str, told: str) -> None:
    assert not goes_back_to(said, told)


@pytest.mark.parametrize("text", [
    "i can only talk before gary gets home",  # quoted (review leftovers)
    "i can only talk till he gets back",
    "i can only text while he's out, just till he gets in",
    "dim ond cyn i gary ddod adra dwi'n gallu siarad",
    "dim ond tan ddaw o adra alla i siarad",
    "fi'n gallu siarad dim ond cyn iddo fe gyrraedd gatre",
])
def test_only_talking_before_he_is_home_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", [
    "mornings are best before gary gets home",  # a visit time, no talking "only"
    "any time till Gary gets home from work is fine",
    "i usually talk to my sister before she goes to work",
    "dwi'n siarad efo mam cyn iddi fynd i'r gwaith",
])
def test_a_visit_time_is_no_safety_wish(text: str) -> None:
    assert not is_safety_wish(text)
