"""Reading a person's words: language, draft outcome types, service-led wording, risk.

Importing this package is cheap (no model, no scikit-learn); the outcome model
is trained once, lazily, on first use (`load()` does it eagerly, e.g. at
action-server start-up). Public API:

- detect_language(text) -> LanguageGuess
- sort_outcomes(text, question=None) -> (type | None, confidence, spans)
- is_service_led(text) -> bool
- analyse(text, question=None) -> Analysis;  analyse_many(items) -> list[Analysis] (batched)
- UNSURE_THRESHOLD: below it a draft outcome is flagged "to confirm at the visit".
"""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

from .language import detect_language
from .outcomes import UNSURE_THRESHOLD, get_model, sort_outcomes, sort_outcomes_many
from .service_led import is_service_led
from .types import Analysis, LanguageGuess, OutcomeSpan, RiskAssessment

__all__ = [
    "Analysis",
    "LanguageGuess",
    "OutcomeSpan",
    "RiskAssessment",
    "UNSURE_THRESHOLD",
    "analyse",
    "analyse_many",
    "detect_language",
    "is_service_led",
    "load",
    "sort_outcomes",
]

_RISK_MODULE = __name__ + ".risk"
_risk_fn: Optional[Callable[[str], RiskAssessment]] = None


def _no_risk(_text: str) -> RiskAssessment:
    return RiskAssessment("none")


def _assess_risk() -> Callable[[str], RiskAssessment]:
    """bot.analysis.risk.assess_risk, or a "none" stand-in only while that module does not exist.

    Any other import failure inside risk.py is a real bug and is raised, so a
    broken safeguarding module can never silently report "none".
    """
    global _risk_fn
    if _risk_fn is None:
        try:
            from .risk import assess_risk
        except ModuleNotFoundError as exc:
            if exc.name != _RISK_MODULE:
                raise
            return _no_risk  # not cached: picked up as soon as risk.py lands
        _risk_fn = assess_risk
    return _risk_fn


def load() -> None:
    """Train/load everything now (otherwise it happens on first use)."""
    get_model()
    detect_language("warm up the detector")
    is_service_led("care package")
    _assess_risk()


def analyse_many(items: Sequence[Tuple[str, Optional[str]]]) -> List[Analysis]:
    """Analyse many (text, question) pairs; the outcome model runs once per batch, not per message."""
    items = [(text, question) for text, question in items]
    sorted_ = sort_outcomes_many(items)
    risk = _assess_risk()
    out: List[Analysis] = []
    for (text, _question), (otype, conf, spans) in zip(items, sorted_):
        out.append(Analysis(
            text=text,
            language=detect_language(text),
            outcome_type=otype,
            confidence=float(conf),
            outcomes=spans,
            service_led=is_service_led(text),
            risk=risk(text),
        ))
    return out


def analyse(text: str, question: Optional[str] = None) -> Analysis:
    """Analyse one message (see analyse_many for batches)."""
    return analyse_many([(text, question)])[0]
