"""Which risk readings make a person's words safeguarding material, never outcomes.

An urgent reading always does. So does a concern in a harm category (suicide, self-harm, abuse,
exploitation, neglect: bot.analysis.risk.URGENT_CATEGORIES): "doesnt matter much anyway, im not
gonna be around after friday" read as a concern is still about their life being at risk, and a
practitioner must not find it among "how they want to be supported", nor hear it read back on a
screen someone else may see. Other concerns (loneliness, falls, carer strain, money) keep their
outcomes: the person's wish stands while the risk is the assistant's cautious reading.

Decided when an answer is stored (bot.storage.repository.record_answer, for every answer and
read-back addition), so the read-back and every summary format, which show the stored outcomes,
follow it; the summary already shows a concern's words in its safeguarding section only.
"""
from __future__ import annotations

from collections.abc import Iterable

from bot.analysis.risk import URGENT_CATEGORIES


def is_harm(level: str | None, categories: Iterable[str] | str | None) -> bool:
    """Urgent, or a concern in a harm category (`categories`: names, or stored as "a,b")."""
    if level == "urgent":
        return True
    if level != "concern" or not categories:
        return False
    names = categories.split(",") if isinstance(categories, str) else categories
    return any(name.strip() in URGENT_CATEGORIES for name in names)


__all__ = ["is_harm"]
