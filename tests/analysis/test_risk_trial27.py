"""Stop-27 trial X8: a 12-year-old's answer about his little brother, "dwi isio i Gruff beidio deffro Mam, achos wedyn ma
hi'n flin efo fi", was read by the learned model as the wish not to wake up (suicide): a duty alert, 999 and Childline.
Waking someone else is not that; not wanting to wake up oneself still is, also said without the mutation ("cysgu a
peidio deffro", which no rule read). The words are fictional."""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

OSIAN = ("isio mynd i dy Cai ar ol ysgol weithia fel pawb arall. a dwi isio i Gruff beidio deffro Mam, achos wedyn ma "
         "hi'n flin efo fi a deud bo fi ddim di watshad o. os dwi'n gadael o efo'r ipad am 5 munud bydd Mam yn fy lladd "
         "i haha")


@pytest.mark.parametrize("text", [
    OSIAN,
    "i wanna go to Jacks after school sometimes like everyone else. and i want Alfie to not wake mum up cos then shes "
    "angry with me and says i didnt watch him. if i leave him with the ipad for 5 mins mum will kill me lol",
    "fi moyn i Gruff bach beidio dihuno Mam-gu yn y bore",
])
def test_waking_someone_else_is_not_a_disclosure(text: str) -> None:
    reading = read_risk(text)
    assert reading.level != "urgent" and not reading.please_check


@pytest.mark.parametrize("text", [
    "dwi isio cysgu a peidio deffro", "dw i eisiau cysgu a pheidio deffro", "dwi ddim isio deffro bore fory",
    "i dont want to wake up tomorrow", "i want to go to sleep and not wake up",
])
def test_not_wanting_to_wake_up_oneself_is_still_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent"


def test_someone_who_will_not_wake_is_still_an_emergency() -> None:
    reading = read_risk("mae mam ar y llawr a dydi hi ddim yn deffro")
    assert reading.level == "urgent" and "medical_emergency" in reading.categories
