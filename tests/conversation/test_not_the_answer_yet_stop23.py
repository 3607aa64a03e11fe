"""Stop-23 trial recheck: two messages that say they are not the answer were stored as answers. W7: "Before I answer,
who actually reads this? Is it going to end up on Mum's file for everyone to see? ..." (the question then never asked);
W26: an 84-year-old back from the kitchen, "sori, lle oeddan ni? dwi 'di bod yn gneud panad". Each is kept aside,
answered, and the question comes again."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.retention import current_policy
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _at_question, _sender

BEFORE_ANSWERING = [
    ("en", "Before I answer, who actually reads this? Is it going to end up on Mum's file for everyone to see? I don't "
           "want it saying I said she's suicidal"),  # the trial's own words
    ("cy", "Cyn i fi ateb, pwy sy'n darllen hwn? Ydy o'n mynd i fod ar ffeil Mam i bawb ei weld?"),
]
BACK = [("cy", "sori, lle oeddan ni? dwi 'di bod yn gneud panad"),  # the trial's own words
        ("en", "sorry, where were we? I've been making a cuppa")]


def _kept_as(sender: str, text: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [a.question_key for a in conv.answers if a.text == text]


@pytest.mark.parametrize("language,text", BEFORE_ANSWERING)
def test_a_question_before_answering_is_answered_and_the_question_comes_again(sqlite_url: str, language: str,
                                                                             text: str) -> None:
    sender = _sender("w7-before", language)
    dialogue = _at_question(sender, language, "q_support")
    said = dialogue.say(text)
    assert dialogue.asking == "q_support"
    assert _kept_as(sender, text) == []  # not their answer (an aside is kept only by the form's own path)
    policy = current_policy()
    assert messages.text("how_long_kept", language, "chi", kept_days_after_visit=policy.after_visit_days,
                         kept_days_unsent=policy.unconfirmed_days) in said


@pytest.mark.parametrize("language,text", BACK)
def test_back_from_the_kitchen_is_not_an_answer(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("w26-back", language)
    dialogue = _at_question(sender, language, "q_keep")
    dialogue.say(text)
    assert dialogue.asking == "q_keep"
    assert "keep" not in _kept_as(sender, text)
