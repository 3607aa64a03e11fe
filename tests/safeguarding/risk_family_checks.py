"""Checks shared by the rule-family test files: what must be urgent, what must stay none, and
that the examples are new (not from a held-out set or the model's training data)."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.analysis.risk import assess_risk, explain

ROOT = Path(__file__).resolve().parents[2]


def check_urgent(text: str, category: str) -> None:
    result = assess_risk(text)
    assert result.level == "urgent", explain(text)
    assert category in result.categories, explain(text)


def check_none(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


def known_texts(with_training: bool = False) -> set[str]:
    """Lower-cased texts of every held-out risk set (and, optionally, risk_train.tsv)."""
    held: set[str] = set()
    for path in (ROOT / "benchmarks" / "heldout").glob("risk*.tsv"):
        with path.open(encoding="utf-8") as fh:
            held |= {r["text"].strip().lower() for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}
    if with_training:
        with (ROOT / "bot" / "data" / "analysis" / "risk_train.tsv").open(encoding="utf-8") as fh:
            held |= {line.split("\t")[0].strip().lower() for line in fh}
    return held


def assert_new(urgent: Sequence[tuple[str, str]], none: Iterable[str], with_training: bool = False) -> None:
    mine = {t.lower() for t, _ in urgent} | {t.lower() for t in none}
    assert not (mine & known_texts(with_training))
