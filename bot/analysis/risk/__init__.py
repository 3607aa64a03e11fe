"""Safeguarding risk detection for one message, in Welsh or English.

Rules a practitioner can read (:mod:`.rules`) find disclosures; a small learned model
(:mod:`.model`) reads the whole message and may raise their level, never lower it
(:mod:`.decide`). Recall of urgent disclosures matters more than precision: when in doubt, flag;
a retraction ("only joking", "dim ond tynnu coes") never clears a flag. The model card, the data
and the round-by-round history are in docs/risk-model.md.

Importing this package loads nothing: entry points call :func:`configure` (the cache folder from
their settings) and then :func:`warm` when a service starts, so no person's first message waits.

Use :func:`assess_risk`; :func:`explain` returns the rules that fired and the model's opinion, for audit.
"""
from __future__ import annotations

from bot.analysis.text import DATA_DIR

from .cache import configure, fitted_model
from .decide import (
    MAX_CHARS,
    RAISE_CONCERN,
    SURE_THRESHOLD,
    URGENT_CATEGORIES,
    URGENT_THRESHOLD,
    Thresholds,
    assess_risk,
    combine,
    explain,
    harm_kind_share_many,
    model_proba,
    model_proba_many,
    please_check,
    too_short,
    urgency_in_no_sentence,
)
from .model import (
    CHAR_NGRAMS,
    LEVELS,
    MODEL_C,
    TRAINING_FILES,
    fit_tfidf,
    load_training,
    model_text,
    ordinary_answers,
    train_model,
)
from .normalise import pattern_text
from .rules import (
    CATEGORY_ORDER,
    Rule,
    all_rules,
    may_tell_of,
    mutated_forms,
    rule_set,
    rules_only,
    words_of_harm,
)


def warm() -> None:
    """Compile every rule and fit (or load from the cache) the model now, at service start: a service's first
    disclosure must not wait for them (a one-off reader, `whatmatters summary`, compiles only what its text needs)."""
    rules = rule_set()
    for gated in (*rules.finder.patterns, *rules.guards):
        gated.regex  # noqa: B018 - compiled and kept (Gated.regex is a cached property)
    fitted_model()


__all__ = [
    "CATEGORY_ORDER",
    "CHAR_NGRAMS",
    "DATA_DIR",
    "LEVELS",
    "MAX_CHARS",
    "MODEL_C",
    "RAISE_CONCERN",
    "SURE_THRESHOLD",
    "TRAINING_FILES",
    "URGENT_CATEGORIES",
    "URGENT_THRESHOLD",
    "Rule",
    "Thresholds",
    "all_rules",
    "assess_risk",
    "combine",
    "configure",
    "explain",
    "fit_tfidf",
    "harm_kind_share_many",
    "load_training",
    "may_tell_of",
    "model_proba",
    "model_proba_many",
    "model_text",
    "mutated_forms",
    "ordinary_answers",
    "pattern_text",
    "please_check",
    "rules_only",
    "too_short",
    "train_model",
    "urgency_in_no_sentence",
    "warm",
    "words_of_harm",
]
