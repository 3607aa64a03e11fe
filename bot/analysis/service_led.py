"""Spot answers that name a service or a standard goal instead of what matters and why.

Friend not Foe, Principle 1 ("record personal, not standardised or
organisational outcomes") and Principle 7 ("record the why, not just the what"):
"Referral to dementia café", "more care hours", "needs to comply with care
plan" or a bare "feel safe" say what a service will do, not what the person
wants from life. The bot uses this flag to ask a gentle "what would that make
possible for you?" - it never rejects the answer.

Rule (deliberately simple and auditable; the lists are data, in
bot/data/analysis/service_led.tsv and service_led_filler.txt):

1. The answer must mention a service ("day centre", "pecyn gofal"), a
   professional phrase ("comply", "care plan") or a generic goal ("feel safe",
   "teimlo'n ddiogel"). Matching is on de-mutated canonical tokens, so
   "ganolfan ddydd" matches "canolfan ddydd".
2. If it also gives a reason ("because", "so I can", "er mwyn", "achos") it is
   not service-led.
3. Otherwise remove the matched phrases and filler words ("I", "want", "more",
   "please", "dw i", "angen"); if fewer than two words are left, nothing
   personal was said and the answer is service-led. "I want to go to the day
   centre to see my friends" keeps "see friends" and so is not service-led.
"""
from __future__ import annotations

from functools import lru_cache

from .text import DATA_DIR, canonical_text, canonical_word, iter_tsv

MIN_PERSONAL_WORDS = 2
#: Numbers before "gwaith" ("dwy waith yr wythnos", "tair gwaith y mis"): how often, never a personal reason.
_HOW_MANY = frozenset({"un", "dwy", "ddwy", "tair", "dair", "pedair", "bedair", "pum", "2", "3", "4", "5"})


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[str]]:
    """(service/professional/generic phrases, reason phrases, filler words), all canonical."""
    trigger: list[tuple[str, ...]] = []
    reason: list[tuple[str, ...]] = []
    for phrase, kind, _lang in iter_tsv("service_led.tsv"):
        toks = tuple(canonical_text(phrase).split())
        if not toks:
            continue
        (reason if kind == "reason" else trigger).append(toks)
    # Longest first, so "ot assessment" is consumed before "assessment".
    trigger.sort(key=len, reverse=True)
    filler = set()
    for line in (DATA_DIR / "service_led_filler.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            filler.add(canonical_word(line))
            filler.add(line)
    return tuple(trigger), tuple(reason), frozenset(filler)


def _find(tokens: list[str], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(tokens) - n + 1) if tuple(tokens[i:i + n]) == phrase]


#: Answers whose verdict is remembered: the form works out which questions are left at every step,
#: reading every answer so far again (a quarter of the action server's time per turn; issue 12).
VERDICTS_KEPT = 4096


@lru_cache(maxsize=VERDICTS_KEPT)
def is_service_led(text: str) -> bool:
    """True when the answer names a service / professional / generic goal and no personal reason."""
    tokens = canonical_text(text).split()
    if not tokens:
        return False
    trigger, reason, filler = _lists()
    covered = [False] * len(tokens)
    matched = False
    for phrase in trigger:
        for i in _find(tokens, phrase):
            if any(covered[i:i + len(phrase)]):
                continue
            matched = True
            for k in range(i, i + len(phrase)):
                covered[k] = True
    if not matched:
        return False
    for phrase in reason:
        if _find(tokens, phrase):
            return False
    for i in range(len(tokens) - 1):  # "dwy waith", "tair gwaith": how often, as "twice"
        if tokens[i] in _HOW_MANY and tokens[i + 1] == "gwaith":
            covered[i] = covered[i + 1] = True
    personal = [
        t for t, c in zip(tokens, covered)
        if not c and not t.startswith("'") and t not in filler and len(t) > 1
    ]
    return len(personal) < MIN_PERSONAL_WORDS
