"""Someone typing for the person, who is there saying what to write (stop-22 trial V14's summary half): the summary
says the person was talking with someone else typing, and keeps the words that said so, in both languages."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label

CASES = {
    "cy": ("Gwenno sy'n teipio rŵan.", "Gwenno sy'n teipio rŵan. Nain yn deud cadw'r ardd a'r capel."),
    "en": ("I'm typing for Mum, she's beside me.", "I'm typing for Mum, she's beside me. She wants to keep her garden."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("interface", ["cy", "en"])
def test_the_summary_says_who_typed_and_keeps_their_words(seeded_db, language: str, interface: str) -> None:
    sender = f"web-typed-{language}"
    words, answer = CASES[language]
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=language, register="chi", completed_by="person")
    repository.record_consent(sender, True)
    repository.record_answer(sender, question_key="keep", question_text="q", text=answer, whose_view="person",
                             about="person", analysis=analyse(answer, "maintenance"))
    record = load_record(sender)
    assert record is not None
    about = build_view(record, interface).section("about")
    assert about is not None
    facts = {f.key: f for f in about.facts}
    assert facts["completed_by"].value == label("completed_typed_for", interface)
    assert facts["typed_for"].value == words and facts["typed_for"].verbatim


@pytest.mark.parametrize("answer", ["I look after Mum, I do all her typing and forms.",
                                    "Dwi'n gofalu am Mam, hi sy'n deud wrtha i be i neud."])
def test_a_carer_or_no_typing_words_changes_nothing(seeded_db, answer: str) -> None:
    sender = "web-not-typed"
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language="en", register="chi", completed_by="person")
    repository.record_answer(sender, question_key="keep", question_text="q", text=answer, whose_view="person",
                             about="person", analysis=analyse(answer, "maintenance"))
    record = load_record(sender)
    assert record is not None
    about = build_view(record, "en").section("about")
    assert about is not None
    facts = {f.key: f for f in about.facts}
    assert "typed_for" not in facts and facts["completed_by"].value == label("completed_person", "en")
