"""The two-reader agreement benchmark's counting, on a hand-made pair of readings of one script."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml

from tests.analysis.conftest import load_benchmark

ga = load_benchmark("gold_agreement")

SAYS = "I want to stay in my own home and keep going to chapel. Please ring before you come 🙏"
FIRST: dict[str, Any] = {
    "id": "en-test-person-01", "language": "en",
    "answers": [{"question": "what_matters", "says": SAYS, "outcomes": [
        {"span": "I want to stay in my own home", "type": "maintenance", "whose_view": "person"},
        {"span": "keep going to chapel.", "type": "maintenance", "whose_view": "person"},
        {"span": "Please ring before you come 🙏", "type": "process", "whose_view": "person"},
    ]}],
    "readback_additions": [{"says": "and my cat", "span": "my cat", "type": "maintenance", "whose_view": "person"}],
}
SECOND: dict[str, Any] = {
    "id": "en-test-person-01", "language": "en",
    "answers": [{"question": "what_matters", "says": SAYS, "outcomes": [
        {"span": "I want to stay in my own home", "type": "change", "whose_view": "person"},  # type differs
        {"span": "keep going to chapel", "type": "maintenance", "whose_view": "carer"},  # same after trimming
        {"span": "ring before you come", "type": "process", "whose_view": "person"},  # lenient only
    ]}],
    "readback_additions": [{"says": "and my cat", "outcomes": []}],
}


def test_second_outcomes_read_answers_and_additions() -> None:
    both = {**SECOND, "readback_additions": [{"says": "x", "outcomes": [{"span": "x", "type": "change"}]}]}
    assert [o["span"] for o in ga.later_outcomes(both)][-1] == "x"
    assert len(ga.later_outcomes(SECOND)) == 3


def test_agreement_counts_exact_typed_lenient_and_whose_view() -> None:
    counts = ga.Agreement()
    counts.add(ga.gold_outcomes(FIRST), ga.later_outcomes(SECOND))
    assert (counts.left, counts.right, counts.exact, counts.typed, counts.lenient, counts.same_view) == (4, 3, 2, 1, 3, 1)
    fig = counts.figures()
    assert math.isclose(fig["span_f1"], 2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    assert math.isclose(fig["whose_view"], 0.5)


def test_only_scripts_every_reader_read_are_compared(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.yaml").write_text(yaml.safe_dump(FIRST, allow_unicode=True))
    (first / "b.yaml").write_text(yaml.safe_dump({**FIRST, "id": "en-test-person-02"}, allow_unicode=True))
    (second / "a.yaml").write_text(yaml.safe_dump(SECOND, allow_unicode=True))
    scripts, by_reader = ga.readings(first, {"second": second, "third": tmp_path / "not-yet"})
    assert [s["id"] for s in scripts] == ["en-test-person-01"]
    assert list(by_reader) == ["first", "second"]
    counts = ga.compare(scripts, by_reader["first"], by_reader["second"])
    assert (counts["en"].exact, counts["cy"].left) == (2, 0)
