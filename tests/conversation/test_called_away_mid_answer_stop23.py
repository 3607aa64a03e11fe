"""Stop-23 trial W21 (its second half): "His music, his bowls, his independence. He wants to stay in his bungalow.
Sorry the doorbell's going, can we finish this later?" was taken as the answer and the next question asked at once.
An answer whose last sentence asks to stop is kept, verbatim, as the answer to the question waiting; then the
conversation stops, and they come back to the next question."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot import messages
from bot.analysis.controls import ends_with_a_stop
from bot.conversation import steering
from bot.nlu.signals import ConversationSignals
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_tone_stop22 import _at

ANSWERS = {
    "en": "His music, his bowls, his independence. He wants to stay in his bungalow. Sorry the doorbell's going, can we "
          "finish this later?",  # the trial's own words
    "cy": "Ei fiwsig, ei fowlio, ei annibyniaeth. Mae o isio aros yn ei fyngalo. Sori, ma rhywun wrth y drws, na i ddod "
          "nol wedyn.",
}


@pytest.mark.parametrize("text", ANSWERS.values())
def test_an_answer_ending_with_a_stop_is_read(text: str) -> None:
    assert ends_with_a_stop(text)
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    ConversationSignals().process([message])
    assert (message.get("intent") or {}).get("name") == "stop"


@pytest.mark.parametrize("text", ["He wants to stay in his bungalow. He comes back later on Tuesdays.",
                                  "I'll come back to this later", "Mae o isio aros adra. Mae hi'n dod nol wedyn.",
                                  "sori gorfod mynd ma Cai yn llefen. alla i neud y gweddill wedyn?"])  # all a stop
def test_one_sentence_or_coming_back_in_an_answer_is_not(text: str) -> None:
    assert not ends_with_a_stop(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_answer_is_kept_then_the_conversation_stops(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "carer", "q_what_matters", "w21b")
    text = ANSWERS[language]
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    kept = steering.stop(turn)  # as action_stop
    assert kept.get("q_what_matters") == text
    assert messages.text("stopped", language, "chi", "carer") in "\n".join(m.text for m in conversation.said)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"
        assert [a.text for a in conv.answers if a.question_key == "what_matters"] == [text]
