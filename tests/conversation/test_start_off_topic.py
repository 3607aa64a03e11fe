"""What looked off-topic while a question waits is the answer, unless it asks the assistant something (issue 11)."""
from __future__ import annotations

import pytest

from bot.conversation import steering
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _at(sender: str, language: str, slot: str) -> MemoryConversation:
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("odi" if language == "cy" else "ye")
    conversation.say("fi" if language == "cy" else "me")
    conversation.say("Megan")
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.slots["requested_slot"] = slot  # as Rasa's form holds it
    return conversation


@pytest.mark.parametrize("language,slot,text", [
    ("en", "q_keep", "the nurse coming"), ("en", "q_anything_else", "buzzer dont work. text me when youre outside"),
    ("cy", "q_keep", "sadyrnau efo Non"), ("cy", "q_anything_else", "ma'r gloch drws wedi torri, tecstiwch fi"),
])
def test_an_answer_is_kept(sqlite_url: str, language: str, slot: str, text: str) -> None:
    sender = f"mem-offtopic-{language}-{slot}"
    conversation = _at(sender, language, slot)
    assert steering.off_topic_answer(MemoryTurn(conversation, text, intent="out_of_scope")) == {slot: text}
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [a.text for a in conv.answers] == [text]


@pytest.mark.parametrize("language,text", [("en", "what's the weather like"), ("en", "who are you to tell me that?"),
                                           ("cy", "pwy wyt ti isio weld?"), ("cy", "beth ydi'r tywydd fory")])
def test_a_question_to_the_assistant_gets_the_redirect(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at(f"mem-offtopic-ask-{language}-{abs(hash(text))}", language, "q_keep")
    assert steering.off_topic_answer(MemoryTurn(conversation, text, intent="out_of_scope")) is None


@pytest.mark.parametrize("language,text", [("en", "are you a robot?"), ("en", "is this a real person?"),
                                           ("en", "who are you?"), ("en", "what are u exactly"),
                                           ("cy", "ydych chi'n berson go iawn?"), ("cy", "pwy wyt ti?"),
                                           ("cy", "Beth ydych chi felly?")])
def test_a_question_about_the_assistant_gets_the_honest_answer_not_the_redirect(sqlite_url: str, language: str,
                                                                                 text: str) -> None:
    """Read by the NLU as off-topic, a question about what the assistant is still gets the honest answer (a program,
    not a person; who reads the answers, and when), then the same question again (stop 30: "are you a robot?" got "I
    can't answer that one")."""
    from bot import messages

    conversation = _at(f"mem-offtopic-about-{language}-{abs(hash(text))}", language, "q_keep")
    turn = MemoryTurn(conversation, text, intent="out_of_scope")
    assert steering.off_topic_answer(turn) == {"q_keep": None}  # not their answer: the question again
    assert messages.text("about_assistant", language, "chi", "person") in [m.text for m in conversation.said]
