"""A confused person lashing out at whoever cares for them: a worry, not a disclosure.

"When he's confused in the evenings he lashes out at me, he doesn't know it's me", "neith taid ddim nabod fi
weithia a mae o di trio rhoi slap i fi unwaith, ond doctor yn deud ma'r dementia ydi o": carers and grandchildren tell
this calmly, and a duty alert for it is a false alarm (stop 20, risk_fresh4). The reading becomes a memory concern the
practitioner sees, when:

* the only harm found is abuse (no self-harm, neglect, money taken...);
* every sentence a harm rule fired in says the harm comes from confusion (dementia, "wedi drysu", dreaming, "doesn't
  know it's me", when they try to wash him); a harm the model alone read needs it once in the message;
* nothing says otherwise: no partner named, no carer's own harm ("last week I hit her back", "nes i ei daro fo'n
  ôl", "I'm frightened of what I'll do"), no child harmed, no drink.

The patterns are data (bot/data/analysis/risk_confusion.tsv) in the rules' own pattern language.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from bot.analysis.text import DATA_DIR
from bot.analysis.types import RiskAssessment

from .rules import RuleSet, compile_pattern, fired, read_rows, sort_categories

RULES = DATA_DIR / "risk_confusion.tsv"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One alternation per kind (confused, never)."""
    kinds: dict[str, list[str]] = {}
    for number, cols in read_rows(RULES):
        if len(cols) < 2 or cols[0].strip() not in ("confused", "never"):
            raise ValueError(f"risk_confusion.tsv line {number}: expected kind (confused|never) and pattern")
        kinds.setdefault(cols[0].strip(), []).append(cols[1].strip())
    return {kind: compile_pattern("|".join(f"(?:{p})" for p in pats)) for kind, pats in kinds.items()}


def said_of_confusion(text: str) -> bool:
    """Does this (normalised) text put the harm down to the person's confusion?"""
    return _patterns()["confused"].search(text) is not None


def soften(found: RiskAssessment, norm: str, guarded: str, rules: RuleSet,
           urgent_categories: Collection[str]) -> RiskAssessment:
    """The urgent abuse reading of a confused person's lashing out, made a memory concern (see the module)."""
    if found.level != "urgent" or {c for c in found.categories if c in urgent_categories} != {"abuse"}:
        return found
    p = _patterns()
    if not p["confused"].search(norm) or p["never"].search(norm) or rules.partner.search(guarded):
        return found
    for sentence in guarded.split(" | "):
        if any(r.level == "urgent" for r in fired(sentence, rules)) and not p["confused"].search(sentence):
            return found
    kept = {c for c in found.categories if c not in ("abuse", "domestic_abuse")}
    return RiskAssessment("concern", sort_categories(kept | {"memory"}))


__all__ = ["said_of_confusion", "soften"]
