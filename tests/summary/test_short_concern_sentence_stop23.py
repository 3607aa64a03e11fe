"""A short sentence that raised a concern is quoted at the top with the sentence after it (stop-23 trial W30: the
top said only "Another fall."), in both languages. The risk reading is pinned (the reader is bot.analysis.risk's)."""
from __future__ import annotations

import pytest

from bot.summary.record import concern_excerpt

ANSWERS = {
    "en": ("Another fall. Me not being able to lift her. Money, I had to give up work at the Royal Mail. And if "
           "something happens to me who looks after her? That keeps me up at night.",
           "Another fall. Me not being able to lift her."),
    "cy": ("Cwymp arall. Fi ddim yn gallu ei chodi hi. Arian, nes i orfod rhoi gorau i waith yn y Post. A be os oes "
           "rhywbeth yn digwydd i fi, pwy sy'n edrych ar ei hôl hi? Mae hynna'n fy nghadw i'n effro.",
           "Cwymp arall. Fi ddim yn gallu ei chodi hi."),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_short_concern_sentence_keeps_the_sentence_after_it(language: str) -> None:
    text, quoted = ANSWERS[language]
    assert concern_excerpt(text, {"level": "concern", "categories": ["falls"]}) == quoted
