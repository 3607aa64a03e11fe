"""Stop 25 (issue 11): the stop-24 trial's false alarms, over a whole conversation, Welsh and English.

T3: "dwi jyst isio i bob dim stopio am chydig" gets the gentle "please check" reply (the duty team still told), not the
urgent one. Someone found on the floor who will not wake gets "call 999 now" first, as a medical emergency. T9: carer
strain said by someone about their own life is stored as their low mood; a carer's stays carer strain.
"""
from __future__ import annotations

import pytest

from bot.summary import load_record
from tests.safeguarding.test_please_check_stop24 import _conversation, _flags, _text

FOR_A_BIT = {"cy": "dwi jyst isio i bob dim stopio am chydig", "en": "I just want everything to stop for a bit"}
WONT_WAKE = {"cy": "mae mam ar y llawr a dydi hi ddim yn deffro", "en": "mam's on the floor and won't wake up"}
CANT_GO_ON = {"cy": "fedra i ddim neud hyn ddim mwy", "en": "I can't cope with all of this anymore"}


def _categories(sender: str) -> list[list[str]]:
    """The categories of every flag, as the practitioner's record has them."""
    record = load_record(sender)
    assert record is not None
    return [list(flag["categories"]) for flag in record["risk_flags"]]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_everything_to_stop_for_a_bit_gets_the_gentle_reply(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, "person")
    asked = conversation.requested
    conversation.say(FOR_A_BIT[language])
    assert _text(conversation, "urgent", helplines="").splitlines()[0] not in conversation.text
    assert _text(conversation, "safety_check") not in conversation.text  # no "are you safe?" pause
    assert "999" in conversation.text  # the gentle reply still says it
    assert conversation.requested not in (None, asked)  # the questions carry on
    ((level, unsure, alert, words),) = _flags(conversation.sender_id)
    assert (level, unsure, words) == ("concern", True, FOR_A_BIT[language])  # byte for byte
    assert alert in ("pending", "failed")  # the duty team is told (no channel in this test: it waits)
    assert _categories(conversation.sender_id) == [["suicide"]]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_someone_who_will_not_wake_gets_call_999_now_first(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, "person")
    conversation.say(WONT_WAKE[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))
    ((level, unsure, _, words),) = _flags(conversation.sender_id)
    assert (level, unsure, words) == ("urgent", False, WONT_WAKE[language])
    assert _categories(conversation.sender_id) == [["medical_emergency"]]  # not suicide, not neglect


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("role, label", [("person", "low_mood"), ("carer", "carer_strain")])
def test_strain_is_labelled_for_who_is_speaking(sqlite_url: str, language: str, role: str, label: str) -> None:
    conversation = _conversation(language, role)
    conversation.say(CANT_GO_ON[language])
    assert [level for level, _, _, _ in _flags(conversation.sender_id)] == ["concern"]
    assert _categories(conversation.sender_id) == [[label]]
