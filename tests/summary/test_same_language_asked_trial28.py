"""The same language asked for twice in other words is shown once (fifth trial, stop 28, Y17).

"Siarad Cymraeg efo hi" and later "Cymraeg, yn bendant." were two process items: one wish. The summary shows the
first, the second quoted verbatim under it; the record keeps both. A different language stays its own item.
"""
from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.same_wish import same_language_asked
from bot.analysis.types import OutcomeSpan, RiskAssessment
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database

FIRST = {"cy": "Siarad Cymraeg efo hi", "en": "Speak Welsh with her"}
AGAIN = {"cy": "Cymraeg, yn bendant.", "en": "Welsh, definitely."}
OTHER = {"cy": "Siarad Saesneg efo'r plant", "en": "Speak English to the kids"}
QUESTIONS = {"cy": ("Sut hoffech chi i ni siarad â chi?", "Pa iaith?", "Unrhyw beth arall?"),
             "en": ("How would you like us to talk to you?", "Which language?", "Anything else?")}


def _seed(sender: str, lang: str) -> None:
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name="Glenys")
    repository.record_consent(sender, True)
    for n, (question, text) in enumerate(zip(QUESTIONS[lang], (FIRST[lang], AGAIN[lang], OTHER[lang]))):
        span = OutcomeSpan(text, 0, len(text), "process", 0.9, False)
        analysis = dataclasses.replace(analyse(text), outcomes=(span,), risk=RiskAssessment("none"))
        repository.record_answer(sender, question_key=f"q{n}", question_text=question, text=text, whose_view="carer",
                                 about="person", analysis=analysis, message_id=f"m{n}")
    repository.confirm_record(sender)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("same-language-db")):
        for lang in FIRST:
            _seed(f"language-{lang}", lang)
        found = {lang: load_record(f"language-{lang}") for lang in FIRST}
    return {k: v for k, v in found.items() if v is not None}


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_the_language_asked_twice_is_one_item_with_both_quotes(records, lang, ui):
    record = records[lang]
    assert {o["text"] for o in record["outcomes"]} == {FIRST[lang], AGAIN[lang], OTHER[lang]}  # the record keeps all
    view = build_view(record, ui)
    quotes = [i.quote for s in view.sections for i in s.items if i.source == "outcome"]
    assert quotes.count(FIRST[lang]) == 1 and AGAIN[lang] not in quotes and OTHER[lang] in quotes
    (shown,) = [i for s in view.sections for i in s.items if i.source == "outcome" and i.quote == FIRST[lang]]
    assert [(f.label, f.value, f.verbatim) for f in shown.follow_up] == [(label("said_again", ui), AGAIN[lang], True)]
    assert shown.follow_up_title == label("same_wish_again_title", ui)


@pytest.mark.parametrize("one, other, same", [
    ("Siarad Cymraeg efo hi", "Cymraeg, yn bendant.", True),
    ("Speak Welsh with her", "Welsh, definitely.", True),
    ("Siarad Cymraeg efo hi", "Siarad Saesneg efo'r plant", False),
    ("Speak Welsh with her", "Learn Welsh", False),  # a wish to learn is another wish
    ("Siarad Cymraeg efo hi", "Dysgu Cymraeg", False),
])
def test_only_the_same_language_and_nothing_else_is_the_same_wish(one, other, same):
    assert same_language_asked(one, other) is same
