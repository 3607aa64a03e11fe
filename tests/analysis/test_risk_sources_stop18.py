"""Issue 11, stop 18: the diagnosis behind `benchmarks/risk_benchmark.py --sources`, which counts where each false or
missed urgent reading comes from (the rules alone, the model alone, both), so a pass can tell a rule problem from a
model problem before changing anything (docs/benchmarks.md, "Fifth pass"). Real rules, real model.

Quoted fixtures ("# quoted") are lines of the dev material's readable halves or of risk_train_stop17.tsv; the others
were written for this test.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bot.analysis.risk import URGENT_THRESHOLD, assess_risk

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "risk_benchmark.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("risk_benchmark_under_test", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _ids(texts: list[str]) -> list[str]:
    return [t[:40] for t in texts]


#: Urgent by a rule, and the model agrees.
BOTH = ["he hits me when he's drunk and I'm scared to go home", "mae o'n fy nharo i pan mae o wedi meddwi"]
#: Urgent by a rule the model would not have raised: a joke with a retraction (a retraction never clears a flag).
RULES_ALONE = [
    "thats me done, off to finish this homework, lol kms its maths. jk its fine",  # quoted
    "dw i ddim isio byw, mathemateg ydi o lol",
]
#: No rule: the model alone reads an indirect disclosure as urgent.
MODEL_ALONE = ["Dwi'n mynd lawr at y môr bob nos a meddwl am jyst cerdded mewn, fysa neb yn sylwi"]
#: Everyday answers: nothing urgent.
NOTHING = ["I'd like to keep going to the garden centre with my daughter on Saturdays", "Dw i'n hoffi mynd i'r capel ar y Sul"]


@pytest.mark.parametrize("text", BOTH, ids=_ids(BOTH))
def test_a_rule_the_model_agrees_with_is_both(bench: ModuleType, text: str) -> None:
    source, rules_level, p_urgent = bench.reading_source(text)
    assert (source, rules_level) == ("both", "urgent") and p_urgent >= URGENT_THRESHOLD


@pytest.mark.parametrize("text", RULES_ALONE, ids=_ids(RULES_ALONE))
def test_a_rule_the_model_would_not_have_raised_is_rules_alone(bench: ModuleType, text: str) -> None:
    source, rules_level, p_urgent = bench.reading_source(text)
    assert (source, rules_level) == ("rules", "urgent") and p_urgent < URGENT_THRESHOLD
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", MODEL_ALONE, ids=_ids(MODEL_ALONE))
def test_a_reading_no_rule_made_is_the_models(bench: ModuleType, text: str) -> None:
    source, rules_level, _ = bench.reading_source(text)
    assert (source, rules_level) == ("model", "none")
    assert assess_risk(text).reaches_duty  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


@pytest.mark.parametrize("text", NOTHING, ids=_ids(NOTHING))
def test_an_everyday_answer_has_no_urgent_source(bench: ModuleType, text: str) -> None:
    source, rules_level, p_urgent = bench.reading_source(text)
    assert (source, rules_level) == ("-", "none") and p_urgent < URGENT_THRESHOLD


def test_the_shape_counts_length_and_sentences_never_words(bench: ModuleType) -> None:
    shape = bench.message_shape("Dw i'n hoffi mynd i'r capel ar y Sul. Mae'n braf.")
    assert shape == "9-20w 2+s"
    assert "capel" not in shape
