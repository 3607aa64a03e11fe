"""Third trial W1 (blocker): Bethan, a carer, typed "sorry got to go, the paperwork is killing me and dad needs his
tea. can I stop and come back later?" and then "no I meant I have to stop now, can I come back later". Both times she
was thanked for telling, told a person on the team would read it, given 999, and asked the next question: two "please
check" flags labelled homelessness and two duty alerts. Only the bare word "stop" worked.

Asking to stop now and come back, in either language and in the colloquial ways people write it, goes the way "stop"
goes (steering.stop): nothing kept as an answer, no flag, no alert. A disclosure in the same message still wins."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot import messages
from bot.analysis.controls import control_of
from bot.conversation import steering
from bot.conversation.safety import note_risk, read_risk
from bot.nlu.signals import ConversationSignals
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_tone_stop22 import _at

#: The trial's own words first, then the same in Welsh and in the colloquial forms (chi and ti alike: the words are
#: the person's, the register only the reply's).
STOPS = {
    "en": ["sorry got to go, the paperwork is killing me and dad needs his tea. can I stop and come back later?",
           "no I meant I have to stop now, can I come back later",
           "can I stop and come back later?", "gotta go", "can we finish this later", "I have to stop now"],
    "cy": ["rhaid i fi fynd, ga i ddod nôl wedyn?", "na i orffen o wedyn", "stopio am rwan",
           "sori rhaid i fi fynd, ma dad isio'i de. ga i stopio a dod nôl wedyn?", "ga i ddod nôl fory?"],
}
ALL_STOPS = [(language, text) for language, texts in STOPS.items() for text in texts]


def _intent(text: str) -> str | None:
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    ConversationSignals().process([message])
    return (message.get("intent") or {}).get("name")


@pytest.mark.parametrize("language,text", ALL_STOPS)
def test_asking_to_stop_and_come_back_is_a_stop(language: str, text: str) -> None:
    assert control_of(text) == ("stop", None)
    assert _intent(text) == "stop"
    assert read_risk(text).level == "none"  # what the core stores and answers


@pytest.mark.parametrize("text", ["I want to stop worrying about Mam", "He can't stop and come back later, he works",
                                  "Dw i isio stopio smocio", "She has to stop driving, the doctor said"])
def test_stopping_something_else_is_an_answer(text: str) -> None:
    assert control_of(text) is None


@pytest.mark.parametrize("text", ["sorry got to go, he hit me again last night. can I stop and come back later?",
                                  "rhaid i fi fynd, mae o wedi fy nharo i eto. ga i ddod nôl wedyn?"])
def test_a_disclosure_in_the_same_message_still_wins(text: str) -> None:
    assert read_risk(text).level == "urgent"
    assert _intent(text) == "disclose_risk"


@pytest.mark.parametrize("language,text", ALL_STOPS)
@pytest.mark.parametrize("role", ["carer", "young_person"])
def test_the_conversation_stops_with_no_flag_and_nothing_kept(sqlite_url: str, language: str, text: str,
                                                              role: str) -> None:
    conversation = _at(language, role, "q_what_matters", "w1", abs(hash(text)))
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    assert note_risk(turn).level == "none"  # as every action of the turn reads the message first
    assert steering.stop(turn) == {}
    said = "\n".join(m.text for m in conversation.said)
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("stopped", language, register, role if role == "carer" else None) in said
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"
        assert conv.risk_flags == []
        assert [a.text for a in conv.answers if a.question_key == "what_matters"] == []
