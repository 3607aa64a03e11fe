"""'Peidiwch â gwneud ffys ohona i' (don't make a fuss of me) is how they want help; 'paid neud ffys' alone takes back
what they told (stop 39: trial 39's taken-back words became no outcome, and with them this wish, stop 30's test)."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.safe_reply import takes_it_back


@pytest.mark.parametrize("text", ["Peidiwch â gwneud ffys ohona i.", "paid neud ffys o fi plis",
                                  "Just don't make a fuss of me."])
def test_a_fuss_of_me_is_how_they_want_help(text: str) -> None:
    assert not takes_it_back(text)
    assert [o.text for o in analyse(text, question="process").outcomes] == [text]


@pytest.mark.parametrize("text", ["paid neud ffys", "peidiwch a gwneud peth mawr o hyn", "nes i or-ymateb, paid neud ffys",
                                  "don't make a fuss about it"])
def test_no_fuss_about_what_they_told_takes_it_back(text: str) -> None:
    assert takes_it_back(text)
