"""Is the harm happening now? Then the urgent reply says "call 999 now" first.

"I've taken all my tablets", "dwi wedi cymryd y tabledi i gyd", "he's hitting me now", "mae e'n
fy mwrw i nawr": harm in progress, where the duty team's reply may come too late. Narrow on
purpose: "I took an overdose last year" is not now. Read only for messages already judged
urgent (bot.analysis.risk.assess_risk decides that); the rules are data, in Welsh and English
(north, south, text-speak), in bot/data/analysis/immediacy.tsv.

A past marker says when its own sentence happened, not the whole message (stop 21): "he hit me last
week. hes here now" is now. In a sentence with a past marker, only the clauses that carry a time of
their own ("now", "tonight", "half an hour ago") still count: "I took 30 tablets, back in
2019, now I'm fine" is not now, "he hit me last week, hes here now" is.
"""
from __future__ import annotations

import re

from bot.analysis.cue_patterns import matches, prepared

RULES = "immediacy.tsv"

#: Sentence ends in the raw text (a full stop before a space, so "o.d.'d" stays whole), and clause
#: boundaries within a sentence (a comma, "but" / "ond", "and now" / "a nawr").
_SENTENCES = re.compile(r"(?<=[.!?])\s+|[\n;]+|[.!?]+$")
_CLAUSES = re.compile(r",\s*|\s+(?:but|ond|and now|a nawr|a rwan|a rŵan)\s+", re.IGNORECASE)


def _timed(clause: str) -> bool:
    """Does this prepared clause say its own time (now, tonight, half an hour ago)?"""
    return matches(RULES, "marker", clause)


def _a_habit(clause: str) -> bool:
    """Is this prepared clause told as a habit ("weithie", "sometimes", "when she drinks") with no time of its own?"""
    return matches(RULES, "habit", clause) and not _timed(clause)


def present_part(text: str, habits: bool = True) -> str:
    """The prepared text without what is told as past: a sentence with a past marker keeps only its clauses that
    carry a time of their own and no past marker themselves. A clause told as a habit is not now either (stop 33),
    unless it says its own time; `habits=False` keeps it (:func:`only_a_habit`)."""
    kept: list[str] = []
    for sentence in _SENTENCES.split(text or ""):
        t = prepared(sentence)
        if not t:
            continue
        if not matches(RULES, "past", t):
            if habits and matches(RULES, "habit", t):
                kept += [c for c in map(prepared, _CLAUSES.split(sentence)) if c and not _a_habit(c)]
            else:
                kept.append(t)
            continue
        for clause in _CLAUSES.split(sentence):
            c = prepared(clause)
            if c and not matches(RULES, "past", c) and _timed(c):
                kept.append(c)
    return " | ".join(kept)


def _now_in(t: str) -> bool:
    return bool(t) and (matches(RULES, "now", t) or (matches(RULES, "act", t) and matches(RULES, "marker", t)))


def happening_now(text: str) -> bool:
    """Does the message say the harm is happening now (not in the past, nor as a habit)?"""
    return _now_in(present_part(text))


def only_a_habit(text: str) -> bool:
    """Would the message say the harm is happening now but that it is told as a habit? "weithie sai'n gallu dihuno
    hi", "sometimes i cant wake her up" (the eleventh trial's AG3): a worry for a person on duty, not "call 999 now"."""
    return not happening_now(text) and _now_in(present_part(text, habits=False))


def says_not_now(text: str) -> bool:
    """Does the reply correct a reading of "now": "nage nawr!! weithie wedes i", "not now, i said sometimes"?"""
    return matches(RULES, "not_now", prepared(text))


__all__ = ["happening_now", "only_a_habit", "present_part", "says_not_now"]
