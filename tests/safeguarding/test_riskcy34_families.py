"""Families of harm no rule had tried (riskleft33; issue 11, stop 34): money taken from a purse or tin, romance and
investment scams still going, gas on or smelt now. Both languages, each with calm look-alikes.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: Money going from a purse or tin with someone who comes in beside it, or taken by a carer or relative.
PURSE = ["money keeps going missing from her purse since the new carer started",
         "Money has gone missing from Dad's tin every time my nephew visits",
         "Mae pres yn diflannu o'i phwrs hi ers i'r gofalwr newydd ddechrau",
         "Mae arian yn mynd ar goll o'r tun bob tro mae'r ŵyr yn galw",
         "The carer took £50 from the purse again today", "Y gofalwr wedi cymryd £50 o'r pwrs eto heddi"]
#: A wallet taken out to pay, money forgotten, bingo money: no one taking anything.
PURSE_CALM = ["he took his wallet out of the drawer to pay the milkman", "mae o'n cymryd ei waled o'r drôr i dalu",
              "money from her purse goes on bingo"]

#: Money going now to someone met online.
SCAM = ["he met a man online who needs money for a flight", "Mum keeps sending money to a man she met on Facebook",
        "Mae hi wedi cwrdd â dyn ar lein sydd angen pres am docyn awyren",
        "mae hi'n anfon pres i ddyn mae hi wedi'i gwrdd ar facebook"]
#: Love found online, with no money asked for.
SCAM_CALM = ["he met a lovely woman online and they're getting married in June", "she met her husband online"]

#: Gas on and unlit, or the house smelling of gas now.
GAS = ["the gas fire is on but not lit and the front room smells of gas",
       "Ma Mam 'di troi'r tân nwy mlaen heb ei gynnau ers y bore a ma'r stafell ffrynt yn drewi"]
#: Gas left on as a habit: a memory worry, not urgent; a smell that is gone.
GAS_NOT_URGENT = ["she leaves the gas on", "mae mam yn gadael y nwy ymlaen",
                  "the gas engineer came and the house smells of gas no more"]


@pytest.mark.parametrize("text", PURSE + SCAM)
def test_money_taken_or_sent_to_someone_met_online_is_urgent_exploitation(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "exploitation" in found.categories


@pytest.mark.parametrize("text", PURSE_CALM + SCAM_CALM)
def test_a_wallet_to_pay_or_love_online_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", GAS)
def test_gas_on_unlit_or_smelt_now_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", GAS_NOT_URGENT)
def test_gas_left_on_as_a_habit_or_fixed_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"
