"""The conversation core's tests: every duty alert the core starts (`alerts`), and a question added in a fixture (one
row and its wording)."""
from __future__ import annotations

from typing import Any

import pytest

from bot import messages
from bot.conversation import questions, safety
from bot.conversation.questions import ABOUT_THE_PERSON, Question, question_for
from bot.summary import view as summary_view

HOBBIES = Question("q_hobbies", ABOUT_THE_PERSON, holds_outcomes=True, asks_why=True, section="hobbies",
                   outcome_prior="maintenance")
WORDING: dict[str, Any] = {
    "cy_chi": "Beth dych chi'n hoffi ei wneud yn eich amser sbâr?",
    "cy_ti": "Beth rwyt ti'n hoffi ei wneud yn dy amser sbâr?",
    "en": "What do you like doing in your spare time?",
    "buttons": [{"payload": "/skip", "cy": "Hepgor", "en": "Skip"}],
}
SECTION_TITLE = {"cy": "Diddordebau", "en": "Hobbies and interests"}
HOBBIES_ANSWER = "Singing in the chapel choir 🎶 & <b>gardening</b>\nbut not on Mondays"


@pytest.fixture
def hobbies_question(monkeypatch: pytest.MonkeyPatch) -> Question:
    """The new question: one row in the table (after "people"), its wording, and its section's title."""
    rows = list(questions.QUESTIONS)
    people = question_for("q_people")
    assert people is not None
    rows.insert(rows.index(people) + 1, HOBBIES)
    monkeypatch.setattr(questions, "QUESTIONS", tuple(rows))
    monkeypatch.setitem(messages.catalogue(), HOBBIES.slot, WORDING)
    monkeypatch.setitem(summary_view.labels(), "sec_hobbies", SECTION_TITLE)
    return HOBBIES


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every duty alert or update notice the core starts, as the notifier would send them: (flag id, level). None
    leaves the test."""
    sent: list[tuple[int, str]] = []
    monkeypatch.setattr(safety, "deliver_soon", lambda flag_id, reference, level: sent.append((flag_id, level)))
    return sent
