"""Outcome cuts, stop 38 (issue 11: "each person's wishes as separate, correctly grouped quotes"; spans38).

The largest family of extra outcomes on the fresh writers' readable halves was a report of how things are, written
the quick way: text-speak Welsh without the apostrophe ("dwin neud cwrs nyrsio fy hun part time", "mar sick pay di
gorffen", "Sai wedi cysgu noson gyfan ers y Pasg", "ni n chwarae i hwlffordd dan 16"), a Welsh past after "fe / mi"
("fe gwmpes i fis dwetha ar y stepiau gwlyb"), "then im up doing her meds" and "Ray can't manage the phone now".
The same report with the apostrophe was already no outcome; these were. A wish beside them stays, and so does a
wish written the same quick way ("dwin isio", "sai moyn", "Then I can walk up to Julie's myself").

Among the wishes missed outright: help said as the difference it would make ("A new hearing aid that works would make
the world of difference", "If there was a lift service or a volunteer driver that would make a world of difference";
"would make a difference" already counted, two words between did not) and its Welsh ("Sa lifft i'r dre yn gneud byd
o wahaniaeth"), and a wish to know, typed "gwbod" ("gwbod bod nain yn saff pan dwi ddim yna"). A difference it made
in the past stays a report.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS


def _spans(text: str, question: str | None) -> list[str]:
    _type, _conf, spans = sort_outcomes(text, question)
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text  # stored byte for byte
        assert len(sp.text.split()) >= MIN_OUTCOME_WORDS or sp.text == text.strip()  # never a fragment
    return [sp.text for sp in spans]


#: (answer, question's prior, the outcomes it holds)
Case = tuple[str, "str | None", list[str]]

QUICK_REPORTS: list[Case] = [
    # Welsh text-speak: "dwi'n", "ma'r", "sa i'n", "ni'n" without the apostrophe (fresh5 / fresh6 extras)
    ("dwin neud cwrs nyrsio fy hun part time. Licen i gael rhywun i eistedd efo mam ar nos fawrth", "change",
     ["Licen i gael rhywun i eistedd efo mam ar nos fawrth"]),
    ("mar sick pay di gorffen a mar morgais yn dod allan dydd 1af. dwi angen help efo pres", "change",
     ["dwi angen help efo pres"]),
    ("Sai wedi cysgu noson gyfan ers y Pasg. Dwi isio seibiant bob hyn a hyn", "change",
     ["Dwi isio seibiant bob hyn a hyn"]),
    ("ni n chwarae i hwlffordd dan 16 tan fi stopio mynd. isio mynd nol i chwarae", "change",
     ["isio mynd nol i chwarae"]),
    # a Welsh past after "fe"
    ("fe gwmpes i fis dwetha ar y stepiau gwlyb. hoffwn i gael rheilen wrth y drws cefn", "change",
     ["hoffwn i gael rheilen wrth y drws cefn"]),
    # English: "then" and a subject, and someone named who cannot do something
    ("I work nights at the warehouse. Then im up doing her meds. I need a break now and then", "change",
     ["I need a break now and then"]),
    ("Ray can't manage the phone now. Please ring me instead, not him", "process",
     ["Please ring me instead, not him"]),
]

STILL_WISHES: list[Case] = [
    # the same quick spellings with a wish word, and a result after "then" that is the wish itself
    ("dwin isio mynd nol i nofio", "change", ["dwin isio mynd nol i nofio"]),
    ("sai moyn mynd i gartre", "maintenance", ["sai moyn mynd i gartre"]),
    ("Then I can walk up to Julie's myself", "change", ["Then I can walk up to Julie's myself"]),
]


@pytest.mark.parametrize("text, question, expected", QUICK_REPORTS + STILL_WISHES)
def test_a_quick_report_is_no_outcome_and_a_wish_stays(text: str, question: str | None, expected: list[str]) -> None:
    assert _spans(text, question) == expected


DIFFERENCE_IT_WOULD_MAKE: list[Case] = [
    ("A new hearing aid that works would make the world of difference, he's cut off in company, he just nods",
     "change",
     ["A new hearing aid that works would make the world of difference, he's cut off in company, he just nods"]),
    ("If there was a lift service or a volunteer driver that would make a world of difference", "change",
     ["If there was a lift service or a volunteer driver that would make a world of difference"]),
    ("Sa lifft i'r dre yn gneud byd o wahaniaeth", "change", ["Sa lifft i'r dre yn gneud byd o wahaniaeth"]),
    ("Bysa cloch drws newydd yn gneud lot o wahaniaeth iddo fo", "change",
     ["Bysa cloch drws newydd yn gneud lot o wahaniaeth iddo fo"]),
    ("gwbod bod nain yn saff pan dwi ddim yna", "change", ["gwbod bod nain yn saff pan dwi ddim yna"]),
    ("knowing that someone has seen him every day", "change", ["knowing that someone has seen him every day"]),
    # the past: what it did, not what is wished
    ("It made a world of difference when the nurse came", "change", []),
    ("Nath y nyrs wahaniaeth mawr llynedd", "change", []),
]


@pytest.mark.parametrize("text, question, expected", DIFFERENCE_IT_WOULD_MAKE)
def test_the_difference_help_would_make_is_a_wish(text: str, question: str | None, expected: list[str]) -> None:
    assert _spans(text, question) == expected
