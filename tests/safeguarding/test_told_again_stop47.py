"""Stop 47 (fresh47, dev_fresh7's tuning half): two everyday answers after a disclosure were added to its open alert as
urgent. "she can help me with the forms" read "help me" as a cry for help; "Before Liam comes round ideally, he usually
turns up around 2" read a time to visit, set by when he arrives, as fear of him coming (the re-trial 32 AF4 family:
"not when Darren's there"). Both stay calm now; a cry for help, and a time with tonight or fear in it, still go back
to the disclosure."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.told_again import goes_back_to

TOLD_EN = "my stepdad Liam hits me when he has had a drink"
TOLD_CY = "ma llystad fi Liam yn bwrw fi pan mae e wedi yfed"


@pytest.mark.parametrize("said, told", [
    ("Wednesday when Jade is here please, she can help me with the forms", TOLD_EN),
    ("my sister could help me fill in anything you send", TOLD_EN),
    ("nan will help me read the letters", TOLD_EN),
    ("Before Liam comes round ideally, he usually turns up around 2", TOLD_EN),
    ("any time till Liam gets home from work is fine", TOLD_EN),
    ("mornings are best, before Liam gets back from the gym", TOLD_EN),
    ("cyn i Liam ddod adre o'r gwaith plis", TOLD_CY),
    ("unrhyw bryd cyn bod Liam yn cyrraedd adra", TOLD_CY),
])
def test_an_everyday_answer_is_not_more_of_the_disclosure(said: str, told: str) -> None:
    assert not goes_back_to(said, told)


@pytest.mark.parametrize("said, told", [
    ("please help me hes outside", TOLD_EN),
    ("hes banging on the door help me", TOLD_EN),
    ("can someone help me please he is coming back tonight", TOLD_EN),
    ("please come before Liam gets back tonight, im scared", TOLD_EN),
    ("Before Liam comes round on Saturday, he will kill me if he knows", TOLD_EN),
    ("Liam comes back tonight before i get home", TOLD_EN),
    ("dewch cyn i Liam ddod adre heno plis, dwi ofn", TOLD_CY),
    ("ma Liam yn dod adre heno", TOLD_CY),
    ("ma fe tu fas i'r drws, helpwch fi", TOLD_CY),
])
def test_a_cry_for_help_or_a_feared_return_still_goes_back_to_it(said: str, told: str) -> None:
    assert goes_back_to(said, told)


# fresh47 (dev_fresh7's tuning half): the Welsh "never get to" (byth yn cael) go out with friends was urgent domestic
# abuse, where the English "i never get to go out with my mates" reads nothing; "not allowed" and kept from everyone
# still read as control.
@pytest.mark.parametrize("said", [
    "fi byth yn cael mynd mas gyda'r bois",
    "dwi byth yn cael mynd allan efo fy ffrindia achos dwi'n edrych ar ol mam",
    "sai byth yn cal mynd mas da ffrindie fi ar y penwythnos",
    "i never get to go out with my mates",
])
def test_never_getting_out_with_friends_is_no_abuse(said: str) -> None:
    assert assess_risk(said).level != "urgent"


@pytest.mark.parametrize("said", [
    "dw i byth yn cael mynd allan heb iddo fo wybod",
    "dw i byth yn cael gweld neb",
    "dw i ddim yn cael mynd mas gyda ffrindie fi, ma fe yn cloi y drws",
    "dyw e byth yn gadael fi fynd mas gyda ffrindie fi",
])
def test_kept_in_is_still_control(said: str) -> None:
    assert assess_risk(said).level == "urgent"
