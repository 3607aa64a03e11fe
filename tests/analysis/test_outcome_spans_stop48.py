"""Stop 48, span48: what happened, told in the Welsh past, is no outcome of its own.

The span misses of the fresh sets' tuning halves were classified (/work/notes/s48/span48_classes.md). The extra outcomes
that no writer of any readable set marks include reports told in the Welsh past of verbs that `_PAST_REPORT` did not
name: "-odd" ("Cwmpodd hi…", "Ffoniodd…"), "-on ni/nhw" ("Siaradon ni…", "Buon ni…"), "mi glywis i", "mi es i" after a
when ("Nos Sul…", "Penwythnos dwytha…"), "X nath…", "nesh i…". They reached the summary as draft outcomes, one of them a
carer's account of harm. The wish beside them stays an outcome; look-alikes (a wish, a question, English "sometimes I",
"yes I") do not change.

Every example is written for this test (north, south and text-speak Welsh; English beside it); none is from a benchmark
file.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse


def _outcomes(text: str, question: str | None) -> list[str]:
    found = analyse(text, question=question).outcomes
    for s in found:
        assert s.text == text[s.start:s.end]  # verbatim
    return [s.text for s in found]


# (answer, the past report that must not be an outcome, the wish that must stay one)
PAST_THEN_WISH = [
    # south: a fall told with "-odd", commas and "daeth" / "aeth"
    ("Cwmpodd hi yn y gegin fis Tachwedd, dim byd wedi torri, daeth yr ambiwlans a aeth hi adre'r un noson. "
     "Licen i gael larwm iddi hi.",
     "Cwmpodd hi yn y gegin", "Licen i gael larwm iddi hi."),
    # north: talked it over ("-on ni"), then the wish
    ("Trafodon ni fo efo'r meddyg teulu, a ddudodd o ei fod o'n syniad da. Dwi isio cadw'r car.",
     "Trafodon ni fo", "Dwi isio cadw'r car."),
    # north: a when, "mi glywis i"
    ("Neithiwr mi glywis i hi'n crio yn y llofft ar ôl i'r gofalwr fynd. Dwi isio i'r un gofalwr ddod bob tro.",
     "mi glywis i", "Dwi isio i'r un gofalwr ddod bob tro."),
    # north: a day, "mi es i"
    ("Dydd Sul mi es i draw i'w thŷ hi a doedd dim bwyd yn y ffrij. Rhywun i helpu efo'r siopa.",
     "mi es i draw", "Rhywun i helpu efo'r siopa."),
    ("Penwythnos dwytha mi es i â fo i'r traeth a mi gafodd o amser da. Mwy o dripiau fel'na.",
     "mi es i â fo", "Mwy o dripiau fel'na."),
    # south: "Buon ni" (a short stem before "-on ni")
    ("Buon ni yn Llandudno am wythnos yn yr haf. Dwi isio mynd eto flwyddyn nesa.",
     "Buon ni", "Dwi isio mynd eto flwyddyn nesa."),
    # a phone call told with "-odd" and "-on nhw"
    ("Ffoniodd yr asiantaeth ddoe a ddudon nhw bod nhw'n edrych mewn i'r peth. Dwi isio gofalwr newydd gyda'r nos.",
     "Ffoniodd yr asiantaeth", "Dwi isio gofalwr newydd gyda'r nos."),
]


@pytest.mark.parametrize("question", [None, "change"])
@pytest.mark.parametrize("text, report, wish", PAST_THEN_WISH)
def test_a_welsh_past_report_is_no_outcome_and_the_wish_stays(text: str, report: str, wish: str,
                                                              question: str | None) -> None:
    found = _outcomes(text, question)
    assert wish in found, found
    assert not any(report in o for o in found), found


# The same shape already read right before this stop (English past with a when; Welsh "nath" / "nesh i"): unchanged.
ALREADY_RIGHT = [
    ("Dad fell on the stairs last year and broke his wrist. I'd like a rail on the stairs.",
     "Dad fell", "I'd like a rail on the stairs."),
    ("nesh i neud cwrs barista yn y coleg am 6 mis yn 2021. isio job mewn caffi", "nesh i", "isio job mewn caffi"),
    ("nath y social worker dwetha ddim ffonio nol o gwbl. plis ffoniwch os da chi'n hwyr", "nath y social",
     "plis ffoniwch os da chi'n hwyr"),
]


@pytest.mark.parametrize("text, report, wish", ALREADY_RIGHT)
def test_past_reports_read_right_before_stay_so(text: str, report: str, wish: str) -> None:
    found = _outcomes(text, None)
    assert wish in found, found
    assert not any(report in o for o in found), found


# Look-alikes that must not change: a wish in the past's company, a wish with "wrth ei bodd" ("-odd" inside a word
# that is no verb), "Noson" ("-on" with no "ni"), English "sometimes I" / "yes I" / "this I" ("-es i", "-is i").
STAY = [
    ("Mi fasa hi wrth ei bodd yn mynd i'r pwll nofio.", "Mi fasa hi wrth ei bodd yn mynd i'r pwll nofio."),
    ("Mi gafodd hi strôc llynedd a dwi isio iddi gael cawod lle gall hi gerdded i mewn.",
     "dwi isio iddi gael cawod lle gall hi gerdded i mewn."),
    ("Es i i'r ganolfan ddydd unwaith, dwi isio mynd eto bob dydd Mawrth.", "dwi isio mynd eto bob dydd Mawrth."),
    ("Noson o gwsg.", "Noson o gwsg."),
    ("Sometimes I want to go out on my own. I'd like a bus pass.", "Sometimes I want to go out on my own."),
    ("Yes I'd like someone to ring first.", "Yes I'd like someone to ring first."),
    ("This I know, I want to stay here.", "I want to stay here."),
]


@pytest.mark.parametrize("text, kept", STAY)
def test_look_alikes_keep_their_outcome(text: str, kept: str) -> None:
    assert kept in _outcomes(text, None)


def test_a_past_report_with_a_wish_in_it_stays_an_outcome() -> None:
    """A sentence that opens in the past but asks for something is still a wish (is_wish wins)."""
    text = "Aeth hi i'r cartref seibiant unwaith a dwi isio iddi gael mynd eto, mi wnaeth les iddi."
    found = _outcomes(text, None)
    assert found and any("dwi isio iddi gael mynd eto" in o for o in found), found
