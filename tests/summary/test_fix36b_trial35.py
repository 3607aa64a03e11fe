"""Fifth trial and its retrial (stop 35, issue 11): how an answer is cut into outcomes, and whose view each is. Played
through the conversation core (no Rasa) with SQLite, the trial's words with a twin in the other language, then read
back from the record.

- AK12: "If they say ten, come at ten, or at least ring and tell us" was three outcomes with three views: a condition
  and its wish, with the least they ask after "or at least" / "neu o leia", are one outcome.
- AK11: "college, doing plastering. i want to keep that whatever happens" was two outcomes, the second without what
  "that" is: a pointer that opens its own sentence points at the short sentence before it.
- AK9: "wy'n isio stopio mynd i'r mart… na, anghofiwch hynny, dw i isio cadw mynd." was a change: a change of mind cut
  inside the wish it takes back still takes it back, and "cadw mynd" carries what it keeps.
- AK7: "aros yn y tŷ, ond fel dwedais i dwi'm yn cytuno efo hynna" filed Dad's wish as his daughter's view and her
  disagreement as a thing to keep; "fel dwedais i" and "fo ei hun?" were outcomes.
- AL5: "y nosweithie yn hir." (the nights are long) was a way to be supported.
"""
from __future__ import annotations

from typing import Any

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


# AK9 ----------------------------------------------------------------------------------------------------------------
TAKEN_BACK = {
    "cy": [  # the retrial's words, and the other ways of taking it back
        "wy'n isio stopio mynd i'r mart… na, anghofiwch hynny, dw i isio cadw mynd. hoffen i rywun i helpu gyda'r siopa",
        "dw i isio stopio mynd i'r mart, na sori, anghofia hwnna, dw i isio cadw mynd. hoffen i rywun i helpu gyda'r "
        "siopa",
        "dw i isio stopio mynd i'r mart... dim ots am hynna, dw i isio cadw fo. hoffen i rywun i helpu gyda'r siopa",
    ],
    "en": [
        "I want to stop going to the mart… no, forget that, I want to keep going. I'd like someone to help with the "
        "shopping",
        "I want to stop going to the mart. actually no, scrap that, I want to carry on. I'd like someone to help with "
        "the shopping",
        "I want to stop going to the mart... ignore that, I'd like to keep it. I'd like someone to help with the "
        "shopping",
    ],
}
SHOPPING = {"cy": "hoffen i rywun i helpu gyda'r siopa", "en": "I'd like someone to help with the shopping"}


@pytest.mark.parametrize("lang, n", [(lang, n) for lang in ("cy", "en") for n in range(3)])
def test_a_change_of_mind_keeps_the_mart(sqlite_url: str, lang: str, n: int) -> None:
    typed = TAKEN_BACK[lang][n]
    record = play(f"fix36b-ak9-{lang}-{n}", lang, "person", {"change": typed})
    mart = [o for o in outcomes_of(record, typed) if "mart" in o["text"]]
    (kept,) = mart  # one outcome: the wish kept, quoted with the mart it keeps
    assert kept["type"] == "maintenance", kept
    assert not any(o["type"] == "change" and "mart" in o["text"] for o in record["outcomes"])
    assert [o["type"] for o in outcomes_of(record, typed) if o["text"] == SHOPPING[lang]] == ["change"]


# AK7 ----------------------------------------------------------------------------------------------------------------
THEIR_WISH_SHE_DISAGREES = {
    "cy": "y cwch a'r capel. ac aros yn y tŷ, ond fel dwedais i dwi'm yn cytuno efo hynna. mae o'n deud 'fama dwi'n "
          "marw, nid mewn cartra'",  # the trial's words
    "en": "the boat and the chapel. and staying in the house, but like I said I don't agree with that.",
}
STAY = {"cy": "aros yn y tŷ", "en": "staying in the house"}
DISAGREES = {"cy": "cytuno", "en": "agree"}
FRAGMENTS = {
    "cy": "fel dwedais i, mae o isio aros adra efo'i betha. dwi'n meddwl bod o angen mynd i gartra.",
    "en": "like I said, he wants to stay at home with his things. I think he needs to go into a home.",
}
ASKED_BACK = {
    "cy": "fo ei hun? dim byd. fi? dwi isio iddo fo fod yn saff yn y nos, rhyw fath o larwm ar y drws.",
    "en": "him? nothing. me? I want him to be safe at night, some kind of alarm on the door.",
}


def _person_view(outcome: dict[str, Any]) -> bool:
    return outcome["whose_view"] == "person"


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_wish_she_disagrees_with_is_his_and_her_disagreement_no_outcome(sqlite_url: str, lang: str) -> None:
    record = play(f"fix36b-ak7-{lang}", lang, "carer", {"keep": THEIR_WISH_SHE_DISAGREES[lang],
                                                        "what_matters": FRAGMENTS[lang], "change": ASKED_BACK[lang]})
    (stay,) = [o for o in outcomes_of(record, THEIR_WISH_SHE_DISAGREES[lang]) if STAY[lang] in o["text"]]
    assert _person_view(stay) and stay["about"] == "person", stay
    assert not any(DISAGREES[lang] in o["text"] for o in record["outcomes"]), record["outcomes"]
    said_before = "fel dwedais i" if lang == "cy" else "like I said"
    assert not any(o["text"].strip(" ,.") == said_before for o in record["outcomes"])
    asked_back = ("fo ei hun?", "fi?") if lang == "cy" else ("him?", "me?")
    assert not any(o["text"].strip() in asked_back for o in record["outcomes"]), record["outcomes"]
    alarm = "larwm" if lang == "cy" else "alarm"
    assert any(alarm in o["text"] for o in outcomes_of(record, ASKED_BACK[lang]))  # the wish after them stays


# AL5 ----------------------------------------------------------------------------------------------------------------
HOW_THINGS_ARE = {"cy": "ma popeth yn becso fi. y nosweithie yn hir. sa i'n cysgu.",  # the retrial's words
                  "en": "everything worries me. the nights are long. I don't sleep."}


@pytest.mark.parametrize("lang", ["cy", "en"])
@pytest.mark.parametrize("question", ["support", "keep"])
def test_how_things_are_is_no_outcome(sqlite_url: str, lang: str, question: str) -> None:
    record = play(f"fix36b-al5-{lang}-{question}", lang, "person", {question: HOW_THINGS_ARE[lang]})
    assert outcomes_of(record, HOW_THINGS_ARE[lang]) == [], record["outcomes"]
    assert any(a["text"] == HOW_THINGS_ARE[lang] for a in record["answers"])  # their words stay, as typed
