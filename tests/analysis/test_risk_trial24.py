"""Stop-24 trial T6: someone taking the bank card is a concern the worker sees, in Welsh as in English.

A widow's son-in-law 'comes to help with the money' and 'mae o'n mynd â'r cerdyn banc weithia' read nothing in either
language, so the practitioner's summary said no risk was noted. It is a concern (possible financial abuse: a person
decides), never urgent on its own, and never when the card is taken to do the shopping for them.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

TAKES_THE_CARD = [
    "mae'r mab yng nghyfraith yn dod draw i 'helpu' efo'r pres a dwi'm yn licio sut mae o'n siarad efo fi, mae o'n "
    "mynd â'r cerdyn banc weithia",
    "my son in law comes round to 'help' with the money and I don't like how he talks to me, he takes the bank card "
    "sometimes",
]
FOR_THE_SHOPPING = [
    "he takes the bank card to do her shopping on a Friday",
    "mae o'n mynd â'r cerdyn banc i siopa i fi bob dydd Gwener",
    "She takes her bank card to the post office herself",
]


@pytest.mark.parametrize("text", TAKES_THE_CARD)
def test_someone_taking_the_bank_card_is_a_concern(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.categories) == ("concern", ("exploitation",))  # never urgent on its own


@pytest.mark.parametrize("text", FOR_THE_SHOPPING)
def test_the_card_taken_to_do_the_shopping_is_not(text: str) -> None:
    assert assess_risk(text).level == "none"
