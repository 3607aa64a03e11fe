"""Stop-23 trial W21 and W26: asking to stop and come back later, the way the assistant itself invites ("you can stop and
come back later"), was a duty alert: "stop for now please, I'll come back tonight" urgent homelessness and "stopio am
rwan plis, na i ddod nol heno" urgent suicide, both the learned model alone. A message that steers the conversation
(stop, a break, start again, a language) is read by the risk rules only; harm the rules read in it stays urgent."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.analysis.controls import control_of, steers_not_discloses
from bot.conversation.safety import read_risk
from bot.nlu.signals import ConversationSignals

STOPS = [
    "stop for now please, I'll come back tonight",  # the trial's own words
    "stopio am rwan plis, na i ddod nol heno",  # the trial's own words
    "can we stop for now please, I'll come back tonight",
    "I'll come back tonight",
    "sorry, stop please. I'll come back after tea",
    "stopio plis, wna i ddod yn ol ar ol te",
    "na i ddod nol pnawn ma",
]
#: Questions about the conversation itself (W26, W8 addendum), each with an everyday remark on the way.
ABOUT_IT = [
    "sori, lle oeddan ni? dwi 'di bod yn gneud panad",  # the trial's own words
    "sorry, where were we? I've been making a cuppa",
    "who actually reads this? and will someone ring me after?",
    "pwy sy'n darllen hwn? a fydd rhywun yn ffonio fi wedyn?",
    "how long till someone gets in touch?",
    "faint o amser nes bydd rhywun yn cysylltu?",
]
#: Harm said with a stop or a question about the conversation: the rules read it, and it is urgent as anywhere.
DISCLOSURES = [
    "stop please, he's hitting me",
    "stopio plis, mae o'n fy nharo i",
    "where were we? i took all my tablets an hour ago",
    "lle oeddan ni? mae o wedi fy nharo i eto neithiwr",
]
ANSWERS = [
    "he'll come back tonight if the carers don't turn up",
    "Stop the carers coming at 7, it's too early for her",
    "mae hi'n dod nol heno",
]


@pytest.fixture(scope="module")
def signals() -> ConversationSignals:
    return ConversationSignals()


def _intent(signals: ConversationSignals, text: str) -> str | None:
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    signals.process([message])
    return (message.get("intent") or {}).get("name")


@pytest.mark.parametrize("text", STOPS)
def test_stopping_for_now_is_a_stop_not_a_disclosure(signals: ConversationSignals, text: str) -> None:
    assert control_of(text) == ("stop", None)
    assert steers_not_discloses(text)
    assert read_risk(text).level == "none"
    assert _intent(signals, text) == "stop"


@pytest.mark.parametrize("text", ABOUT_IT)
def test_a_question_about_the_conversation_is_not_a_disclosure(signals: ConversationSignals, text: str) -> None:
    assert steers_not_discloses(text)
    assert read_risk(text).level == "none"
    assert _intent(signals, text) != "disclose_risk"


@pytest.mark.parametrize("text", DISCLOSURES)
def test_harm_said_with_a_stop_is_still_urgent(signals: ConversationSignals, text: str) -> None:
    assert not steers_not_discloses(text)
    assert read_risk(text).level == "urgent"
    assert _intent(signals, text) == "disclose_risk"


@pytest.mark.parametrize("text", ANSWERS)
def test_coming_back_and_stopping_in_an_answer_are_answers(text: str) -> None:
    assert control_of(text) is None
    assert not steers_not_discloses(text)


@pytest.mark.parametrize("text", ["o na, sori, ga i ddechrau eto? dwi 'di ateb y peth anghywir",  # W28's own words
                                  "oh no sorry, can we start again? I answered the wrong one"])
def test_start_again_asked_with_why_after_it_is_a_fresh_start(signals: ConversationSignals, text: str) -> None:
    """Stop-23 trial W28: it was kept as the answer to the next question."""
    assert control_of(text) == ("start_again", None)
    assert _intent(signals, text) == "start_again"


@pytest.mark.parametrize("text", ["can I start again with the choir? that would be nice",
                                  "alla i ddechrau eto efo'r côr? fysa hynna'n braf"])
def test_starting_something_again_is_an_answer(text: str) -> None:
    assert control_of(text) is None
