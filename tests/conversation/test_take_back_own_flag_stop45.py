"""A plain take-back raises no flag of its own (stop 44, noticed and left; stop 45).

Two answers after "sai'n gweld y pwynt rhagor" (a low-mood concern), "o'n i ddim yn meddwl e fel'na" ("I didn't mean it
like that") was tied to the flag as what she later said, and yet the learned model read the take-back itself as a
suicide "please check": a second flag, and an alert to the duty team about the words that played the first one down.
Now the take-back is kept beside the earlier flag and raises nothing itself; a take-back that goes on to tell of harm
("…, dwi isio marw") is read as it is. Welsh (south, north) and English; phrasings in no benchmark file.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at


def _sender(*parts: object) -> str:
    return "mem-tbflag45-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (language, the flagged words, the keep answer, the take-back alone)
TAKEN_BACK = [
    ("cy", "sai'n gweld y pwynt rhagor", "chwarae pêl-droed gyda bois", "o'n i ddim yn meddwl e fel'na"),
    ("cy", "sai'n gweld y pwynt rhagor", "chwarae pêl-droed gyda bois",
     "o'n i ddim yn ei feddwl e fel'na, jyst wedi blino"),
    ("cy", "dwi'm yn gweld pwynt dim mwy", "mynd allan efo fy ffrindia", "nid fel'na"),
    ("en", "i dont see the point anymore", "playing xbox with my mates", "i didnt mean it like that"),
    ("en", "honestly i dont see the point of anything", "going to the skatepark",
     "not like that lol, just bored"),
]


def _after_the_flag(language: str, flagged: str, keep: str) -> MemoryConversation:
    conversation = consented_at(_sender(language, flagged, keep), language, "q_strengths", role="young_person",
                                name="Tyler", what_matters={"en": "nothing rly", "cy": "dim byd rili"}[language])
    conversation.say(flagged)
    conversation.say(keep)
    assert conversation.requested == "q_change"
    return conversation


@pytest.mark.parametrize("language, flagged, keep, taken_back", TAKEN_BACK)
def test_a_take_back_raises_no_flag_of_its_own(sqlite_url: str, language: str, flagged: str, keep: str,
                                               taken_back: str) -> None:
    conversation = _after_the_flag(language, flagged, keep)
    conversation.say(taken_back)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [f["text"] for f in record["risk_flags"]] == [flagged]  # (was two: the take-back a "please check")
    flag = record["risk_flags"][0]
    assert flag["level"] == "concern" and flag["played_down"] is not None
    assert flag["played_down"]["text"] == taken_back


@pytest.mark.parametrize("language, taken_back_then_harm", [
    ("cy", "o'n i ddim yn meddwl e fel'na, dwi isio marw go iawn"),
    ("en", "not like that, i want to kill myself"),
])
def test_a_take_back_that_tells_of_harm_is_read_as_it_is(sqlite_url: str, language: str,
                                                         taken_back_then_harm: str) -> None:
    flagged, keep = TAKEN_BACK[0 if language == "cy" else 3][1:3]
    conversation = _after_the_flag(language, flagged, keep)
    conversation.say(taken_back_then_harm)
    record = load_record(conversation.sender_id)
    assert record is not None
    texts = [f["text"] for f in record["risk_flags"]]
    assert taken_back_then_harm in texts
    assert next(f for f in record["risk_flags"] if f["text"] == taken_back_then_harm)["level"] == "urgent"


@pytest.mark.parametrize("language, taken_back_then_worry", [
    ("cy", "o'n i ddim yn meddwl e fel'na, jyst bo fi di cadw'r tabledi"),  # (stop 45's review: a "please check")
    ("cy", "nid fel'na. jyst fi'n cuddio yn y stafell drwy'r amser a ddim yn byta"),
    ("cy", "dim fel'na, jyst dwi'm 'di byta ers dyddia"),
    ("en", "not like that. its just my stepdad, he gets angry and i hide in my room"),
])
def test_a_take_back_then_a_worry_the_model_reads_keeps_its_own_flag(sqlite_url: str, language: str,
                                                                     taken_back_then_worry: str) -> None:
    """Stop 45's review: the words after the take-back were read for urgent and "please check" only, so a worry the
    model reads as a concern (or the whole message as a "please check") lost its flag, and the earlier flag was
    marked played down. Now any flag in the rest keeps the message's own reading, and the earlier flag as it was."""
    flagged, keep = TAKEN_BACK[0 if language == "cy" else 3][1:3]
    conversation = _after_the_flag(language, flagged, keep)
    conversation.say(taken_back_then_worry)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert taken_back_then_worry in [f["text"] for f in record["risk_flags"]]
    earlier = next(f for f in record["risk_flags"] if f["text"] == flagged)
    assert earlier["played_down"] is None
