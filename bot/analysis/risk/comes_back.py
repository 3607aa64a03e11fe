"""A harm told earlier that may come back: "that ill start again if it gets really bad".

Why (stop-25 trial U7): a 14-year-old said "i used to cut but not anymore" (a self-harm concern, answered calmly), and
later "that ill start again if it gets really bad". The later message has no self-harm word, so read on its own it was
nothing: "Thanks." and no flag. Said after that harm was told, it is the worry the worker needs to see. These words are
only the text's part; which harm came before is the conversation's (bot.conversation.safety.harm_coming_back). The
patterns are data (bot/data/analysis/comes_back.tsv).
"""
from __future__ import annotations

from bot.analysis.controls import steers_not_discloses
from bot.analysis.cue_patterns import matches, prepared

WORDS = "comes_back.tsv"


def says_it_may_come_back(text: str) -> bool:
    """Do these words fear or allow that something starts again ("I'll start again if...", "dwi'n poeni y bydda i'n
    dechrau eto")? Never a message about the conversation itself ("can we start again?")."""
    t = prepared(text)
    if not t or steers_not_discloses(text):
        return False
    return matches(WORDS, "again", t) and matches(WORDS, "worry", t)


__all__ = ["says_it_may_come_back"]
