"""Stop-22 trial V31: called away mid-answer ("sori ma rhywun wrth y drws, na i ddod nol wedyn") was stored as her
answer to one question and "helo, dwi nol. sori am hynna, y postman oedd o" as the next. Saying they are called away
is a stop (what they said so far is saved; they come back to the same question); a wish about doors or coming back
is an answer."""
from __future__ import annotations

import pytest

from bot.analysis.controls import control_of

CALLED_AWAY = [
    "sori ma rhywun wrth y drws, na i ddod nol wedyn",  # the trial's own words
    "someone's at the door, I'll come back later",
    "sorry theres someone at the door",
    "hang on someones at the door",
    "doorbell's going, back soon",
    "I'll come back to this later",
    "fydda i nol mewn munud",
    "wna i ddod yn ol nes ymlaen",
    "dof i nôl wedyn",
    "mae rhywun wrth y drws. sori",
]

ANSWERS = [
    "I like someone at the door to knock first",
    "mae rhywun wrth y drws bob bore",
    "there's someone at the door most mornings to help her",
    "I want to come back home from the hospital",
    "mae hi'n dod nol wedyn",
    "he comes back later on Tuesdays",
    "I'll be back at work soon",
    "na i ddim dod nol",
    "the carers come back later in the day",
    "Dw i isio dod nol adra",
]


@pytest.mark.parametrize("text", CALLED_AWAY)
def test_being_called_away_is_a_stop(text: str) -> None:
    assert control_of(text) == ("stop", None)


@pytest.mark.parametrize("text", ANSWERS)
def test_wishes_about_doors_and_coming_back_are_answers(text: str) -> None:
    assert control_of(text) is None
