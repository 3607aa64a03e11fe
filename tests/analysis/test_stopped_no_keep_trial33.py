"""Eleventh user trial (stop 33) AG8, the outcome part: "seeing my mates at the park" became a thing to keep, though
she went on "…goes mad if i see my mates so i dont really anymore". Something the answer says has stopped is not a
thing to keep (it may be a wish to change). The trial's words (fictional people), a Welsh twin, and a twin without
risk through the conversation core and SQLite.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis import analyse
from bot.conversation.questions import question_for
from bot.summary import load_record
from tests.conversation.memory import started_with_record

PRIOR = question_for("q_what_matters").outcome_prior  # type: ignore[union-attr]


@pytest.mark.parametrize("words, stopped", [
    ("honestly idk. good day is when i dont have anxiety and i can actually leave the flat. seeing my mates at the "
     "park. but my boyfriend checks my phone and goes mad if i see my mates so i dont really anymore",
     "seeing my mates at the park."),
    ("honestly sai'n gwbod. diwrnod da yw pan sdim anxiety da fi a fi'n gallu gadael y fflat. gweld fy ffrindie yn y "
     "parc. ond ma nghariad yn checko fy ffôn a mynd yn wallgo os fi'n gweld fy ffrindie so fi ddim rili rhagor",
     "gweld fy ffrindie yn y parc."),
    ("Mynd i'r côr ar nos Iau. Dw i ddim yn mynd bellach, mae'r bws wedi stopio.", "Mynd i'r côr ar nos Iau."),
    ("Going to choir on a Thursday night. I don't go to choir any more, the bus stopped.",
     "Going to choir on a Thursday night."),
])
def test_what_stopped_is_no_keep(words: str, stopped: str) -> None:
    types = {o.text: o.type for o in analyse(words, question=PRIOR).outcomes}
    assert types.get(stopped) == "change"


@pytest.mark.parametrize("words, kept", [
    ("Going to chapel on Sundays. I still go every week.", "Going to chapel on Sundays."),
    ("Keep going to the club. I don't want to stop now.", "Keep going to the club."),
    ("Cadw mynd i'r clwb. Dw i ddim isio stopio rhagor o bethau.", "Cadw mynd i'r clwb."),
    ("Being able to manage on my own for as long as I possibly can. My eyes are going and I can no longer read.",
     "Being able to manage on my own for as long as I possibly can."),  # another thing stopped, not this one
])
def test_what_goes_on_is_still_kept(words: str, kept: str) -> None:
    types = {o.text: o.type for o in analyse(words, question=PRIOR).outcomes}
    assert types.get(kept) == "maintenance"


def _sender(*parts: object) -> str:
    return "mem-f33c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language, words, stopped", [
    ("en", "seeing my mates at the park. but we moved flats and i dont see my mates really anymore",
     "seeing my mates at the park."),
    ("cy", "gweld fy ffrindie yn y parc. ond ni di symud fflat a fi ddim yn gweld fy ffrindie rili rhagor",
     "gweld fy ffrindie yn y parc."),
])
def test_through_the_core(sqlite_url: str, language: str, words: str, stopped: str) -> None:
    conversation = started_with_record(_sender("ag8", language), language, role="person", name="Jess")
    assert conversation.requested == "q_what_matters"
    conversation.say(words)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [o["type"] for o in record["outcomes"] if o["text"] == stopped] == ["change"]
