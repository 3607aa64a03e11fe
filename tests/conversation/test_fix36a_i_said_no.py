""""I said no." typed alone as an answer (closing35, fix35b's note): a complaint that consent was taken wrongly only
when the yes in fact came after a "no"; said by someone who said yes at once, it is their answer, kept as typed.

After a "no" and a later yes ("nah", then "actually ok"), "I said no." is heard as the complaint (sorry, cleared,
stopped: tests/conversation/test_fix35b_consent_after_no.py has the trial's longer words).
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent

SAID_NO = {"en": ["I said no.", "i said no!!"], "cy": ["Nes i ddeud na.", "wnes i ddweud na"]}
CASES = [(language, words) for language, said in SAID_NO.items() for words in said]
FIRST_ANSWER = {"en": "I'd like to get out to the shops more", "cy": "dw i isio mynd i'r siopau yn amlach"}


def _at_a_question(dialogue: Dialogue, language: str) -> None:
    """Past who is talking and their name, the first question answered: a later question waits."""
    dialogue.say("me" if language == "en" else "fi")
    while dialogue.asking in ("name", "role"):
        dialogue.say("Sam")
    assert dialogue.asking is not None and dialogue.asking.startswith("q_"), dialogue.asking
    dialogue.say(FIRST_ANSWER[language])
    assert dialogue.asking is not None and dialogue.asking.startswith("q_"), dialogue.asking


def _answers(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.text for a in conv.answers]


@pytest.mark.parametrize("language, said_no", CASES)
def test_i_said_no_after_a_yes_at_once_is_an_answer(sqlite_url: str, language: str, said_no: str) -> None:
    dialogue = _at_consent(_sender("fix36a-said-no-answer", language, said_no), language)
    dialogue.say("yes" if language == "en" else "ia")
    _at_a_question(dialogue, language)
    asked = dialogue.asking
    reply = dialogue.say(said_no)
    assert messages.text("consent_taken_sorry", language) not in reply
    assert messages.text("declined", language) not in reply
    record = dialogue.record()
    assert record.consent is True and record.status == "in_progress"
    assert _answers(dialogue.sender) == [FIRST_ANSWER[language], said_no]  # kept as typed, nothing cleared
    assert dialogue.asking != asked  # the next question follows


@pytest.mark.parametrize("language, said_no", CASES)
def test_i_said_no_after_a_yes_that_followed_a_no_is_the_complaint(sqlite_url: str, language: str,
                                                                   said_no: str) -> None:
    dialogue = _at_consent(_sender("fix36a-said-no-complaint", language, said_no), language)
    dialogue.say("nah" if language == "en" else "na")
    dialogue.say("actually ok" if language == "en" else "ia, cewch")
    assert dialogue.record().consent is True
    _at_a_question(dialogue, language)
    reply = dialogue.say(said_no)
    assert messages.text("consent_taken_sorry", language) in reply
    assert dialogue.asking is None
    record = dialogue.record()
    assert record.status == "declined" and record.consent is False
    assert _answers(dialogue.sender) == []
