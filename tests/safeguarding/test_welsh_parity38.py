"""Welsh urgent recall up to English's (issue 11, stop 38): meanings the English rules read, in the Welsh people write.

Each family: the quoted Welsh message (risk writers' tuning halves), a Welsh variant written for the test, the English
twin, and a calm look-alike that must stay none.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from bot.analysis.risk.normalise import pattern_text
from bot.analysis.risk.rules import compile_pattern

URGENT: dict[str, list[str]] = {
    # Something thrown at the writer, told as small and last week ("'na gyd").
    "abuse": ["Paid becso amdana i, wi'n iawn. Ma fe jyst yn colli'i dymer pan ma'r Scarlets yn colli, a wthnos "
              "dwetha dafles e'r tegell ata i. Llosg bach ar 'y mraich, 'na gyd.",
              "Taflodd hi fwg at fy mhen neithiwr a bu rhaid i fi gael pwythau",
              "nath o luchio plât ata i neithiwr",
              "She threw a mug at my head last night and I had to have stitches"],
    # The south's "dihuno" for "deffro", and a wish not to be here ("sen i ddim 'ma").
    "suicide": ["Sa i moyn dihuno fory. Wi wedi neud yn siŵr o 'ny.",
                "sai moyn dihuno rhagor",
                "Newid? Licen i 'sen i ddim 'ma. Sa i'n gweud 'ny'n ysgafn, w.",
                "hoffwn i taswn i ddim yma rhagor",
                "I don't want to wake up tomorrow. I've made sure of that."],
    # "neud" (= gwneud) read wherever {gwneud} is.
    "exploitation": ["ma r hogia hyn yn neud i fi gadw cyllyll iddyn nw",
                     "mae'r bois yn gneud i fi gario stwff iddyn nhw",
                     "the older lads make me keep knives for them"],
    # "ar ben eu hunen" (= hunain).
    "neglect": ["ma'r plant drws nesa ar ben eu hunen ers nos Sadwrn",
                "ma'r babi ar ben ei hunan ers neithiwr",
                "the kids next door have been on their own since Saturday night"],
    # Scratching or cutting the legs or arms with something sharp.
    "self_harm": ["dwi'n crafu fy nghoesa efo siswrn bob nos ers i mam fynd i'r sbyty, dwi ddim isio iddi hi wybod",
                  "wi'n torri 'y mreichie 'da llafn",
                  "i scratch my legs with scissors every night"],
    # Gone since a recent time and no word since; someone with dementia missing overnight.
    "missing": ["Mae Gwilym wedi mynd ers neithiwr. Dim golwg ohono fo.",
                "ma'r mab di mynd ers nos sul, dim gair, ffôn off",
                "Wncwl â dementia ar goll ers neithiwr",
                "Gwilym has been gone since last night. No sign of him.",
                "Uncle with dementia missing since last night"],
}

#: Calm look-alikes of each family: none.
CALM = ["Taflodd Dad y bêl ata i yn yr ardd",
        "taflodd hi'r goriadau ata i i'w dal nhw",
        "Sa i moyn dihuno'n gynnar fory, diwrnod off o'r diwedd",
        "I don't want to wake up early tomorrow, day off at last",
        "licen i sen i ddim 'ma yn y gwaith heddi, ma'r bos yn boen",
        "mae o'n neud i fi chwerthin bob dydd",
        "ma'r plant yn chwarae ar ben eu hunen yn yr ardd",
        "nes i dorri fy mys efo'r gyllell wrth dorri nionod",
        "mae'r goriadau wedi mynd ers ddoe, dim golwg ohonyn nhw",
        "nath hi ddeud wrtha i am gadw'r ffôn yn y drôr",
        "dwi isio cadw'r clo ar y drws cefn, nath y boi drws nesa ddeud bod y stryd yn saff"]


@pytest.mark.parametrize("category, text", [(c, t) for c, texts in URGENT.items() for t in texts])
def test_the_welsh_meaning_reads_urgent_as_the_english_does(category: str, text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and category in found.categories, explain(text)


@pytest.mark.parametrize("text", CALM)
def test_the_calm_look_alike_stays_none(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("none", False), explain(text)


@pytest.mark.parametrize("spoken, written", [("dihuno", "deffro"), ("ddihuno", "ddeffro"), ("hunen", "hunain")])
def test_the_souths_words_are_read_in_the_written_form(spoken: str, written: str) -> None:
    assert pattern_text(f"sa i moyn {spoken}").endswith(written)


@pytest.mark.parametrize("spoken", ["neud", "gneud", "wneud", "cymyd", "gymyd"])
def test_a_lemma_is_read_in_its_spoken_forms(spoken: str) -> None:
    rx = compile_pattern("(?:{gwneud}|{cymryd}) i fi")
    assert rx.search(f"mae o yn {spoken} i fi")
    assert not rx.search("mae o yn meddwl i fi")
