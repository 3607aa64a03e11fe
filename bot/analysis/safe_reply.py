"""The person's reply to "are you safe right now? carry on, take a break or stop?".

Only a reply made wholly of the known phrases ("carry on", "parhau", "ia", "yes ok", "dwi'n
iawn", "i'm ok thanks x", "seibiant", "stopio") is taken as a choice; anything more ("I'm not
safe", "he's here now", "no") is the person telling us something, and is kept as their own
answer about their safety. "No" is never a choice: to "are you safe?" it says they are not.
The phrases are data (bot/data/analysis/safe_check_replies.tsv).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Literal

from .cue_patterns import prepared
from .text import iter_tsv

Choice = Literal["carry_on", "break", "stop"]
CHOICES: tuple[Choice, ...] = ("carry_on", "break", "stop")
PHRASES = "safe_check_replies.tsv"
_NOT_A_WORD = re.compile(r"[^\w']+")


def _key(text: str) -> tuple[str, ...]:
    """The reply's words: lower case, no accents, no punctuation or emoji ("Dwi'n iawn 👍" -> dwi'n iawn)."""
    return tuple(w.strip("'") for w in _NOT_A_WORD.sub(" ", prepared(text)).split() if w.strip("'"))


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, kind) for every phrase, longest first, so "take a break" is read before "break"."""
    found = {(_key(row[2]), row[0].strip()) for row in iter_tsv(PHRASES) if len(row) >= 3 and _key(row[2])}
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def reply_to_safe_check(text: str) -> Choice | None:
    """carry_on / break / stop when the whole reply is that choice, else None (their own words).

    A reply naming a break or a stop as well as carrying on ("I'm ok, but a break please") is the
    break or the stop: the gentler reading of what they want.
    """
    words = _key(text)
    chosen: set[str] = set()
    i = 0
    while i < len(words):
        for phrase, kind in _phrases():
            if words[i:i + len(phrase)] == phrase:
                if kind != "polite":
                    chosen.add(kind)
                i += len(phrase)
                break
        else:
            return None  # a word that is not part of a choice: the person is telling us something
    for kind in ("stop", "break", "carry_on"):
        if kind in chosen:
            return kind  # type: ignore[return-value]
    return None


__all__ = ["CHOICES", "Choice", "reply_to_safe_check"]
