"""Domestic abuse, whoever the words name: a partner, an ex, or "he" at home hurting or controlling them.

The risk rules find abuse; who is doing it decides which helpline fits. "Mae fe'n fy mwrw i pan
mae e 'di yfed" names no partner, yet it is the man she lives with: Live Fear Free / Byw Heb
Ofn is offered whenever a partner, an ex, a husband or wife, a boyfriend or girlfriend, or a man
in the home ("he", "fe", "e", "fo", "o", "the man I live with") hurts, threatens or controls
the person. The patterns are data (bot/data/analysis/domestic.tsv); the risk rule files are
not touched.

When the reading found no harm (only worries: carer strain, memory, falls), a partner and a harm
word must be in the same sentence: a carer's long answer that says "My husband is being patient
but it's putting a strain on us" and, sentences later, that her mother "won't let me" wash her
describes no abuse (stop-19 trial F12: it was labelled domestic abuse for a duty worker to act on).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analysis.cue_patterns import matches, prepared

from .decide import URGENT_CATEGORIES

RULES = "domestic.tsv"
DOMESTIC_ABUSE = "domestic_abuse"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def is_domestic(text: str) -> bool:
    """Is someone close at home (partner, ex, "he") hurting, threatening or controlling them, or a relative taking
    their money or card (economic abuse by family: AY14, stop 45 trial, "my brother Kevin takes my money")?"""
    t = prepared(text)
    if not t:
        return False
    return (matches(RULES, "he_harm", t) or (matches(RULES, "partner", t) and matches(RULES, "harm", t))
            or matches(RULES, "family_money", t))


def with_domestic(text: str, categories: Sequence[str]) -> tuple[str, ...]:
    """The risk categories, with domestic abuse added when the words say who is hurting them.

    With a harm already found (abuse, exploitation, self-harm...), the partner may be named anywhere in
    the message; with worries only, the partner and the harm must be in the same sentence.
    """
    found = tuple(categories)
    if DOMESTIC_ABUSE in found:
        return found
    harm_found = any(c in URGENT_CATEGORIES for c in found)
    said = is_domestic(text) if harm_found else any(is_domestic(s) for s in _SENTENCE_END.split(text))
    return (*found, DOMESTIC_ABUSE) if said else found


__all__ = ["DOMESTIC_ABUSE", "is_domestic", "with_domestic"]
