"""Domestic abuse is recognised from who is hurting them (partner, ex, "he"/"fe"/"o"), in both languages."""
from __future__ import annotations

import pytest

from bot.analysis.risk.domestic import DOMESTIC_ABUSE, is_domestic, with_domestic

DOMESTIC = [
    "mae fe'n fy mwrw i pan mae e 'di yfed",  # south, no "partner"
    "mae o'n fy nghuro i",  # north
    "my ex keeps turning up and threatening me",
    "he takes my bank card and won't let me see my sister",
    "the man I live with hits me",
    "y dyn sy'n byw efo fi yn fy mygwth i",
    "mae fy ngŵr yn fy rheoli i",
    "My husband hurts me when he's been drinking",
    "dydy o ddim yn gadael i fi weld fy ffrindiau",
]

NOT_DOMESTIC = [
    "I want to kill myself",
    "my son hits me",  # abuse, but not by a partner or "he" at home: the risk rules decide
    "my husband died last year and I miss him",
    "he helps me with the shopping",
    "Mae e'n fy helpu i gyda'r siopa",
    "",
]


@pytest.mark.parametrize("text", DOMESTIC)
def test_domestic_abuse_is_recognised(text: str) -> None:
    assert is_domestic(text)


@pytest.mark.parametrize("text", NOT_DOMESTIC)
def test_not_domestic(text: str) -> None:
    assert not is_domestic(text)


def test_categories_gain_domestic_abuse_once() -> None:
    assert with_domestic("mae o'n fy nghuro i", ("abuse",)) == ("abuse", DOMESTIC_ABUSE)
    assert with_domestic("my ex keeps threatening me", ("abuse", DOMESTIC_ABUSE)) == ("abuse", DOMESTIC_ABUSE)
    assert with_domestic("I want to kill myself", ("suicide",)) == ("suicide",)
