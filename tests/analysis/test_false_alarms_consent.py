"""A grudging yes at consent is no disclosure (found by the stop-19 start helper): "if I have to", the whole
message, was read as urgent suicide (the model alone, 0.67), so the person got the urgent reply and the duty team an
alert. Only a sentence that is nothing but the grudging yes is cleared; anything more is read as before."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", ["if I have to", "If I have to.", "ok if I have to x", "go on then if I must",
                                  "yeah if we have to", "os oes rhaid", "os oes raid 🙄"])
def test_a_grudging_yes_is_no_alarm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", ["i will kill myself if i have to", "if i have to i will end it",
                                  "ok. if i have to. i dont want to be here anymore",
                                  "os oes rhaid. dw i isio lladd fy hun"])
def test_more_than_the_grudging_yes_is_read_as_before(text: str) -> None:
    assert assess_risk(text).reaches_duty  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar
