"""Stop 45 (burst45): answers swallowed as fragments, the question asked again and again (AY6, AY7, AY19, AY12).

The twenty-first trial (stop 44). Seren (15, Telegram) sent "mam obvs" / "nain" / "a'r gath lol" at "Pwy sy'n bwysig i
ti?"; the three reached the assistant at once and in reverse order (the trial's database: one arrival stamp for all
three, "a'r gath lol" handled first, 8 s after the question). "a'r gath lol" was joined to her worry before it on its
"a'r…" alone, the other two then counted as "before the question" asked again, and all three stood under her worries,
the question shown four times. Jay's "n dont ring my house, msg me on here" (20 s after "How would you like people to
support you?") the same, the question shown five times. And each joined piece of a burst had the whole "added that…
back to this question" reply and the question again.

Now, with the typing window on: a message long enough after the question to have read it and typed it answers it
(only "pressed send too soon" and its like still join the answer before); a second piece of the same burst is thanked
in a few words, the question just above it; a question is never shown a third time in a row for a piece of an answer.
With the window off or no timing, the words decide as before. The words are fictional, the trial's as quoted.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.conversation.answers import read_and_typed_in_time
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.render import render_view_markdown
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, started_with_record, stored_outcomes


def _sender(*parts: object) -> str:
    return "mem-burst45-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(question key, words) of every stored answer, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


def _register(role: str) -> str:
    return "ti" if role == "young_person" else "chi"


def _question(language: str, slot: str, role: str) -> str:
    """The first line of a question as put, to count it in what was said."""
    return messages.text(slot, language, _register(role)).split("\n")[0][:30]


def _at(language: str, role: str, slot: str, answer: str, *parts: object) -> MemoryConversation:
    """A conversation at `slot`, the question before it answered with `answer` (typed after reading it) and the ones
    before that skipped; a carer's is about Mair (their wife)."""
    name = {"young_person": "Seren", "person": "Gwen", "carer": "Nia"}[role]
    conversation = started_with_record(_sender(language, role, slot, answer, *parts), language, role=role, name=name)
    if role == "carer":
        conversation.slots.update({"cared_for_name": "Mair", "relationship": "wraig" if language == "cy" else "wife"})
        repository.update_conversation(conversation.sender_id, cared_for_name="Mair")
    while conversation.requested != slot:
        waiting = conversation.requested
        assert waiting is not None
        if not waiting.startswith("q_"):
            conversation.say("/skip", intent="skip")
            continue
        conversation.slots[waiting] = "x"
        next_one = conversation._next_slot()
        conversation.slots[waiting] = None
        if next_one == slot:
            conversation.say(answer, seconds_since_asked=15.0, typing_window=True)
            assert conversation.requested == slot, (waiting, conversation.text)
        else:
            conversation.say("/skip", intent="skip")
    return conversation


#: AY6: (language, role, the answer before, the question waiting, a piece read as more of the answer before by its
#: shape, sent long after the question). The trial's two, a north-Walian and a plain English twin (new).
LATE_PIECES = [
    ("cy", "young_person", "peidiwch gweud wrth mam plz", "q_people", "a'r gath lol"),  # Seren's (south, text-speak)
    ("en", "young_person", "the group chat thing to stop", "q_support", "n dont ring my house, msg me on here"),  # Jay's
    ("cy", "person", "dw i'n poeni am y grisia adra", "q_people", "a'r hogia o'r clwb bowlio"),  # north (new)
    ("en", "person", "I worry about money all the time", "q_people", "and my sister in Rhyl"),  # plain English (new)
]


@pytest.mark.parametrize("language, role, before, slot, piece", LATE_PIECES)
def test_a_piece_long_after_the_question_answers_it(sqlite_url: str, language: str, role: str, before: str,
                                                    slot: str, piece: str) -> None:
    conversation = _at(language, role, slot, before, "late", piece)
    conversation.say(piece, seconds_since_asked=20.0, typing_window=True)
    assert _answers(conversation)[-1] == (slot[2:], piece)  # the answer to the question waiting, not joined
    assert messages.text("added_later_noted", language, _register(role)) not in conversation.text
    assert conversation.requested != slot


@pytest.mark.parametrize("language, role, before, slot, piece", LATE_PIECES)
def test_with_the_window_off_or_no_timing_the_words_still_join(sqlite_url: str, language: str, role: str,
                                                               before: str, slot: str, piece: str) -> None:
    """As before stop 45 (scripted clients, the terminal): the shape of the words decides."""
    for window, seconds in ((False, 20.0), (True, None)):
        conversation = _at(language, role, slot, before, "off", window, piece)
        conversation.say(piece, seconds_since_asked=seconds, typing_window=window)
        (key, first), (same, second) = _answers(conversation)[-2:]
        assert (first, second) == (before, piece) and key == same != slot[2:]
        assert messages.text("added_later_noted", language, _register(role)) in conversation.text
        assert conversation.requested == slot


@pytest.mark.parametrize("language, role, before, slot, piece", LATE_PIECES)
def test_a_piece_sooner_than_reading_and_typing_it_still_joins_by_its_words(
        sqlite_url: str, language: str, role: str, before: str, slot: str, piece: str) -> None:
    """Not too soon to be an answer, not long enough to have read the question first: the words decide."""
    conversation = _at(language, role, slot, before, "grey", piece)
    question = messages.text(slot, language, _register(role))
    seconds = 1.2 + 0.1 * len(piece)  # past arrived_too_soon (1 s + 0.1 s a character)
    assert not read_and_typed_in_time(piece, seconds, True, question)
    conversation.say(piece, seconds_since_asked=seconds, typing_window=True)
    assert _answers(conversation)[-1][1] == piece and _answers(conversation)[-1][0] != slot[2:]
    assert conversation.requested == slot


@pytest.mark.parametrize("language, answer, piece", [
    ("en", "more time for me", "sorry pressed send too soon, and a break on saturdays"),
    ("cy", "mwy o amser i fi", "sori pwyso anfon rhy fuan, a brêc ar ddydd sadwrn"),
    ("cy", "mwy o amsar i fi", "sori heb orffen, a seibiant ar y penwythnos"),  # north (new)
])
def test_saying_it_was_sent_too_soon_joins_whatever_the_timing(sqlite_url: str, language: str, answer: str,
                                                               piece: str) -> None:
    conversation = _at(language, "young_person", "q_support", answer, "unfinished", piece)
    conversation.say(piece, seconds_since_asked=30.0, typing_window=True)
    assert _answers(conversation)[-2:] == [("change", answer), ("change", piece)]
    assert conversation.requested == "q_support"


#: AY7 / AY19: (language, role, the question, the answer, two more pieces of it sent straight after, the question
#: after it). Nia's "a canllaw ar y grisia" (north), Seren's best time (south), Jay's, and twins.
BURSTS = [
    ("cy", "carer", "q_change", "isio mynd allan mwy", "a canllaw ar y grisia", "a rhywun i helpu efo'r tabledi", "q_support"),
    ("en", "carer", "q_change", "to get out more", "and a rail on the stairs", "and someone to help with his tablets", "q_support"),
    ("en", "young_person", "q_change", "the group chat thing to stop", "n more time for college work", "n my own room", "q_support"),
    ("cy", "young_person", "q_change", "mwy o amser i fi", "a mynd i dre da Ffion", "a gwersi nofio", "q_support"),
]


@pytest.mark.parametrize("language, role, slot, answer, second, third, after", BURSTS)
def test_a_burst_is_thanked_once_and_keeps_every_piece(sqlite_url: str, language: str, role: str, slot: str,
                                                       answer: str, second: str, third: str, after: str) -> None:
    conversation = _at(language, role, after, answer, "burst")
    register = _register(role)
    asked = conversation.text.split("\n")[-1]  # the question waiting, as put
    # the trial's Telegram: the pieces reached us before the next question was even sent
    conversation.say(second, seconds_since_asked=-1.5, typing_window=True)
    # a few words, the question not put again: it was put after the answer, just above (trial 45 AZ9: this asserted
    # the whole "back to this question" reply and the question again for the first piece)
    assert conversation.text == messages.text("added_more_noted", language, register)
    assert asked
    conversation.say(third, seconds_since_asked=-0.4, typing_window=True)
    assert conversation.text == messages.text("added_more_noted", language, register)  # a few words, no question
    assert conversation.requested == after
    key = slot[2:]
    assert _answers(conversation)[-3:] == [(key, answer), (key, second), (key, third)]
    # AY12 / AY19: every piece of the answer is an outcome, verbatim
    outcomes = [text for text, _ in stored_outcomes(conversation)]
    for piece in (second, third):
        words = piece.split(" ", 1)[1]  # ("a" / "and" / "n": the joining word is no part of the wish)
        assert any(words in o and o in piece for o in outcomes), (piece, outcomes)
    # then the real answer to the question waiting, typed after reading it
    conversation.say("tecst" if language == "cy" else "text me", seconds_since_asked=12.0, typing_window=True)
    assert _answers(conversation)[-1][0] == after[2:]


@pytest.mark.parametrize("language, role, slot, answer, second, third, after", BURSTS[:2])
def test_a_burst_without_timing_is_thanked_once_too(sqlite_url: str, language: str, role: str, slot: str,
                                                    answer: str, second: str, third: str, after: str) -> None:
    """No timing (the terminal client): the words join both pieces; the second is thanked in a few words."""
    conversation = _at(language, role, after, answer, "untimed")
    conversation.say(second)
    conversation.say(third)
    assert conversation.text == messages.text("added_more_noted", language, _register(role))
    assert [k for k, _ in _answers(conversation)[-3:]] == [slot[2:]] * 3


@pytest.mark.parametrize("language, role, before, slot, piece, again, later", [
    ("en", "young_person", "my mates irl r sound", "q_change", "n my own room", "where were we?",
     "n no more group chats"),
    ("cy", "young_person", "netball ar nos fawrth", "q_change", "a stafell fy hun", "beth oedd y cwestiwn eto?",
     "a dim group chats"),
])
def test_a_question_is_never_shown_a_third_time_for_a_piece(sqlite_url: str, language: str, role: str, before: str,
                                                            slot: str, piece: str, again: str, later: str) -> None:
    """AY6: shown, shown again after a piece and again when asked for: the next piece answers it (no timing)."""
    conversation = _at(language, role, slot, before, "third", piece)
    conversation.say(piece)  # more of the keep answer: the question again (twice)
    assert messages.text("added_later_noted", language, "ti") in conversation.text
    conversation.say(again)  # "what was the question?": a third time, as asked
    assert conversation.requested == slot
    conversation.say(later)  # never a fourth time for one more piece: this is the answer
    assert _answers(conversation)[-1] == (slot[2:], later)
    assert conversation.requested != slot


def _said_in_a_row(conversation: MemoryConversation, question: str) -> int:
    """The most times `question` was shown with no answer taken between (counted in what the assistant said)."""
    most = run = 0
    for said in conversation.said:
        if question in said.text:
            run += 1
            most = max(most, run)
        elif not any(said.text == messages.text(key, "cy", "ti")
                     for key in ("added_later_noted", "added_more_noted")):
            run = 0
    return most


def test_seren_whole_conversation_on_the_ti_path(sqlite_url: str) -> None:
    """A young carer's conversation in Cardiff Welsh text-speak on Telegram, in bursts as she typed them (the trial's
    stamps; the burst at "Pwy sy'n bwysig i ti?" reached us at once, in reverse order, 8 s after the question)."""
    conversation = started_with_record(_sender("seren"), "cy", role="young_person", name="Seren")
    said = [
        ("ma MS da hi. diwrnod da yw pan ma hi'n ok", 9.0),
        ("nain yn helpu ar y penwthnos", 6.4), ("a ffrind fi Ffion", -1.5), ("ysgol yn ok i fod yn onest", -0.05),
        ("netball ar nos fawrth", 5.5), ("a mynd i dre da Ffion ar sadwrn", -3.0),
        ("mwy o amser i fi", 5.5), ("a canllaw ar y grisia", -2.4),
        ("tecst plz, dim galw pan fi yn ysgol", 9.0),
        ("peidiwch gweud wrth mam plz", 9.0),
        ("a'r gath lol", 8.2), ("nain", -0.1), ("mam obvs", -0.6),  # AY6: reversed, all at once
        ("tecst", 6.0), ("cymraeg neu saesneg sdim ots", -2.0),
        ("ar ol 4 yn y tŷ", 5.5), ("pan ma nain na", -3.0),
    ]
    for text, seconds in said:
        conversation.say(text, seconds_since_asked=seconds, typing_window=True)
    kept = _answers(conversation)
    people = [t for k, t in kept if k == "people"]
    assert people == ["a'r gath lol", "nain", "mam obvs"]  # AY6: who is important, in the order handled
    assert not [t for k, t in kept if k == "worries" and t != "peidiwch gweud wrth mam plz"]
    assert ("change", "a canllaw ar y grisia") in kept and ("visit_time", "pan ma nain na") in kept
    for slot in ("q_strengths", "q_keep", "q_change", "q_people", "q_communication", "q_visit_time"):
        assert _said_in_a_row(conversation, _question("cy", slot, "young_person")) <= 2, slot
    # AY7: never "back to this question" twice in a row
    texts = [m.text for m in conversation.said]
    back = messages.text("added_later_noted", "cy", "ti")
    assert not [n for n in range(1, len(texts)) if texts[n] == back and back in texts[n - 2:n]]
    assert messages.text("added_more_noted", "cy", "ti") in texts
    # the summary shows them where they belong (AY19)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert any("canllaw ar y grisia" in o["text"] for o in record["outcomes"])
    page = render_view_markdown(build_view(record, "cy"))
    people_at = page.index("## Pobl bwysig")
    worries_at = page.index("## Pryderon")
    for words in ("mam obvs", "nain", "a'r gath lol"):
        assert f"“{words}”" in page[people_at:page.index("\n## ", people_at + 1)]
        assert f"“{words}”" not in page[worries_at:page.index("\n## ", worries_at + 1)]
    assert "pan ma nain na" in page


@pytest.mark.parametrize("language, answer, piece", [
    ("en", "going to the skatepark with my mates", "n sometimes i just wanna disappear tbh"),
    ("cy", "mynd i'r parc sglefrio gyda bois", "a weithie fi jyst moyn diflannu"),
])
def test_a_please_check_sent_as_a_piece_gets_the_gentle_reply(sqlite_url: str, language: str, answer: str,
                                                             piece: str) -> None:
    """Stop 45's review (S5): a "please check" sent straight after an answer, as a piece of it, reached the duty team
    but the young person heard only "I've added that"; any other "please check" answer gets the gentle reply."""
    conversation = _at(language, "young_person", "q_support", answer, "pc", piece)
    conversation.say(piece, seconds_since_asked=0.5, typing_window=True)
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == piece)
    assert flag["please_check"]
    gentle = messages.text("please_check", language, "ti", helpline="").split(".")[0]
    assert gentle in conversation.text, conversation.text
    assert conversation.requested == "q_support"
