"""Service-led wording: a service or standard goal without a personal reason (Principles 1 and 7)."""
from __future__ import annotations

import pytest

from bot.analysis import is_service_led


@pytest.mark.parametrize("text", [
    "a referral to the day centre", "more care hours", "referral to dementia café",
    "needs to comply with care plan", "meals on wheels", "a care package", "respite", "a stairlift",
    "feel safe", "OT assessment", "I want to feel safe",
    "teimlo'n ddiogel", "cyfeiriad at y ganolfan ddydd", "mwy o oriau gofal", "pecyn gofal",
    "Mae angen pecyn gofal ar Mam",
    # Welsh service wording as English (issue 11): north, south, text-speak
    "lle mewn canolfan ddydd", "a day centre place", "gofal seibiant", "rhywun i ddod mewn", "someone to come in",
    "asesiad", "an assessment", "dwi isio lle mewn canolfan ddydd", "wi moyn gofal seibiant", "ishe pecyn gofal",
    "mwy o help adra", "more help at home",
    # stop 19: Welsh twins the English list had and the Welsh lacked (no "why" was asked for "pryd ar glud")
    "pryd ar glud", "canllaw yn y bath", "grab rails in the bath", "gofalwyr yn y bore",
    "carers in the morning", "cadair olwyn", "a wheelchair", "asesiad gofalwr", "a carer's assessment",
    "gwasanaeth cyfeillio", "a befriending service", "sedd gawod", "a shower seat",
])
def test_service_led(text: str) -> None:
    assert is_service_led(text)


@pytest.mark.parametrize("text", [
    "I want to feel safe going out at night because of the steps",
    "I want to go to the day centre to see my friends",
    "more care hours so I can get to chapel on Sunday",
    "Dw i isio mynd i'r ganolfan ddydd i weld fy ffrindiau",
    "Dw i eisiau teimlo'n ddiogel achos mae'r grisiau'n serth",
    "I want to keep going to chapel",
    "Dw i eisiau cerdded i'r siop eto",
    "lle mewn canolfan ddydd er mwyn i mi weld pobl", "a day centre place so I can see people",
    "rhywun i ddod mewn i mi gael mynd i'r gwaith", "gofal seibiant achos dwi wedi blino'n lân",
    "pryd ar glud achos dwi ddim yn gallu sefyll i goginio", "cadair olwyn er mwyn i mi gael mynd i'r parc",
    "a wheelchair so I can get to the park",
    "",
])
def test_not_service_led(text: str) -> None:
    assert not is_service_led(text)
