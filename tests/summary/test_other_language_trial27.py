"""Stop-27 trial X5: a carer wrote "Sometime Polish is easier for her now after stroke, she lose some English. Dont treat
her like a child please." and "Polish interpreter would be good for her"; the summary said the person's language was
English (the "please" of the next sentence marked "English" as wanted). Another language, or an interpreter, is never
read as Welsh or English: the language is "not stated", and their words about it are shown, verbatim. Welsh and
English; the words are fictional."""
from __future__ import annotations

import pytest

from bot.summary.record import names_a_language, stated_language
from bot.summary.view import _language

SUPPORT = ("Speak slow and simple, she understand more than she can say. Sometime Polish is easier for her now after "
           "stroke, she lose some English. Dont treat her like a child please.")
COMMUNICATION = "Polish interpreter would be good for her. And she hear OK. I want to be there."


def _answers(*pairs: tuple[str, str]) -> list[dict[str, object]]:
    return [{"id": i, "question_key": key, "text": text, "whose_view": "carer", "question": key}
            for i, (key, text) in enumerate(pairs, start=1)]


def test_another_language_is_no_english() -> None:
    assert stated_language(_answers(("support", SUPPORT), ("communication", COMMUNICATION)))[0] is None


@pytest.mark.parametrize("text,code", [
    ("Welsh if you can, it was her first language", "cy"), ("English please, she never learnt Welsh", "en"),
    ("She prefers Welsh. Her carers speak English.", "cy"), ("dim Saesneg plis, Cymraeg", "cy"),
    ("Cymraeg plis, mae hi'n deall Pwyleg hefyd", "cy"),  # Welsh marked as wanted still is
])
def test_welsh_or_english_asked_for_still_is(text: str, code: str) -> None:
    assert stated_language(_answers(("communication", text)))[0] == code


@pytest.mark.parametrize("text", ["Polish interpreter would be good for her", "Mae hi'n siarad Pwyleg gartref",
                                  "He uses BSL", "iaith arwyddion plis"])
def test_another_language_is_named(text: str) -> None:
    assert names_a_language(text)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_summary_shows_their_words_not_english(language: str) -> None:
    record = {"completed_by": "carer", "language": "en", "stated_language": None, "stated_language_answer_id": None,
              "answers": _answers(("support", SUPPORT), ("communication", COMMUNICATION))}
    section = _language(record, language)
    facts = {fact.key: fact.value for fact in section.facts}
    # Another language is a preference too (trial 41 AW10), never "Not stated" and never English.
    assert facts["preferred_language"].startswith("Another language" if language == "en" else "Iaith arall")
    shown = " ".join(str(fact.value) for fact in section.facts if fact.key == "language_words")
    assert "Sometime Polish is easier for her now after stroke, she lose some English." in shown
    assert "Polish interpreter would be good for her." in shown
