"""Stop 21, the risk reader's known misses (left by stop 20), each with a twin in the other language and a disclosure in
the same words that stays urgent.

"dw i wedi penderfynu sut i wario fo" (I've decided how to spend it) was urgent suicide from the model alone at 0.82:
deciding how to spend, use or share something is guarded (risk_guards.tsv); "dw i wedi penderfynu sut" at a clause end
and "penderfynu sut i neud o" stay urgent.
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

SPENDING = [
    "dw i wedi penderfynu sut i wario fo",  # quoted
    "Dw i wedi penderfynu sut i wario fo. Gwyliau efo Nain.",
    "I've decided how to spend it",
    "Ive decided how to spend the money from nan",
]

PLAN = [
    "dw i wedi penderfynu sut",
    "I have decided how",
    "dw i wedi penderfynu sut i neud o",
    "dw i wedi penderfynu sut i wario fo ond dw i isio lladd fy hun",
    "I've decided how to spend it but I want to kill myself",
]


@pytest.mark.parametrize("text", SPENDING)
def test_deciding_how_to_spend_money_is_no_plan(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


@pytest.mark.parametrize("text", PLAN)
def test_a_plan_in_the_same_words_stays_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)
