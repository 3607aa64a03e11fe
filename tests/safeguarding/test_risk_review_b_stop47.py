"""Stop 47, review47b (review47b_report.md B, C, D, E, F, I, J): disclosures this stop's own guards hid. The review's
sentences are fixtures as quoted; every family has phrasings of its own (in neither the review nor a benchmark), Welsh
and English, and the look-alikes the guards were made for, which stay calm.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.normalise import pattern_text
from bot.analysis.risk.told_again import goes_back_to, says_fear
from bot.safeguarding.helplines import about_an_older_person


def _reading(text: str) -> tuple[str, bool, tuple[str, ...]]:
    found = assess_risk(text)
    return found.level, found.please_check, found.categories


# ---- C: "so fi'n saff" is "therefore I'm safe" only after a helper with me and nothing undoing the safety.
NOT_SAFE = [
    "mae e yma gyda fi so fi'n saff, mae e'n gweiddi arna i",  # quoted (C)
    "ma'r heddlu wedi dod a mynd so fi'n saff",  # quoted (C)
    "drws ar glo, ma fe'n trio torri fe lawr, so fi'n saff",  # quoted (C)
    "ma fo yma efo fi so fi'n saff, mae o'n gweiddi",
    "ma'r heddlu wedi gadael so fi'n saff",
    "drws wedi cloi ond ma fe'n cicio fe so fi'n saff",
]


@pytest.mark.parametrize("text", NOT_SAFE)
def test_so_fi_n_saff_after_what_undoes_safety_is_not_therefore(text: str) -> None:
    assert "felly" not in pattern_text(text)


@pytest.mark.parametrize("text", NOT_SAFE[:3])
def test_the_reviews_not_safe_messages_are_read_again(text: str) -> None:
    """Before stop 47 these were a please check or urgent; the guard made them none (review47b C)."""
    assert assess_risk(text).level != "none"


@pytest.mark.parametrize("text", [
    "ma'r heddlu 'ma nawr so fi'n saff",
    "mae mam yma gyda fi so fi'n saff nawr",
    "ma fy ffrind i yma efo fi so fi'n saff",
    "ma fe wedi mynd so fi'n saff nawr",
    "drws wedi cloi so fi'n saff",
])
def test_so_fi_n_saff_after_a_helper_or_him_gone_is_therefore(text: str) -> None:
    assert "felly" in pattern_text(text)
    assert assess_risk(text).level == "none"


# ---- D: taken advantage is skipped only for a carer's chore ("to have a shower"), never for a harm's purpose.
@pytest.mark.parametrize("text", [
    "he took advantage of her being drunk at the party",  # quoted (D)
    "Mae ei nai yn cymryd mantais ohoni hi yn ariannol",  # quoted (D)
    "his cousin took advantage of him being pissed and emptied his account",
    "mae o'n manteisio arni hi'n ariannol ers misoedd",
])
def test_taken_advantage_of_her_being_is_heard(text: str) -> None:
    level, _, cats = _reading(text)
    assert level in ("concern", "urgent") and "exploitation" in cats


@pytest.mark.parametrize("text", [
    "he took advantage of me when i was drunk to have sex with me",  # quoted (D)
    "he took advantage of me when i was drunk so he could film it",  # quoted (D)
    "they took advantage of my daughter while she was passed out to get her phone pin and sent her pics round",  # (D)
    "she took advantage of him while he was out of it to get his pin",
    "nath o gymryd mantais ohona i pan o'n i wedi meddwi i gael lluniau",
    "nath e gymryd mantais ohoni hi tra oedd hi'n cysgu er mwyn ffilmio hi",
])
def test_taken_advantage_with_a_harms_purpose_is_urgent(text: str) -> None:
    level, _, cats = _reading(text)
    assert level == "urgent" and "abuse" in cats


@pytest.mark.parametrize("text", [
    "I took advantage of her being asleep to have a shower",  # the look-alike the guard was made for
    "Nes i gymryd mantais ohoni hi'n cysgu i gael bath",
    "you could take advantage of her being asleep to have a bath",
    "gallwch chi gymryd mantais ohoni hi'n cysgu i gael cawod",
    "he took advantage of her being asleep so i could have a cuppa",
    "I took advantage of the sunshine",
    "Manteisiais ar y tywydd",
])
def test_a_carers_chore_while_she_sleeps_stays_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---- E: anyone saying she or he is a burden, pronouns agreeing, is her or his low mood; not another's plan for her.
@pytest.mark.parametrize("text", [
    "my daughter keeps saying she's just a burden on everyone",  # quoted (E)
    "my client says she is a burden to her family",  # quoted (E)
    "my best mate says shes a burden on everyone",  # quoted (E)
    "Mae Gwen yn dweud o hyd ei bod hi'n faich",  # quoted (E)
    "Mae'r mab yn dweud ei fod e'n faich arnon ni i gyd",  # quoted (E)
    "Dai keeps telling me he's a burden now",
    "ma Siân yn gweud bod hi'n ddim ond baich",
    "mae'r hogyn yn deud o hyd ei fod o'n faich",
])
def test_anyone_saying_they_are_a_burden_is_low_mood(text: str) -> None:
    level, check, cats = _reading(text)
    assert "low_mood" in cats and "carer_strain" not in cats and (level == "urgent" or check)


@pytest.mark.parametrize("text", [
    "my son says she is a burden and we should put her in a home",
    "mae fy merch yn deud bod hi'n faich ac mae isio ei rhoi mewn cartref",
    "my sister says she is a burden and we need to move her somewhere",
    "mae'r mab yn deud bod hi'n faich",
])
def test_another_persons_view_of_her_is_not_her_low_mood(text: str) -> None:
    assert "low_mood" not in assess_risk(text).categories


# ---- F: a settled theft is only a past refund, never a promise, a hold for them, or someone known.
@pytest.mark.parametrize("text", [
    "they said ill get the money back if i hold a bag for them at my flat, the bank stopped my card",  # quoted (F)
    "my mate took my card and drained it, bank gave me a new card",  # quoted (F)
    "nath fy mêt i gymryd fy ngherdyn a gwagio fe, ges i gerdyn newydd gan y banc",
    "ma nhw'n deud ga i'r arian nol os dw i'n cadw bag iddyn nhw, mae'r banc wedi stopio'r cerdyn",
])
def test_a_theft_not_settled_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", [
    "someone took his bank card last month and took £200 out, the bank sorted it",
    "Mis dwetha nath rhywun ddwyn ei gerdyn banc, mae'r banc wedi sortio fe",
])
def test_a_settled_theft_by_a_stranger_is_a_please_check(text: str) -> None:
    level, check, cats = _reading(text)
    assert level == "concern" and check and "exploitation" in cats


# ---- B: cries after a disclosure join its alert again; a visit time set by when he comes stays calm.
TOLD_EN = "my stepdad Gary hits me and mum when he's drunk, he punched me last night"
TOLD_CY = "ma fy llystad Gary yn fy nharo i a mam pan mae o wedi meddwi"


@pytest.mark.parametrize("said, told", [
    ("can someone come now before Gary gets back", TOLD_EN),  # quoted (B)
    ("please come before Gary gets back", TOLD_EN),  # quoted (B)
    ("i need someone to help me hes back", TOLD_EN),  # quoted (B)
    ("I need you to help me, he's on his way", TOLD_EN),  # quoted (B)
    ("pls just help me get away from him", TOLD_EN),  # quoted (B)
    ("help me out hes downstairs shouting", TOLD_EN),  # quoted (B)
    ("send someone before Gary gets back", TOLD_EN),
    ("dewch cyn i Gary ddod nol", TOLD_CY),
    ("dewch nawr cyn i Gary ddod adra", TOLD_CY),
])
def test_a_cry_after_the_disclosure_goes_back_to_it(said: str, told: str) -> None:
    assert goes_back_to(said, told)


@pytest.mark.parametrize("said, told", [
    ("Before Gary comes round ideally, he usually turns up around 2", TOLD_EN),
    ("mornings work best, before Gary gets back from the pub on sunday", TOLD_EN),
    ("he will help me fill in the form", TOLD_EN),
    ("galwch cyn i Gary ddod, tua 2 fel arfer", TOLD_CY),
    ("bore sy orau, cyn i Gary ddod adra o'r gwaith", TOLD_CY),
])
def test_a_visit_time_or_a_chore_stays_calm(said: str, told: str) -> None:
    assert not goes_back_to(said, told)


# ---- I: a contact wish that says fear of him is not a mere wish.
@pytest.mark.parametrize("text", [
    "sai moyn chi ddod pan ma fe 'na achos neith e'n lladd i",  # quoted (I)
    "peidiwch dod pan mae o adra, mae o'n lladd i",
    "dont come when hes there, he'll kill me",
])
def test_a_wish_saying_fear_of_him_says_fear(text: str) -> None:
    assert says_fear(text)


@pytest.mark.parametrize("text", [
    "sai moyn chi ddod pan ma fe 'na",
    "don't ring the house, he'll see",
    "dw i'n lladd i fy hun yn gweithio",
])
def test_a_plain_wish_says_no_fear(text: str) -> None:
    assert not says_fear(text)


# ---- J: Hourglass is dropped for a carer's own child only when the child is the one cared for.
@pytest.mark.parametrize("words", [
    ["my mum's neighbour has been taking money from her purse, my daughter noticed it first"],  # quoted (J)
    ["Mae cymydog mam yn cymryd arian o'i phwrs hi, nath fy merch sylwi"],  # quoted (J)
    ["dad's new girlfriend has his bank card, my son saw her using it"],  # quoted (J)
    ["my son took my mum's bank card"],  # quoted (J)
    ["fy mab yn 19 a mae o wedi cymryd cerdyn banc mam"],
    ["my daughter is 17 and she found nan's purse empty again"],
])
def test_a_parent_harmed_keeps_the_older_persons_line(words: list[str]) -> None:
    assert about_an_older_person(words, role="carer", age=None)


@pytest.mark.parametrize("words", [
    ["my son is 19, his dad takes his money"],
    ["fy mab yn 19, mae ei dad yn cymryd ei bres"],
    ["I'm her mum, she's 24 and her boyfriend has her card"],
    ["dw i'n fam iddi, ma hi'n 24 a ma'i chariad hi efo'i cherdyn"],
])
def test_their_own_child_cared_for_is_not_older(words: list[str]) -> None:
    assert not about_an_older_person(words, role="carer", age=None)
