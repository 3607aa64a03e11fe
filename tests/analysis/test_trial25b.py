"""The second stop-25 trial (V1, V7): a false urgent alert in formal Welsh, and a Welsh "don't phone home" missed."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.safe_reply import reply_to_safe_check
from bot.analysis.safety_wish import is_safety_wish


@pytest.mark.parametrize("text", [
    # V1: her own words say it is help; the English twin read nothing, the Welsh was urgent abuse with a duty alert
    "Mae fy mab yn dda iawn, mae'n cadw fy ngherdyn banc gan fy mod yn anghofio'r rhif PIN o hyd – mae hynny'n help "
    "mawr i mi.",
    "My son is very good, he keeps my bank card because I forget the PIN, it is a big help to me.",
])
def test_a_card_kept_because_the_pin_is_forgotten_is_help(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize("text", [
    "mae o'n cadw fy ngherdyn banc a dydi o ddim yn rhoi fo nôl",
    "he keeps my bank card and won't give it back",
])
def test_a_card_kept_from_them_is_still_read(text: str) -> None:
    assert assess_risk(text).level != "none"


@pytest.mark.parametrize("text", ["plis dim ffonio adra 🙏", "dim galwad ffôn plis", "dim ffonio'r tŷ plis",
                                  "never phone the house", "no phone calls please"])
def test_no_phoning_home_is_a_safety_wish_in_welsh_as_in_english(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", ["dim byd arall", "ffoniwch fi", "dim problem"])
def test_other_words_are_not(text: str) -> None:
    assert not is_safety_wish(text)


@pytest.mark.parametrize("text", [
    # V5: a 15-year-old at "are you safe?": re-asked, and her next answer held, for "not like an emergency"
    "im ok right now, im in my room. its not like an emergency or anything, i just said it because its true. "
    "can we carry on",
    "dwi'n iawn rwan, dydi o ddim yn argyfwng na dim byd. ga i gario mlaen",
])
def test_saying_it_is_no_emergency_and_to_carry_on_carries_on(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on"


@pytest.mark.parametrize("text", ["its not an emergency but he is here now",
                                  "dwi ddim yn saff, dydi o ddim yn argyfwng ond"])
def test_not_safe_beside_it_still_holds(text: str) -> None:
    assert reply_to_safe_check(text) != "carry_on"
