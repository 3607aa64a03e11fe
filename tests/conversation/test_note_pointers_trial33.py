"""Eleventh user trial (stop 33) AG10: a carer pasted a note, then answered later questions with pointers back to it
("See number 4 in my note", "Numbers 5 and 6"): each pointer became an outcome. Under "ME (Helen)" in the note, "I'm
not sleeping - he needs turning twice a night." lost "I'm not sleeping" and was filed under the person. A bare pointer
is no outcome; the carer's own part of a note stays the carer's. Through the conversation core and SQLite; the
trial's words (fictional people) and a Welsh twin.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.analysis.outcomes import points_to_numbered_points
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import started_with_record

NOTE = {
    "en": "I've written this out beforehand so I don't forget anything:\nRHODRI - what matters\n"
          "1. A good day: sitting in the conservatory with the birds, his brother Huw phoning from Aberystwyth.\n"
          "2. He wants to stay at home and NOT go into a hospice until the very end.\n"
          "3. Things to change: he needs a hoist - I can't lift him safely any more.\n"
          "ME (Helen)\n"
          "- I work part time at the library and I want to keep that, it's my sanity.\n"
          "- I'm not sleeping - he needs turning twice a night.\n"
          "- I'd like a sitting service one evening a week so I can go to choir.",
    "cy": "Dw i wedi sgwennu hyn o flaen llaw rhag i mi anghofio:\nRHODRI\n"
          "1. Diwrnod da: eistedd yn y stafell haul efo'r adar, ei frawd Huw yn ffonio.\n"
          "2. Mae o isio aros adra a PEIDIO mynd i hosbis tan y diwedd.\n"
          "3. Pethau i newid: mae o angen teclyn codi - dw i'n methu ei godi fo'n saff ddim mwy.\n"
          "FI (Helen)\n"
          "- Dw i'n gweithio'n rhan amser yn y llyfrgell a dw i isio cadw hynny.\n"
          "- Dw i ddim yn cysgu - mae o angen ei droi ddwywaith y nos.\n"
          "- Hoffwn i gael rhywun i eistedd efo fo un noson yr wythnos er mwyn i mi fynd i'r côr.",
}
NOT_SLEEPING = {"en": "I'm not sleeping - he needs turning twice a night.",
                "cy": "Dw i ddim yn cysgu - mae o angen ei droi ddwywaith y nos."}
HIS_WISH = {"en": "He wants to stay at home and NOT go into a hospice until the very end.",
            "cy": "Mae o isio aros adra a PEIDIO mynd i hosbis tan y diwedd."}
POINTERS = {"en": ("It's all in the note I just sent - numbers 2 and 4.", "See number 4 in my note", "Numbers 5 and 6"),
            "cy": ("Mae o i gyd yn y nodyn - rhifau 2 a 4.", "Gweler rhif 4 yn fy nodyn", "Rhifau 5 a 6")}


def _sender(*parts: object) -> str:
    return "mem-f33c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(record: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    (answer,) = [a for a in record["answers"] if a["question_key"] == key]
    return {o["text"]: o for o in record["outcomes"] if o.get("answer_id") == answer["id"]}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_pointers_are_no_outcomes_and_her_part_is_hers(sqlite_url: str, language: str) -> None:
    sender = _sender("ag10", language)
    conversation = started_with_record(sender, language, role="carer", name="Helen")
    repository.update_conversation(sender, cared_for_name="Rhodri")
    conversation.slots.update({"cared_for_name": "Rhodri", "relationship": "husband"})
    conversation._ask_next()
    conversation.say(NOTE[language])
    for pointer, asked in zip(POINTERS[language], ("q_strengths", "q_keep", "q_change"), strict=True):
        assert conversation.requested == asked
        conversation.say(pointer)
    record = load_record(sender)
    assert record is not None
    for key in ("keep", "change"):
        assert _outcomes(record, key) == {}  # kept as typed with the answer, no outcome
    note = _outcomes(record, "what_matters")
    assert note[NOT_SLEEPING[language]]["about"] == "carer"
    assert note[NOT_SLEEPING[language]]["whose_view"] == "carer"
    assert note[HIS_WISH[language]]["about"] == "person"  # his wish above her heading stays his
    assert note[HIS_WISH[language]]["whose_view"] == "person"


@pytest.mark.parametrize("words, pointer", [
    ("See number 4 in my note", True), ("Gweler rhif 4 yn fy nodyn", True),
    ("Numbers 5 and 6", True), ("Rhifau 5 a 6", True), ("no. 3 as above", True), ("rhif 3 uchod", True),
    ("I'd like to get the number 4 bus into town", False), ("Dw i isio dal bws rhif 4 i'r dre", False),
    ("5 and 6", False), ("It's all in the note - numbers 2 and 4, and Karen on Saturdays.", False),
])
def test_a_bare_pointer(words: str, pointer: bool) -> None:
    assert points_to_numbered_points(words) is pointer
