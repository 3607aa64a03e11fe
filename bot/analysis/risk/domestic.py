"""Domestic abuse, whoever the words name: a partner, an ex, or "he" at home hurting or controlling them.

The risk rules find abuse; who is doing it decides which helpline fits. "Mae fe'n fy mwrw i pan
mae e 'di yfed" names no partner, yet it is the man she lives with: Live Fear Free / Byw Heb
Ofn is offered whenever a partner, an ex, a husband or wife, a boyfriend or girlfriend, or a man
in the home ("he", "fe", "e", "fo", "o", "the man I live with") hurts, threatens or controls
the person. The patterns are data (bot/data/analysis/domestic.tsv); the risk rule files are
not touched.
"""
from __future__ import annotations

from collections.abc import Sequence

from bot.analysis.cue_patterns import matches, prepared

RULES = "domestic.tsv"
DOMESTIC_ABUSE = "domestic_abuse"


def is_domestic(text: str) -> bool:
    """Is someone close at home (partner, ex, "he") hurting, threatening or controlling them?"""
    t = prepared(text)
    if not t:
        return False
    return matches(RULES, "he_harm", t) or (matches(RULES, "partner", t) and matches(RULES, "harm", t))


def with_domestic(text: str, categories: Sequence[str]) -> tuple[str, ...]:
    """The risk categories, with domestic abuse added when the words say who is hurting them."""
    found = tuple(categories)
    if DOMESTIC_ABUSE in found or not is_domestic(text):
        return found
    return (*found, DOMESTIC_ABUSE)


__all__ = ["DOMESTIC_ABUSE", "is_domestic", "with_domestic"]
