"""Stop 45, the lead: pills named before the saving (review45b), and who is writing (trial 45 AZ6).

"I've got the tablets saved" read nothing (the means row names the verb first: "saving up my tablets"); and "I'd rather
die than go into a home, I've got the tablets saved" was only a low-mood concern. Dennis, 79, at "who is talking?":
"It's for me. I'm writing it myself." was a self-harm concern from the model alone ("myself"). Welsh and English;
phrasings in no benchmark file.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, pattern_text

SAVED = ["I've got the tablets saved", "ive got my meds stashed", "I'd rather die than go into a home, I've got the tablets saved",
         "i have got enough pills stockpiled"]
NOT_SAVED = ["mum has her tablets in a dosette box", "we keep the tablets saved on the app"]
WRITING = ["It's for me. I'm writing it myself.", "I'm writing it myself", "im filling this in myself",
           "fi sy'n sgwennu hwn fy hun", "dw i'n llenwi hwn fy hun"]
STILL_READ = ["I'm filling this in myself because he won't let me use the phone and he hits me",
              "I'm writing it myself, i want to hurt myself", "dw i'n sgwennu hwn fy hun achos mae o'n fy nharo i",
              "i hurt myself", "dw i wedi brifo fy hun"]


@pytest.mark.parametrize("text", SAVED)
def test_pills_saved_are_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "suicide" in reading.categories, reading


@pytest.mark.parametrize("text", NOT_SAVED)
def test_pills_kept_in_order_are_not(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", WRITING)
def test_writing_it_myself_is_who_is_writing(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", STILL_READ)
def test_harm_beside_writing_it_myself_is_read(text: str) -> None:
    assert assess_risk(text).level != "none"


#: Stop 45 (the lead, looking for stop 44's lost Welsh disclosure by its shape): after a comma the south's "so" was no
#: longer read as the negative (stop 44's review, for "odd e mor grac, so fe'n taflu pethe ata i": therefore), so
#: "he doesn't let me…" / "I don't get food" read nothing. Before letting, getting, giving or feeding, the negative is
#: the harm, wherever "so" stands.
NOT_LET = ["mae e'n cymryd fy ffôn, so fe'n gadael fi siarad da neb", "ma fe'n cloi'r drws, so fe'n gadael fi fynd mas",
           "ma fe'n gweiddi arna i drwy'r amser, so fe'n gadael fi weld fy ffrindie"]
STILL_THEREFORE = ["odd e mor grac, so fe'n taflu pethe ata i", "odd e'n feddw so fe'n bwrw fi",
                   "o'n i mor drist so fi'n torri fy hun"]


@pytest.mark.parametrize("text", NOT_LET)
def test_so_before_letting_is_the_negative_and_the_harm(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", STILL_THEREFORE)
def test_so_as_therefore_before_harm_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


def test_so_before_getting_food_is_the_negative() -> None:
    assert pattern_text("ma mam yn yfed, so fi'n cael bwyd weithie").endswith("dw i ddim yn cael bwyd weithie")
