"""The person's reply to "are you safe right now? carry on, take a break or stop?".

Only a reply made wholly of the known phrases ("carry on", "parhau", "ia", "yes ok", "dwi'n
iawn", "i'm ok thanks x", "seibiant", "stopio") is taken as a choice; anything more ("I'm not
safe", "he's here now", "no") is the person telling us something, and is kept as their own
answer about their safety. "No" is never a choice: to "are you safe?" it says they are not.
One exception: a reply that asks to carry on in so many words ("we're fine, carry on"), says
nothing that may be unsafe and reads as no risk carries on (the words are still kept).
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


#: Words that ask to carry on in so many words ("we're fine, carry on", "dwi yn ty nain. parhau").
_CARRY_ON_WORDS = (("carry", "on"), ("carryon",), ("continue",), ("keep", "going"), ("go", "on"), ("go", "ahead"),
                   ("next", "question"), ("parhau",), ("parha",), ("cario", "mlaen"), ("cario", "ymlaen"),
                   ("mynd", "ymlaen"), ("mynd", "mlaen"), ("dal", "ati"))
#: Any of these in a reply and it may be saying they are not safe: never read as carrying on.
_MAYBE_UNSAFE = frozenset((
    "not", "no", "nope", "dont", "don't", "cant", "can't", "never", "but", "unsafe", "scared", "afraid", "frightened",
    "help", "police", "999", "hurt", "hurting", "ddim", "dim", "na", "nac", "nid", "nag", "ond", "ofn", "ofnus",
    "helpu", "heddlu", "brifo", "anniogel", "peryg", "perygl", "isn't", "isnt", "aint", "wasn't", "neb",
    "here", "yma", "fan", "coming", "dod", "watching", "outside", "allan", "back"))


def _asks_to_carry_on(text: str, words: tuple[str, ...]) -> bool:
    """A longer reply that asks to carry on in so many words, says nothing unsafe and reads as no risk.

    "we're fine, carry on" and "dwi'n ok rwan, dwi yn ty nain. parhau" carry on (their words are
    kept all the same); "not safe, carry on" or "dwi ddim yn saff" never do.
    """
    if _MAYBE_UNSAFE.intersection(words):
        return False
    asked = any(words[i:i + len(p)] == p for p in _CARRY_ON_WORDS for i in range(len(words)))
    if not asked:
        return False
    from bot.analysis.risk import assess_risk  # (the risk package loads its model lazily)

    return assess_risk(text).level == "none"


def reply_to_safe_check(text: str) -> Choice | None:
    """carry_on / break / stop when the whole reply is that choice, else None (their own words).

    A reply naming a break or a stop as well as carrying on ("I'm ok, but a break please") is the
    break or the stop: the gentler reading of what they want. A longer reply that asks to carry on
    in so many words, with nothing unsafe in it, carries on too (_asks_to_carry_on).
    """
    words = _key(text)
    choice = _whole_choice(words)
    if choice is None and _asks_to_carry_on(text, words):
        return "carry_on"
    return choice


def _whole_choice(words: tuple[str, ...]) -> Choice | None:
    """The choice when the reply is made wholly of the known phrases, else None."""
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
