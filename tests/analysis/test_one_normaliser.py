"""One normaliser and one de-mutation for every reader (issue 9), checked on the training data.

The control phrases, the risk reading and the risk model each had their own copy. The references
below are those copies as they were; the shared functions in bot/analysis/text.py must give every
reader exactly what it had, on every line and every word of the training data. The intended differences: the
control phrases now straighten ` ´ ʼ like the other readers did, and the shared fold drops emoji variation selectors
(U+FE0E, U+FE0F: marks with no combining class, which the old risk fold kept; "kieran ❤️" in stop 31's gold outcomes
was the first data line to hold one), so "❤️" and "❤" read alike.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from bot.analysis import controls, text
from bot.analysis.risk import model, pattern_text
from bot.analysis.risk.rules import read_rows

_STRIP = re.compile(r"[\s\.\!\,\;\:\"“”]+")


def _old_control_key(t: str) -> str:
    t = unicodedata.normalize("NFC", t or "").strip().lower()
    t = t.replace("’", "'").replace("‘", "'")
    if t.startswith("/"):
        t = t[1:]
    return _STRIP.sub(" ", t).strip()


def _old_risk_fold(t: str) -> str:
    t = unicodedata.normalize("NFKC", t).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u00b4", "'")
    folded = "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch))
    return folded.replace("\ufe0e", "").replace("\ufe0f", "")  # (the one change since: see the docstring)


def _old_risk_demutate(word: str, radicals: frozenset[str]) -> str:
    if word in radicals:
        return word
    for cand in text.mutation_candidates(word):
        if cand in radicals:
            return cand
    return word


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """The first column of every training and word-list file of the analysis package."""
    found: set[str] = set()
    for path in sorted(text.DATA_DIR.iterdir()):
        if path.suffix in (".tsv", ".txt"):
            found.update(cols[0] for _, cols in read_rows(path) if cols[0].strip())
    assert len(found) > 9000
    return sorted(found)


def test_the_control_phrases_read_as_before(lines: list[str]) -> None:
    changed = [t for t in lines if controls.phrase_key(t) != _old_control_key(t)]
    assert all(set(t) & {"`", "\u00b4", "\u02bc"} for t in changed), changed[:5]
    assert controls.phrase_key("don\u00b4t know") == controls.phrase_key("don't know") == "don't know"
    assert controls.control_of("I don\u2019t know") == ("dont_know", None)


def test_the_risk_reading_starts_from_the_shared_normaliser(lines: list[str]) -> None:
    for t in lines:
        assert text.fold(text.normalise(t, compatibility=True)) == _old_risk_fold(t), t
    assert pattern_text("Dwi\u2019m isio byw") == pattern_text("Dwi'm isio byw") == "dw i ddim eisiau byw"


def test_one_de_mutation_for_the_outcome_sorter_and_the_risk_model(lines: list[str]) -> None:
    words = sorted({w for t in lines for w in pattern_text(t).split()} | {w for t in lines for w in text.canonical_tokens(t)})
    assert len(words) > 7000
    risk_radicals = model._radicals()
    assert text.welsh_radicals() < risk_radicals  # the risk model knows more radicals, no fewer
    for w in words:
        assert model._demutated(w) == _old_risk_demutate(w, risk_radicals), w
        assert text.demutate(w) == _old_risk_demutate(w, text.welsh_radicals()), w
    assert model.model_text("fy nharo")[1] == "fy taro"
