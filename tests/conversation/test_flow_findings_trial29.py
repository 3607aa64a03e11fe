"""Seventh trial flow findings (stop 29, issue 11), through the conversation core, in Welsh (north and south, text-speak)
and English, each with the trial's own words and a twin in the other language.

AA7: "sai moyn siarad am hynna" became an outcome (how a 16-year-old wants to be supported). AA8: "oh hang on he's
calling me, I'll have to come back to this later, sorry" got "OK, thank you for that." and the next question, and was
listed as how Phil wants help to be given.
"""
from __future__ import annotations

import hashlib

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot import messages
from bot.analysis.controls import control_of
from bot.conversation import steering
from bot.nlu.signals import ConversationSignals
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_tone_stop22 import _at


def _sender(*parts: object) -> str:
    return "mem-t29-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcome_texts(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in conv.outcomes] if conv else []


def _intent(text: str) -> str | None:
    """The intent the NLU pipeline's signals give the message, as Rasa would pass it to the form."""
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    ConversationSignals().process([message])
    return (message.get("intent") or {}).get("name")


#: AA7: not wanting to talk about what was asked, the whole message (the trial's, then twins).
REFUSALS = [("cy", "sai moyn siarad am hynna"), ("cy", "dwi'm isio siarad am hynna"), ("cy", "na, sa i moyn trafod e tbh"),
            ("cy", "well gen i beidio siarad am y peth"), ("en", "I don't want to talk about that"),
            ("en", "dont wanna talk about it"), ("en", "I'd rather not talk about that right now, sorry")]


@pytest.mark.parametrize("language, refusal", REFUSALS)
def test_a_refusal_to_talk_about_it_is_a_skip_never_an_outcome(sqlite_url: str, language: str, refusal: str) -> None:
    assert control_of(refusal) == ("skip", None) and _intent(refusal) == "skip"
    conversation = _at(language, "young_person", "q_support", "aa7", refusal)
    conversation.say(refusal, intent=_intent(refusal))
    assert messages.text("ack_skipped", language, "ti") in conversation.text
    assert conversation.slots.get("q_support") == "__skipped__"
    assert conversation.requested != "q_support"  # the next question
    assert refusal not in repository.answer_texts(conversation.sender_id)
    assert not any(refusal.lower() in o.lower() for o in _outcome_texts(conversation.sender_id))


@pytest.mark.parametrize("answer", ["I don't want to talk about it with strangers, just my mum",
                                    "dwi ddim isio siarad am y ffordd ma nhw'n siarad efo fi",
                                    "she doesn't want to talk about it"])
def test_the_same_words_saying_more_are_an_answer(answer: str) -> None:
    assert control_of(answer) is None


#: AA8: leaving for now, said in passing (the trial's, then twins in both languages).
LEAVING = [("en", "oh hang on he's calling me, I'll have to come back to this later, sorry"),
           ("en", "sorry mum needs me, ill come back to this"), ("en", "gtg, back later x"),
           ("en", "hang on he is shouting me, back in 10"), ("en", "I'll have to leave it there for now"),
           ("cy", "dwi'n gorfod mynd rŵan, na i orffen wedyn"), ("cy", "rhaid i fi fynd"),
           ("cy", "sori ma Mam yn galw fi, na i ddod nôl at hyn wedyn"), ("cy", "o aros ma hi'n galw, back later")]


@pytest.mark.parametrize("language, leaving", LEAVING)
def test_leaving_for_now_said_in_passing_is_the_stop(sqlite_url: str, language: str, leaving: str) -> None:
    assert control_of(leaving) == ("stop", None) and _intent(leaving) == "stop"
    conversation = _at(language, "carer", "q_support", "aa8", leaving)
    conversation.messages.append(leaving)
    kept = steering.stop(MemoryTurn(conversation, leaving, "stop"))  # as action_stop
    assert kept.get("q_support") is None  # the question waits for them to come back
    assert messages.text("stopped", language, "chi", "carer") in "\n".join(m.text for m in conversation.said)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"
    assert leaving not in repository.answer_texts(conversation.sender_id)
    assert not any("come back" in o or "nôl" in o for o in _outcome_texts(conversation.sender_id))


@pytest.mark.parametrize("answer", ["he came back later that day and was fine", "the carers come back later for tea",
                                    "he was back in 10 minutes", "Mae hi'n dod nol wedyn ar ôl te"])
def test_coming_back_told_of_someone_else_is_an_answer(answer: str) -> None:
    assert control_of(answer) is None
