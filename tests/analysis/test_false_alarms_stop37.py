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
    assert _model_reading(GAMES_CLUB_CY).get("out_of_context") is True


def _model_reading(text: str) -> dict[str, object]:
    """What the learned model's reading recorded (explain's "model" part)."""
    reading = explain(text)["model"]
    assert isinstance(reading, dict)
    return reading


@pytest.mark.parametrize("text", CARRIED)
def test_a_long_answer_carried_by_its_neighbours_stays_urgent(text: str) -> None:
    assert len(text) > 400
    assert assess_risk(text).level == "urgent"
    assert not _model_reading(text).get("out_of_context")


def test_a_short_answer_is_not_read_this_way() -> None:
    """A short answer is read whole; a sentence of it that reads urgent is left as it is."""
    text = "Neithiwr mi wnaeth ei lystad ei daro fo nes bod ei wefus o'n gwaedu. Mae o ofn mynd adra."
    assert len(text) <= 400
    assert assess_risk(text).level == "urgent"
    assert not _model_reading(text).get("out_of_context")


#: A rule too broad (stop 37): a bank card kept by family because its owner kept losing it, at the owner's own asking,
#: or to do their shopping, is help. The first three are risk_writers31/32's odd (readable) lines, quoted; the others
#: their twins in the other language.
CARD_KEPT_AS_HELP = [
    "My son keeps my bank card because I kept losing it. He goes through the statement with me every Sunday and I get "
    "cash whenever I want it. Works well.",  # quoted (rwS)
    "Support: my daughter Nia has my bank card and does my big shop on a Saturday and pays the bills online for me. "
    "That was my idea, I can't get to town since the hip.",  # quoted (rwJ)
    "Mae'r ferch, Nerys, yn cadw fy ngherdyn banc i a dipyn o'n arian i, ond fi ofynnodd iddi. Ges i ddiagnosis o "
    "ddementia cynnar llynedd a dwi'n anghofio PIN a ballu.",  # quoted (rwS)
    "Mae fy mab yn cadw fy ngherdyn banc achos dw i'n ei golli o o hyd. Mae o'n mynd drwy'r cyfriflen efo fi bob dydd "
    "Sul.",
    "My daughter keeps my bank card because I asked her to, I can't get to the bank now.",
]

#: The same words with the card kept against the person, or a harm beside the card: still urgent.
CARD_TAKEN = [
    "he keeps my bank card and won't give it back, I haven't seen my pension for weeks",
    "my son keeps my bank card because he says I'd only waste it, I have to beg him for a fiver",
    "my daughter has my bank card and does my shopping but keeps the change and I never see my pension",
    "mae o'n cadw fy ngherdyn banc a dydi o ddim yn rhoi dim i mi",
    "mae'r mab yn cadw fy ngherdyn banc achos medda fo mod i'n gwastraffu pres, rhaid i mi ofyn iddo fo am bob ceiniog",
    # the guard must not swallow a harm told between the card and "I asked him"
    "mae o'n cadw fy ngherdyn banc a mae o'n fy nharo i, a fi ofynnodd iddo fo stopio",
    "he keeps my bank card because i asked him to stop hitting me and he laughed",
]


@pytest.mark.parametrize("text", CARD_KEPT_AS_HELP)
def test_a_card_kept_as_help_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", CARD_TAKEN)
def test_a_card_kept_against_the_person_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"
