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

from collections.abc import Sequence

from . import risk
from .language import detect_language
from .outcomes import (
    UNSURE_THRESHOLD,
    get_model,
    holds_nothing_to_keep_whole,
    is_clear_wish,
    sort_outcomes,
    sort_outcomes_many,
)
from .service_led import is_service_led
from .types import Analysis, LanguageGuess, OutcomeSpan, RiskAssessment

__all__ = [
    "UNSURE_THRESHOLD",
    "Analysis",
    "LanguageGuess",
    "OutcomeSpan",
    "RiskAssessment",
    "a_feeling_not_a_wish",
    "analyse",
    "analyse_many",
    "detect_language",
    "is_service_led",
    "load",
    "may_keep_whole",
    "sort_outcomes",
]

def load() -> None:
    """Train/load everything now (otherwise it happens on first use)."""
    get_model()
    detect_language("warm up the detector")
    is_service_led("care package")
    risk.warm()


#: Risk categories of a feeling ("some days I don't see the point of anything"): said without a wish,
#: such words are a worry for the safeguarding section, never a personal outcome.
FEELING_CATEGORIES = frozenset({"low_mood", "suicide", "self_harm"})


def a_feeling_not_a_wish(text: str) -> bool:
    """Words with no wish said outright in them (an instruction is one: the model reads many as low mood) that the
    risk reading names a feeling ("I keep thinking about dark things", "dwi'n meddwl am betha tywyll a dwi'm yn
    cysgu": stop-24 trial T9, filed as a thing to keep). A concern is not a wish."""
    if is_clear_wish(text):
        return False
    found = risk.assess_risk(text)
    return found.level != "none" and bool(FEELING_CATEGORIES.intersection(found.categories))


def may_keep_whole(text: str, analysis: Analysis) -> bool:
    """Whether an answer in which no outcome was found may still be kept whole as one, to confirm at the visit (a
    "why", an addition at the read-back): never "don't know", a remark about the chat, talk and a question to us,
    nor a feeling read as a concern with no wish in it (stop-24 trial T9)."""
    return not holds_nothing_to_keep_whole(text) and not (analysis.risk.level != "none" and a_feeling_not_a_wish(text))


def analyse_many(items: Sequence[tuple[str, str | None]]) -> list[Analysis]:
    """Analyse many (text, question) pairs; the outcome model runs once per batch, not per message."""
    items = [(text, question) for text, question in items]
    sorted_ = sort_outcomes_many(items)
    out: list[Analysis] = []
    for (text, _question), (otype, conf, spans) in zip(items, sorted_):
        found = risk.assess_risk(text)
        if found.level != "none":  # a message with no risk in it holds no feeling to take out (most answers)
            spans = tuple(span for span in spans if not a_feeling_not_a_wish(span.text))
        out.append(Analysis(
            text=text,
            language=detect_language(text),
            outcome_type=otype,
            confidence=float(conf),
            outcomes=spans,
            service_led=is_service_led(text),
            risk=found,
        ))
    return out


def analyse(text: str, question: str | None = None) -> Analysis:
    """Analyse one message (see analyse_many for batches)."""
    return analyse_many([(text, question)])[0]
