"""Stop 45 (start45): a young carer is recorded, whatever step she says it at (AY4, stop 44 trial).

Seren (15, Telegram) said "fi'n young carer. i mam", "young carer i mam", "fi'n edrych ar ol mam" and "ma MS da hi",
and the summary had no young-carer line and no word of a young carer's right to an assessment: "young carer" in
English inside Welsh was not read, nor said at the name step. Now "young carer", "gofalwr ifanc", "fi'n edrych ar ol
mam", "i look after my mum", said at "who is talking?", at once after it, or at any question, make her a young carer
on the summary page, in the Markdown and on the list; "my mum looks after me" or an adult carer does not. Through the
conversation core; Welsh (north and south), text-speak and English; the words are fictional.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot.storage import db, repository
from bot.summary import load_record, render
from bot.summary.record import looks_after_family, young_carer_words
from bot.summary.view import build_view, label
from bot.web.summaries import list_rows
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)


@pytest.mark.parametrize("said", [
    "fi'n young carer. i mam", "young carer i mam", "fi'n edrych ar ol mam",  # the trial's (south)
    "dwi'n young carer i dad", "gofalwr ifanc dw i", "gofalydd ifanc", "dwi'n sbio ar ôl fy mrawd",  # north
    "young carer", "im a young carer", "i am also a young carer", "young carer 4 my mum",  # English, text-speak
    "i look after my mum", "i care for my dad", "I'm a young carer for my mum",
])
def test_a_young_carer_in_her_own_words(said: str) -> None:
    assert looks_after_family(said)


@pytest.mark.parametrize("said", [
    "my mum looks after me", "mam sy'n edrych ar fy ôl i", "I look after the dog", "im not a young carer",
    "dwi ddim yn young carer", "my sister is a young carer", "he is a young carer for his mum",
    "we have a young carers group at school", "ma MS da hi",
])
def test_look_alikes_are_no_young_carer(said: str) -> None:
    assert not looks_after_family(said)


def _conversation(language: str, turns: list[tuple[str, float]]) -> MemoryConversation:
    """From consent on, each message with how soon after the question it came (the typing window on, as for people)."""
    conversation = MemoryConversation(f"young-carer45-{next(_senders)}", language=language)
    conversation.start()
    conversation.say("ie" if language == "cy" else "yes")
    assert conversation.requested == "role"
    for text, seconds in turns:
        conversation.say(text, seconds_since_asked=seconds, typing_window=True)
    return conversation


def _shown_as_young_carer(record: dict[str, Any], sender_id: str) -> None:
    """The summary page (both interfaces), the Markdown and the list row all say young carer, with the assessment."""
    assert record["young_carer_answer_id"] is not None
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_carer", interface)
        notices = [n for n in about.notices if n.key == "young_carer"]
        assert len(notices) == 1
        assert notices[0].text.replace("’", "'") in render.render_markdown(record, interface).replace("’", "'")
    with db.session_scope() as s:
        rows = {r["reference"]: r for r in list_rows(repository.list_conversations(s))}
    assert rows[record["reference"]]["completed_by_key"] == "completed_young_carer"


#: (language, messages with their timing, the name) that make a young carer: the trial's and new ones.
YOUNG_CARERS = [
    ("cy", [("fi", 8.0), ("wel fi a mam", 1.2), ("fi'n 15 a fi'n edrych ar ol mam", 1.5), ("Seren", 9.0)]),
    ("cy", [("person ifanc", 8.0), ("young carer i mam", 1.0), ("ma MS da hi", 1.0), ("Seren", 9.0)]),
    ("cy", [("person ifanc", 8.0), ("Seren", 9.0), ("fi'n young carer. i mam", 20.0)]),
    ("cy", [("person ifanc", 8.0), ("Cadi", 9.0), ("dwi'n sbio ar ôl mam, ma hi'n sal", 20.0)]),  # north
    ("en", [("young person", 8.0), ("jay", 9.0), ("young carer for my mum", 1.0)]),
    ("en", [("me", 8.0), ("me n mum", 1.0), ("im 15 n i look after my mum", 1.5), ("Kai", 9.0)]),  # text-speak
]


@pytest.mark.parametrize("language, turns", YOUNG_CARERS)
def test_a_young_carer_said_at_any_step_is_on_the_summary(sqlite_url: str, language: str,
                                                         turns: list[tuple[str, float]]) -> None:
    conversation = _conversation(language, turns)
    assert conversation.slots["completed_by"] == "young_person" and conversation.slots["register"] == "ti"
    repository.confirm_record(conversation.sender_id)
    record = load_record(conversation.sender_id)
    assert record is not None
    _shown_as_young_carer(record, conversation.sender_id)


@pytest.mark.parametrize("language, turns", [
    ("en", [("I look after my mum", 8.0), ("Gareth", 9.0), ("Pat", 9.0), ("I look after my mum, she is 90", 20.0)]),
    ("cy", [("dw i'n gofalu am mam", 8.0), ("Gareth", 9.0), ("Pat", 9.0), ("dw i'n edrych ar ôl mam, mae hi'n 90",
                                                                            20.0)]),
    ("en", [("young person", 8.0), ("Jay", 9.0), ("my mum looks after me", 20.0)]),
    ("cy", [("person ifanc", 8.0), ("Seren", 9.0), ("mam sy'n edrych ar fy ôl i", 20.0)]),
])
def test_an_adult_carer_or_a_young_person_looked_after_is_no_young_carer(sqlite_url: str, language: str,
                                                                         turns: list[tuple[str, float]]) -> None:
    conversation = _conversation(language, turns)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert record["young_carer_answer_id"] is None
    about = build_view(record, language).section("about")
    assert about is not None
    assert not [n for n in about.notices if n.key == "young_carer"]
    assert {f.key: f.value for f in about.facts}["completed_by"] != label("completed_young_carer", language)


# --- fixname45: a denial after it, or caring in the past, is no young carer (review 45, minor) -----------------------

@pytest.mark.parametrize("said", [
    "Young carer? no not really", "i used to be a young carer for my dad",  # the review's
    "young carer? na dim rili", "o'n i'n arfer bod yn young carer i dad",  # Welsh (south / north)
    "Young carer? nope", "I used to look after my mum", "when i was 10 i looked after my nan",  # (new)
    "roeddwn i'n arfer edrych ar ol mam", "young carer. na, dim felly",  # (new)
])
def test_a_denied_or_past_young_carer_is_not_one(said: str) -> None:
    assert young_carer_words({"text": said}) is None


@pytest.mark.parametrize("said", [
    "i used to go out but now i look after my mum",  # the past of something else
    "i look after my mum. no one else does",  # "no one" is no denial
    "dwi'n edrych ar ôl mam. neb arall yn helpu",
    "young carer? yes for my mum",
    "young carer i mam",
])
def test_a_young_carer_now_is_still_one(said: str) -> None:
    assert young_carer_words({"text": said}) is not None
