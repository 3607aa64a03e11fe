"""Two worries the risk reader had no name for (stop 21; trial U1; lead note 1): a young person who ran off or did not
come home (`missing`), and anxiety (`anxiety`: panic attacks, too frightened to go out).

U1: a 16-year-old in foster care wrote "nes i redeg i ffwrdd am noson mis dwetha, cysgu yn ty mate fi. o'n i'n iawn" and
the summary said the assistant noted no risk. A missing episode now over is a concern in a harm category (a return
conversation, her social worker: safeguarding material, never an outcome); still missing now is urgent. Anxiety is a
concern, never urgent by itself. Each with a twin in the other language; look-alikes (the dog ran off, missing my mum,
glasses gone missing) stay none, and a disclosure beside them stays urgent. Both categories have summary labels.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import CATEGORY_ORDER
from bot.conversation.safety import read_risk
from bot.safeguarding.harm import is_harm
from bot.summary.view import _categories

MISSING_BEFORE = [
    "exams mostly. a ella dylswn i ddeud, nes i redeg i ffwrdd am noson mis dwetha, cysgu yn ty mate fi. o'n i'n iawn, "
    "jyst angen space ar ol ffrae efo carys. ydi hwn yn mynd at fy social worker i?",  # U1, quoted
    "exams mostly. and maybe I should say, I ran off for a night last month, slept at a mate's. I was fine, just needed "
    "space after a row with carys. does this go to my social worker?",
    "ddaeth o ddim adra drwy'r penwythnos",
    "she went missing for two days last year",
    "ma fe wedi rhedeg bant o'r cartref o'r blaen",
    "he has run away from his placement before",
]

MISSING_NOW = [
    "my daughter has been missing since yesterday",
    "mae'r ferch ar goll ers neithiwr",
]

ANXIETY = [
    "I get panic attacks most days",
    "dw i'n cael pyliau o banig bron bob dydd",
    "my anxiety is really bad, i cant go out",
    "mae gen i orbryder ofnadwy, dwi ofn mynd allan o'r tŷ",
]

LOOK_ALIKES = [
    "the dog ran off for a night but came back muddy",
    "rhedodd y ci i ffwrdd am noson ond daeth o nôl",
    "I am missing my mum so much",
    "the cat has been missing since friday",
    "mae fy sbectol ar goll ers dydd llun",
    "I went off for the weekend to Tenby",
]

STILL_URGENT = [
    "I ran off for a night because he hits me when he's drunk",
    "nes i redeg i ffwrdd am noson achos mae o'n fy nharo i pan mae o wedi meddwi",
    "I get panic attacks and I've been saving my tablets to end it",
    "dw i'n cael pyliau o banig a dw i wedi bod yn cadw fy nhabledi i orffen y cyfan",
]


@pytest.mark.parametrize("text", MISSING_BEFORE, ids=[t[:40] for t in MISSING_BEFORE])
def test_a_missing_episode_now_over_is_a_harm_concern(text: str) -> None:
    found = read_risk(text)
    assert found.level == "concern", found
    assert "missing" in found.categories, found
    assert is_harm(found.level, found.categories)  # beside the risk, never an outcome


@pytest.mark.parametrize("text", MISSING_NOW)
def test_still_missing_now_is_urgent(text: str) -> None:
    found = read_risk(text)
    assert found.level == "urgent" and "missing" in found.categories, found


@pytest.mark.parametrize("text", ANXIETY)
def test_anxiety_is_a_concern(text: str) -> None:
    found = read_risk(text)
    assert found.level == "concern", found
    assert "anxiety" in found.categories, found
    assert not is_harm(found.level, found.categories)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_concern(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


@pytest.mark.parametrize("text", STILL_URGENT, ids=[t[:40] for t in STILL_URGENT])
def test_a_disclosure_beside_them_stays_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_summary_names_them_in_both_languages(language: str) -> None:
    assert {"missing", "anxiety"} <= set(CATEGORY_ORDER)
    shown = _categories(["missing", "anxiety"], language)
    assert shown == ("mynd ar goll / rhedeg i ffwrdd, gorbryder" if language == "cy"
                     else "missing from home or care, anxiety"), shown
