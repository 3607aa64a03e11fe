"""Derailments, stop 28 (issue 11).

- The retired test set (en-textspeak-person-21): "y" to "is it OK for me to write down your answers?" was not
  understood, twice, and the conversation ended at the start (a loop, every question never asked, no name). "y" on its
  own is yes, as "n" on its own is no, in either language.

Through the conversation core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.controls import consent_in, yes_or_no
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

# --- "y" is yes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["y", "Y", "yy", "y!", "Y 👍"])
def test_y_on_its_own_is_yes(text: str) -> None:
    assert yes_or_no(text) is True and consent_in(text) is True


@pytest.mark.parametrize("text", ["y the", "Y mae hi'n iawn?", "y garden"])
def test_y_starting_words_is_not_a_yes(text: str) -> None:
    assert yes_or_no(text) is None


@pytest.mark.parametrize("language", ["cy", "en"])
def test_y_at_the_consent_question_begins_the_questions(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("derail28-y", language, "y"), language)
    dialogue.say("y")
    assert dialogue.asking == "role"
