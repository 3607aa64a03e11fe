"""Fifth trial and its retrial (stop 35, issue 11): how an answer is cut into outcomes, and whose view each is. Played
through the conversation core (no Rasa) with SQLite, the trial's words with a twin in the other language, then read
back from the record.

- AK12: "If they say ten, come at ten, or at least ring and tell us" was three outcomes with three views: a condition
  and its wish, with the least they ask after "or at least" / "neu o leia", are one outcome.
- AK11: "college, doing plastering. i want to keep that whatever happens" was two outcomes, the second without what
  "that" is: a pointer that opens its own sentence points at the short sentence before it.
"""
from __future__ import annotations

import pytest

from tests.summary.test_fix35c_trial35 import outcomes_of, play

# AK12 ---------------------------------------------------------------------------------------------------------------
AT_LEAST = {
    "en": "somewhere to live before friday!! If they say ten, come at ten, or at least ring and tell us",  # the trial's
    "cy": "rhywle i fyw cyn dydd Gwener!! Os ydyn nhw'n dweud deg, dewch am ddeg, neu o leia ffonio a dweud wrthon ni.",
}
CONDITION = {"en": "If they say ten", "cy": "Os ydyn nhw'n dweud deg"}
LEAST = {"en": "at least ring and tell us", "cy": "o leia ffonio a dweud wrthon ni"}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_condition_and_its_wish_or_at_least_are_one_outcome(sqlite_url: str, lang: str) -> None:
    record = play(f"fix36b-ak12-{lang}", lang, "person", {"change": AT_LEAST[lang]})
    (one,) = [o for o in outcomes_of(record, AT_LEAST[lang]) if CONDITION[lang] in o["text"]]
    assert LEAST[lang] in one["text"], record["outcomes"]
    assert not any(o is not one and LEAST[lang] in o["text"] for o in record["outcomes"])


# AK11 ---------------------------------------------------------------------------------------------------------------
KEEP_THAT = {"en": "college, doing plastering. i want to keep that whatever happens",  # the retrial's words
             "cy": "coleg, neud plastro. dw i isio cadw hynna beth bynnag"}
POINTED_AT = {"en": "college, doing plastering.", "cy": "coleg, neud plastro."}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_keep_that_in_a_sentence_of_its_own_keeps_the_sentence_before(sqlite_url: str, lang: str) -> None:
    record = play(f"fix36b-ak11-{lang}", lang, "person", {"keep": KEEP_THAT[lang]})
    (one,) = outcomes_of(record, KEEP_THAT[lang])
    assert one["text"] == KEEP_THAT[lang] and one["type"] == "maintenance", one
