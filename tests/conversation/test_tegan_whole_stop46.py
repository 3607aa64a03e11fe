"""AZ1-AZ3 together (stop 45 trial): Tegan's whole disclosure path with the merged stop-46 labels and flow.

At stop 45 one disclosure made three duty alerts labelled "suicide, abuse", "homelessness" and "bullying by other
children"; her suicidal thought was filed as a reply to "are you safe?". The trial's own messages, in order, with her
burst timing: one alert for the assault (its burst and "hes home tonight" added to it, labelled abuse, no housing
line), one of its own for the suicidal thought (the take-back with it), and nothing from "mam checks my phone".
"""
from __future__ import annotations

import pytest

from bot.conversation import safety
from bot.summary import load_record
from tests.conversation.test_disclosure_path_stop46 import (
    BEFORE_THE_CHECK,
    JUST_AFTER_THE_CHECK,
    READ_AND_TYPED,
    _at_keep,
)

TEGAN = [
    ("my stepdad pushed me into the wall last night", READ_AND_TYPED),
    ("like proper hard. my shoulder is all bruised", BEFORE_THE_CHECK),
    ("mam was at work", JUST_AFTER_THE_CHECK),
    ("wait i didnt say i was safe lol. hes home tonight. im in my room", READ_AND_TYPED),
    ("im ok for now i think. door is locked. can we carry on", READ_AND_TYPED),
    ("sometimes i think everyone would be better off without me tbh", READ_AND_TYPED),
    ("nah ignore that im not gonna do anything stupid", READ_AND_TYPED),
    ("just been a long week", BEFORE_THE_CHECK),
    ("message me on here not my phone calls. mam checks my phone sometimes. and talk to me at school not at home",
     READ_AND_TYPED),
]


def test_one_alert_for_the_assault_and_one_for_the_suicidal_thought(sqlite_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[int, str]] = []
    monkeypatch.setattr(safety, "deliver_soon", lambda flag_id, reference, level: sent.append((flag_id, level)))
    conversation = _at_keep("en", "tegan-whole")
    for text, seconds in TEGAN:
        conversation.say(text, seconds_since_asked=seconds, typing_window=True)
    said = "\n".join(m.text for m in conversation.said)

    assert [level for _, level in sent] == ["urgent", "urgent"]
    assert "Shelter" not in said and "Live Fear Free" not in said
    record = load_record(conversation.sender_id)
    assert record is not None
    first, second = record["risk_flags"]
    assert first["text"] == TEGAN[0][0] and first["categories"] == ["abuse"]
    assert [m["text"] for m in first["added_messages"]] == [TEGAN[1][0], TEGAN[2][0], TEGAN[3][0]]
    assert second["text"] == TEGAN[5][0] and second["categories"] == ["suicide"]
    assert second["played_down"], "the take-back belongs to the suicidal thought's own line"
    assert "abuse" not in second["categories"] and "homelessness" not in str(record["risk_flags"])
