"""Stop-20 acceptance trial findings in the risk reader's area (T5, T9, T13), each message quoted with a twin in the
other language, and a disclosure in the same words that stays urgent. Through bot.conversation.safety.read_risk (real
rules, real model). Fixed by meaning rules (risk_patterns.tsv) and a guard (risk_guards.tsv)."""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk


def _ids(texts: list[str]) -> list[str]:
    return [t[:40] for t in texts]


#: T5: a 14-year-old carer's rant (lifting his dad with MS on the stairs, doing everything in the house) was "low mood"
#: from the model alone; it is young-carer strain.
YOUNG_CARER = [
    "ok so basically. wi'n neud popeth yn y ty. dad ffili neud lot ar ol 3 o gloch achos ma fe'n blino ofnadw gyda'r MS "
    "a weithie ma'i goese fe'n mynd i gyd wobbly a wi gorfod helpu fe lan y stare. wedyn ma Cai (brawd fi, ma fe'n 7) "
    "moyn te a bath a stori a ma fe'n sgrechen os sai'n neud e'n iawn 😤 a wedyn wi'n neud gwaith cartref am 10 o gloch y "
    "nos a wi mor blino yn yr ysgol, ges i detention wthnos dwetha achos o'n i'n cysgu yn maths lol. sa i moyn i neb "
    "feddwl bod dad yn dad gwael achos dyw e ddim, ma fe'n trio. jyst... sai'n gwbod. sa i moyn gweld pobl yn dod mewn a "
    "cymryd Cai bant neu rwbeth. fi jyst moyn bach o amser i fi weithie, fel chware pel-droed gyda'r bois ar nos sadwrn "
    "heb ffono adre bob hanner awr",  # quoted
    "ok so basically. I do everything in the house. dad can't do much after 3 because the MS wipes him out and sometimes "
    "his legs go all wobbly and I have to help him up the stairs. then Cai (my brother, he's 7) wants tea and a bath and "
    "a story. I do homework at 10 at night and I'm so tired at school. I don't want anyone thinking dad's a bad dad "
    "because he isn't, he tries. I just want a bit of time for me sometimes",
]


@pytest.mark.parametrize("text", YOUNG_CARER, ids=_ids(YOUNG_CARER))
def test_a_young_carers_heavy_tasks_are_carer_strain(text: str) -> None:
    found = read_risk(text)
    assert found.level == "concern", found
    assert "carer_strain" in found.categories, found
    assert "low_mood" not in found.categories, found


#: T9: how near a son lives and how often he calls round was "carer strain" (model alone): no concern at all.
WHO_IS_TALKING = [
    "It's me, Gareth, I'm filling this in for my dad Alan, he's got Parkinson's and he's 81. I'm his son, I live 20 mins "
    "away and I'm round most days",  # quoted
    "Fi sy 'ma, Gareth, dw i'n llenwi hwn i Dad, Alan, mae ganddo fo Parkinson's a mae o'n 81. Dw i'n byw 20 munud i "
    "ffwrdd a dw i draw bron bob dydd",
]


@pytest.mark.parametrize("text", WHO_IS_TALKING, ids=_ids(WHO_IS_TALKING))
def test_how_near_a_carer_lives_is_no_concern(text: str) -> None:
    assert read_risk(text).level == "none"


#: T9: falls named first ("Falls mostly.") and "a bit down since mum died" were not noted (only self-neglect); a
#: falls list with "he gets up to the toilet at night and that's when he falls" was "memory".
WORRIES = [
    ("Falls mostly. The one in October really scared me. And I worry he's not eating properly on the days I can't get "
     "there, I find sandwiches in the fridge untouched. He's lost weight. And he's been a bit down since mum died two "
     "years ago, though he won't talk about it.", {"falls", "low_mood"}),  # quoted
    ("Cwympo gan fwya. Nath yr un ym mis Hydref fy nychryn i go iawn. A mae o wedi bod bach yn lawr ers i Mam farw, er "
     "bod o ddim isio siarad am y peth.", {"falls", "low_mood"}),
    ("3) a night call or some kind of sensor, because he gets up to the toilet at night and that's when he falls",
     {"falls"}),  # quoted
    ("3) galwad nos neu ryw fath o synhwyrydd, achos mae o'n codi i fynd i'r toilet yn y nos a dyna pryd mae o'n disgyn",
     {"falls"}),
]


@pytest.mark.parametrize("text, categories", WORRIES, ids=_ids([t for t, _ in WORRIES]))
def test_falls_and_low_mood_are_noted(text: str, categories: set[str]) -> None:
    found = read_risk(text)
    assert found.level == "concern", found
    assert categories <= set(found.categories), found
    assert "memory" not in found.categories, found


#: T13: long quiet evenings since her husband died were not noted (only falls): loneliness.
QUIET_EVENINGS = [
    "Disgyn ar y stairs. A bod yn ddistaw yn y tŷ gyda'r nos, ers colli Wil ma'r nosweithia'n hir. Ond dwi'm yn un i "
    "gwyno.",  # quoted
    "Falling on the stairs. And it being quiet in the house at night, since I lost Wil the evenings are long. But I'm "
    "not one to complain.",
]


@pytest.mark.parametrize("text", QUIET_EVENINGS, ids=_ids(QUIET_EVENINGS))
def test_long_quiet_evenings_are_loneliness(text: str) -> None:
    found = read_risk(text)
    assert found.level == "concern", found
    assert {"falls", "isolation"} <= set(found.categories), found


#: The same words with a harm said: urgent (a concern rule lifts the model's bar, so each stays narrow).
SAME_WORDS_URGENT = [
    ("wi'n neud popeth yn y ty a ma dad yn fy mwrw i os sai'n neud e'n iawn", "abuse"),
    ("I do everything in the house and dad hits me if I don't do it right", "abuse"),
    ("since I lost Wil the evenings are long and I've been saving my tablets to end it", "suicide"),
    ("ers colli Wil ma'r nosweithia'n hir a dw i wedi bod yn cadw fy nhabledi i orffen y cwbl", "suicide"),
    ("he's been a bit down since mum died and last night he said he's going to kill himself", "suicide"),
    ("mae o wedi bod bach yn lawr ers i Mam farw a neithiwr nath o ddeud bod o am ladd ei hun", "suicide"),
    ("I live 20 mins away and I'm round most days, and every time he's been drinking he punches me", "abuse"),
]


@pytest.mark.parametrize("text, category", SAME_WORDS_URGENT, ids=_ids([t for t, _ in SAME_WORDS_URGENT]))
def test_the_same_words_with_a_harm_said_stay_urgent(text: str, category: str) -> None:
    found = read_risk(text)
    assert found.level == "urgent", found
    assert category in found.categories, found


def test_falls_asleep_is_no_fall() -> None:
    assert "falls" not in read_risk("he watches the racing and that's when he falls asleep in his chair").categories
