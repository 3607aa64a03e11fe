"""Stop 44 (burst44): a message that arrived too soon after the question to answer it is more of the answer before.

AX17 / AW16 (the twentieth trial): Cai (14, Telegram) sent "sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…"
and, a second or two later, "osian yw brawd fi, ma autism da fe, ma fe'n 9": it was taken as his answer to "Beth sy'n
mynd yn dda…?", which he had not seen. The channels now stamp when a message arrived; the core is told how many seconds
after the question was sent that was (`Turn.seconds_since_asked`), and a message that came too soon to be an answer
to it is kept with the answer before, and the question asked again. No timing (None) is the behaviour before.

The words are fictional.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot import messages
from bot.conversation.answers import arrived_too_soon
from bot.conversation.turn import ARRIVED_AT_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started_with_record


def _sender(*parts: object) -> str:
    return "mem-burst44-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(question key, words) of every stored answer, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


#: (language, the answer to "what matters", the piece sent straight after it, a real answer to the next question)
BURSTS = [
    ("cy", "sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…", "osian yw brawd fi, ma autism da fe, ma fe'n 9",
     "ma Mam-gu yn helpu fi lot"),  # the trial's words (south)
    ("en", "dunno really. a good day is when Osian's ok…", "osian is my brother, he's autistic, he's 9",
     "my nan helps me loads"),  # the English twin
    ("cy", "dwn i'm. diwrnod da ydi pan ma Osian yn iawn", "osian ydi mrawd i, mae gynno fo awtistiaeth, mae o'n 9",
     "Nain sy'n helpu fi"),  # north (new)
    ("en", "idk tbh. good days are when my brother is calm", "hes got adhd n he kicks off alot",
     "footy on saturdays"),  # text-speak (new)
]


@pytest.mark.parametrize("language, first, second, answer", BURSTS)
def test_a_piece_sent_before_the_question_arrived_joins_the_answer(sqlite_url: str, language: str, first: str,
                                                                   second: str, answer: str) -> None:
    conversation = started_with_record(_sender("short", language, first), language, role="young_person", name="Cai")
    assert conversation.requested == "q_what_matters"
    conversation.say(first, seconds_since_asked=12.0)
    assert conversation.requested == "q_strengths"
    # Arrived before "what goes well?" was sent (it waited behind the message before it): more of that answer.
    conversation.say(second, seconds_since_asked=-0.4)
    assert _answers(conversation)[-2:] == [("what_matters", first), ("what_matters", second)]
    # thanked in a few words, the question not put again: it is shown just above, after the answer (trial 45 AZ9:
    # this test asserted the whole "back to this question" reply and the question again)
    assert conversation.text == messages.text("added_more_noted", language, "ti")
    assert conversation.requested == "q_strengths"
    # Then the real answer, typed after reading it, is the answer to it.
    conversation.say(answer, seconds_since_asked=9.0)
    assert _answers(conversation)[-1] == ("strengths", answer)


@pytest.mark.parametrize("language, first, second, answer", BURSTS)
def test_the_same_piece_sent_long_after_the_question_answers_it(sqlite_url: str, language: str, first: str,
                                                                 second: str, answer: str) -> None:
    conversation = started_with_record(_sender("long", language, first), language, role="young_person", name="Cai")
    conversation.say(first, seconds_since_asked=12.0)
    conversation.say(second, seconds_since_asked=25.0)  # time to read the question and type it
    assert _answers(conversation)[-1] == ("strengths", second)


@pytest.mark.parametrize("language, first, second, answer", BURSTS)
def test_a_piece_sent_a_second_after_the_question_joins_when_people_are_typing(
        sqlite_url: str, language: str, first: str, second: str, answer: str) -> None:
    """The trial's own case: sent a second or two after "what goes well?" went out, too soon to have read it and typed
    40-odd characters (the typing window, on for people: settings `burst_typing_window`)."""
    conversation = started_with_record(_sender("window", language, first), language, role="young_person", name="Cai")
    conversation.say(first, seconds_since_asked=12.0, typing_window=True)
    conversation.say(second, seconds_since_asked=1.5, typing_window=True)
    assert _answers(conversation)[-2:] == [("what_matters", first), ("what_matters", second)]
    assert conversation.requested == "q_strengths"
    conversation.say(answer, seconds_since_asked=11.0, typing_window=True)
    assert _answers(conversation)[-1] == ("strengths", answer)


@pytest.mark.parametrize("language, first, second, answer", BURSTS)
def test_the_same_piece_sent_at_machine_speed_after_the_question_answers_it(sqlite_url: str, language: str,
                                                                           first: str, second: str,
                                                                           answer: str) -> None:
    """As a scripted client sends it, with the typing window off (the tests, the benchmarks): just after the question
    was sent, never before, is an answer to it."""
    conversation = started_with_record(_sender("machine", language, first), language, role="young_person",
                                       name="Cai")
    conversation.say(first, seconds_since_asked=12.0)
    conversation.say(second, seconds_since_asked=0.03)
    assert _answers(conversation)[-1] == ("strengths", second)
    assert messages.text("added_later_noted", language, "ti") not in conversation.text
    assert conversation.requested != "q_strengths"


@pytest.mark.parametrize("language, first, second, answer", BURSTS)
def test_no_timing_is_the_behaviour_before(sqlite_url: str, language: str, first: str, second: str,
                                           answer: str) -> None:
    conversation = started_with_record(_sender("none", language, first), language, role="young_person", name="Cai")
    conversation.say(first)
    conversation.say(second)  # the terminal client, old events: nothing read from timing
    assert _answers(conversation)[-1] == ("strengths", second)


@pytest.mark.parametrize("language, control", [("en", "stop"), ("cy", "stop"), ("en", "help"), ("cy", "help"),
                                               ("en", "start again"), ("cy", "dechrau eto")])
def test_control_words_keep_their_meaning_whatever_the_timing(sqlite_url: str, language: str, control: str) -> None:
    conversation = started_with_record(_sender("control", language, control), language, role="young_person",
                                       name="Cai")
    conversation.say(BURSTS[0][1] if language == "cy" else BURSTS[1][1], seconds_since_asked=12.0)
    before = _answers(conversation)
    conversation.say(control, seconds_since_asked=-0.4)
    assert all(text != control for _, text in _answers(conversation)[len(before) - 1:] if _ == "what_matters")
    assert messages.text("added_later_noted", language, "ti") not in conversation.text


@pytest.mark.parametrize("language, urgent", [
    ("en", "my stepdad hits me and i'm scared to go home"),
    ("cy", "mae llystad fi'n bwrw fi a dw i ofn mynd adre"),
])
def test_a_disclosure_is_never_joined_by_timing(sqlite_url: str, language: str, urgent: str) -> None:
    """A disclosure sent on the heels of an answer takes the safe path, never "I've added that". Stop 47 (BA5, stop 46
    trial): it is filed with the answer whose burst it is, never with the question sent in between (this test asserted
    that before: Mark's theft was read back as a thing to keep)."""
    conversation = started_with_record(_sender("urgent", language, urgent), language, role="young_person", name="Cai")
    conversation.say(BURSTS[0][1] if language == "cy" else BURSTS[1][1], seconds_since_asked=12.0)
    conversation.say(urgent, seconds_since_asked=-0.4)
    assert ("what_matters", urgent) in _answers(conversation) and ("strengths", urgent) not in _answers(conversation)
    assert repository.is_urgent(conversation.sender_id)
    assert messages.text("added_later_noted", language, "ti") not in conversation.text
    assert messages.text("added_more_noted", language, "ti") not in conversation.text


def test_too_soon_is_before_the_question_or_faster_than_anyone_types() -> None:
    """Before the question was sent: always too soon. After it, only with the typing window on (people), and only
    sooner than one second plus a tenth of a second a character; a scripted client's milliseconds are an answer when
    the window is off."""
    cai = "osian yw brawd fi, ma autism da fe, ma fe'n 9"  # 45 characters: 5.5 s
    for window in (True, False):
        assert arrived_too_soon(cai, -0.4, window) and arrived_too_soon("ia", -3.0, window)
        assert not arrived_too_soon(cai, None, window)
        assert not arrived_too_soon(cai, 6.0, window) and not arrived_too_soon("ia", 1.5, window)
    assert arrived_too_soon(cai, 1.5, True) and arrived_too_soon(cai, 5.4, True)
    assert not arrived_too_soon(cai, 1.5, False) and not arrived_too_soon(cai, 0.02, False)
    assert arrived_too_soon("ia", 1.1, True) and not arrived_too_soon("ia", 1.3, True)


def _talk(events: list[dict[str, Any]]) -> Any:
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.base import Talk

    latest = next(e for e in reversed(events) if e["event"] == "user")
    return Talk(Tracker("burst44-adapter", {"language": "cy"}, {"text": latest["text"]}, events, False, None, {},
                        "action_listen"), CollectingDispatcher())


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_adapter_reads_the_arrival_the_channel_stamped_not_the_user_event(language: str) -> None:
    """Rasa's user event is stamped after its per-sender lock: the second of a burst looks typed after the question.
    The arrival the channel stamped says it came before the question was sent."""
    first, second = (row[1:3] for row in BURSTS if row[0] == language).__next__()
    events = [
        {"event": "user", "text": first, "timestamp": 100.0, "metadata": {ARRIVED_AT_KEY: 100.0}},
        {"event": "bot", "text": "question", "timestamp": 104.0},  # (the answer took four seconds to handle)
        {"event": "user", "text": second, "timestamp": 104.2, "metadata": {ARRIVED_AT_KEY: 101.5}},
    ]
    assert _talk(events).seconds_since_asked == pytest.approx(-2.5)
    events[-1]["metadata"] = {}  # nothing stamped (the terminal client, older events): nothing read from timing
    assert _talk(events).seconds_since_asked is None
    assert _talk(events[:1]).seconds_since_asked is None  # nothing said before it
