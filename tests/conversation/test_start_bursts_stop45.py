"""Stop 45 (start45): the first minute on Telegram, typed the way teenagers type (AY3, stop 44 trial).

Seren (15) sent "fi" / "wel fi a mam" / "fi'n 15 a fi'n edrych ar ol mam" in a few seconds: she was put on the adult
path, in "chi", "wel fi a mam" became her name and the third message her answer to "what matters". After starting
again, "person ifanc" / "young carer i mam" / "ma MS da hi": "young carer i mam" was kept as her name's answer and
"ma MS da hi" as what matters. Jay typed "jay" / "well jayden but jay": the second was his answer to "What matters
most to you right now?". A message too soon after "who is talking?" or "what should I call you?" (the typing window of
stop 44, `answers.arrived_too_soon`) is now more of the message before; a name said again, or the way they like it,
right after it was taken is never an answer, whatever the timing. Through the conversation core, Welsh (north and
south), text-speak and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.controls import control_of
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
#: Seconds after the question: typed after reading it, and a burst (too soon to have read it and typed).
READ = 9.0
BURST = 1.2


def _at_who(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"start-bursts45-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    return conversation


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv is not None else []


def _burst(conversation: MemoryConversation, first: str, *rest: str, window: bool = True) -> None:
    conversation.say(first, seconds_since_asked=READ, typing_window=window)
    for piece in rest:
        conversation.say(piece, seconds_since_asked=BURST, typing_window=window)


#: (language, the pieces typed at "who is talking?", who they are read as, a name typed after reading the question)
CHOOSER_BURSTS = [
    ("cy", ("fi", "wel fi a mam", "fi'n 15 a fi'n edrych ar ol mam"), "young_person", "Seren"),  # the trial's (south)
    ("cy", ("fi", "fi a mam", "dwi'n 14 a dwi'n sbio ar ôl mam"), "young_person", "Cadi"),  # north (new)
    ("en", ("me", "well me and my mum", "im 15 and i look after my mum"), "young_person", "Jay"),  # English twin
    ("en", ("me", "me n mum", "im 15 n i look after my mum"), "young_person", "Kai"),  # text-speak (new)
]


@pytest.mark.parametrize("language, pieces, role, name", CHOOSER_BURSTS)
def test_the_choosers_pieces_are_read_together(sqlite_url: str, language: str, pieces: tuple[str, ...], role: str,
                                               name: str) -> None:
    conversation = _at_who(language)
    _burst(conversation, *pieces, window=True)
    assert conversation.slots["role"] == role and conversation.slots["register"] == "ti"
    assert conversation.requested == "name"  # asked again, now as "ti"
    assert messages.text("name", language, "ti") in conversation.text
    assert not conversation.slots.get("name")  # "wel fi a mam" is never a name
    kept = _answers(conversation)
    assert [t for k, t in kept if k == "role"] == list(pieces[1:])  # the later pieces verbatim, with who is talking
    assert not [k for k, _ in kept if k.startswith("what_matters") or k == "name"]
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    assert conversation.slots["name"] == name and conversation.requested == "q_what_matters"
    assert messages.text("nice_to_meet", language, "ti", name=name) in conversation.text


@pytest.mark.parametrize("language, pieces, role, name", CHOOSER_BURSTS)
def test_the_same_pieces_typed_after_reading_the_question_are_answers(sqlite_url: str, language: str,
                                                                       pieces: tuple[str, ...], role: str,
                                                                       name: str) -> None:
    """Sent long after "what should I call you?" (time to read it and type), the second piece is the answer to it, as
    before: only timing says a message is more of the one before."""
    conversation = _at_who(language)
    conversation.say(pieces[0], seconds_since_asked=READ, typing_window=True)
    conversation.say(pieces[1], seconds_since_asked=30.0, typing_window=True)
    assert ("role", pieces[1]) not in _answers(conversation)


@pytest.mark.parametrize("language, who, pieces", [
    ("cy", "person ifanc", ("young carer i mam", "ma MS da hi")),  # the trial's, after "dechrau eto"
    ("cy", "person ifanc", ("gofalwr ifanc dw i, i dad", "mae o'n sal")),  # north (new)
    ("en", "young person", ("young carer for my mum", "she has MS")),  # English twin
    ("en", "young person", ("young carer 4 my mum", "she got MS")),  # text-speak (new)
])
def test_a_role_sent_at_once_at_the_name_step_is_kept_with_who_is_talking(sqlite_url: str, language: str, who: str,
                                                                         pieces: tuple[str, ...]) -> None:
    conversation = _at_who(language)
    _burst(conversation, who, *pieces, window=True)
    assert conversation.slots["role"] == "young_person" and conversation.requested == "name"
    assert conversation.slots.get("name") is None  # asked again, never skipped with "young carer i mam" as its answer
    kept = _answers(conversation)
    assert [t for k, t in kept if k == "role"] == list(pieces)
    assert not [k for k, _ in kept if k != "role"]
    conversation.say("Seren", seconds_since_asked=READ, typing_window=True)
    assert conversation.slots["name"] == "Seren" and conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language, who, name_and_age", [
    ("en", "me", "jay, im 15"),
    ("cy", "fi", "Cai dw i, dw i'n 14"),
])
def test_a_name_sent_at_once_with_an_age_is_still_the_name(sqlite_url: str, language: str, who: str,
                                                           name_and_age: str) -> None:
    conversation = _at_who(language)
    _burst(conversation, who, name_and_age, window=True)
    assert conversation.slots["role"] == "young_person" and conversation.slots["register"] == "ti"
    assert str(conversation.slots["name"]).casefold() in name_and_age.casefold()
    assert conversation.requested == "q_what_matters"


#: (language, who, the name given, the message right after it, the name from then on)
RESTATED = [
    ("en", "me", "jay", "well jayden but jay", "jay"),  # the trial's
    ("en", "me", "jay", "jay lol", "jay"),
    ("en", "me", "Jayden", "actually call me jay", "jay"),
    ("en", "me", "jay", "jayden actually", "jayden"),
    ("cy", "fi", "Jayden", "neu jay", "jay"),
    ("cy", "fi", "Ffion", "Ffi plis", "Ffi"),  # (new)
    ("cy", "fi", "Gruffydd", "Gruffydd ond Guto", "Guto"),  # the name, then the one they go by (new)
]


@pytest.mark.parametrize("window", [True, False])
@pytest.mark.parametrize("language, who, name, after, now", RESTATED)
def test_a_name_said_again_right_after_it_was_taken_is_no_answer(sqlite_url: str, language: str, who: str,
                                                                 name: str, after: str, now: str,
                                                                 window: bool) -> None:
    """Even with the typing window off (the tests, scripted clients): only names akin to the one in use."""
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=window)
    conversation.say(name, seconds_since_asked=READ, typing_window=window)
    assert conversation.requested == "q_what_matters"
    conversation.say(after, seconds_since_asked=BURST if window else None, typing_window=window)
    kept = _answers(conversation)
    assert ("name", after) in kept  # verbatim, with their answer about their name
    assert not [k for k, _ in kept if k.startswith("what_matters")]
    assert str(conversation.slots["name"]).casefold() == now.casefold()
    assert conversation.requested == "q_what_matters"  # the question again
    assert "?" in conversation.text


@pytest.mark.parametrize("language, name, answer", [
    ("en", "Jo", "jobs"),  # a word that starts like the name is an answer
    ("en", "jay", "my mates n gaming n getting thru college"),
    ("cy", "Seren", "mam a fy ffrindie"),
    ("cy", "Mari", "Mari Lwyd a'r band"),  # her name inside an answer is still an answer
])
def test_an_answer_right_after_the_name_is_an_answer(sqlite_url: str, language: str, name: str, answer: str) -> None:
    conversation = _at_who(language)
    conversation.say("fi" if language == "cy" else "me")
    conversation.say(name)
    conversation.say(answer)
    assert ("what_matters", answer) in _answers(conversation)


@pytest.mark.parametrize("language, said", [
    ("cy", "young carer i mam"),  # the trial's
    ("cy", "dw i'n 15 a dw i'n edrych ar ôl dad"),  # north (new)
    ("en", "im 15 n i look after my mum"),  # text-speak (new)
    ("en", "I'm a young carer for my dad"),
])
def test_who_they_are_sent_at_once_after_the_name_is_kept_with_who_is_talking(sqlite_url: str, language: str,
                                                                             said: str) -> None:
    conversation = _at_who(language)
    conversation.say("fi" if language == "cy" else "me", seconds_since_asked=READ, typing_window=True)
    conversation.say("Seren", seconds_since_asked=READ, typing_window=True)
    assert conversation.slots["register"] == "chi"
    conversation.say(said, seconds_since_asked=BURST, typing_window=True)
    kept = _answers(conversation)
    assert ("role", said) in kept and not [k for k, _ in kept if k.startswith("what_matters")]
    assert conversation.slots["role"] == "young_person" and conversation.slots["register"] == "ti"
    assert conversation.requested == "q_what_matters"
    # Typed after reading the question, the same words are the answer to it.
    later = _at_who(language)
    later.say("fi" if language == "cy" else "me", seconds_since_asked=READ, typing_window=True)
    later.say("Seren", seconds_since_asked=READ, typing_window=True)
    later.say(said, seconds_since_asked=30.0, typing_window=True)
    assert ("what_matters", said) in _answers(later)


def test_a_carers_name_said_again_is_never_whom_they_look_after(sqlite_url: str) -> None:
    for language, who in (("en", "I look after my mum"), ("cy", "dwi'n edrych ar ôl mam fi")):
        conversation = _at_who(language)
        conversation.say(who)
        conversation.say("jay")
        assert conversation.requested == "cared_for_name"
        conversation.say("well jayden but jay")
        assert conversation.slots.get("cared_for_name") is None and conversation.requested == "cared_for_name"
        assert ("name", "well jayden but jay") in _answers(conversation)


@pytest.mark.parametrize("text", [
    "can i start again", "can i start again?", "Can I start again please?", "can i start again plz",
    "alla i ddechre eto plz", "alla i ddechre eto plz?", "ga i ddechra eto", "ga i ddechre eto?", "gai ddechre eto?",
    "alli ddechrau eto plis", "gawn ni ddechre eto?", "can we start over?",
])
def test_start_again_asked_for_is_a_start_again(text: str) -> None:
    """Read before any step (bot.nlu.signals: the whole message is a control at consent, "who is talking?", the name
    step and every question), and never joined by timing (`answers.sent_too_soon`)."""
    assert control_of(text) == ("start_again", None)


@pytest.mark.parametrize("language, text", [("cy", "alla i ddechre eto plz"), ("en", "can i start again")])
def test_start_again_sent_at_once_is_never_more_of_the_start(sqlite_url: str, language: str, text: str) -> None:
    """At the name step a burst is read with who is talking; a start again is not (the NLU makes it one first)."""
    from bot.conversation.answers import sent_too_soon
    from tests.conversation.memory import MemoryTurn

    conversation = _at_who(language)
    conversation.say("fi" if language == "cy" else "me", seconds_since_asked=READ, typing_window=True)
    turn = MemoryTurn(conversation, text, seconds_since_asked=BURST, typing_window=True)
    assert not sent_too_soon(turn, text)
    assert sent_too_soon(MemoryTurn(conversation, "wel fi a mam", seconds_since_asked=BURST, typing_window=True),
                         "wel fi a mam")


# --- fixname45: the review's findings S3 and S4 (review 45) -----------------------------------------------------------

#: (language, who, the name given, an answer typed after reading "What matters most?" that starts like the name)
WORDS_LIKE_THE_NAME = [
    ("en", "me", "Mat", "mates lol"),  # the review's
    ("en", "me", "Mo", "money lol"),
    ("en", "me", "Al", "alone lol"),
    ("en", "me", "Dan", "dancing lol"),
    ("en", "me", "Jo", "just jobs"),
    ("en", "me", "Tom", "tomorrow lol"),
    ("cy", "fi", "Cat", "cath fi lol"),
    ("en", "me", "Ben", "benefits pls"),  # (new) a longer word with "pls"
    ("cy", "fi", "Gar", "garddio lol"),  # (new) "gardening lol"
    ("cy", "fi", "Dan", "dan bwysau lol"),  # (new) the name itself inside an answer ("under pressure lol")
]


@pytest.mark.parametrize("language, who, name, answer", WORDS_LIKE_THE_NAME)
def test_a_word_that_starts_like_the_name_is_an_answer_not_a_new_name(sqlite_url: str, language: str, who: str,
                                                                      name: str, answer: str) -> None:
    """S3 (review 45): "mates lol" after "Mat" renamed him "Mates", kept the answer as his name and asked again."""
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    assert conversation.requested == "q_what_matters"
    conversation.say(answer, seconds_since_asked=READ, typing_window=True)
    kept = _answers(conversation)
    assert ("what_matters", answer) in kept and ("name", answer) not in kept
    assert conversation.slots["name"] == name


#: (language, who, the carer's name, their answer to "who do you look after?")
CARERS_FAMILY_NAMES = [
    ("en", "I look after my mum", "Dan", "Danny mostly"),  # the review's
    ("cy", "dwi'n edrych ar ôl mam fi", "Gwen", "Gwenllian neu Gwen"),  # the review's (Welsh families share names)
    ("en", "I look after my dad", "Tom", "Tommy mostly"),  # (new)
    ("cy", "dw i'n gofalu am dad", "Huw", "Huw hefyd lol"),  # (new, north) "Huw too lol": named after him
]


@pytest.mark.parametrize("seconds", [READ, BURST])
@pytest.mark.parametrize("language, who, name, answer", CARERS_FAMILY_NAMES)
def test_a_family_name_like_the_carers_is_whom_they_look_after(sqlite_url: str, language: str, who: str, name: str,
                                                               answer: str, seconds: float) -> None:
    """S3 (review 45): never a new name for the carer at "who do you look after?", and never that question again."""
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    assert conversation.requested == "cared_for_name"
    conversation.say(answer, seconds_since_asked=seconds, typing_window=True)
    kept = _answers(conversation)
    # whom they look after: named by it ("Danny"), or the words kept with the question when no name is read in them
    assert ("cared_for_name", answer) in kept \
        or answer.split(maxsplit=1)[0].casefold() in str(conversation.slots["cared_for_name"]).casefold()
    assert ("name", answer) not in kept
    assert conversation.slots["name"] == name and conversation.requested != "cared_for_name"


#: (language, who, the name given, the message right after it, the name from then on, with its capitals)
RENAMED_WITH_CAPITALS = [
    ("en", "me", "jay", "jayden actually", "Jayden"),  # the review's: was kept as "jayden"
    ("cy", "fi", "Ffion", "galwa fi'n ffi", "Ffi"),  # (new)
    ("en", "me", "mo", "actually call me Mohammed", "Mohammed"),  # (new) their own capitals
    ("cy", "fi", "Gruffydd", "Gruffydd ond Guto", "Guto"),
]


@pytest.mark.parametrize("language, who, name, after, now", RENAMED_WITH_CAPITALS)
def test_a_name_they_prefer_is_kept_with_capitals(sqlite_url: str, language: str, who: str, name: str, after: str,
                                                  now: str) -> None:
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    conversation.say(after, seconds_since_asked=READ, typing_window=True)
    assert conversation.slots["name"] == now  # exactly: the record's display name too
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.display_name == now
    assert ("name", after) in _answers(conversation) and conversation.requested == "q_what_matters"


#: (language, the piece sent at once after the name, a young person's low mood in it)
WORRY_IN_A_START_BURST = [
    ("cy", "fi'n 15 a dwi'n edrych ar ol mam, sai'n gweld y pwynt i ddim byd"),  # the review's (AY2's own words)
    ("en", "young carer for my mum. i dont see the point of anything tbh"),  # the review's
    ("cy", "dwi'n 14 a dwi'n sbio ar ol dad, sdim pwynt i ddim byd"),  # (new, north)
    ("en", "im 14 and i look after my dad, whats the point in anything"),  # (new)
]


@pytest.mark.parametrize("language, piece", WORRY_IN_A_START_BURST)
def test_a_worry_in_a_start_burst_is_heard(sqlite_url: str, language: str, piece: str) -> None:
    """S4 (review 45): the heavy word and a young person's lines, as at the questions (answers.say_it_was_added), not
    only "I've added that"."""
    conversation = _at_who(language)
    conversation.say("fi" if language == "cy" else "me", seconds_since_asked=READ, typing_window=True)
    conversation.say("Seren", seconds_since_asked=READ, typing_window=True)
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert conversation.slots["role"] == "young_person" and conversation.slots["register"] == "ti"
    assert messages.text("ack_heavy", language, "ti") in conversation.text
    assert ("role", piece) in _answers(conversation) and conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language, who, piece", [
    ("cy", "fi", "fi'n 15 a dwi'n edrych ar ol mam, weithie dwi isio marw"),  # the review's
    ("en", "me", "im 15, young carer for my mum. sometimes i want to kill myself"),  # the review's
    ("cy", "fi", "dwi'n 14 a dwi'n gofalu am dad, dwi isio lladd fy hun"),  # (new, north)
    ("en", "me", "im 16 n i look after my mum, i wanna end it all"),  # (new, text-speak)
])
def test_an_urgent_piece_at_the_name_step_still_says_who_is_talking(sqlite_url: str, language: str, who: str,
                                                                    piece: str) -> None:
    """S4 (review 45): after the urgent reply, a 15-year-old was left on the adult path, in "chi"."""
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    assert conversation.requested == "name"
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert conversation.slots["role"] == "young_person" and conversation.slots["register"] == "ti"
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.completed_by == "young_person"


def test_an_urgent_piece_from_an_adult_at_the_name_step_stays_an_adult(sqlite_url: str) -> None:
    """Only words that say they are young: an adult's urgent message keeps "chi"."""
    for language, who, piece in (("cy", "fi", "dwi'n 45 a dwi isio marw"), ("en", "me", "im 45 and i want to die")):
        conversation = _at_who(language)
        conversation.say(who, seconds_since_asked=READ, typing_window=True)
        conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
        assert conversation.slots["role"] == "person" and conversation.slots["register"] == "chi"
