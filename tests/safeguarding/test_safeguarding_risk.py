"""Risk detection: disclosures, idioms, retractions, concern, odd input (both languages)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.analysis.risk import all_rules, assess_risk, explain, mutated_forms, pattern_text
from bot.analysis.types import RISK_LEVELS, RiskAssessment
from tests.safeguarding.safeguarding_risk_cases import CONCERN, HUGE_PASTE, IDIOMS, NONE, URGENT, WORST_CASES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text,categories", URGENT, ids=[t[:40] for t, _ in URGENT])
def test_disclosures_are_urgent(text, categories):
    result = assess_risk(text)
    assert result.level == "urgent", explain(text)
    assert categories <= set(result.categories), explain(text)


@pytest.mark.parametrize("text", IDIOMS, ids=[t[:40] for t in IDIOMS])
def test_idioms_are_not_disclosures(text):
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text,categories", CONCERN, ids=[t[:40] for t, _ in CONCERN])
def test_concern_examples(text, categories):
    result = assess_risk(text)
    assert result.level == "concern", explain(text)
    assert categories <= set(result.categories)


@pytest.mark.parametrize("text", NONE, ids=[repr(t[:30]) for t in NONE])
def test_ordinary_messages_are_none(text):
    assert assess_risk(text) == RiskAssessment("none", ())


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself. only joking",
        "I want to kill myself jk",
        "he hits me lol jk jk",
        "dw i eisiau lladd fy hun - dim ond tynnu coes",
        "mae o'n fy nharo i... jocian",
        "I'm going to take all my tablets tonight. Just kidding!!",
    ],
)
def test_retraction_never_clears(text):
    assert assess_risk(text).level == "urgent"


def test_result_shape():
    result = assess_risk("my husband hits me and I want to die")
    assert result.level in RISK_LEVELS
    assert isinstance(result.categories, tuple)
    assert {"suicide", "abuse", "domestic_abuse"} <= set(result.categories)
    assert result.categories.index("suicide") < result.categories.index("abuse")  # most serious first


def test_urgent_beats_concern_in_one_message():
    result = assess_risk("I had a fall last week and he punched me")
    assert result.level == "urgent"
    assert {"abuse", "falls"} <= set(result.categories)


@pytest.mark.parametrize("bad", [None, "", "\n\n", "....", "\u200b\u200b", "🙂" * 5000, "\x00\x01\x02"])
def test_odd_input_does_not_crash(bad):
    assert assess_risk(bad).level == "none"


def test_very_long_input_still_detects():
    # Speed lives in benchmarks/risk_benchmark.py (risk_messages_per_second), not in a timed test.
    filler = "I like going to the shops and seeing my friends at the cafe. " * 400
    text = filler[: 20_000 - 12] + " he hits me "
    assert len(text) == 20_000
    assert assess_risk(text).level == "urgent"


def test_disclosure_at_the_end_of_a_huge_paste_is_found():
    """How long it takes is measured by benchmarks/risk_benchmark.py (risk_long_paste_seconds)."""
    text = HUGE_PASTE
    assert len(text) > 100_000
    assert assess_risk(text).level == "urgent"


def test_worst_case_long_input_is_read():
    """Repetitive input that could make a regex backtrack; its speed is in the benchmark."""
    for text in WORST_CASES:
        assert assess_risk(text).level in RISK_LEVELS, text[:20]


def test_every_rule_matches_its_own_example():
    problems = []
    for rule in all_rules():
        if not rule.example:
            continue
        result = assess_risk(rule.example)
        # A "check" rule's reading is a concern marked "please check" (stop 25); a "yield" rule's a concern (stop 48).
        level, unsure = (("concern", True) if rule.level == "check"
                         else ("concern", result.please_check) if rule.level == "yield"
                         else (rule.level, result.please_check))
        if (result.level, result.please_check) != (level, unsure) or not set(rule.categories) <= set(result.categories):
            problems.append((rule.line, rule.example, result))
    assert not problems


def test_every_guard_example_is_none():
    path = ROOT / "bot" / "data" / "analysis" / "risk_guards.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _kind, _pattern, example = line.split("\t")
        assert assess_risk(example).level == "none", example


def test_test_cases_are_not_in_heldout_sets():
    held = set()
    for name in ("risk.tsv", "risk_fresh.tsv", "risk_fresh2.tsv"):
        path = ROOT / "benchmarks" / "heldout" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                held |= {r["text"].strip().lower() for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}
    mine = {t.lower() for t, _ in URGENT} | {t.lower() for t in IDIOMS} | {t.lower() for t, _ in CONCERN}
    assert not (mine & held)


def test_data_files_are_not_rasa_training_data():
    # Rasa reads .yml/.json/.md under bot/data as training data.
    for path in (ROOT / "bot" / "data" / "analysis").glob("risk_*"):
        assert path.suffix in (".tsv", ".txt"), path


def test_mutations():
    assert set(mutated_forms("taro")) == {"taro", "daro", "nharo", "tharo"}
    assert set(mutated_forms("brifo")) == {"brifo", "frifo", "mrifo"}
    assert set(mutated_forms("gadael")) == {"gadael", "adael", "ngadael"}
    assert set(mutated_forms("lladd")) == {"lladd", "ladd"}


def test_normalise_expands_text_speak_and_welsh_forms():
    assert pattern_text("wanna kms") == "want to kill myself"
    assert pattern_text("i want 2 die") == "i want to die"
    assert pattern_text("Dwi ddim isio byw") == "dw i ddim eisiau byw"
    assert pattern_text("sa i'n moyn byw rhagor") == "dw i ddim yn eisiau byw rhagor"
    assert pattern_text("nooooo where") == "nowhere"
    assert "gwr" in pattern_text("fy ngŵr")
