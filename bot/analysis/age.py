"""The age a person gives of themselves ("im 19", "dwi'n 15 oed", "19" as a whole answer).

Why: helplines have age limits (Childline is for under-19s, Meic for under-25s), and a
19-year-old who has said her age must not be sent to a children's line. Only a person's own age
is read: "my brother is 8" or "Mam (82)" say nothing about the writer.
"""
from __future__ import annotations

import re

from bot.analysis.text import fold, normalise

#: Ages a person might give of themselves here (young people are 13-24; adults are not asked).
_AGE = r"(1[0-9]|[2-9][0-9])"
#: Not an age when a unit follows: "I'm 19 weeks pregnant", "dwi'n 20 munud i ffwrdd".
_NOT_A_UNIT = (r"(?!\s*(?:weeks?|wks?|months?|days?|hours?|hrs?|mins?|minutes?|seconds?|%|pounds?|quid|stone|st\b|kg"
               r"|miles?|munud|awr|oriau|wythnos|mis|diwrnod|milltir|punt|ceiniog))")
#: "i'm 19", "im 19", "i am 19", "I'm aged 19", "dwi'n 15", "dw i'n 14 oed", "wi'n 17", "fi'n 16", "rwy'n 18", and
#: without the apostrophe (tenth trial AE3: "fi. dwi n 16. ffion dwi" was read as an adult): "dwi n 16", "fi n 15".
_SELF = re.compile(
    r"\b(?:i'?m|i\s+am|iam|dw\s*i(?:\s*'?n|\s+yn)|dwi(?:\s*'?n|\s+yn)|rwy\s*'?n|rydw\s+i\s*'?n|wi\s*'?n|fi\s*'?n)"
    r"\s+(?:aged\s+|age\s+)?"
    + _AGE + r"\b" + _NOT_A_UNIT)
#: The whole message is an age: "19", "19 oed", "19 yrs old".
_ALONE = re.compile(r"^\W*" + _AGE + r"(?:\s*(?:oed|yrs?|years?|y/?o)(?:\s+old)?)?\W*$")
#: An age the message starts with, then more (retrial31 AD1: "17, my teacher told me to fill this in" at "who is
#: talking?" was read as an adult): "17, ...", "15 - ...", "14 fi", "14 me", "16 m8" (tenth trial AE3), "16 oed, ...",
#: "15 yrs old and ...".
_FIRST = re.compile(r"^\W*" + _AGE
                    + r"(?:\s*[,.;:–—-]+\s*(?!\d)|\s+(?:fi|me|m8|mate)\b|\s*(?:oed|yrs?\s+old|years?\s+old|y/?o)\b)")
#: Ages in words, as a young person might type them: "pymtheg", "dau ar bymtheg", "un deg chwech", "fifteen".
_IN_WORDS = {
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "tri ar ddeg": 13, "tair ar ddeg": 13, "pedwar ar ddeg": 14, "pedair ar ddeg": 14, "pymtheg": 15,
    "pymtheng": 15, "un ar bymtheg": 16, "dau ar bymtheg": 17, "dwy ar bymtheg": 17, "deunaw": 18,
    "pedwar ar bymtheg": 19, "pedair ar bymtheg": 19, "un deg tri": 13, "un deg pedwar": 14, "un deg pump": 15,
    "un deg pum": 15, "un deg chwech": 16, "un deg saith": 17, "un deg wyth": 18, "un deg naw": 19,
}
_WORDS = re.compile(r"\b(" + "|".join(sorted(_IN_WORDS, key=len, reverse=True)) + r")\b")
#: Under this age a person is a young person here, whatever else they say (a young carer is a young person too).
ADULT_AT = 18
#: Young people here are 10-24 (Meic is for under-25s): an age in this range given at "who is talking?" in one of the
#: ways below makes a young person.
_YOUNG = r"(?:1[0-9]|2[0-4])"
#: A number of years is an age only when the words say so: never a time ago or a length of time ("20 years ago my
#: husband died", "I've looked after him for 15 years", "married 20 years" were read as a young person: stop 32).
_NOT_YEARS = r"(?!\s*(?:yrs?|years?)\b(?!\s+old\b)\s*\w)"
_YOUNG_AGE_GIVEN = re.compile(
    r"\b(?:i'?m|i am|im|dw ?i(?:'?n)?|dwi(?:'?n)?|rwy'?n|wi'?n|fi'?n|fi|me)[\s,:–—-]*" + _YOUNG + r"\b"
    + _NOT_A_UNIT + _NOT_YEARS + r"|^\W*" + _YOUNG + r"\W*$|\b(?:age|aged|oed)\s*" + _YOUNG + r"\b"
    r"|\(\s*" + _YOUNG + r"\s*\)"
    r"|\b" + _YOUNG + r"\s*(?:oed|yrs?\s+old|years?\s+old|yo|y/o|y\.o)(?!\w)|^\W*" + _YOUNG + r"\s*(?:yrs?|years?)\W*$")


def stated_age(text: str) -> int | None:
    """The age the writer gives of themselves in `text`, or None when they give none."""
    folded = fold(normalise(" ".join((text or "").split())))
    folded = _WORDS.sub(lambda word: str(_IN_WORDS[word.group(1)]), folded)
    found = _SELF.search(folded) or _ALONE.search(folded) or _FIRST.search(folded)
    return int(found.group(1)) if found else None


def young_by_age(text: str) -> bool:
    """True when the writer gives an age under ADULT_AT ("17, my teacher told me to fill this in", "14 fi",
    "pymtheg"): the one rule for a young person by their age, at "who is talking?" and with their name."""
    age = stated_age(text)
    return age is not None and age < ADULT_AT


def gives_a_young_age(text: str) -> bool:
    """True when the writer says they are a young person by their age: under ADULT_AT as young_by_age reads it, or
    10-24 given as an age ("I'm 22", "me (16)", "15 yrs old", "14 oed", "aged 19", "16" alone). Not "20 years ago
    my husband died", "for 15 years", "married 20 years", "I'm 20 minutes away"."""
    folded = fold(normalise(" ".join((text or "").lower().split())))
    return young_by_age(text) or _YOUNG_AGE_GIVEN.search(folded) is not None


#: A message that is only an age under 18: "14", "dwi'n 14", "I'm 15", "15 oed", "14 yrs old".
_YOUNG_AGE_ONLY = re.compile(r"^\W*(?:(?:i'?m|im|i am|dw ?i'?n|dwi'?n|fi'?n|wi'?n|rwy'?n|me)\s*)?1[0-7]\s*"
                             r"(?:oed|yrs?|years?|y/?o)?(?:\s+old)?\W*$")


def is_only_a_young_age(text: str) -> bool:
    """True when the whole message is an age under 18 and nothing else ("14", "dwi'n 14", "I'm 15", "15 oed"): typed
    where an answer was expected, it says who is talking rather than what matters (stop-22 trial V8)."""
    return _YOUNG_AGE_ONLY.match(" ".join(text.lower().split())) is not None
