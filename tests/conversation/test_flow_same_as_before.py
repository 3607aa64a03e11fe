"""After "start again", "same as before" / "fel o'r blaen" points at answers that were cleared (stop-20 trial T18: a
79-year-old carer's "same as before" became his wife's good-day answer and her important people, and the garden, her
sister and the scone he had first written were gone). Now he is told they were cleared, as he asked, and the question
comes again; without a restart the same words are an answer like any other."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.controls import points_back
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role

SAID = {"en": "same as before", "cy": "fel o'r blaen"}


def _at_what_matters(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Jean")
    assert dialogue.asking == "q_what_matters"
    return dialogue


def _answers(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.text for a in conv.answers]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_after_start_again_it_asks_again(sqlite_url: str, language: str) -> None:
    sender = _sender("same-as-before", language)
    dialogue = _at_what_matters(sender, language)
    dialogue.say("Her garden, her sister, a scone at the garden centre" if language == "en"
                 else "Ei gardd, ei chwaer, sgon yn y ganolfan arddio")
    dialogue.say("start again" if language == "en" else "dechrau eto")
    dialogue.say("/start_again", intent="start_again")  # their yes to "that clears every answer" (trial 37 AP9)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Jean")
    assert dialogue.asking == "q_what_matters"
    reply = dialogue.say(SAID[language])
    assert messages.text("cleared_tell_again", language) in reply
    assert dialogue.asking == "q_what_matters"
    assert SAID[language] not in _answers(sender)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_without_a_restart_it_is_an_answer(sqlite_url: str, language: str) -> None:
    sender = _sender("same-no-restart", language)
    dialogue = _at_what_matters(sender, language)
    dialogue.say(SAID[language])
    assert dialogue.asking != "q_what_matters"
    assert SAID[language] in _answers(sender)


@pytest.mark.parametrize("text", ["same as before", "Same as last time.", "like I said before", "fel o'r blaen",
                                  "run fath a cynt", "fel ddudes i gynna"])
def test_read_as_pointing_back(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize("text", ["I want things to stay the same as before", "same as before but she likes the radio",
                                  "dwi isio i bethau aros fel o'r blaen"])
def test_an_answer_that_says_it_is_not(text: str) -> None:
    assert not points_back(text)
