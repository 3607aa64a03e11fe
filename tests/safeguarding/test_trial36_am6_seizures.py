"""The fourteenth trial's AM6 (stop 36, issue 11): "ma fe'n cael ffitiau yn y nos… cysgu ar ben ei hunan, sai'n siŵr os yw
hynny'n saff" read nothing and was filed under Strengths. Seizures at night or alone, and a carer unsure it is safe,
are a health concern shown with the risks at the top (no alert), in both languages, with look-alikes that stay calm.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, consented_at, risk_flags_quoting

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _carer_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial36d-{language}-{next(_senders)}", language, slot, role="carer", name="Nia",
                        what_matters={"en": "his garden", "cy": "ei ardd"}[language])


# --- AM6: seizures at night, alone, and "not sure that's safe" are a health concern, never a strength -----------------

SEIZURES = {
    "cy": "ma fe'n cael ffitiau yn y nos weithie a ma fe'n cysgu ar ben ei hunan, sai'n siŵr os yw hynny'n saff",
    "en": "he has fits at night sometimes and he sleeps on his own, not sure that's safe",
}
HEALTH_WORRIES = [
    "mae hi'n cael trawiadau weithia a mae hi'n byw ar ei phen ei hun, dwi'm yn siŵr ydi hynny'n saff",
    "she has seizures in her sleep",
    "she lives on her own and I worry it's not safe",
]
CALM_ALONE = [
    "she gets a fit of giggles at night",
    "ges i ffit pan welais i o ar ben ei hun yn y dre",
    "mum would have a fit if I stayed out alone",
    "he sleeps on his own now, it's much better for both of us",
    "ma fe'n cysgu ar ben ei hunan nawr ac mae e'n hapus",
]


@pytest.mark.parametrize("text", [*SEIZURES.values(), *HEALTH_WORRIES])
def test_a_health_risk_the_carer_worries_about_is_a_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "health" in reading.categories and not reading.please_check


@pytest.mark.parametrize("text", CALM_ALONE)
def test_fits_of_laughter_and_sleeping_alone_happily_are_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


@LANGS
def test_seizures_at_night_are_at_the_top_not_under_strengths(sqlite_url: str, language: str) -> None:
    who_helps = {"cy": "y gwaith yn bennaf. ma'i fos e, Sian, yn ffantastig gyda fe. o a rhywbeth arall - ",
                 "en": "work mostly. his boss, Sian, is fantastic with him. oh and something else - "}[language]
    text = who_helps + SEIZURES[language]
    conversation = _carer_at(language, "q_strengths")
    conversation.say(text)
    assert not repository.is_urgent(conversation.sender_id)
    flags = risk_flags_quoting(conversation, text)
    assert flags and all(f["level"] == "concern" and "health" in f["categories"] for f in flags)
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        sections = {s.key: s for s in build_view(record, ui).sections}
        top = [str(i.quote) for g in sections["safeguarding"].groups for i in g.items]
        assert any(SEIZURES[language][:30] in quote for quote in top)
        strengths = [str(i.quote) for g in sections.get("strengths", sections["safeguarding"]).groups
                     for i in g.items]
        assert not any(quote.strip() == SEIZURES[language] for quote in strengths)
