"""Stop 37 (issue 11, "at most 1 in 200 everyday answers read as urgent"): a long everyday answer read urgent by the
learned model alone from one sentence that nothing around it carries is "please check", not urgent.

A long answer (over decide.CHUNK_CHARS) is read piece by piece and its riskiest piece decides. Now that piece must be
carried by a neighbour (read with the piece before or after it, still at the urgent bar) or by the whole answer (read at
once, p(urgent) at least decide.WHOLE_LEANS_CALM); otherwise the duty team is asked to read it ("please check"). The
quoted answer is risk_writers31/rwO.tsv's (an odd, readable line); the near-twins tell a real harm in the same frame
and must stay urgent. The English answers written for this were each carried by their neighbours (the model dilutes a
Welsh sentence more than an English one), so English is tested on the side that must not move.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

GAMES_CLUB_CY = (  # quoted (rwO)
    "Cadwch y clwb gemau yn y llyfrgell plîs! Mae Tomos yn 15, mae ganddo fo nychdod cyhyrol ac mae ei freichiau'n "
    "wan, ond efo'r rheolydd addasedig mae o'n lladd zombies yn well na neb yn y clwb. Mae o'n gweiddi 'dwi wedi dy "
    "ladd di!' ar ei ffrindia ac maen nhw'n chwerthin lond eu boliau. Dyna'r unig le mae o'n cymysgu efo hogia ei oed "
    "o heb i neb sbio ar y gadair. Mae'n bwysicach iddo fo na'r ffisio, i fod yn onest."
)

#: Long answers whose urgent sentence is carried by what is around it: they stay urgent.
CARRIED = [
    # the same frame, a harm told over two sentences (Welsh)
    "Cadwch y clwb gemau yn y llyfrgell plîs! Mae Tomos yn 15, mae ganddo fo nychdod cyhyrol ac mae ei freichiau'n "
    "wan, ond efo'r rheolydd addasedig mae o'n well na neb yn y clwb. Ers mis mae ei lystad yn ei gloi o yn ei stafell "
    "heb fwyd pan mae o'n hwyr adra. Neithiwr mi wnaeth o ei daro fo nes bod ei wefus o'n gwaedu. Dyna'r unig le mae "
    "o'n cymysgu efo hogia ei oed o heb i neb sbio ar y gadair, ac mae o'n dod adra yn hapus.",
    # English: the riskiest sentence read with its neighbours stays at the urgent bar
    "What matters to Dad is his allotment and his pigeons, he has kept them since he was a boy in Tredegar and he "
    "still goes up every morning at seven. The allotment committee are lovely to him. Last week he was locked in "
    "overnight with no food and no one came. The lads on the next plot think it's hilarious, the gate jammed and he "
    "slept in the shed with the birds, happy as anything. He would be lost without the allotment, so please keep his "
    "mornings free for it.",
]


def test_one_sentence_nothing_carries_is_please_check_not_urgent() -> None:
    """The games-club answer was urgent abuse (the model alone, 0.82, from "'dwi wedi dy ladd di!'"), though that
    sentence read with either neighbour is below 0.6 and the whole answer 0.43: now a "please check"."""
    read = assess_risk(GAMES_CLUB_CY)
    assert read.level == "concern"
    assert read.please_check and read.reaches_duty
    assert explain(GAMES_CLUB_CY)["model"].get("out_of_context") is True


@pytest.mark.parametrize("text", CARRIED)
def test_a_long_answer_carried_by_its_neighbours_stays_urgent(text: str) -> None:
    assert len(text) > 400
    assert assess_risk(text).level == "urgent"
    assert not explain(text)["model"].get("out_of_context")


def test_a_short_answer_is_not_read_this_way() -> None:
    """A short answer is read whole; a sentence of it that reads urgent is left as it is."""
    text = "Neithiwr mi wnaeth ei lystad ei daro fo nes bod ei wefus o'n gwaedu. Mae o ofn mynd adra."
    assert len(text) <= 400
    assert assess_risk(text).level == "urgent"
    assert not explain(text)["model"].get("out_of_context")
