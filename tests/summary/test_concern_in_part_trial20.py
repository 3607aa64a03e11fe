"""A short answer that is mostly what matters, with one worry in it (acceptance trial stop 20, T13).

A 76-year-old's good-day answer (chapel, Merched y Wawr, a cuppa with Nerys, then the stairs) was quoted whole at the
top as a "falls" concern and not with its question: Capel Bethel appeared only under falls risk. The top now quotes
the stairs sentence only and the whole answer stays with its question (bot.summary.record.concern_excerpt,
MOSTLY_ELSE), in both languages; an answer that is all concern is still shown whole at the top, and only there.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.summary.record import LONG_CONCERN_CHARS, concern_excerpt

# Fictional: the trial's words and an English twin.
GOOD_DAY = {
    "cy": ("Diwrnod da ydi pan dwi'n medru mynd i'r capel ar fore Sul, Capel Bethel yn Llanrug, dwi 'di bod yn aelod "
           "yno ers dros hanner can mlynedd. Dwi'n licio mynd i'r Merched y Wawr ar nos Fawrth hefyd. A paned efo "
           "Nerys drws nesa. Ond dwi'n struggle-io efo'r stairs rwan, ma 'mhen glin i'n ddrwg a dwi'n cysgu lawr "
           "grisia ar y soffa ers mis Medi achos dwi ofn disgyn."),
    "en": ("A good day is when I can get to chapel on a Sunday morning, Bethel in Llanrug, I've been a member there "
           "for over fifty years. I like going to the Women's Institute on a Tuesday night too. And a cuppa with Nerys "
           "next door. But I'm struggling with the stairs now, my knee is bad and I've been sleeping downstairs on "
           "the sofa since September because I'm scared of falling."),
}
STAIRS = {
    "cy": ("Ond dwi'n struggle-io efo'r stairs rwan, ma 'mhen glin i'n ddrwg a dwi'n cysgu lawr grisia ar y soffa ers "
           "mis Medi achos dwi ofn disgyn."),
    "en": ("But I'm struggling with the stairs now, my knee is bad and I've been sleeping downstairs on the sofa since "
           "September because I'm scared of falling."),
}
ALL_CONCERN = {"cy": "Dw i wedi disgyn ar y grisiau ddwywaith.", "en": "I've fallen on the stairs twice."}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_top_quotes_the_worry_and_the_answer_stays_with_its_question(lang: str) -> None:
    reading = assess_risk(GOOD_DAY[lang])
    assert reading.level == "concern" and "falls" in reading.categories
    assert len(GOOD_DAY[lang]) <= LONG_CONCERN_CHARS  # a short answer, once shown only at the top
    assert concern_excerpt(GOOD_DAY[lang], {"level": "concern", "categories": ["falls"]}) == STAIRS[lang]


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_an_answer_that_is_all_concern_is_still_whole_at_the_top(lang: str) -> None:
    assert concern_excerpt(ALL_CONCERN[lang], {"level": "concern", "categories": ["falls"]}) is None
