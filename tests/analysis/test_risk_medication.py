"""Medication mix-ups are a concern the worker should see (stop-22 trial V38; risk reader's twelfth pass).

Gwilym, 81, a north Welsh farmer living with breathlessness, wrote "A dwi isio i rywun helpu fi efo'r pils, dwi'n
cymysgu nhw weithia" and the summary said the assistant noted no risk; "I get my tablets mixed up sometimes and take
them twice" read none too. Now both are a concern in a new worry category, `medication`, labelled in the summary in
both languages. Never urgent on its own (an overdose is the suicide rules'), never a harm (the help with the pills is
still an outcome), and a routine ("twice a day") or a mix-up of something else is nothing.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import CATEGORY_ORDER
from bot.conversation.safety import read_risk
from bot.safeguarding.harm import is_harm
from bot.summary.view import _categories

MIX_UPS = [
    "A dwi isio i rywun helpu fi efo'r pils, dwi'n cymysgu nhw weithia.",  # V38, quoted
    "And I want someone to help me with the pills, I mix them up sometimes.",
    "I get my tablets mixed up sometimes and take them twice",  # V38, quoted
    "dwi'n cymysgu fy nhabledi weithia ac yn eu cymryd nhw ddwywaith",
    "she mixes up her meds",
    "mae hi'n cymysgu ei moddion",
    "he took his morning pills twice by mistake",
    "mae o 'di cymryd ei dabledi bore ddwywaith",
    "I can never remember if I have taken my tablets",
    "dwi'm yn cofio os dwi wedi cymryd fy nhabledi",
    "Dad gets confused with his tablets",
    "mae Dad yn drysu efo'i dabledi",
]

LOOK_ALIKES = [
    "I take my tablets twice a day",
    "dw i'n cymryd y tabledi ddwywaith y dydd",
    "I mixed up the dates, sorry",
    "nes i gymysgu'r dyddiadau, sori",
    "the carers sort her tablets, no problems there",
    "mae'r gofalwyr yn sortio'i thabledi hi, dim problem",
]

STILL_URGENT = [
    "I mix my tablets up anyway so I'm going to take the lot tonight and not wake up",
    "dwi'n cymysgu'r tabledi beth bynnag, dwi am gymryd nhw i gyd heno a peidio deffro",
]


@pytest.mark.parametrize("text", MIX_UPS, ids=[t[:40] for t in MIX_UPS])
def test_a_mix_up_is_a_medication_concern(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "concern" and "medication" in reading.categories, reading
    assert not is_harm(reading.level, reading.categories), reading


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_routine_or_another_mix_up_is_nothing(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


@pytest.mark.parametrize("text", STILL_URGENT, ids=[t[:40] for t in STILL_URGENT])
def test_an_overdose_beside_it_stays_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_summary_names_it_in_both_languages(language: str) -> None:
    assert "medication" in CATEGORY_ORDER
    assert _categories(["memory", "medication"], language) == ("cof, meddyginiaeth" if language == "cy"
                                                               else "memory, medication")
