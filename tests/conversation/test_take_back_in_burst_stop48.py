"""Stop 48, BB15 (trial 47): a young person's "i want to die lol. not actually die. just cringe" (Welsh "dwi isio marw
lol. dim go iawn, jyst cringe") was asked "are you safe?" twice: the urgent reply, then the check again.

Said in one message it gets one check (kept here as the rule). Sent in two pieces, the Welsh take-back ("dim go iawn")
was heard as a figure of speech (sorry, a person will see what you meant; no second check), but the English "not
actually die" was read as an ordinary reply and the check was put again. English now hears "not actually / not
really / not seriously" followed by the heavy word itself; never "im not actually ok" or "not really safe". The flag
and the words are kept either way. The trial's words (fictional), north and south Welsh, text-speak.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.safe_reply import says_it_was_misread
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, stored_answers, young_at

pytestmark = pytest.mark.usefixtures("sqlite_url")

READ_AND_TYPED = 25.0
JUST_AFTER_THE_CHECK = 0.6

#: (language, the heavy line, its take-back)
TAKEN_BACK = [
    ("en", "i want to die lol.", "not actually die. just cringe"),  # the trial's
    ("cy", "dwi isio marw lol.", "dim go iawn, jyst cringe"),  # the trial's (north)
    ("cy", "fi moyn marw lol", "dim o ddifri, jyst embarrassing"),  # south (new)
    ("en", "omg i wanna die", "not really die lol just sooo embarrassing"),  # text-speak (new)
    ("en", "i could kill myself rn", "not seriously kill myself haha, just cringe"),  # (new)
]


def _sender(*parts: object) -> str:
    return "mem-flow48-bb15-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]



def _young_at_change(language: str, *parts: object) -> MemoryConversation:
    return young_at(_sender(language, *parts), language, "q_change")


def _times_asked_if_safe(text: str, language: str) -> int:
    return text.lower().count("wyt ti'n ddiogel" if language == "cy" else "are you safe")


@pytest.mark.parametrize("seconds", [JUST_AFTER_THE_CHECK, READ_AND_TYPED])
@pytest.mark.parametrize("language, heavy, back", TAKEN_BACK)
def test_a_take_back_after_the_heavy_line_is_never_a_second_check(alerts: list[tuple[int, str]], language: str,
                                                                  heavy: str, back: str, seconds: float) -> None:
    conversation = _young_at_change(language, heavy, back, seconds)
    conversation.say(heavy, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert _times_asked_if_safe(conversation.text, language) == 1
    conversation.say(back, seconds_since_asked=seconds, typing_window=True)
    assert _times_asked_if_safe(conversation.text, language) == 0
    # sorry, a person will see what you meant
    assert ("camddeall" if language == "cy" else "read that wrong") in conversation.text
    # the record keeps the words: the flag as it was, the take-back beside it
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [f["text"] for f in record["risk_flags"]] == [heavy]
    assert ("safety_check", back) in stored_answers(conversation)
    assert len(alerts) == 1


@pytest.mark.parametrize("language, message", [
    ("en", "i want to die lol. not actually die. just cringe"),
    ("cy", "dwi isio marw lol. dim go iawn, jyst cringe"),
])
def test_said_in_one_message_the_check_is_asked_once(alerts: list[tuple[int, str]], language: str,
                                                     message: str) -> None:
    conversation = _young_at_change(language, message)
    conversation.say(message, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert _times_asked_if_safe(conversation.text, language) == 1
    record = load_record(conversation.sender_id)
    assert record is not None and [f["text"] for f in record["risk_flags"]] == [message]


@pytest.mark.parametrize("reply", [
    "not actually die. just cringe", "not really die lol", "not seriously gonna die", "not actually kill myself",
    "dim go iawn", "dim o ddifri",
])
def test_the_take_back_is_heard(reply: str) -> None:
    assert says_it_was_misread(reply)


@pytest.mark.parametrize("reply", [
    "im not actually ok", "not really safe tbh", "i said i was fine but im not actually", "not really, no",
    "hes not actually gone", "no not really im scared", "i dont actually want to die i just want it to stop",
])
def test_look_alikes_are_no_misreading(reply: str) -> None:
    """The false-alarm side: not being OK, not safe, or a wish for it to stop is never heard as "you misread me"."""
    assert not says_it_was_misread(reply)
