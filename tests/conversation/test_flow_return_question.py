"""Coming back after "stop" with a question (stop-20 closing note): "what happens now? will someone ring me?" /
"beth fydd yn digwydd nawr?" got only "Croeso'n ôl… parhau neu ddechrau eto?". The question is answered first
(honestly: a program rings nobody; the council's social care team reads the answers; after a disclosure, the
safeguarding team's own words), then the choice to carry on or start again, with its buttons."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import steering
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role


def _stopped(sender: str, language: str) -> Dialogue:
    """Into the questions, then stopped, as Rasa's action_stop leaves it (the form off, paused)."""
    dialogue = _at_role(sender, language)
    dialogue.say("/choose{\"choice\":\"person\"}", intent="choose")
    dialogue.say("Sam")
    assert dialogue.asking == "q_what_matters"
    steering.stop(MemoryTurn(dialogue.conversation, "stop"))
    dialogue.in_form = False
    dialogue.slots["paused"] = True
    return dialogue


@pytest.mark.parametrize("language,text", [
    ("en", "what happens now? will someone ring me?"), ("cy", "beth fydd yn digwydd nawr?"),
    ("en", "hiya its me again, will someone call me"), ("cy", "helo eto. fydd rhywun yn ffonio fi?"),
    ("cy", "helo eto. be sy'n digwydd rwan?"), ("en", "hey its jay again from yesterday. what happens now?"),
])
def test_the_question_is_answered_before_the_choice(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _stopped(_sender("return-question", language, text), language)
    reply = dialogue.say(text)
    answer, welcome = messages.text("return_what_next", language), messages.text("welcome_back", language)
    assert answer in reply and welcome in reply
    assert reply.index(answer) < reply.index(welcome)
    assert [b.payload for b in dialogue.conversation.said[-1].buttons] == ["/continue_conversation", "/start_again"]


@pytest.mark.parametrize("language,text", [("en", "will my mum see this?"), ("cy", "fydd mam yn gweld hyn?")])
def test_who_sees_asked_on_return(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _stopped(_sender("return-who-sees", language, text), language)
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply and messages.text("welcome_back", language) in reply


@pytest.mark.parametrize("language,text", [("en", "hi I'm back"), ("cy", "helo, dwi nôl")])
def test_a_return_without_a_question_gets_the_choice_only(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _stopped(_sender("return-plain", language, text), language)
    reply = dialogue.say(text)
    assert reply == messages.text("welcome_back", language)


@pytest.mark.parametrize("language,text", [("en", "can we carry on? will someone ring me after?"),
                                           ("cy", "gawn ni barhau? fydd rhywun yn ffonio fi wedyn?")])
def test_carrying_on_with_a_question_answers_it_too(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _stopped(_sender("return-carry-on", language, text), language)
    reply = dialogue.say(text)
    assert messages.text("return_what_next", language) in reply
    assert dialogue.asking == "q_what_matters"
