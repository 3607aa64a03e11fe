"""Shared Hypothesis settings and text strategies for the property tests.

Why few examples and no deadline: the folder must run in seconds on a busy 2-core machine, and a
time bound would fail at random there (speed is measured by benchmarks/, never asserted).
"""
from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from bot.analysis.risk import all_rules

#: Every property runs with these unless it says otherwise.
FEW = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

#: Any text at all: every Unicode category but lone surrogates (which no UTF-8 input can carry),
#: so NUL, control characters, combining marks, emoji and right-to-left text all appear.
any_text = st.text(max_size=200)

_EXTRA_WORDS = ("he", "she", "me", "my", "not", "never", "no", "only", "joking", "jk", "lol", "i", "dw", "ddim",
                "fy", "yn", "mae", "o", "hi", "isio", "eisiau", "byw", "hun", "garden", "nain", "dad", "mam",
                "'n", "'r", "i'm", "can't", "dont", "wanna", "kms", "u", "2", "od", "step", "no one", "😀", "🙏")
_SEPARATORS = (" ", "  ", ". ", ", ", "! ", "? ", "\n", "; ", " - ", "... ", " | ")


def _rule_words() -> list[str]:
    """Words of the rules' own examples: random text built from them often fires rules and guards."""
    found: dict[str, None] = {}
    for rule in all_rules():
        for word in rule.example.split():
            found[word] = None
    return list(found)


#: Text made of disclosure-like words, idioms, negations and contractions in both languages, with
#: sentence ends and commas between them: where the risk rules, guards and negations meet.
risky_text = st.lists(
    st.tuples(st.sampled_from(_rule_words() + list(_EXTRA_WORDS)), st.sampled_from(_SEPARATORS)),
    max_size=40,
).map(lambda pairs: "".join(word + sep for word, sep in pairs))


@st.composite
def long_text(draw: st.DrawFn, low: int = 1_000, high: int = 45_000) -> str:
    """A long message: pieces of any and risky text repeated up to `low`..`high` characters."""
    size = draw(st.integers(low, high))
    pieces = draw(st.lists(st.one_of(any_text, risky_text), min_size=1, max_size=6))
    unit = " ".join(pieces) or "x"
    return (unit * (size // len(unit) + 1))[:size]
