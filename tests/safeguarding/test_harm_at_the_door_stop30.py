"""Someone trying to get in at the person now is urgent, with "call 999 now" first (stop 30, issue 11).

On main "he's outside kicking the door now" read as none, and the stop-20 trial's Welsh "ma fe 'ma nawr a ma fe'n
cico'r drws, wi wedi cloi'n hunan yn y bathrwm gyda'r babi" was urgent only through the learned model at p 0.61. Kicking,
banging on, smashing or trying the door or window, "trying to get in", or at the door with the door locked against them
is harm happening now, in both languages. A stuck door, a ball, "kicking the door in" at work, a delivery driver, the
wind, a child's tantrum, a dog, or a door kicked "when he's had a drink" (not said to be now) are not urgent.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from tests.conversation.memory import started

_senders = itertools.count(1)

AT_THE_DOOR = {
    "en": "he's outside kicking the door now",
    "cy": "ma fe'n bangio'r drws",
}
URGENT_NOW = [
    *AT_THE_DOOR.values(),
    "hes outside banging on the door",
    "he's trying to get in",
    "hes trying to get in through the window rn",
    "he is trying the door handle, ive locked it",
    "hes smashing the window trying to get in",
    "my ex is outside banging on the door screaming",
    "my ex is at the door trying the handle, I've locked it",
    "plis helpwch. ma fe 'ma nawr a ma fe'n cico'r drws, wi wedi cloi'n hunan yn y bathrwm gyda'r babi",
    "mae o tu allan yn cicio'r drws",
    "ma fe'n bangio ar y drws nawr",
    "wi'di cloi'r drws a ma fe tu fas",
    "dwi wedi cloi'r drws, mae o'n dyrnu'r ffenest",
    "ma fe tu fas yn trial dod miwn",
    "ma fe'n trio torri miwn",
    "mae o wrth y drws yn dyrnu, dwi di cloi'r drws",
]
LOOK_ALIKES = [
    "the front door is stuck, I had to kick it to open it",
    "mae'r drws ffrynt yn sownd",
    "the kids were kicking the ball against the door all day",
    "we were kicking the ball against the garage door",
    "he's kicking the door in at work, smashing his targets",
    "I'm kicking the door in at my new job",
    "the delivery driver was banging on the door",
    "the wind is banging the back door all night",
    "ma'r gwynt yn bangio'r drws",
    "my son kicked his bedroom door in a tantrum",
    "he kicked the door in a tantrum",
    "the dog keeps scratching at the door trying to get in",
    "ma'r ci yn crafu'r drws isie dod miwn",
    "shes trying to get in to university",
    "mae o'n trio dod i mewn i'r coleg",
    "he used to kick the door in when he'd had a drink",
]


@pytest.mark.parametrize("text", URGENT_NOW)
def test_someone_trying_to_get_in_now_is_urgent_and_now(text: str) -> None:
    assert assess_risk(text).level == "urgent"
    assert happening_now(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_doors_that_are_no_one_trying_to_get_in_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level == "none"


def test_a_door_kicked_when_he_drinks_is_not_told_as_now() -> None:
    """Said of when he drinks, not now: still read (please check), never "call 999 now"."""
    text = "mae o'n cicio'r drws pan mae o 'di meddwi"
    assert not happening_now(text)
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_someone_at_the_door_gets_call_999_now_first(sqlite_url: str, language: str) -> None:
    conversation = started(f"door-{language}-{next(_senders)}", language, role="person", name="Siân")
    conversation.say(AT_THE_DOOR[language])
    assert conversation.text.startswith(messages.text("urgent_now", language))
