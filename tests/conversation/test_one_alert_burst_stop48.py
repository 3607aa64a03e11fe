"""Stop 48, BB5 (trial 47): self-harm and suicide told together by a young person made two duty alerts.

"i cut myself last night and sometimes i think about ending it" / "nes i dorri fy hun neithiwr a weithia dwi isio
marw": typed as one message it was already one alert (kept here as the rule); typed as one thought in two pieces, the
second inside the typing window of the first, the suicidal thought was an alert of its own, with the urgent follow-up
and "are you safe right now?" again. Now a piece of the disclosure's own burst that adds only suicide or self-harm to
an alert that holds one of them joins it: one alert, shown with all its kinds, the line the new kind needs (NHS 111
press 2), the check asked once. Harm by someone else, or the thought typed after reading the check, stays its own
alert (review 46 H2, S1 review 47, AZ3). The trial's words (fictional), north and south Welsh, text-speak.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.summary import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation, young_at

pytestmark = pytest.mark.usefixtures("sqlite_url")

#: As the stop-47 burst tests: a piece before the check was sent, one a moment after; and a reply read and typed.
BEFORE_THE_CHECK = -0.4
JUST_AFTER_THE_CHECK = 0.6
READ_AND_TYPED = 25.0

#: (language, the whole message, its two pieces)
TOLD_TOGETHER = [
    ("en", "i cut myself last night and sometimes i think about ending it",  # the trial's
     ("i cut myself last night", "and sometimes i think about ending it")),
    ("cy", "nes i dorri fy hun neithiwr a weithia dwi isio marw",  # the trial's (north)
     ("nes i dorri fy hun neithiwr", "a weithia dwi isio marw")),
    ("cy", "wnes i dorri fy hunan neithwr a weithie fi moyn marw",  # south (new)
     ("wnes i dorri fy hunan neithwr", "a weithie fi moyn marw")),
    ("en", "cut myself again last nite n tbh sometimes i wanna kill myself",  # text-speak (new)
     ("cut myself again last nite", "n tbh sometimes i wanna kill myself")),
]


def _sender(*parts: object) -> str:
    return "mem-flow48-bb5-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]



def _young_at_change(language: str, *parts: object) -> MemoryConversation:
    return young_at(_sender(language, *parts), language, "q_change")


def _said(conversation: MemoryConversation) -> str:
    return "\n".join(m.text for m in conversation.said)


def _times_asked_if_safe(conversation: MemoryConversation, language: str) -> int:
    words = "wyt ti'n ddiogel ar hyn o bryd" if language == "cy" else "are you safe right now"
    return _said(conversation).lower().count(words)


def _flags(conversation: MemoryConversation) -> list[dict[str, Any]]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record["risk_flags"]


@pytest.mark.parametrize("language, whole, pieces", TOLD_TOGETHER)
def test_one_message_is_one_alert_with_both_kinds(alerts: list[tuple[int, str]], language: str, whole: str,
                                                 pieces: tuple[str, str]) -> None:
    conversation = _young_at_change(language, whole)
    conversation.say(whole, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    (flag,) = _flags(conversation)
    assert flag["text"] == whole and flag["level"] == "urgent"
    assert {"suicide", "self_harm"} <= set(flag["categories"])
    assert len(alerts) == 1 and _times_asked_if_safe(conversation, language) == 1


@pytest.mark.parametrize("seconds", [BEFORE_THE_CHECK, JUST_AFTER_THE_CHECK])
@pytest.mark.parametrize("language, whole, pieces", TOLD_TOGETHER)
def test_one_thought_in_two_pieces_is_one_alert(alerts: list[tuple[int, str]], language: str, whole: str,
                                                pieces: tuple[str, str], seconds: float) -> None:
    """BB5: the second piece joins the first's alert, the alert shows both kinds, the check is asked once, and the
    suicide line (NHS 111, press 2) is given for what the piece added."""
    first, second = pieces
    conversation = _young_at_change(language, whole, seconds)
    conversation.say(first, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.said.clear()
    conversation.say(second, seconds_since_asked=seconds, typing_window=True)
    flags = _flags(conversation)
    assert len(flags) == 1, flags
    (alert,) = flags
    assert alert["text"] == first
    assert [added["text"] for added in alert["added_messages"]] == [second]
    assert {"suicide", "self_harm"} <= set(alert["categories"])
    record = load_record(conversation.sender_id)
    assert record is not None
    summary = render_markdown(record, language)
    assert second in summary and ("hunanladdiad" if language == "cy" else "suicide") in summary.lower()
    assert len(alerts) == 1
    assert _times_asked_if_safe(conversation, language) == 0  # (asked once, with the first piece's reply)
    assert "111" in _said(conversation)


@pytest.mark.parametrize("language, whole, pieces", TOLD_TOGETHER[:2])
def test_the_thought_typed_after_reading_the_check_is_still_its_own_alert(alerts: list[tuple[int, str]],
                                                                          language: str, whole: str,
                                                                          pieces: tuple[str, str]) -> None:
    """Not a piece of the burst: said after the check was read, a new kind is an alert of its own, as before."""
    first, second = pieces
    conversation = _young_at_change(language, whole, "read")
    conversation.say(first, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(second, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert [f["level"] for f in _flags(conversation)] == ["urgent", "urgent"]
    assert len(alerts) == 2


@pytest.mark.parametrize("language, disclosure, piece, kind", [
    ("en", "my mum's boyfriend hits me when he's drunk", "and sometimes i think about ending it", "suicide"),
    ("cy", "ma cariad mam yn bwrw fi pan mae e'n feddw", "a weithia dwi isio marw", "suicide"),
    ("en", "i cut myself last night", "and my stepdad hits me when hes drunk", "abuse"),
    ("cy", "nes i dorri fy hun neithiwr", "a mae llysdad yn fy nharo i", "abuse"),
])
def test_a_harm_of_another_family_in_the_burst_is_still_its_own_alert(alerts: list[tuple[int, str]], language: str,
                                                                      disclosure: str, piece: str,
                                                                      kind: str) -> None:
    """The false-alarm side of the join: suicide after an assault (AZ3, S1) and an assault after self-harm (H2) are
    alerts of their own, whatever the timing; the first alert never takes the other's kind."""
    conversation = _young_at_change(language, disclosure, piece)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(piece, seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    flags = [f for f in _flags(conversation) if f["level"] == "urgent"]
    assert len(flags) == 2 and kind in flags[1]["categories"] and kind not in flags[0]["categories"]
    assert len(alerts) == 2


def test_more_of_the_same_kind_in_the_burst_adds_no_kind(alerts: list[tuple[int, str]]) -> None:
    """A piece of the same kind joins as before (stop 47), and the alert's kinds stay its own."""
    conversation = _young_at_change("en", "same")
    conversation.say("i cut myself last night", seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say("on my arm again", seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    (alert,) = _flags(conversation)
    assert alert["categories"] == ["self_harm"]
    assert len(alerts) == 1
