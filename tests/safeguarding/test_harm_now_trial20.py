"""Someone breaking in now, or an overdose taken within hours, gets "call 999 now" first (stop-20 trial T31, T32).

"please help. hes here now kicking the door in, ive locked myself in the bathroom with the baby" and its
southern Welsh twin got the ordinary urgent reply, with 999 as one bullet beside the Samaritans. Locked
*out*, hiding the tablets, hiding at work from the fear of going home, or a door kicked "when he's had a
drink" (not said to be now) are not "now"; the last two stay urgent all the same.

"took a whole pack of paracetamol like half an hour ago" / "wi 'di llyncu pacyn cyfan o paracetamol hanner awr yn
ol" got the ordinary reply too: an overdose taken earlier today is an emergency however the person feels. Last week,
years ago, or the usual tablets this morning are not.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

TRIAL = {
    "en": "please help. hes here now kicking the door in, ive locked myself in the bathroom with the baby",
    "cy": "plis helpwch. ma fe 'ma nawr a ma fe'n cico'r drws, wi wedi cloi'n hunan yn y bathrwm gyda'r babi",
}
NOW = [
    *TRIAL.values(),
    "he's outside kicking the door now",
    "mae o tu allan rwan yn cicio'r drws",
    "hes banging on the front door rn, im hiding in the bedroom",
    "ma fe tu fas nawr yn bangio ar y drws",
    "I've barricaded myself in the back bedroom, he's smashing the window",
    "dw i wedi cloi fy hun yn y llofft efo'r plant, mae o'n malu'r drws",
    "im hiding in my room rn hes going mental",
    "dwi'n cuddio yn y cwpwrdd rwan, mae o adra",
]
OVERDOSE = {
    "en": "took a whole pack of paracetamol like half an hour ago",
    "cy": "wi 'di llyncu pacyn cyfan o paracetamol hanner awr yn ol",
}
OVERDOSE_NOW = [
    *OVERDOSE.values(),
    "i took all my pills earlier tonight",
    "I took 20 paracetamol a couple of hours ago",
    "nes i gymryd llwyth o dabledi gynna",
    "dw i wedi cymryd bocs cyfan o dabledi cysgu bore ma",
    "I had an overdose a few hours ago",
]
OVERDOSE_NOT_NOW = [
    "I took an overdose 2 years ago",
    "took a whole pack of paracetamol last week",
    "Nes i gymryd gorddos llynedd",
    "I took my usual tablets this morning",
    "took 2 paracetamol today for my back",
    "nes i gymryd fy nhabledi bore ma",
]
NOT_NOW = [
    "Dw i wedi cloi fy hun allan o'r car yn Tesco",    # locked out
    "I locked myself out of the house again",
    "Dw i'n cuddio'r tabledi cysgu yn fy mag",         # hiding a thing, not oneself
    "he used to kick the door in when he'd had a drink",
    "mae o'n cicio'r drws pan mae o 'di meddwi",        # said of when he drinks, not now
    "Dwi'n cuddio yn y tŷ bach yn y gwaith achos dwi ofn mynd adre ato fe",
    "I locked myself in the bathroom when I was little",
    "Best to visit when my wife's home, she's here all day Friday",
]


@pytest.mark.parametrize("text", OVERDOSE_NOW)
def test_an_overdose_taken_within_hours_is_now(text: str) -> None:
    assert happening_now(text)


@pytest.mark.parametrize("text", OVERDOSE_NOT_NOW)
def test_an_old_overdose_or_the_usual_tablets_are_not_now(text: str) -> None:
    assert not happening_now(text)


@pytest.mark.parametrize("text", NOW)
def test_someone_breaking_in_now_is_now(text: str) -> None:
    assert happening_now(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_locked_out_hidden_things_and_habits_are_not_now(text: str) -> None:
    assert not happening_now(text)


@pytest.mark.parametrize("text", [*TRIAL.values(), *OVERDOSE.values()])
def test_the_disclosures_stay_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


def test_a_habit_the_model_alone_reads_reaches_the_duty_team_as_please_check() -> None:
    """Stop 24: not happening now, and read by the learned model alone below the bar where it is sure: a concern the
    duty team is asked to read and decide on ("please check"), no longer the urgent reply."""
    reading = assess_risk("mae o'n cicio'r drws pan mae o 'di meddwi")
    assert (reading.level, reading.please_check) == ("concern", True)


def _at_questions(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"breakin-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "self", "completed_by": "person",
                               "name": "Siân", "register": "chi"})
    conversation.start()
    return conversation


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("trial", [TRIAL, OVERDOSE])
def test_the_trial_messages_get_call_999_now_first(sqlite_url: str, language: str, trial: dict[str, str]) -> None:
    conversation = _at_questions(language)
    conversation.say(trial[language])
    assert conversation.text.startswith(messages.text("urgent_now", language))
