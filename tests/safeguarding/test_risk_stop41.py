"""Stop 41 (risk41): the risk reader's leftovers from trial 40, in Welsh and English, each with a calm look-alike.

1. Someone else's tablets taken earlier, or tablets taken and not counted, is an overdose now ("call 999 now"); the
   person's own tablets as prescribed stay calm. 2. Bullying by other children at school or online is an abuse concern
   in both languages (AV2), with Childline and Meic for a young person; hitting or threats keep it urgent. 3. Someone
   coming home is not homelessness (AV7). 4. Drinking water is not alcohol. 5. Staying on a sister's sofa on a visit is
   not sofa-surfing. 6. A baby drinking from a cup is not suicide. 7. A carer losing patience is carer strain in
   Welsh as in English (AU12), "'da hi" written "da hi", "amynedd" said "mynedd". 8. A "please check" about a person
   with dementia names the Dementia Connect line (it named only Samaritans), a carer's strain Carers Wales.
The words are the trial's and their twins (fictional people).
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from bot.conversation.safety import helplines_offered, one_helpline
from bot.safeguarding.helplines import format_helplines
from tests.conversation.memory import consented_at

_senders = itertools.count(1)


def _reading(text: str) -> tuple[str, set[str], bool]:
    r = assess_risk(text)
    return r.level, set(r.categories), r.please_check


# ---------- 1. an overdose of someone else's tablets, or not counted, is an emergency now

@pytest.mark.parametrize("text", [
    "i took some of my mums sleeping tablets earlier, idk how many",
    "took sum of my mums sleeping tabs earlier idk how many",
    "I took my mum's tablets earlier",
    "nes i gymryd tabledi cysgu mam gynt, dwn i'm faint",      # north
    "gymres i dabledi mam yn gynharach",                        # south
    "nes i gymryd tabs mam gynna",                              # text-speak
    "wi wedi llyncu rhai o dabledi cysgu mam, sai'n gwbod faint",
])
def test_an_overdose_taken_is_urgent_and_now(text: str) -> None:
    level, categories, please_check = _reading(text)
    assert level == "urgent" and "suicide" in categories and not please_check
    assert happening_now(text)


@pytest.mark.parametrize("text", [
    "I took my tablets earlier", "i took my tablets this morning", "I took mum's tablets to the chemist earlier",
    "Nes i gymryd fy nhabledi bore ma", "dw i wedi cymryd fy nhabledi",
])
def test_tablets_as_prescribed_or_carried_stay_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


def test_tablets_taken_off_someone_are_no_overdose_rule() -> None:
    # Taken off mum to keep her safe: no rule reads an overdose (the learned model alone may ask a person to check).
    assert assess_risk("nes i gymryd tabledi mam oddi arni").level != "urgent"


def test_an_overdose_told_as_long_ago_is_not_now() -> None:
    assert not happening_now("I took some of my mums sleeping tablets back in 2019, idk how many")


# ---------- 2. bullying is an abuse concern in both languages, with a young person's lines

_BULLYING = ["ma plant yn ysgol yn pigo arna i, galw enwe ar snapchat bob nos",
             "kids at school pick on me, calling me names on snapchat every night",
             "ma nhw'n galw enwau arna i yn yr ysgol", "mae'r genod yn y dosbarth yn pigo arna i",
             "kids at school pick on me"]


@pytest.mark.parametrize("text", _BULLYING)
def test_bullying_is_an_abuse_concern(text: str) -> None:
    assert _reading(text) == ("concern", {"abuse"}, False)


@pytest.mark.parametrize("text", _BULLYING[:2])
def test_a_young_person_bullied_gets_childline_and_meic(text: str) -> None:
    language = "cy" if text.startswith("ma ") else "en"
    ids = [h.id for h in helplines_offered(assess_risk(text).categories, language, register="ti",
                                           role="young_person", age=14, words=[text])]
    assert "childline" in ids and "meic" in ids


@pytest.mark.parametrize("text", [
    "they call me names at school and one of them hit me", "kids at school call me names and said they'll kill me",
    "ma hogia'r ysgol yn pigo arna i ac yn deud bo nhw am fy nghuro i", "my stepdad calls me names",
    "mae o'n galw enwau arna i", "my boyfriend calls me names on snapchat",
])
def test_bullying_with_hitting_threats_or_at_home_stays_urgent(text: str) -> None:
    assert _reading(text)[0] == "urgent"


def test_picked_to_do_something_is_calm() -> None:
    assert _reading("they picked on me to read first")[0] == "none"


# ---------- 3. someone coming home is not homelessness

@pytest.mark.parametrize("text", ["he's home again tonight", "dads home again tonight", "mae o adra eto heno",
                                  "ma fe gatre eto heno"])
def test_someone_home_again_is_not_homelessness(text: str) -> None:
    assert "homelessness" not in _reading(text)[1]


def test_someone_home_now_beside_harm_stays_urgent() -> None:
    assert _reading("he's home now and he hit me")[0] == "urgent"


# ---------- 4. water is not alcohol

@pytest.mark.parametrize("text", ["started drinking more water", "she's drinking more tea since the nurse came",
                                  "mae hi wedi dechrau yfed mwy o ddŵr", "ma fe'n yfed mwy o de"])
def test_drinking_water_or_tea_is_not_alcohol(text: str) -> None:
    assert "alcohol" not in _reading(text)[1]


@pytest.mark.parametrize("text", ["he's drinking more", "mae o'n yfed mwy", "mum is drinking more since the funeral"])
def test_drinking_more_stays_an_alcohol_concern(text: str) -> None:
    assert "alcohol" in _reading(text)[1]


# ---------- 5. a sofa on a visit is not sofa-surfing

@pytest.mark.parametrize("text", ["aros ar soffa fy chwaer pan dwi'n mynd i Gaerdydd",
                                  "dwi'n cysgu ar soffa fy mrawd pan dwi'n mynd lawr i Abertawe",
                                  "staying on my sister's sofa when I go to Cardiff"])
def test_a_sofa_on_a_visit_is_not_homelessness(text: str) -> None:
    assert "homelessness" not in _reading(text)[1]


@pytest.mark.parametrize("text", ["dwi'n cysgu ar soffa ffrind, dim lle i fynd", "aros ar soffa fy chwaer ers mis",
                                  "i'm sleeping on my mates sofa, nowhere to go"])
def test_sofa_surfing_stays_homelessness(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "homelessness" in categories


# ---------- 6. a baby drinking from a cup is feeding

@pytest.mark.parametrize("text", ["mae'r babi wedi dechrau yfed o gwpan yn barod",
                                  "ma'r babi di dechra yfed o gwpan yn barod",
                                  "the baby has started drinking from a cup already"])
def test_a_baby_drinking_from_a_cup_is_calm(text: str) -> None:
    assert _reading(text) == ("none", set(), False)


@pytest.mark.parametrize("text", ["dw i wedi dechrau yfed bob dydd i anghofio", "mae hi'n yfed o'r botel fodca bob nos"])
def test_drinking_told_as_drink_is_still_read(text: str) -> None:
    assert _reading(text)[0] != "none"


# ---------- 7. a carer losing patience: carer strain in both languages

@pytest.mark.parametrize("text", ["Weithie wi'n colli amynedd 'da hi", "Weithie wi’n colli amynedd ’da hi",
                                  "weithie wi'n colli amynedd da hi", "weithiau dwi'n colli mynedd efo hi",
                                  "sometimes I lose my patience with her"])
def test_losing_patience_is_carer_strain_in_both_languages(text: str) -> None:
    assert _reading(text) == ("concern", {"carer_strain"}, False)


# ---------- 8. a "please check" about a person with dementia names a dementia line, a carer's the carers' line

@pytest.mark.parametrize("text, language", [
    ("sometimes I lose my temper with her and she wanders out onto the road at night", "en"),
    ("Weithie fi'n colli 'y nhymer 'da hi a mae hi'n crwydro ar yr hewl yn y nos", "cy"),
    ("my husband has dementia and he grabbed my arm when he was frightened", "en"),
])
def test_a_please_check_about_dementia_names_the_dementia_line(text: str, language: str) -> None:
    reading = assess_risk(text)
    assert reading.please_check and "memory" in reading.categories
    lines = helplines_offered(reading.categories, language, register="chi", role="carer", age=None, words=[text])
    line = one_helpline(lines)
    assert line is not None and line.id == "dementia_connect"
    assert "0333 150 3456" in format_helplines([line], language, "chi")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carers_strain_lists_carers_wales_beside_samaritans(language: str) -> None:
    ids = [h.id for h in helplines_offered(["carer_strain"], language, register="chi", role="carer", age=None)]
    assert "carers_wales" in ids and "samaritans" in ids
    line = one_helpline(helplines_offered(["carer_strain"], language, register="chi", role="carer", age=None))
    assert line is not None and line.id == "carers_wales"


@pytest.mark.parametrize("categories", [["suicide"], ["abuse"], ["homelessness"], ["domestic_abuse"]])
def test_no_specialist_line_where_none_fits(categories: list[str]) -> None:
    line = one_helpline(helplines_offered(categories, "en", register="chi", role="person", age=None))
    assert line is not None and not line.specialist


def test_a_young_carer_still_gets_their_own_line_first() -> None:
    line = one_helpline(helplines_offered(["carer_strain", "memory"], "cy", register="ti", role="young_person", age=15))
    assert line is not None and line.id == "childline"


_WANDERS = {"cy": "Weithie fi'n colli 'y nhymer 'da hi, a ma hi'n crwydro ar yr hewl am 3 y bore",
            "en": "I lose my temper with her and she wanders on the road at 3am"}
_CANT_GO_ON = {"cy": "sai'n gwbod faint mwy alla i gymryd. Weithie fi'n colli 'y nhymer 'da hi, a ma hi'n crwydro ar yr "
                     "hewl am 3 y bore",
               "en": "I can't go on like this, I lose my temper with her and she wanders on the road at 3am"}


def _carer_says(language: str, text: str) -> str:
    conversation = consented_at(f"risk41-dementia-{next(_senders)}", language, "q_what_matters",
                                what_matters="Menna", role="carer", name="Gwyn")
    conversation.say(text)
    return conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_gentle_reply_about_dementia_gives_the_dementia_line(sqlite_url: str, language: str) -> None:
    said = _carer_says(language, _WANDERS[language])
    assert "0333 150 3456" in said and "116 123" not in said


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carer_who_cannot_go_on_is_still_given_someone_to_talk_to_now(sqlite_url: str, language: str) -> None:
    said = _carer_says(language, _CANT_GO_ON[language])
    assert "0333 150 3456" not in said  # someone to talk to now, as at stop 40, not the dementia line
