"""An overdose taken now, in Welsh as people write it, gets "call 999 now" first (stop-18 trial).

The trial found "Dw i wedi cymryd fy holl dabledi" read as no risk at all, and "fy nhabledi i gyd…
jyst rwan", "newydd gymryd y bocs cyfan o dabledi", "wedi llyncu'r tabledi i gyd" urgent but without
"Ffoniwch 999 nawr"; every English twin had it. Taking one's usual tablets, or an overdose in the
past, is neither.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now

NOW = [
    "Dw i wedi cymryd fy holl dabledi",
    "dwi di cymryd fy nhabledi i gyd jyst rwan",
    "Dw i newydd gymryd y bocs cyfan o dabledi",
    "Rydw i wedi llyncu'r tabledi i gyd",
    "dwi wedi cymryd gormod o dabledi",
    "wi wedi cymryd y paced cyfan o paracetamol",
    "dwi newydd lyncu llond llaw o dabledi Mam",
    "I've taken all my tablets",
    "I've just swallowed the whole box of paracetamol",
]
NOT_NOW = [
    "dwi wedi cymryd fy nhabledi bore ma",  # the usual morning tablets
    "dwi'n cymryd fy holl dabledi bob bore",
    "I've taken my tablets this morning",
]
#: A carer: "she has taken all her tablets today". It may mean as prescribed, or an overdose. Stop 31 (the lead's
#: decision, for a practitioner to confirm: docs/benchmarks.md, "Many writers shipped, stop 31"): Welsh and English read
#: alike, and the English has long been urgent by rule, so both are urgent with "call 999 now" first.
CARER_REPORT = {"cy": "mae hi wedi cymryd ei holl dabledi heddiw", "en": "she's taken all her tablets today"}


@pytest.mark.parametrize("text", NOW)
def test_an_overdose_taken_now_is_urgent_and_now(text: str) -> None:
    assert assess_risk(text).level == "urgent"
    assert happening_now(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_usual_tablets_are_not_an_overdose(text: str) -> None:
    assert assess_risk(text).level != "urgent"
    assert not happening_now(text)


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_carer_saying_she_took_all_her_tablets_reads_alike_in_both_languages(lang: str) -> None:
    """Urgent in both (stop 31); it was "not urgent" in Welsh only while the English twin was urgent."""
    assert assess_risk(CARER_REPORT[lang]).level == "urgent"
    assert happening_now(CARER_REPORT[lang])


#: All her tablets taken as usual, or from the day's box the carer fills: a routine in both languages (stop 31; the
#: Welsh one is tests/safeguarding/test_recall_stop27.py's calm line). A week's box at once stays an overdose.
ROUTINE = [
    "mae Nain wedi cymryd ei holl dabledi bore 'ma, dw i'n eu rhoi nhw yn y bocs dyddiol iddi",
    "Nan's taken all her tablets this morning, I put them in the daily box for her",
    "mae hi wedi cymryd ei holl dabledi bore ma fel arfer",
    "she's taken all her tablets this morning as usual",
]


@pytest.mark.parametrize("text", ROUTINE)
def test_all_her_tablets_as_usual_is_a_routine(text: str) -> None:
    assert assess_risk(text).level != "urgent"


def test_a_weeks_box_at_once_is_still_an_overdose() -> None:
    assert assess_risk("she's taken all her tablets from the dosette box, the whole week").level == "urgent"


@pytest.mark.parametrize("text", ["nes i gymryd gormod o dabledi llynedd", "I took too many tablets last year"])
def test_an_overdose_in_the_past_is_not_now(text: str) -> None:
    assert not happening_now(text)
