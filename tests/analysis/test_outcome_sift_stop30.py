"""Leave one writer out (stop 30): the writer groups, and the learned sifter of the rules' outcomes.

Measured by benchmarks/outcome_span_benchmark.py --by-writer / --curve and, on those figures, NOT wired into the
assistant (docs/benchmarks.md, "Outcomes from many writers, stop 30"). These tests hold what the measurement rests on:
no writer is both taught and scored, nothing held out is taught, and a sifted reading only ever drops the rules' own
outcomes (so each is still an exact slice of the answer, and one read in full stays).
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.analysis.outcome_spans import OutcomeSifter, SiftExample
from tests.analysis.conftest import load_benchmark

bench = load_benchmark("outcome_span_benchmark")


def test_no_held_out_conversation_is_ever_taught() -> None:
    """A fresh set's even half and the twin's even half are scored, never taught; dev and the retired set (the rules
    were written from them) hold nothing out; the twin's four writers are four groups of twenty."""
    groups = bench.writers()
    names = [w.name for w in groups]
    assert {"dev", "retired", "fresh", "fresh4", "twinA", "twinB", "twinC", "twinD"} <= set(names)
    assert len(names) == len(set(names))
    for w in groups:
        taught_ids = {s["id"] for s in w.taught}
        held_ids = {s["id"] for s in w.held}
        assert not taught_ids & held_ids or w.name.startswith("conv"), w.name
        if w.name in ("dev", "retired"):
            assert w.held == [] and len(w.taught) >= 60
        if w.name.startswith(("fresh", "twin")):
            assert all(bench.fresh_number(s) % 2 == 1 for s in w.taught), w.name
            assert all(bench.fresh_number(s) % 2 == 0 for s in w.held), w.name
            assert len(w.scored) == 20, w.name
    twins = [w for w in groups if w.name.startswith("twin")]
    assert sorted(bench.fresh_number(s) for w in twins for s in w.scored) == list(range(401, 481))
    assert not any("blind" in str(s.get("id")) for w in groups for s in w.scored)


SCRIPT: dict[str, Any] = {"id": "t-1", "language": "en", "answers": [
    {"question": "what_matters", "says": "I want to get back to the bowls club on a Tuesday. My budgie Joey.",
     "outcomes": [{"span": "I want to get back to the bowls club on a Tuesday", "type": "change"}]},
]}


def test_a_rules_outcome_is_marked_only_when_a_reader_marked_the_same_words() -> None:
    examples = bench.sift_examples([SCRIPT])
    assert examples, "the rules find the bowls club"
    marked = {SCRIPT["answers"][0]["says"][ex.start:ex.end]: ex.marked for ex in examples}
    assert any(m and "bowls club" in text for text, m in marked.items())
    assert all(not m for text, m in marked.items() if "bowls" not in text)


@pytest.fixture(scope="module")
def sifter() -> OutcomeSifter:
    return OutcomeSifter(bench.sift_examples(bench.load_scripts(bench.DEV_DIR)))


def test_the_sifter_learns_both_kinds_and_answers_once_per_outcome(sifter: OutcomeSifter) -> None:
    assert sifter.fitted
    text = "I'd like to keep my allotment. My budgie Joey. Carers who don't rush me please."
    spans = [(0, 30), (31, 46), (47, len(text))]
    probs = sifter.marked(text, "what_matters", spans)
    assert len(probs) == 3 and all(0.0 <= p <= 1.0 for p in probs)
    assert sifter.keep(text, "what_matters", []) == []


def test_a_sifted_reading_keeps_only_the_rules_own_outcomes(sifter: OutcomeSifter) -> None:
    """Every outcome after sifting is one the rules found, the same slice, so the fragment rule, the cap and
    read-in-full hold as they do for the rules."""
    scripts = bench.load_scripts(bench.DEV_DIR)[:12]
    dropped = 0
    for script in scripts:
        rules, answers, _ = bench.predict(script)
        sifted, _, _ = bench.predict(script, sift=sifter.keep)
        assert len(sifted) <= len(rules)
        remaining = [(p.text, p.type) for p in rules]
        for p in sifted:
            assert (p.text, p.type) in remaining
            remaining.remove((p.text, p.type))
            assert any(p.text in a for a in answers)
        dropped += len(rules) - len(sifted)
    assert dropped > 0, "the sifter drops something on a dozen conversations"


def test_a_sifter_taught_one_kind_keeps_everything() -> None:
    """With only marked outcomes to learn from there is nothing to tell apart: it keeps all (never drops blindly)."""
    only = OutcomeSifter([SiftExample("I want my garden back.", None, 0, 21, True)])
    assert not only.fitted
    assert only.keep("I want my garden back.", None, [(0, 21)]) == [True]
