"""Stop 48, BB8 (trial 47): a piece typed on the heels of the answer to the name of the one cared for was taken as the
answer to the next question, which it had not read.

A carer at "what is the name of the person you look after?" sent "its mum, Carol" and, a moment later, "she's 84 and
lives alone": the second was kept as the answer to "What matters most to Carol?", sent between the two. Stop 47 (BA5)
kept such a piece with the answer before only at the questions of the form. Now a piece too soon to have read the
question (the typing window, `answers.sent_too_soon`), straight after the answer to a start question, with no wish of
its own, is kept with that answer, thanked in a few words, and the question waits just above it. A reply typed after
reading the question, or a wish typed at once, is still the answer. The trial's words (fictional), north and south
Welsh, text-speak.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.summary import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation, stored_answers

pytestmark = pytest.mark.usefixtures("sqlite_url")

#: Seconds after the question: typed after reading it, and a burst (too soon to have read it and typed).
READ = 9.0
BURST = 1.2

#: (language, who is talking, their name, the cared-for person's name, the piece after it)
CARERS = [
    ("en", "im her daughter, i look after my mum", "Sue", "its mum, Carol", "she's 84 and lives alone"),  # the trial's
    ("cy", "dwi'n gofalu am mam", "Sian", "mam, Carol", "ma hi'n 84 ac yn byw ar ben ei hun"),  # north
    ("cy", "fi'n edrych ar ol mam", "Non", "mam, Carol", "mae'n 84 a mae'n byw ar ei phen ei hunan"),  # south (new)
    ("en", "me, i care for my dad", "Dai", "dad, Geraint", "hes 79 n has parkinsons"),  # text-speak (new)
]


def _sender(*parts: object) -> str:
    return "mem-flow48-bb8-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_the_name_of_the_one_cared_for(language: str, who: str, name: str, *parts: object) -> MemoryConversation:
    conversation = MemoryConversation(_sender(language, who, *parts), language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    assert conversation.requested == "name"
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    assert conversation.requested == "cared_for_name"
    return conversation


@pytest.mark.parametrize("language, who, name, cared_for, piece", CARERS)
def test_a_piece_typed_at_once_is_more_of_the_name_answer(language: str, who: str, name: str, cared_for: str,
                                                          piece: str) -> None:
    conversation = _at_the_name_of_the_one_cared_for(language, who, name, cared_for, piece)
    conversation.say(cared_for, seconds_since_asked=READ, typing_window=True)
    asked = conversation.requested
    assert asked == "q_what_matters"
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    answers = stored_answers(conversation)
    assert ("cared_for_name", piece) in answers  # kept with the answer it carries on, verbatim
    assert ("what_matters", piece) not in answers
    assert conversation.requested == asked  # the question still waits for its answer
    assert "added that" in conversation.text or "ychwanegu" in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None and not record["outcomes"]
    assert piece in render_markdown(record, language)  # the practitioner sees it, with who is looked after
    # the answer then typed is the answer to the question waiting
    wish = "she wants to stay in her own home" if language == "en" else "mae hi isio aros adra"
    conversation.say(wish, seconds_since_asked=READ, typing_window=True)
    assert ("what_matters", wish) in stored_answers(conversation)


@pytest.mark.parametrize("language, who, name, cared_for, piece", CARERS[:2])
def test_a_reply_typed_after_reading_the_question_is_its_answer(language: str, who: str, name: str, cared_for: str,
                                                                piece: str) -> None:
    """The false-alarm side: a normal quick reply, typed after reading the question, answers it, as before."""
    conversation = _at_the_name_of_the_one_cared_for(language, who, name, cared_for, "read")
    conversation.say(cared_for, seconds_since_asked=READ, typing_window=True)
    conversation.say(piece, seconds_since_asked=READ, typing_window=True)
    assert ("what_matters", piece) in stored_answers(conversation)
    assert conversation.requested != "q_what_matters"


@pytest.mark.parametrize("language, who, name, cared_for, wish", [
    ("en", "im her daughter, i look after my mum", "Sue", "its mum, Carol", "she wants to stay in her own home"),
    ("cy", "dwi'n gofalu am mam", "Sian", "mam, Carol", "mae hi isio aros adra"),
])
def test_a_wish_typed_at_once_is_still_the_answer(language: str, who: str, name: str, cared_for: str,
                                                  wish: str) -> None:
    """A wish is what the question asks, however fast it came: never lost under the name."""
    conversation = _at_the_name_of_the_one_cared_for(language, who, name, cared_for, "wish")
    conversation.say(cared_for, seconds_since_asked=READ, typing_window=True)
    conversation.say(wish, seconds_since_asked=BURST, typing_window=True)
    assert ("what_matters", wish) in stored_answers(conversation)


def test_without_the_typing_window_nothing_changes() -> None:
    """The terminal client and others stamp no timing: every message answers the question waiting."""
    language, who, name, cared_for, piece = CARERS[0]
    conversation = _at_the_name_of_the_one_cared_for(language, who, name, cared_for, "no window")
    conversation.say(cared_for)
    conversation.say(piece)
    assert ("what_matters", piece) in stored_answers(conversation)
