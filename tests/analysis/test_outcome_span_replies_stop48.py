"""benchmarks/outcome_span_benchmark.py reads an answer scripted as several replies as the live run sends them
(stop 48, span48's report): asides first and the answer last, or each reply an answer when each has its own risk.
The list itself was read as one answer ("['what?', …]"), which no gold span can match."""
from __future__ import annotations

import pytest

from tests.analysis.conftest import load_benchmark

bench = load_benchmark("outcome_span_benchmark")


@pytest.mark.parametrize("aside,answer", [
    ("what do you mean?", "I want to get back to swimming on a Tuesday"),
    ("be ti'n feddwl?", "Dw i isio mynd nôl i nofio ar ddydd Mawrth"),
])
def test_the_aside_is_no_answer_and_the_answer_is_read(aside: str, answer: str) -> None:
    script = {"language": "en", "answers": [{"question": "what_matters", "says": [aside, answer]}]}
    preds, answers, _ = bench.predict(script)
    assert answers == [answer]
    assert preds and all(not p.text.startswith("[") for p in preds)
    assert any(p.text in answer for p in preds)


def test_replies_each_with_a_risk_are_each_an_answer() -> None:
    says = ["I want to get back to swimming on a Tuesday", "and I'd like to see my grandson more often"]
    script = {"language": "en", "answers": [{"question": "what_matters", "says": says, "risks": ["none", "none"]}]}
    _, answers, _ = bench.predict(script)
    assert answers == says
