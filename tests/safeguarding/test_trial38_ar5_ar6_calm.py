"""Banking done at the person's own request and a pet the landlord allows are calm (the sixteenth trial's AR5, AR6).

AR5: "Fe sy'n neud y banc i fi…, a fi ofynnodd iddo fe. Ma' fe'n dangos y cyfrif i fi bob mis." got "ffoniwch 999" and
an exploitation "please check". AR6: "cadw Bonni. dim ffordd dwi'n rhoi hi fyny, ma'r landlord di deud ma'n iawn i
gadw ci" got 999, Childline and a homelessness "please check". Through the real core and SQLite, Welsh and English,
each with a look-alike that is still read ("he does my banking and won't let me see it").
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import at_question

_ids = itertools.count(1)

BANKING = {
    "cy": ("Ma' Huw'r mab yn dda iawn wrtho i. Fe sy'n neud y banc i fi ar y cyfrifiadur, achos smo fi'n deall y pethe "
           "'na, a fi ofynnodd iddo fe. Ma' fe'n dangos y cyfrif i fi bob mis.\nA ma' Mrs Jenkins drws nesa yn galw "
           "mewn bron bob dydd am ddishgled."),
    "en": ("My son Huw is very good to me. He does my banking for me on the computer, because I don't understand those "
           "things, and I asked him to. He shows me the account every month."),
}
BANKING_KEPT_FROM_THEM = {"cy": "Mae o'n gwneud y banc i fi a dydi o ddim yn gadael i fi weld y cyfrif",
                          "en": "He does my banking and won't let me see it"}
PET = {"cy": "cadw Bonni. dim ffordd dwi'n rhoi hi fyny, ma'r landlord di deud ma'n iawn i gadw ci",
       "en": "Keep Bonni. No way I'm giving her up, the landlord said it's fine to keep a dog"}
PET_OR_THE_STREET = {"cy": "ma'r landlord di deud bod rhaid i fi gael gwared o'r ci neu dwi allan ar y stryd",
                     "en": "the landlord says I have to get rid of the dog or we're out on the street"}
ALARM = ("999", "Childline", "tîm", "team")


def _flags(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [f.level for f in conv.risk_flags]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_banking_they_asked_for_and_are_shown_is_calm(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"ar5-{language}-{next(_ids)}", language, "q_strengths",
                               what_matters="Aros adre" if language == "cy" else "Staying at home", name="Olwen")
    conversation.say(BANKING[language])
    assert not any(word in conversation.text for word in ALARM), conversation.text
    assert _flags(conversation.sender_id) == []
    assert conversation.requested == "q_keep"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_banking_kept_from_them_is_still_read(language: str) -> None:
    reading = assess_risk(BANKING_KEPT_FROM_THEM[language])
    assert reading.level == "urgent" or reading.please_check


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_pet_the_landlord_allows_is_calm(sqlite_url: str, language: str) -> None:
    conversation = at_question(f"ar6-{language}-{next(_ids)}", language, "q_keep", what_matters="Bonni",
                               role="young_person", name="Cai")
    conversation.say(PET[language])
    assert not any(word in conversation.text for word in ALARM), conversation.text
    assert _flags(conversation.sender_id) == []
    assert conversation.requested == "q_change"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_pet_or_the_street_is_still_read(language: str) -> None:
    assert assess_risk(PET_OR_THE_STREET[language]).level != "none"
