"""Is the harm happening now? Then the urgent reply says "call 999 now" first.

"I've taken all my tablets", "dwi wedi cymryd y tabledi i gyd", "he's hitting me now", "mae e'n
fy mwrw i nawr": harm in progress, where the duty team's reply may come too late. Narrow on
purpose: "I took an overdose last year" is not now. Read only for messages already judged
urgent (bot.analysis.risk.assess_risk decides that); the rules are data, in Welsh and English
(north, south, text-speak), in bot/data/analysis/immediacy.tsv.
"""
from __future__ import annotations

from bot.analysis.cue_patterns import matches, prepared

RULES = "immediacy.tsv"


def happening_now(text: str) -> bool:
    """Does the message say the harm is happening now (not in the past)?"""
    t = prepared(text)
    if not t or matches(RULES, "past", t):
        return False
    return matches(RULES, "now", t) or (matches(RULES, "act", t) and matches(RULES, "marker", t))


__all__ = ["happening_now"]
