"""How (not) to contact them, as a young person said it after a disclosure (stop-19 re-trial): "NEVER phone the
landline" and "dont send anything in the post" sat among his support outcomes, though the assistant had just told him
that how it is safe to reach him would be at the top of what the team reads. They are safety wishes now (which count
only in a conversation with an urgent flag); ordinary preferences about post and texts are not."""
from __future__ import annotations

import pytest

from bot.analysis.safety_wish import is_safety_wish


@pytest.mark.parametrize("text", [
    "NEVER phone the landline", "dont send anything in the post", "no letters home please", "only message me on here",
    "only ring my mobile not the landline, he listens in",
    "paid anfon dim byd yn y post", "dim llythyrau adra plis", "jyst tecstio fi ar y ffon yma",
    "peidiwch ffonio'r llinell tir",
])
def test_contact_wishes_after_a_disclosure(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", ["Tecst yn unig", "text is best", "I like getting post",
                                  "I want to get letters from my nan", "she only rings my mum on sundays",
                                  "mae hi'n hoffi cael llythyrau gan ei hwyrion"])
def test_ordinary_preferences_are_not(text: str) -> None:
    assert not is_safety_wish(text)


@pytest.mark.parametrize("text,partner", [
    ("my mum's new fella grabbed me by the neck last night and threw my phone at the wall. im scared to go back", True),
    ("her new man hits her when he drinks", True),
    ("my fella takes me to bingo on a friday", False),
])
def test_a_mothers_new_fella_hurting_them_is_domestic_abuse(text: str, partner: bool) -> None:
    """Re-trial: "mum's new fella" got the abuse reply without Live Fear Free (the stepdad case had it)."""
    from bot.conversation.safety import read_risk

    assert ("domestic_abuse" in read_risk(text).categories) is partner
