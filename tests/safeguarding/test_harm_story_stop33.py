"""The story of a disclosure goes on in the next sentence in words that read as nothing alone; those words are the
harm's, never an outcome read back on a screen (span33, stop 33: 26 Welsh and 15 English stored outcomes on the
twins' tuning halves were pieces of a disclosure). A wish said outright beside it is still theirs."""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sentences
from bot.safeguarding.harm import wishes_apart_from_harm

CASES = [
    ("The older lads make me carry drugs to Rhyl and say they'll hurt mum if I stop. He takes me to a flat in town "
     "on Fridays. I want to be able to sleep at night.",
     [False, False, True]),
    ("Ma'r hogia hŷn yn gneud i fi gario cyffuria i'r Rhyl a deud bo nhw am frifo mam os dwi'n stopio. Mae o'n mynd "
     "â fi i fflat yn y dre ar nos Wener. Dw i isio gallu cysgu yn y nos.",
     [False, False, True]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_next_sentence_of_the_story_is_no_outcome(text: str, expected: list[bool]) -> None:
    assert wishes_apart_from_harm(text, sentences(text)) == expected


@pytest.mark.parametrize("text", [
    "not having panic attacks at school. i used to cut but not anymore… i just want to be able to walk into school "
    "without feeling sick every morning",
    "dim pyliau panig yn yr ysgol. ro'n i'n arfer torri ond dim mwy… dwi jyst isio gallu cerdded i mewn i'r ysgol heb "
    "deimlo'n sâl bob bore",
])
def test_a_wish_said_outright_next_to_it_stays_theirs(text: str) -> None:
    spans = sentences(text)
    kept = wishes_apart_from_harm(text, spans)
    assert kept[-1] is True
    assert any(kept) and not all(kept)
