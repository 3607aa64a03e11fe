"""Outcome cuts, stop 38 (issue 11: "each person's wishes as separate, correctly grouped quotes"; spans38).

The largest family of extra outcomes on the fresh writers' readable halves was a report of how things are, written
the quick way: text-speak Welsh without the apostrophe ("dwin neud cwrs nyrsio fy hun part time", "mar sick pay di
gorffen", "Sai wedi cysgu noson gyfan ers y Pasg", "ni n chwarae i hwlffordd dan 16"), a Welsh past after "fe / mi"
("fe gwmpes i fis dwetha ar y stepiau gwlyb"), "then im up doing her meds" and "Ray can't manage the phone now".
The same report with the apostrophe was already no outcome; these were. A wish beside them stays, and so does a
wish written the same quick way ("dwin isio", "sai moyn", "Then I can walk up to Julie's myself").
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

