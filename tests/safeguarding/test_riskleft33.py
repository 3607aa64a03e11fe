"""Risk reader leftovers of stop 32 (issue 11), each in both languages with a look-alike read the other way.

AF7 (re-trial 32): "methu" with a person after it is missing them, not failing or being unable to cope.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

MISSING_SOMEONE = [
    "ma mam di mynd i fyw i caerdydd a dwi'n methu hi",  # the re-trial's words (a boy of 15, at "any worries?")
    "ysgol tbh, a dad yn stresd am pres drwy'r amser. ma mam di mynd i fyw i caerdydd a dwi'n methu hi",
    "mae nain wedi marw llynedd a dw i'n methu hi'n ofnadwy",
    "mae dad wedi mynd i'r carchar a dw i'n methu fe",
    "dwi'n methu mam a dad ers iddyn nhw wahanu",
    "Mum moved to Cardiff and I miss her loads",  # the English twins
    "mum's gone to live in cardiff and I miss her",
    "dad went to prison and I miss him",
]

STILL_STRAIN = [
    "dwi'n methu ymdopi efo hi",
    "dwi'n methu hi, dwi methu ymdopi efo hi ddim mwy",
    "I miss her, but I can't cope with her any more",
]


@pytest.mark.parametrize("text", MISSING_SOMEONE)
def test_missing_someone_is_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", STILL_STRAIN)
def test_not_coping_is_still_a_concern(text: str) -> None:
    result = assess_risk(text)
    assert result.level != "none" and "carer_strain" in result.categories
