"""Small readable pattern lists kept as data: one place that loads and applies them.

Several readings after a disclosure (a safety wish, harm happening now, who is hurting the
person, a reply to "are you safe?") are a few regular expressions a practitioner can read
and change in bot/data/analysis/*.tsv, grouped by kind. Every pattern is matched against the
same form of the text: NFKC, lower case, straight apostrophes and no accents ("tŷ" is "ty"),
so a pattern never needs to spell each variant.
"""
from __future__ import annotations

import re
from functools import cache

from .text import DATA_DIR, fold, iter_tsv, normalise

#: The header that marks a data file as a cue list (what :func:`warm` compiles).
CUE_HEADER = "kind\tlanguage\tpattern"


def prepared(text: str) -> str:
    """The form every cue pattern is matched against (see module docstring)."""
    return " ".join(fold(normalise(text or "", compatibility=True)).split())


@cache
def cue_patterns(name: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """kind -> compiled patterns, from a TSV under bot/data/analysis with columns kind, language, pattern."""
    found: dict[str, list[re.Pattern[str]]] = {}
    for row in iter_tsv(name):
        if len(row) < 3:
            raise ValueError(f"{name}: a row needs kind, language and pattern: {row!r}")
        kind, _language, pattern = row[0].strip(), row[1].strip(), row[2].strip()
        found.setdefault(kind, []).append(re.compile(pattern))
    return {kind: tuple(patterns) for kind, patterns in found.items()}


def matches(name: str, kind: str, text: str) -> bool:
    """Does any `kind` pattern of the list `name` occur in the prepared text?"""
    return any(p.search(text) for p in cue_patterns(name).get(kind, ()))


def warm() -> None:
    """Compile every cue list now (each file under bot/data/analysis whose header is :data:`CUE_HEADER`): for a
    server's start, so the first summary page does not compile them on its way (BA23, stop 46 trial)."""
    for path in sorted(DATA_DIR.glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            if fh.readline().rstrip("\n") == CUE_HEADER:
                cue_patterns(path.name)

