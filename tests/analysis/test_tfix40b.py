"""Trial 40 (AU5, AU6, AU11): words quoted as said, and filed in the right group. Welsh/English twins, with a
look-alike that must not change."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.text import says_be_there, says_when


def _outcomes(text: str, prior: str | None) -> list[tuple[str, str]]:
    return [(o.text, o.type) for o in analyse(text, question=prior).outcomes]


@pytest.mark.parametrize("text", [
    "Rhywun i ishte 'da Nerys am bythewnos... na, am gwpwl o orie, sori, unwaith yr wythnos",
    "Someone to sit with Nerys for a fortnight... no, for a couple of hours, sorry, once a week",
    "Rhywun i ishte 'da Nerys bob dydd. O na, unwaith yr wythnos",
    "Rhywun i ishte 'da Nerys bob dydd. Ddim bob dydd ond unwaith yr wythnos",
])
def test_a_self_correction_is_quoted_with_what_it_puts_right(text: str) -> None:
    # AU6: the outcome was the fortnight he took back, alone
    assert [t for t, _ in _outcomes(text, "process")] == [text]


@pytest.mark.parametrize("text, wish", [
    ("Dw i isio mynd i'r côr. Na, dim byd arall.", "Dw i isio mynd i'r côr."),
    ("I want to go back to the choir. No, nothing else.", "I want to go back to the choir."),
])
def test_a_plain_no_after_a_wish_is_no_correction(text: str, wish: str) -> None:
    assert [t for t, _ in _outcomes(text, "change")] == [wish]


@pytest.mark.parametrize("text, where", [
    ("Dw i'n colli'r côr. Ro'n i'n canu yng nghôr merched Llŷn am 15 mlynedd ond dw i methu mynd ers dwy flynedd. "
     "Faswn i'n licio mynd yn ôl, a chysgu noson drwodd. Ond fel deudis i, dw i'n teimlo'n hunanol yn gofyn", "merched Llŷn"),
    ("I miss the choir. I sang in the Llŷn women's choir for 15 years but I haven't been able to go for two years. "
     "I'd like to go back, and sleep a night through. But like I said, I feel selfish asking", "women's choir"),
])
def test_a_wish_to_go_back_is_quoted_with_where_to(text: str, where: str) -> None:
    # AU6: "Faswn i'n licio mynd yn ôl" was cut off from the choir
    going_back = [t for t, _ in _outcomes(text, "change") if "yn ôl" in t or "go back" in t]
    assert len(going_back) == 1 and where in going_back[0]


@pytest.mark.parametrize("text", ["Faswn i'n licio mynd yn ôl i'r côr", "I'd like to go back to the choir"])
def test_a_wish_to_go_back_that_names_where_is_unchanged(text: str) -> None:
    assert [t for t, _ in _outcomes(text, "change")] == [text]


def test_something_they_used_to_do_is_a_change_not_a_keep() -> None:
    # AU11: "Mynd i'r clwb bowls o'n i" (I used to go to bowls club) was filed as keep
    cy = "Sai wedi meddwl amdana i. Mynd i'r clwb bowls o'n i, ar nos Fawrth. Bydde fe'n neis cael cwpwl o orie bant"
    assert ("Mynd i'r clwb bowls o'n i, ar nos Fawrth.", "change") in _outcomes(cy, "change")
    en = ("I haven't thought about me. I used to go to the bowls club, on Tuesday nights. It'd be nice to get a "
          "couple of hours off")
    assert not [t for t, kind in _outcomes(en, "change") if "bowls" in t and kind == "maintenance"]


def test_something_they_do_now_stays_a_keep() -> None:
    text = "Mynd i'r clwb bowls dw i, ar nos Fawrth. Dw i isio cadw hynna"
    assert [kind for _, kind in _outcomes(text, "change")] == ["maintenance"]


@pytest.mark.parametrize("text, views", [
    ("Dave and me not agree. he think she is ok with carer morning. I think she need more.", "Dave and me not agree."),
    ("Dave a fi ddim yn cytuno. Mae o'n meddwl ei bod hi'n iawn efo'r gofalwr yn y bore. Dw i'n meddwl bod hi angen "
     "mwy.", "Dave a fi ddim yn cytuno."),
])
def test_saying_views_differ_is_no_outcome(text: str, views: str) -> None:
    found = [t for t, _ in _outcomes(text, None)]
    assert views not in found and found  # the views that follow still are


@pytest.mark.parametrize("text", ["I want be there, Dave also if can", "wi moyn bod 'na", "dw i isio bod yno, yndw",
                                  "Hoffwn i fod yno", "I want to be there too"])
def test_being_there_is_a_visit_arrangement(text: str) -> None:
    assert says_be_there(text)


@pytest.mark.parametrize("text", ["I want to be there for my mum more", "I want to be happy",
                                  "what i want is a counsellor.", "dw i isio bod yn hapus"])
def test_other_wishes_are_no_visit_arrangement(text: str) -> None:
    assert not says_be_there(text)


@pytest.mark.parametrize("text, when", [("1 to 1.", False), ("un i un plis", False), ("one-to-one", False),
                                        ("after 1", True), ("2 to 4 is best", True), ("ar ôl 4", True)])
def test_one_to_one_is_no_time(text: str, when: bool) -> None:
    assert says_when(text) is when
