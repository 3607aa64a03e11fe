"""Stop 44: real disclosures shaped like ordinary sentences, which must stay urgent whatever guard is added.

A helper (abuse44) narrowed eight families of abuse look-alikes; no benchmark figure moved. A second, read-only
helper then wrote real disclosures of each guard's shape and found 61 that the guards had made less than urgent; the
branch was not merged. These are a selection of them, in both languages, so the next guard for a look-alike is checked
against the disclosures it could hide from the start, not only against the benchmark sets and its own fixtures.
The words are fictional and in no benchmark file.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: (family the guard was for, the disclosure): fear FOR someone; not safe alone after a fall; pet names; a phone
#: checked; a job with abused people; past harm with the abuser gone; an infection; money handled "with say".
DISCLOSURES = [
    ("fear for", "I'm scared of him being alone with the kids"),
    ("fear for", "I'm terrified of my stepdad being alone with my little sister"),
    ("fear for", "I'm frightened of her being on her own with the baby when she's like that"),
    ("fear for", "im scared of my brother being alone with my kids"),
    ("fear for", "I'm scared of him getting worse, he's getting angrier every day"),
    ("fear for", "mae gen i ofn ohono fo yn mynd yn waeth, mae o'n gwylltio efo fi bob nos"),
    ("fear for", "dwi ofn ohono fo n mynd yn waeth"),
    ("alone", "I don't feel safe at home alone with my nephew since my fall"),
    ("alone", "I'm not safe at home on my own with him since my stroke, he takes advantage"),
    ("alone", "I don't feel safe at home alone with him because of his fits of temper"),
    ("alone", "dont feel safe at home on my own wiv him since my fall"),
    ("alone", "Dw i ddim yn teimlo'n saff adra ar ben fy hun efo fo ers y codwm"),
    ("alone", "sai'n teimlo'n saff yn y tŷ ar ben yn hunan gyda fe ar ol y strôc"),
    ("pet names", "he calls me names like darling in front of people but at home it's slag and worse"),
    ("pet names", "he calls me names like babe then useless cow when we're alone"),
    ("pet names", "mae o'n galw enwau arna i fel cariad o flaen pobl, ond adra mae o'n fy ngalw i'n hwch"),
    ("phone", "my kids' dad tracks my location and turns up wherever I am"),
    ("phone", "my son's dad reads my messages, we're not even together anymore"),
    ("phone", "my kids mum goes through my phone every night"),
    ("phone", "the carers check my phone and read my messages to my family"),
    ("phone", "mae'r gofalwyr yn darllen fy negeseuon i"),
    ("phone", "my foster dad goes through my phone and makes me delete my friends"),
    ("job", "please help me, the men who groomed me keep messaging me"),
    ("job", "i need help the men who groomed me r outside"),
    ("job", "I work nights and the men who groomed me wait outside my work"),
    ("job", "I work in a care home and there are residents who have been abused by a carer there"),
    ("job", "dw i'n gofalu am fy mrawd ac mae'r dynion sydd wedi cam-drin fo'n dal i ddod draw"),
    ("job", "dw i'n gweld cam-drin ar y ward bob shifft, mae'r staff nos yn taro'r preswylwyr"),
    ("gone", "My dad used to hit me. He's been in prison for two years but he gets out next week and says he'll "
             "find me."),
    ("gone", "My ex used to beat me. He's in prison but he gets out on Friday and I'm scared."),
    ("gone", "My dad used to hit me. There's a restraining order but he keeps turning up at my work."),
    ("gone", "My dad used to beat me. No contact since then, but he turned up at my flat on Saturday."),
    ("gone", "Roedd o'n arfer fy nharo i. Mae o yn y carchar ond mae o'n dod allan wythnos nesa a mae o wedi deud y "
             "bydd o'n ffeindio fi."),
    ("gone", "o'dd e'n arfer 'y mwrw i. ma fe yn y jail ond ma fe'n ca'l dod mas wthnos nesa"),
    ("gone", "roedd o'n arfer fy nharo i. mae gorchymyn llys ond mae o'n troi fyny wrth y drws"),
    ("infection", "My carer slapped me when I had a water infection"),
    ("infection", "my grandson hits me when I've got a UTI because I'm slow"),
    ("infection", "Nath y gofalwr fy nharo i pan o'n i efo haint dŵr"),
    ("infection", "My husband hits me when I have a UTI and wet the bed"),
    ("infection", "Dad gets violent when he has a water infection, last night he grabbed me by the throat"),
    ("money", "he controls all my money, I asked him to stop but he won't"),
    ("money", "He takes money out of my account for the bills but there's hundreds missing every month"),
    ("money", "My grandson keeps my bank card for my shopping but he's been taking hundreds out for himself"),
    ("money", "Mae o'n cymryd pres o fy nghyfrif i i dalu biliau ond mae cannoedd ar goll bob mis"),
    ("money", "mae o'n rheoli fy arian i gyd i dalu'r biliau ond dw i'n llwgu"),
]


@pytest.mark.parametrize("family, text", DISCLOSURES, ids=[f"{f}-{n}" for n, (f, _) in enumerate(DISCLOSURES)])
def test_a_disclosure_shaped_like_a_look_alike_stays_urgent(family: str, text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent", (family, text, reading)


def test_both_languages_are_covered_for_each_family() -> None:
    """Every family has an English and a Welsh disclosure: a guard is written in both languages, so it is checked in
    both."""
    welsh_markers = ("mae ", "mae'r ", "ma ", "dw i", "dwi", "roedd", "o'dd", "nath ", "sai'n")
    families = {f for f, _ in DISCLOSURES}
    for family in families:
        texts = [t.lower() for f, t in DISCLOSURES if f == family]
        assert any(not any(m in t for m in welsh_markers) for t in texts), family
    welsh_families = {f for f, t in DISCLOSURES if any(m in t.lower() for m in welsh_markers)}
    assert welsh_families == families
