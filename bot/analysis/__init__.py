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

import re
from collections.abc import Sequence
from dataclasses import replace

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


#: A correction said straight after an outcome's words: ", no sorry, ", ", no wait, ", ", sorry I mean ", ", na sori, ",
#: ", nage, sori, ", ", na aros, ". Not a bare ", no" ("stay at home, no care home" says what she does not want).
_PUT_RIGHT = re.compile(
    r"\s*[,;–—-]?\s*(?:(?:no|nope|nah|na|nage|naci)[\s,.!-]+(?:sorry|sori|soz|wait|hang\s+on|actually|aros|i\s+mean"
    r"|o['’]?n\s+i['’]?n\s+(?:ei\s+)?feddwl)|(?:sorry|sori|soz)[\s,.!-]+(?:i\s+mean[t]?|o['’]?n\s+i['’]?n\s+(?:ei\s+)?feddwl)"
    r"|i\s+mean(?:t)?)[\s,.!:-]*", re.IGNORECASE)
#: The words put right run to the next comma or sentence end.
_PUT_RIGHT_ENDS = re.compile(r"[,;.!?\n]|\s[–—-]\s")


def through_corrections(text: str, spans: tuple[OutcomeSpan, ...]) -> tuple[OutcomeSpan, ...]:
    """An outcome whose words are put right straight after ("the day centre in Llanishen twice a week, no sorry, once a
    week now, they cut it"; seventh trial AA9: "…twice a week" was the outcome) runs on to the end of the correction,
    so the worker reads the fact as the person left it. The quote stays the person's own words, one slice of them:
    "keep fact and opinion apart" asks that the facts be theirs as given, so the assistant neither keeps the fact they
    took back nor rewrites it."""
    out: list[OutcomeSpan] = []
    for n, span in enumerate(spans):
        found = _PUT_RIGHT.match(text, span.end)
        if found is not None and found.end() < len(text):
            stop = _PUT_RIGHT_ENDS.search(text, found.end())
            end = len(text.rstrip()) if stop is None else stop.start()
            following = spans[n + 1].start if n + 1 < len(spans) else len(text)
            if end > found.end() and end <= following:
                span = replace(span, end=end, text=text[span.start:end])
        out.append(span)
    return tuple(out)


def analyse_many(items: Sequence[tuple[str, str | None]]) -> list[Analysis]:
    """Analyse many (text, question) pairs; the outcome model runs once per batch, not per message."""
    items = [(text, question) for text, question in items]
    sorted_ = sort_outcomes_many(items)
    out: list[Analysis] = []
    for (text, _question), (otype, conf, spans) in zip(items, sorted_):
        found = risk.assess_risk(text)
        if found.level != "none":  # a message with no risk in it holds no feeling to take out (most answers)
            spans = tuple(span for span in spans if not a_feeling_not_a_wish(span.text))
        spans = through_corrections(text, tuple(spans))
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
