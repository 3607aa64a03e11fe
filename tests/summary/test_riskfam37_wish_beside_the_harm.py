"""Trial 35 AK5, left at stop 36: "somewhere to live before friday!! and my PA to actually ring back when she says she
will. and dont put me in a hostel in cardiff…", added to a homelessness alert, lost "my PA to actually ring back…" as
the harm: the learned reader found that sentence the most urgent-sounding, though it tells of no harm; and an answer
added to an alert by its thread alone ("like i told you before. and my PA to ring back…") lost every outcome in the summary.
Now the harm is the sentence that tells most of the harm found, and an answer that is harm by its thread only keeps
its wishes said outright that read no risk; the disclosure stays in the safeguarding section only. Through the
conversation core with SQLite and the summary, the trial's words and Welsh twins.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.safeguarding.harm import wishes_apart_from_harm
from bot.summary import render
from bot.summary.record import outcomes_of_the_harm
from tests.summary.test_fix35c_trial35 import play

#: (the answer, the helper's wish that is theirs, the sentence that tells of the harm)
HOMELESS = {
    "en": ("somewhere to live before friday!! and my PA to actually ring back when she says she will. and dont put me "
           "in a hostel in cardiff, all my mates and college are here",  # the trial's words
           "my PA to actually ring back when she says she will.", "hostel"),
    "cy": ("angen rhywle i fyw cyn dydd Gwener!! a fy PA i ffonio nôl fel mae hi'n addo. a dim hostel yng Nghaerdydd "
           "plis, mae fy mêts a'r coleg i gyd yma", "fy PA i ffonio nôl fel mae hi'n addo.", "hostel"),
}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_what_a_helper_should_do_beside_the_harm_is_still_a_process_outcome(sqlite_url: str, lang: str) -> None:
    text, wish, harm = HOMELESS[lang]
    record = play(f"riskfam37-ak5-{lang}", lang, "person", {"change": text})
    outcomes = {o["text"]: o["type"] for o in record["outcomes"]}
    assert outcomes.get(wish) == "process", outcomes
    assert not any(harm in o for o in outcomes), outcomes  # the harm: in the safeguarding section only
    assert wish in render.render_markdown(record, lang)


#: Read as no harm on their own: harm only because they go back to a disclosure told before (added to its alert).
BY_THE_THREAD = {
    "en": ("like i told you before. and my PA to actually ring back when she says she will",
           "my PA to actually ring back when she says she will"),
    "cy": ("mae o wedi gwneud o eto. a fy PA i ffonio nôl fel mae hi'n addo", "fy PA i ffonio nôl fel mae hi'n addo"),
}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_an_answer_added_to_an_alert_keeps_its_wishes_said_outright(lang: str) -> None:
    text, wish = BY_THE_THREAD[lang]
    pieces = [(o.start, o.end) for o in analyse(text, question="change").outcomes]
    kept = [text[a:b] for (a, b), keep in zip(pieces, wishes_apart_from_harm(text, pieces), strict=True) if keep]
    assert kept == [wish]
    outcomes = [{"answer_id": 1, "text": text[a:b]} for a, b in pieces]
    hidden = outcomes_of_the_harm(outcomes, {1: text})
    assert [o["text"] for o in outcomes if id(o) not in hidden] == [wish]


#: The harm itself, beside a wish, stays the harm however it is added.
HARM_AND_WISH = {"en": "he hits me when hes drunk. and my PA to actually ring back when she says she will",
                 "cy": "mae o'n fy nharo i pan mae o wedi meddwi. a fy PA i ffonio nôl fel mae hi'n addo"}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_disclosure_beside_the_wish_is_never_an_outcome(lang: str) -> None:
    text = HARM_AND_WISH[lang]
    pieces = [(o.start, o.end) for o in analyse(text, question="change").outcomes]
    kept = [text[a:b] for (a, b), keep in zip(pieces, wishes_apart_from_harm(text, pieces), strict=True) if keep]
    assert not any("drunk" in k or "meddwi" in k for k in kept), kept
