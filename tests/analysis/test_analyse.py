"""analyse()/analyse_many(): language, outcome type, service-led wording and risk come together."""
from __future__ import annotations

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


def test_analyse_fills_risk_from_the_safeguarding_detector() -> None:
    urgent = analyse("I've been saving my tablets and I'm going to take them all tonight")
    assert urgent.risk.level == "urgent" and "suicide" in urgent.risk.categories
    assert analyse("I want to keep my dog").risk == RiskAssessment("none")
