"""analyse()/analyse_many(): the pieces come together; risk falls back only while risk.py is missing."""
from __future__ import annotations

import sys
import types

import pytest

import bot.analysis as analysis
from bot.analysis import RiskAssessment, analyse, analyse_many
from bot.analysis.types import RISK_LEVELS


def test_analyse_one() -> None:
    a = analyse("Dw i isio mynd i'r capel efo Nain bob Sul", "what_matters")
    assert a.language.language == "cy"
    assert a.outcome_type == "maintenance"
    assert a.outcomes and a.outcomes[0].text == a.text
    assert a.risk.level in RISK_LEVELS
    assert a.to_json()["outcome_type"] == "maintenance"


def test_analyse_many_matches_single_calls() -> None:
    items = [("yes", None), ("I want the same carers", "support"), ("pecyn gofal", None)]
    many = analyse_many(items)
    assert [m.outcome_type for m in many] == [analyse(t, q).outcome_type for t, q in items]
    assert many[2].service_led is True


def test_risk_fallback_only_when_module_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "_risk_fn", None)
    monkeypatch.setitem(sys.modules, "bot.analysis.risk", None)  # import now fails as "missing"
    assert analyse("I want to keep my dog").risk == RiskAssessment("none")


def test_broken_risk_module_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ImportError from inside risk.py must surface, never become a silent 'none'."""
    broken = types.ModuleType("bot.analysis.risk")

    def __getattr__(name: str):
        raise ImportError("risk model failed to load")

    broken.__getattr__ = __getattr__  # type: ignore[attr-defined]
    monkeypatch.setattr(analysis, "_risk_fn", None)
    monkeypatch.setitem(sys.modules, "bot.analysis.risk", broken)
    with pytest.raises(ImportError):
        analyse("hello there friend")


def test_real_risk_used_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("bot.analysis.risk")
    fake.assess_risk = lambda text: RiskAssessment("concern", ("test",))  # type: ignore[attr-defined]
    monkeypatch.setattr(analysis, "_risk_fn", None)
    monkeypatch.setitem(sys.modules, "bot.analysis.risk", fake)
    assert analyse("anything at all").risk.level == "concern"
    monkeypatch.setattr(analysis, "_risk_fn", None)
