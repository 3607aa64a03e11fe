"""The review of stop 44's changes (outcomes and loss), its probes checked here, in both languages: the review's own
words and phrasings written for this test (north and south Welsh, text-speak, no accents; none in a benchmark file).

1. Whose view: "mam fi moyn…", "fy mam isio…", "my mum wants…", "mam a dad moyn…" are the named one's wish, passed on
   (bot.analysis.outcomes.kin_whose_wish); a pronoun opening a sentence ("Fi moyn…", "We want…") is no one's name.
2. Welsh read as the English twin is: "dim ond isio colli pwysau" is a change, as "I just want to lose weight"; "di
   stopio" is a thing lost only when the speaker stopped; "i gartre dad" is Dad's house, not a care home; a break from
   this chat, or with "tomorrow", is a pause, not respite; "so fi moyn…" keeps its Welsh negative "so".
3. A recent death is never long ago because a span of years is said later in the answer (bot.analysis.loss).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse, sort_outcomes
from bot.analysis.controls import asks_to_pause
from bot.analysis.loss import loss_long_ago, tells_of_a_loss
from bot.analysis.outcomes import kin_whose_wish, lost_it, refuses_a_home


def _outcomes(text: str, question: str | None = None) -> list[tuple[str, str]]:
    found = analyse(text, question=question).outcomes
    for s in found:
        assert s.text == text[s.start:s.end]  # verbatim
    return [(s.text, s.type) for s in found]


# --- 1. whose view ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("mam fi moyn bod na", "mam"),  # the review's words
    ("fy mam isio bod yna", "mam"),
    ("my mum wants to be there", "mum"),
    ("mam a dad moyn bod na", "mam a dad"),
    # written for this test
    ("'y nain isho i fi ffonio bob nos", "nain"),  # north, "'y" for "fy"
    ("fy nhad isio fi adra erbyn deg", "tad"),  # the mutated "nhad" shown plain
    ("dad fi moyn fi gatre erbyn naw", "dad"),  # south, spoken "fi" after
    ("me mam n dad wanna b there", "mam n dad"),  # text-speak
    ("mam n moyn bod na", "mam"),  # "mam'n" texted
    ("Mum and Dad want me home by ten", "Mum and Dad"),
    ("my nan doesnt want me to go", "nan"),
    ("nain a taid isio dod hefyd", "nain a taid"),
])
def test_someone_named_with_my_or_fi_or_and_is_whose_wish(text: str, who: str) -> None:
    assert kin_whose_wish(text) == who


@pytest.mark.parametrize("text", [
    "Fi moyn mynd i'r clwb ieuenctid",  # "Fi" opening the sentence is the speaker, not someone called Fi
    "We want a garden we can sit in",
    "He wants to go home",  # a pronoun, not a name
    "Mam a fi isio mynd i'r sinema",  # their wish together, the speaker's too
    "mum and me want to go to the cinema",
    "dw i isio i mam fod yna",  # the speaker's own wish about Mam
    "I want my mum to be there",
])
def test_the_speakers_own_wish_is_no_one_elses(text: str) -> None:
    assert kin_whose_wish(text) is None


# --- 2. Welsh read as English -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "dim ond isio colli pwysau",  # the review's words
    "I just want to lose weight",  # its English twin
    "ddim ond moyn colli bach o bwyse cyn yr haf",
    "jyst isho colli pwysa",
    "i wanna lose a bit of weight tbh",
])
def test_a_wish_to_lose_weight_is_a_change_in_both_languages(text: str) -> None:
    assert [t for _s, t in _outcomes(text)] == ["change"]


@pytest.mark.parametrize("text", ["dim isio colli Helen", "sai moyn colli'r gofalwr bore", "we don't want to lose Jen"])
def test_not_wanting_to_lose_someone_is_still_a_keep(text: str) -> None:
    assert [t for _s, t in _outcomes(text)] == ["maintenance"]


@pytest.mark.parametrize("text", [
    "mynd i'r côr bob nos Fawrth, mae'r poen di stopio",  # the review's words
    "cerdded y ci efo Dad, mae o wedi stopio yfed",  # the review's words
    "going to choir every Tuesday night, the pain has stopped",  # the English twin
    "mynd am dro efo nain, mae hi di stopio smocio",
])
def test_something_else_stopping_is_no_thing_lost(text: str) -> None:
    assert not lost_it(text)
    assert [t for _s, t in _outcomes(text)] == ["maintenance"]


@pytest.mark.parametrize("text", ["nofio bob bore, ma'r glaw wedi stopio o'r diwedd", "mae'r tabledi di stopio gweithio"])
def test_a_thing_stopping_is_no_thing_lost(text: str) -> None:
    assert not lost_it(text)


@pytest.mark.parametrize("text", [
    "y côr, dw i wedi stopio",
    "y clwb bowls, fi di stopio mynd ers i Dad fynd yn sâl",
    "pel-droed ar ddydd Sadwrn, wi di stopio achos y pen-glin",
    "y gym, dwi di rhoi'r gorau iddi",
    "the walking group, I stopped going when the bus changed",
])
def test_the_speaker_stopping_is_still_a_thing_lost(text: str) -> None:
    assert lost_it(text)


@pytest.mark.parametrize("text", [
    "sai moyn mynd i gartre dad bob penwythnos",  # the review's words: Dad's house
    "dwi'm isio mynd i gartra Sian nos Sadwrn",
    "sa i'n mynd i gartre fy ffrind heno",
    "I don't want to go to my dad's house every weekend",
])
def test_someones_house_is_no_care_home(text: str) -> None:
    assert not refuses_a_home(text)


@pytest.mark.parametrize("text", [
    "sai moyn mynd i gartre",
    "dwi ddim isio mynd i gartref gofal",
    "dio'm isio mynd i gartra, byth",
    "sa i'n mynd i gartref henoed",
    "I'm not going into a home",
])
def test_refusing_a_home_is_still_heard(text: str) -> None:
    assert refuses_a_home(text)


@pytest.mark.parametrize("text", [
    "i need a break, can we finish tomorrow",  # the review's words
    "i need a break from this chat tbh",
    "I need a break from these questions",
    "I need a break. can we do the rest tomorrow?",  # written for this test
    "dw i angen brêc o hwn",
    "dwi angen seibiant o'r cwestiynau 'ma",
    "fi angen hoe o r holi ma",  # no accents, no apostrophes
    "dwi angen brec, gawn ni orffen fory",
    "angen saib o'r sgwrs 'ma, sori",
])
def test_a_pause_in_the_chat_is_no_wish_for_respite(text: str) -> None:
    assert asks_to_pause(text)
    assert _outcomes(text) == []
    assert _outcomes(text, "change") == []


@pytest.mark.parametrize("text", [
    "I need a break from this house",
    "dw i angen brêc o'r tŷ 'ma",
    "honestly? I need a break. sai di cael wythnos off ers blynyddoedd.",
    "a dweud y gwir dw i angen seibiant. dw i'n gofalu ddydd a nos.",
])
def test_a_break_from_caring_is_still_a_change(text: str) -> None:
    assert not asks_to_pause(text)
    assert "change" in [t for _s, t in _outcomes(text)]


@pytest.mark.parametrize("text,starts", [
    ("so fi moyn mynd i'r ysgol", "so fi moyn"),  # the review's words: "I don't want to go to school"
    ("so fi moyn symud", "so fi moyn"),
    ("so i moyn mynd nol i'r uned", "so i moyn"),
    ("so ni'n moyn symud o'r pentre", "so ni'n moyn"),
    ("so fi isie gweld e byth eto", "so fi isie"),
])
def test_the_welsh_negative_so_is_kept(text: str, starts: str) -> None:
    found = _outcomes(text)
    assert found and all(s.startswith(starts) for s, _t in found), found


@pytest.mark.parametrize("text,outcome", [
    ("so I want to go home", "I want to go home"),  # the English filler "so" is dropped, as before
    ("so, fi moyn mynd adre", "fi moyn mynd adre"),  # with a comma, a filler
])
def test_the_filler_so_is_still_dropped(text: str, outcome: str) -> None:
    assert [s for s, _t in _outcomes(text)] == [outcome]


# --- 3. a recent death --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my wife died last month, I cared for her for 10 years",  # the review's words
    "Mam died last week, she'd had dementia for 5 years",
    "Bu farw Mam wythnos diwetha, roedd hi'n sal ers 6 mlynedd",
    # written for this test
    "mam wedi marw wsnos dwytha, oedd hi di bod yn sal ers blynyddoedd",
    "Nain di marw ddoe, a hi di bod mewn cartre ers 3 blynedd",
    "my dad died 6 years ago, mum died last week",
    "lost my husband a few weeks ago, we were married for 40 years",
    "my dad died, I looked after him for twenty years",  # no time said of the death itself
])
def test_a_recent_death_is_not_long_ago(text: str) -> None:
    assert tells_of_a_loss(text)
    assert not loss_long_ago(text)


@pytest.mark.parametrize("text", [
    "ma Dad di marw ers 6 mlynadd",
    "my wife died two years ago, I've been on my own since",
    "Fe gollon ni fe dwy flynedd yn ôl nawr",
    "Six years ago my dad died",
    "lost the wife, Mair, four year ago",
    "bu farw Taid ddeng mlynedd yn ol",
])
def test_a_death_long_ago_is_still_long_ago(text: str) -> None:
    assert loss_long_ago(text)


def test_sort_outcomes_keeps_the_so_verbatim() -> None:
    _otype, _conf, spans = sort_outcomes("so fi moyn mynd i'r ysgol", None)
    assert [s.text for s in spans] == ["so fi moyn mynd i'r ysgol"]
