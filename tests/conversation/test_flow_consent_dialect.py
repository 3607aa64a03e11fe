"""Consent in dialect (stop 20, dev_flow): "go 'ed" (north-east Wales / Merseyside "go ahead") was not
understood three times and the conversation ended at the start; its Welsh twins "cerwch amdani" / "dos amdani"."""
from __future__ import annotations

import pytest

from bot.analysis.controls import consent_in, yes_or_no
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

YES = {"en": ["go 'ed", "go ed", "go'ed", "go head"], "cy": ["cerwch amdani", "dos amdani", "cer amdani"]}


@pytest.mark.parametrize("text", [t for texts in YES.values() for t in texts])
def test_read_as_yes(text: str) -> None:
    assert yes_or_no(text) is True and consent_in(text) is True


@pytest.mark.parametrize("language,text", [("en", "go 'ed"), ("cy", "cerwch amdani")])
def test_at_the_consent_question_the_questions_begin(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("flow-consent", language, text), language)
    dialogue.say(text)
    assert dialogue.asking == "role"
