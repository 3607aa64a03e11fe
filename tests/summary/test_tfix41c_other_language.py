"""Trial 41 AW10: a carer wrote "she speak Arabic only. I can translate." at the communication question; the summary
quoted it, but the line above said "The language of the person cared for: Not stated", so no interpreter need showed.
A language other than Welsh or English is a language preference too: the line says so (and that an interpreter may be
needed), the words stay verbatim below. Welsh (north, south, text-speak) and English; the words are fictional."""
from __future__ import annotations

import pytest

from bot.summary.record import other_language_stated, stated_language
from bot.summary.view import _language


def _answers(*pairs: tuple[str, str]) -> list[dict[str, object]]:
    return [{"id": i, "question_key": key, "text": text, "whose_view": "carer", "question": key}
            for i, (key, text) in enumerate(pairs, start=1)]


OTHER = [
    "she speak Arabic only. I can translate. call me please",  # the trial's words
    "Mae hi'n siarad Arabeg yn unig. Dw i'n gallu cyfieithu.",  # south / standard
    "ma hi'n siarad Arabeg yn unig. fi sy'n cyfieithu iddi",  # north
    "dim ond arabeg ma hi'n siarad, fi sy'n cyfieithu",  # text-speak
]


@pytest.mark.parametrize("text", OTHER)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_another_language_is_a_preference_not_not_stated(text: str, language: str) -> None:
    answers = _answers(("communication", text))
    assert stated_language(answers, "carer")[0] is None  # never read as Welsh or English
    assert other_language_stated(answers, "carer")
    record = {"completed_by": "carer", "language": "en", "stated_language": None, "stated_language_answer_id": None,
              "answers": answers}
    facts = {fact.key: fact.value for fact in _language(record, language).facts}
    assert facts["preferred_language"] == (
        "Another language (see their words below) – an interpreter may be needed" if language == "en"
        else "Iaith arall (gweler y geiriau isod) – efallai y bydd angen cyfieithydd")
    shown = " ".join(str(f.value) for f in _language(record, language).facts if f.key == "language_words")
    assert "rabeg" in shown or "Arabic" in shown  # their words, verbatim, below it


@pytest.mark.parametrize("text", [
    "Polish food is her favourite, and the polish church on Sunday",  # a language word, not a language spoken
    "she hear OK, speak slow please", "Mae hi'n clywed yn iawn, siaradwch yn araf plis",
    "I speak Urdu myself. She is fine with English.",  # the carer's own language, apart
])
def test_no_other_language_spoken_is_not_one(text: str) -> None:
    answers = _answers(("communication", text))
    assert not other_language_stated(answers, "carer")
    record = {"completed_by": "carer", "language": "en", "stated_language": stated_language(answers, "carer")[0],
              "stated_language_answer_id": None, "answers": answers}
    facts = {fact.key: fact.value for fact in _language(record, "en").facts}
    assert not str(facts["preferred_language"]).startswith("Another language")
