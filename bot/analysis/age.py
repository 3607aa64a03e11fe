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
#: "i'm 19", "im 19", "i am 19", "I'm aged 19", "dwi'n 15", "dw i'n 14 oed", "wi'n 17", "fi'n 16", "rwy'n 18".
_SELF = re.compile(
    r"\b(?:i'?m|i\s+am|iam|dw\s*i(?:'?n|\s+yn)|dwi(?:'?n|\s+yn)|rwy'?n|rydw\s+i'?n|wi'?n|fi'?n)\s+(?:aged\s+|age\s+)?"
    + _AGE + r"\b" + _NOT_A_UNIT)
#: The whole message is an age: "19", "19 oed", "19 yrs old".
_ALONE = re.compile(r"^\W*" + _AGE + r"(?:\s*(?:oed|yrs?|years?|y/?o)(?:\s+old)?)?\W*$")


def stated_age(text: str) -> int | None:
    """The age the writer gives of themselves in `text`, or None when they give none."""
    folded = fold(normalise(" ".join((text or "").split())))
    found = _SELF.search(folded) or _ALONE.search(folded)
    return int(found.group(1)) if found else None
