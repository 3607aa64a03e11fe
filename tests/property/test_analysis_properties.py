"""The analysis package on any text: language, outcome spans and the shared normaliser."""
from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.analysis import analyse
from bot.analysis.language import detect_language
from bot.analysis.outcomes import sort_outcomes
from bot.analysis.risk import mutated_forms
from bot.analysis.text import demutate, fold, normalise, welsh_radicals
from bot.analysis.types import LANGUAGES, OUTCOME_TYPES, OutcomeSpan

from .strategies import FEW, SOME, any_text, risky_text

_ANSWERS = ["I want to see my grandchildren more", "Dw i isio mynd i'r capel bob dydd Sul 🙏",
            "Help with the shopping, and getting out to the garden!", "Mynd am dro efo'r ci; gweld fy ffrindiau.",
            "to stay in my own home", "cael bath heb help – a chodi o'r gwely"]
#: Everyday answers with anything between them: emoji, punctuation, new lines, odd characters.
answers = st.lists(st.one_of(st.sampled_from(_ANSWERS), any_text), min_size=1, max_size=5).map(" ".join)


def _check_spans(text: str, spans: tuple[OutcomeSpan, ...]) -> None:
    """Every span is the person's own words: an exact slice, in order, not overlapping."""
    end = 0
    for span in spans:
        assert 0 <= end <= span.start < span.end <= len(text)
        assert span.text == text[span.start:span.end]  # emoji, punctuation and spacing as written
        assert span.type in OUTCOME_TYPES
        assert 0.0 <= span.confidence <= 1.0
        end = span.end


@SOME
@given(st.one_of(any_text, risky_text, answers))
def test_the_language_guess_is_always_a_known_answer(text: str) -> None:
    guess = detect_language(text)
    assert guess.language in (*LANGUAGES, "und")
    assert 0.0 <= guess.confidence <= 1.0
    assert guess.method


@FEW
@given(st.one_of(answers, any_text))
def test_outcomes_are_exact_slices_in_order(text: str) -> None:
    outcome_type, confidence, spans = sort_outcomes(text)
    assert outcome_type is None or outcome_type in OUTCOME_TYPES
    assert 0.0 <= confidence <= 1.0
    _check_spans(text, spans)


@FEW
@given(st.one_of(answers, risky_text, any_text))
def test_the_whole_analysis_never_raises_and_keeps_the_words(text: str) -> None:
    result = analyse(text, "what_matters")
    assert result.text == text
    _check_spans(text, result.outcomes)


@SOME
@given(any_text)
def test_normalise_is_total_and_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert "\u2019" not in once and "`" not in once
    assert normalise(normalise(text, compatibility=True), compatibility=True) == normalise(text, compatibility=True)


@SOME
@given(any_text)
def test_fold_drops_every_accent_and_only_accents(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.category(ch) == "Mn" for ch in folded)
    assert folded == "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


@SOME
@given(st.one_of(st.sampled_from(sorted(welsh_radicals())), st.text("abcdfghlmnprstwy", max_size=10)))
def test_demutate_is_idempotent_and_undoes_a_mutation(word: str) -> None:
    radical = demutate(word)
    assert demutate(radical) == radical
    if word in welsh_radicals():
        assert radical == word  # a dictionary word is never "corrected"
        for form in mutated_forms(word):
            # A known word, or the form left as written (soft mutation drops the g of "grisiau"
            # and "glaw"; "risiau" and "law" are left alone, as "law" could be "llaw")
            assert demutate(form) in welsh_radicals() or demutate(form) == form
