"""Stop-27 trial X4: "I am sorry I have only few minutes now, she is calling me. Can I stop and come back later?" at
"what is going well?" was kept as the answer ("Thank you, I've noted that."), shown under "Strengths", and after coming
back that question was never asked. Why they must go, then asking to stop, is a stop and nothing else: no answer kept,
and the question waits for them. Through the conversation core, Welsh and English; the words are fictional."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.controls import control_of, ends_with_a_stop
from bot.conversation import steering
from bot.conversation.safety import note_risk, read_risk
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_disclosure_path import _answers
from tests.conversation.test_stop_and_come_back_trial26 import _intent
from tests.conversation.test_tone_stop22 import _at

LEAVING = {"en": "I am sorry I have only few minutes now, she is calling me. Can I stop and come back later?",
           "cy": "sori, dim ond cwpl o funudau sgen i, mae hi'n galw. Ga i ddod nôl wedyn?"}


@pytest.mark.parametrize("text", [*LEAVING.values(), "only got 5 mins, the baby's crying. can I finish this later?"])
def test_a_reason_to_go_then_a_stop_is_a_stop(text: str) -> None:
    assert control_of(text) == ("stop", None)
    assert not ends_with_a_stop(text)  # nothing before the stop is an answer


def test_an_answer_then_a_stop_keeps_the_answer() -> None:
    text = "Her music matters, and the chapel on a Sunday. Sorry she is calling me. Can I stop and come back later?"
    assert control_of(text) is None and ends_with_a_stop(text)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_conversation_stops_and_nothing_is_kept(sqlite_url: str, language: str) -> None:
    """As the stop action (steering.stop) takes the turn: no answer kept, no slot filled, so after coming back the
    question is asked (stop-26 trial W1's path, tests/conversation/test_stop_and_come_back_trial26.py)."""
    text = LEAVING[language]
    assert _intent(text) == "stop"  # Rasa's NLU routes it to the stop
    conversation = _at(language, "carer", "q_strengths", "x4")
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    assert note_risk(turn).level == "none"
    assert steering.stop(turn) == {}
    assert messages.text("stopped", language, "chi", "carer") in "\n".join(m.text for m in conversation.said)
    assert not [words for key, words, _ in _answers(conversation.sender_id) if key == "strengths"]


#: An answer, then asking to stop, in a short message (stop 27: the whole was read as a stop and the answer was lost).
ANSWER_THEN_STOP = {"en": "He likes his garden and his dog. Can I stop and come back later?",
                    "cy": "Mae o'n hoffi ei ardd a'i gi. Ga i ddod nôl wedyn?"}


@pytest.mark.parametrize("text", ANSWER_THEN_STOP.values())
def test_a_short_answer_before_a_stop_is_kept(text: str) -> None:
    assert control_of(text) is None  # not a stop and nothing else
    assert ends_with_a_stop(text)  # kept as the answer, then the conversation stops (steering.stop)
    assert read_risk(text).level == "none"


@pytest.mark.parametrize("text", ["sori gorfod mynd ma Cai yn llefen. alla i neud y gweddill wedyn?",
                                  "ok sorry. can I stop and come back later?", "The doorbell is going. brb"])
def test_all_about_stopping_is_still_a_stop(text: str) -> None:
    assert control_of(text) == ("stop", None)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_answer_is_kept_then_it_stops(sqlite_url: str, language: str) -> None:
    text = ANSWER_THEN_STOP[language]
    assert _intent(text) == "stop"  # Rasa's NLU: an answer, then a stop (bot.nlu.signals)
    conversation = _at(language, "carer", "q_strengths", "answer-then-stop")
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    assert note_risk(turn).level == "none"
    steering.stop(turn)
    assert [words for key, words, _ in _answers(conversation.sender_id) if key == "strengths"] == [text]
    assert messages.text("stopped", language, "chi", "carer") in "\n".join(m.text for m in conversation.said)
