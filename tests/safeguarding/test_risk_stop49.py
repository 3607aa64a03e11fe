"""Stop 49 (stop 48's review: misses from before stop 48): risk readings a duty social worker would read otherwise. The
review's words first (quoted), then phrasings of our own, Welsh (north and south) and English, text-speak where it
fits, and the look-alikes that must not change.

1. Gone to bed (upstairs, to the bathroom) with all the tablets is an overdose risk now: urgent.
2. Falling or throwing oneself down the stairs on purpose is self-harm: urgent. A fall alone stays a fall.
3. "She said she fell but he pushed her" (a cover story, and the blow told beside it) is abuse: urgent.
4. Photographed or filmed in the bath or the shower is filmed undressed: urgent, like stop 48's rows.
5. "I only cut a little bit": the minimising must not hide the cut (a self-harm "please check").
6. A man named ("if gary finds out i told you he'll…") reads like "he".
7. Beaten at a game (chess, cards, FIFA, darts, pool, "at everything") is nothing, told actively or in the passive;
   "my dad beats me" stays urgent, and so does "my dad beats me at home" (the game guard took any "at").
8. Welsh going out (mynd allan / mas) at night in night clothes reads as the English night-wandering rows.

Review49b (riskfix49): the regressions of these rows narrowed (A1 home games, A2 down the stairs in a hurry or in play,
A3 a little bit of hair or food, A4 a named man with no harm after "he", A5 shower chair and singing, A6 the tablets
told as past: a medication concern), and B2 (Welsh "os ffeindith Dai allan"), C1 (Welsh game guard), B1 ("pan dwi").
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain


def _reading(text: str) -> tuple[str, bool, tuple[str, ...]]:
    found = assess_risk(text)
    return found.level, found.please_check, found.categories


# ---- 1: gone to bed with all the tablets.
@pytest.mark.parametrize("text", [
    "mum's gone to bed with all the tablets",  # quoted
    "mam wedi mynd i'r gwely efo'r tabledi i gyd",  # quoted
    "she's gone upstairs with the whole packet of paracetamol",
    "dad's locked himself in the bathroom with all his pills",
    "ma mam wedi mynd lan llofft gyda'r paced cyfan o barasetamol",
    "mae o wedi mynd i'w lofft efo'r holl dabledi",
])
def test_gone_to_bed_with_all_the_tablets_is_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "suicide" in cats


@pytest.mark.parametrize("text", [
    "mum's gone to bed",  # quoted look-alike
    "gone to bed, took her tablets first",  # quoted look-alike
    "she went to bed with all the tablets she needs for the night",
    "mam wedi mynd i'r gwely, nath hi gymryd ei thabledi gynta",
    "ma dad wedi mynd i'r gwely",
])
def test_gone_to_bed_alone_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 2: down the stairs on purpose.
@pytest.mark.parametrize("text", [
    "i fell down the stairs on purpose",  # quoted
    "nes i daflu fy hun lawr grisiau'n bwrpasol",  # quoted
    "i threw myself down the stairs last night",
    "i fell down the steps deliberately so i could get out of school",
    "nes i ddisgyn lawr y grisiau yn fwriadol",
    "wnes i gwympo lawr y staer ar bwrpas",
])
def test_down_the_stairs_on_purpose_is_urgent_self_harm(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "self_harm" in cats


@pytest.mark.parametrize("text", [
    "fell down the stairs",  # quoted look-alike
    "i fell down the stairs",
    "nes i ddisgyn lawr y grisiau",
    "mam wedi cwympo lawr y staer neithiwr",
])
def test_a_fall_down_the_stairs_stays_a_fall(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern", explain(text)
    assert "falls" in cats and "self_harm" not in cats


# ---- 3: she said she fell, but he pushed her.
@pytest.mark.parametrize("text", [
    "she sed she fell but he pushd her i saw",  # quoted
    "ddudodd hi bod hi 'di disgyn ond nath o'i gwthio hi, weles i",  # quoted
    "mum told the doctor she tripped but really dad shoved her",
    "nan says she slipped but the carer pushed her, i seen it",
    "wedodd mam bod hi wedi cwympo ond nath e ei gwthio hi",
])
def test_a_fall_told_as_cover_with_the_push_is_urgent_abuse(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


@pytest.mark.parametrize("text", [
    "she said she fell but she's fine",  # quoted look-alike
    "ddudodd hi bod hi 'di disgyn ond mae hi'n iawn",
    "she said she fell but the dog pushed her over",
])
def test_a_fall_told_without_a_blow_is_no_abuse(text: str) -> None:
    level, _, cats = _reading(text)
    assert level in ("none", "concern"), explain(text)
    assert "abuse" not in cats


# ---- 4: photographed or filmed in the bath or the shower.
@pytest.mark.parametrize("text", [
    "he takes photos of me in the bath and i dont like it",  # quoted
    "mae o'n tynnu lluniau ohona i yn y bath",  # quoted
    "they filmd me in the showr",  # quoted
    "nathon nhw ffilmio fi yn y gawod",  # quoted
    "my stepdad films me in the shower",
    "ma fe'n ffilmio fi yn y bath",
])
def test_filmed_in_the_bath_or_shower_is_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


@pytest.mark.parametrize("text", [
    "took a photo of the dog in the bath",  # quoted look-alike
    "i took a photo of the baby in the bath",
    "mum took pics of me in the bath when i was a baby lol",
    "nes i dynnu llun o'r ci yn y bath",
])
def test_bath_photos_of_the_dog_or_a_baby_are_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 5: only cut a little bit.
@pytest.mark.parametrize("text", [
    "its not that bad, i only cut a little bit",  # quoted
    "dio'm yn ddrwg, dim ond torri chydig bach",  # quoted
    "dont worry i only cut a tiny bit this time",
    "i just cut a little bit last night",
    "mond torri tamed bach nes i, paid poeni",
    "paid poeni, dim ond torri chydig bach nes i",
])
def test_a_minimised_cut_reaches_duty_as_self_harm(text: str) -> None:
    level, please_check, cats = _reading(text)
    assert level == "urgent" or (level == "concern" and please_check), explain(text)
    assert "self_harm" in cats


@pytest.mark.parametrize("text", [
    "i only cut a little bit off her fringe",  # quoted look-alike
    "torri chydig bach o'i gwallt",  # quoted look-alike
    "i only cut a little bit of the hedge",
    "dim ond torri chydig bach o'r gwrych",
    "she only cut a little bit",
])
def test_a_little_bit_cut_off_something_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 6: a man named reads like "he".
@pytest.mark.parametrize("named,he", [
    ("if gary finds out i told you he'll kill me", "if he finds out i told you he'll kill me"),  # quoted
    ("if darren finds out i told you he'll hurt me", "if he finds out i told you he'll hurt me"),
    ("when jason finds out ive been talking to you he'll hurt me",
     "when he finds out ive been talking to you he'll hurt me"),
    ("os ydi Gary'n ffeindio allan bo fi 'di deud wrthach chi neith o ladd fi",
     "os ydi o'n ffeindio allan bo fi 'di deud wrthach chi neith o ladd fi"),
    ("os ydy Dai yn cael gwybod bo fi di siarad efo chi neith o fy lladd i",
     "os ydy o yn cael gwybod bo fi di siarad efo chi neith o fy lladd i"),
])
def test_a_named_man_reads_like_he(named: str, he: str) -> None:
    assert assess_risk(he).level != "none", explain(he)
    assert assess_risk(named).level == assess_risk(he).level, explain(named)
    assert "abuse" in assess_risk(named).categories


@pytest.mark.parametrize("text", [
    "if mum finds out i told you she'll kill me",
    "if anyone finds out i told you im dead",
])
def test_no_man_named_stays_as_it_was(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 7: beaten at a game.
@pytest.mark.parametrize("text", [
    "i always get beaten by my dad at chess",  # quoted
    "dad yn curo fi bob tro ar gardiau",  # quoted
    "i get battered by my brother at fifa every time lol",
    "my sister always beats me at pool",
    "i always get beaten by my dad at everything",
    "mae mrawd yn fy nghuro i ar y dartiau bob tro",
    "i keep getting beaten by my nan at darts",
    "ma dad yn fy nghuro i ar FIFA bob tro",
])
def test_beaten_at_a_game_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", [
    "my dad beats me",  # quoted: stays urgent
    "my dad beats me at home",
    "he beats me at night",
    "i get beaten by my dad at home",
    "i always get beaten by my dad at night",
    "he beat me at christmas",
    "dad yn curo fi",
    "mae dad yn curo fi bob nos",
])
def test_beaten_not_at_a_game_stays_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


# ---- 8: Welsh going out at night in night clothes.
@pytest.mark.parametrize("text", [
    "mae o'n mynd mas yn y nos yn ei byjamas",  # quoted
    "ma fe'n mynd allan ganol nos yn ei byjamas",  # quoted
    "mae hi'n mynd allan yn y nos yn ei choban a dw i ddim yn gwybod lle mae hi",
    "ma mam yn mynd mas berfedd nos yn ei gwn nos",
])
def test_welsh_out_at_night_in_night_clothes_is_a_concern(text: str) -> None:
    """A risk the practitioner reads, without a duty alert (the "please check" asked about calm conversations)."""
    level, _, cats = _reading(text)
    assert level == "concern", explain(text)
    assert "missing" in cats


def test_the_english_twin_reads_the_same_risk() -> None:
    english = assess_risk("he goes out at night in his pyjamas")
    welsh = assess_risk("mae o'n mynd mas yn y nos yn ei byjamas")
    assert welsh.level == english.level == "concern"
    assert set(welsh.categories) == set(english.categories)


@pytest.mark.parametrize("text", [
    "mae o'n mynd allan i'r ardd yn ei byjamas yn y nos",
    "ma fe'n mynd mas am smoc yn y nos yn ei byjamas",
    "mae o'n mynd i'w wely yn ei byjamas",
    "dw i'n mynd allan efo'r ci yn y nos",
    "roedd o'n arfer mynd allan yn y nos yn ei byjamas, ond dim mwy",
])
def test_welsh_garden_smoke_or_bed_in_pyjamas_is_no_wandering(text: str) -> None:
    _, please_check, cats = _reading(text)
    assert "missing" not in cats, explain(text)
    assert not please_check


@pytest.mark.parametrize("named,he", [
    ("os ydi Gary'n ffeindio allan… neith o ladd fi", "os ydi o'n ffeindio allan… neith o ladd fi"),  # quoted
    ("if gary finds out he'll kill me", "if he finds out he'll kill me"),
])
def test_a_named_man_without_i_told_you_reads_like_he_too(named: str, he: str) -> None:
    """Without "that I told you" neither reads as a disclosure (the "find out" rows need it); the name changes nothing."""
    assert (assess_risk(named).level, assess_risk(named).please_check) == (assess_risk(he).level,
                                                                           assess_risk(he).please_check)


# ---- Review49b (stop 49's own regressions), A1: "at home" is a place only when no game follows it.
@pytest.mark.parametrize("text", [
    "my dad beats me at home games of chess every sunday",  # quoted
    "he beats me at home matches on fifa",  # quoted
    "my brother beats me at home on the xbox",  # quoted
    "they always beat us at home, the away games are better",  # quoted
    "we beat them at home last week but they beat us at home today",  # quoted
    "he beats me at home at chess every time lol",
    "mae mrawd yn fy nghuro i ar FIFA adra bob tro",
])
def test_beaten_at_home_games_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", [
    "my dad beats me at home",  # quoted: stays urgent
    "he beats me at night",  # quoted: stays urgent
    "my stepdad beats me at home when mum is out",
    "mae o'n fy nghuro i adra",
])
def test_beaten_at_home_without_a_game_stays_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


# ---- Review49b A2: thrown down the stairs in a hurry or in play is no self-harm.
@pytest.mark.parametrize("text", [
    "i threw myself down the stairs to catch the postman",  # quoted
    "nearly threw myself down the stairs rushing for the phone",  # quoted
    "chucked myself down the stairs cos i was late for the bus",  # quoted
    "threw myself down the stairs to get to the door in time lol",  # quoted
    "he threw himself down the stairs on his bum like a slide",  # quoted
    "nes i daflu fy hun lawr y grisiau i ddal y post",  # quoted
    "nath y plant daflu eu hunain lawr y grisiau ar eu pen ôl fel sleid",
    "nes i daflu fy hun lawr y grisiau i nôl y parsel",
])
def test_down_the_stairs_in_a_hurry_or_in_play_is_no_self_harm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", [
    "wnes i daflu fy hun i lawr y star i ateb y drws",  # quoted
    "wnes i daflu fy hun lawr y star achos o'n i'n hwyr i'r bws",
])
def test_down_the_stairs_to_the_door_or_the_bus_is_not_urgent(text: str) -> None:
    """The learned model alone reads these a "please check" (the first was one before stop 49); never urgent."""
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text", [
    "threw myself down the stairs",  # quoted: stays urgent
    "i threw myself down the stairs on purpose to get out of school",
    "threw myself down the stairs again tonight",
    "i keep throwing myself down the stairs to hurt myself",
    "nes i daflu fy hun lawr y grisiau",
    "nes i daflu fy hun lawr y grisiau ar bwrpas i gael aros adra",
])
def test_thrown_down_the_stairs_without_haste_or_play_stays_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "self_harm" in cats


# ---- Review49b A3: hair, food or the garden is what was cut "a little bit".
@pytest.mark.parametrize("text", [
    "i only cut a little bit, she likes her hair long",  # quoted
    "i only cut a little bit, just the ends",  # quoted
    "she asked for a trim so i only cut a little bit",  # quoted
    "mond torri chydig bach, dydi hi ddim yn licio fo'n fyr",  # quoted
    "jyst torri tipyn bach, mae o'n bwyta fel deryn",  # quoted
    "i only cut a lil bit, the cake was massive",
    "dim ond torri tamed bach, ma hi'n lico fe'n hir",
])
def test_a_little_bit_of_hair_or_food_is_no_self_harm(text: str) -> None:
    assert "self_harm" not in assess_risk(text).categories, explain(text)
    assert assess_risk(text).level == "none", explain(text)


def test_a_little_bit_when_he_doesnt_eat_much_is_his_eating_only() -> None:
    """Quoted: it was a self-neglect concern before stop 49, and is again."""
    assert "self_harm" not in assess_risk("i only cut a little bit, he doesnt eat much").categories


@pytest.mark.parametrize("text", [
    "its not that bad, i only cut a little bit",  # quoted: stays
    "my hair is a mess and i only cut a little bit last night, dont tell mum",
    "paid poeni, dim ond torri chydig bach nes i",
])
def test_a_minimised_cut_without_hair_or_food_still_reaches_duty(text: str) -> None:
    level, please_check, cats = _reading(text)
    assert level == "urgent" or (level == "concern" and please_check), explain(text)
    assert "self_harm" in cats


# ---- Review49b A4: a named man needs harm or fear after "he".
@pytest.mark.parametrize("text", [
    "if gary finds out i told you about his birthday party he'll be gutted",  # quoted
    "if gary finds out i told you he'll be upset with me",  # quoted
    "if rhys finds out i've been on here he'll want to talk to you too",  # quoted
    "os ydi taid yn cael gwybod mod i wedi siarad efo chi mi fydd o'n falch",  # quoted
    "os yw Dai yn cael gwybod bo fi wedi siarad gyda chi bydd e'n hapus",
])
def test_a_named_man_without_harm_after_is_nothing(text: str) -> None:
    cats = assess_risk(text).categories
    assert "abuse" not in cats and "domestic_abuse" not in cats, explain(text)


@pytest.mark.parametrize("text", [
    "if gary finds out i told you he'll kill me",  # quoted: stays
    "if gaz finds out i told u hes gonna kill me",
    "os ydi Dai yn cael gwybod mod i di siarad efo chi mi neith o golli ei dymer",
    "os yw Dai yn cael gwybod bo fi wedi siarad gyda chi bydd e'n fy mwrw i",
])
def test_a_named_man_with_harm_after_still_reads(text: str) -> None:
    assert "abuse" in assess_risk(text).categories, explain(text)


# ---- Review49b A5: care equipment, the nurse, singing before the place.
@pytest.mark.parametrize("text", [
    "nurse took photos of me in the shower chair for the OT",  # quoted
    "nath dad ffilmio fi yn canu yn y gawod lol",  # quoted
    "he filmed me singing in the shower lol",
    "ma fe wedi ffilmio fi yn dawnsio yn y bath",
])
def test_filmed_singing_or_on_care_equipment_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


@pytest.mark.parametrize("text", [
    "my stepdad films me in the shower",
    "my stepdad filmed me in the bath",
    "ma fe'n ffilmio fi yn y bath",
])
def test_filmed_in_the_bath_still_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


# ---- Review49b A6: gone to bed with all the tablets, told as past, is a medication worry.
@pytest.mark.parametrize("text", [
    "she went to bed with all the tablets last week",  # quoted
    "She went to bed with all the tablets last week and we only found out in the morning she'd taken double.",  # quoted
    "she went to bed with all the tablets years ago, she's fine now",  # quoted
    "dad went upstairs with all his pills yesterday and took the lot by mistake",
    "nath hi fynd i'w llofft efo'r holl dabledi ddoe, oedd hi di cymryd dwbl",
    "nath mam fynd i'r gwely gyda'r tabledi i gyd wythnos dwetha",
])
def test_gone_to_bed_with_all_the_tablets_told_as_past_is_not_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "concern", explain(text)
    assert "medication" in cats


@pytest.mark.parametrize("text", [
    "mums gone to bed with all the tablets",  # quoted: stays
    "mam wedi mynd i'r gwely efo'r tabledi i gyd",  # quoted: stays
    "mam's taken herself upstairs with all her tablets",
])
def test_gone_to_bed_with_all_the_tablets_now_stays_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "suicide" in cats


# ---- Review49b B2: the Welsh inflected future ("os ffeindith Dai allan…") reads like the English named row.
@pytest.mark.parametrize("text", [
    "os ffeindith dai allan bo fi di siarad efo chi neith o fy lladd i",  # quoted
    "os ffeindith o allan bo fi di siarad efo chi neith o fy lladd i",  # quoted
    "os ffendith e mas bo fi wedi siarad gyda chi bydd e'n fy lladd i",
])
def test_welsh_inflected_finding_out_reads_like_the_english(text: str) -> None:
    english = assess_risk("if gary finds out i told you he'll kill me")
    level, _, cats = _reading(text)
    assert level == english.level == "concern", explain(text)
    assert "abuse" in cats and "domestic_abuse" in cats


@pytest.mark.parametrize("text", [
    "os ffeindith dai allan bo fi di siarad efo chi mi fydd o'n falch",
    "os ffeindith mam allan bo fi di siarad efo chi neith hi fy lladd i",
])
def test_welsh_inflected_finding_out_without_harm_or_a_man_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- Review49b C1: the Welsh twin of the game guard.
@pytest.mark.parametrize("text", [
    "dwi'n licio chwara fifa efo fy mrawd ond mae o'n fy nghuro i bob tro lol",  # quoted
    "ma mamgu'n curo fi ar gardie bob dydd sul",  # quoted
    "ni'n chwarae gwyddbwyll bob nos a mae dad yn fy nghuro i bob tro",
])
def test_welsh_beaten_at_a_game_is_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", [
    "dwi'n chwara fifa ond mae dad yn fy nghuro i pan mae o'n feddw",
    "mae o'n fy nghuro i bob tro dw i'n siarad",
    "mae dad yn curo fi bob nos",
])
def test_welsh_beaten_not_at_a_game_stays_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


# ---- Review49b B1: "pan dwi yn y bath" ("dwi" is two words once normalised) read nothing.
@pytest.mark.parametrize("text", [
    "ma fe'n tynnu llunie ohona i pan dwi yn y bath",  # quoted
    "mae o'n ffilmio fi pan dwi yn y gawod",
    "nath o dynnu llunia ohona i pan o'n i'n y bath",
])
def test_welsh_photos_when_i_am_in_the_bath_are_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent", explain(text)
    assert "abuse" in cats


@pytest.mark.parametrize("text", [
    "nath mam dynnu lluniau ohona i pan o'n i'n fabi yn y bath lol",
    "mae mam wedi tynnu llunie ohona i pan o'n i'n fach yn y bath",
    "nes i dynnu llun o'r ci pan dwi yn y bath",
    "ma fe'n ffilmio fi pan dwi'n canu yn y gawod lol",
])
def test_welsh_baby_photos_singing_or_the_dog_are_nothing(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- review49 (lead): the code review's regressions of this stop's rows, and their look-alikes that stay disclosures.
@pytest.mark.parametrize("text", [
    "he went upstairs with all the boxes",  # R49-2: a container with no medicine
    "mums gone to bed with the whole packet of biscuits",
    "mums gone to bed with a whole bottle of wine",
    "mae hi wedi mynd i'r gwely gyda'r botel i gyd",
    "she said she fell but actually the bed rail hit her",  # R49-4: equipment is nobody pushing
    "he says he slipped but really the hoist dragged him",
    "dad always beats me at his favourite game, dominoes",  # R49-5: games
    "he beats me at his game every time we play",
    "she beats me at school sports day",
    "my brother beats me at 2 player games",
    "i cut her a slice of cake, i only cut a little bit",  # R49-9: food
    "nes i dorri sleisen o gacen, dim ond torri chydig bach",
])
def test_review49_everyday_lines_are_not_urgent(text: str) -> None:
    level, please_check, _ = _reading(text)
    assert level != "urgent" and not please_check, explain(text)


@pytest.mark.parametrize("text", [
    "i get beaten by my dad at anything i do wrong",  # R49-6: a beating, not a game
    "i get beaten by my dad in anything i try to do",
    "mums gone to bed with the whole packet of paracetamol",
    "he's gone upstairs with the whole packet of tablets",
    "mam wedi mynd i'r gwely gyda'r paced o dabledi i gyd",
    "my dad beats me at his house",
    "she said she fell but he pushed her",
])
def test_review49_disclosures_stay_urgent(text: str) -> None:
    assert _reading(text)[0] == "urgent", explain(text)


def test_review49_not_on_purpose_is_a_fall() -> None:
    """R49-11: "i fell down the stairs but not on purpose lol" is a fall, not self-harm."""
    level, _, cats = _reading("i fell down the stairs but not on purpose lol")
    assert level != "urgent" and "self_harm" not in cats
    assert "falls" in cats
