"""Another hand on the keyboard (stop 28, issue 11; trial X12): someone else takes over typing part way.

A man with a learning disability answered the first questions; his brother then typed "this is his brother now, he
wants me to finish it" and carried on, and every later answer was filed as the man's own view. Now a takeover said in a
message is acknowledged in the conversation's language and register, the same question is asked again (not
restarted), and each answer from then on is kept as typed by them, as their view; "ok it's mum again" / "fi sy 'ma
eto" hands back. "Nain says…" is no takeover. Whole conversations through the conversation core on a real (SQLite)
database, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.keyboard import KEYBOARD_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started
from tests.support.records import stored_conversation

_senders = itertools.count(1)
FIRST = {"en": "Going to the pub on a Friday with my mates", "cy": "Mynd i'r dafarn ar nos Wener efo'n ffrindia"}
#: (language, message, relation, the name they gave): English and Welsh, north and south, text-speak, with a name.
TAKEOVERS = [
    ("en", "this is his brother now, he wants me to finish it", "brother", None),
    ("en", "this is her daughter now", "daughter", None),
    ("en", "her son here", "son", None),
    ("en", "it's Gareth his brother typing now", "brother", "Gareth"),
    ("en", "Mam's gone to bed, it's me her son finishing this", "son", None),
    ("en", "ths is his bro now lol", "brother", None),
    ("en", "hi this is Sue, her daughter, I'm taking over", "daughter", "Sue"),
    ("cy", "ei merch hi sy 'ma rŵan", "daughter", None),
    ("cy", "merch hi sy 'ma rŵan, fi sy'n teipio", "daughter", None),
    ("cy", "fi yw ei mab e, fi sy'n teipio nawr", "son", None),
    ("cy", "Gareth, ei frawd o, sy'n teipio rŵan", "brother", "Gareth"),
    ("cy", "merch hi sy ma rwan", "daughter", None),
]
ANSWER = {"en": "I think he needs help with his money", "cy": "Dwi'n meddwl bod o angen help efo'i bres"}
HANDED_BACK = {"en": ["ok it's mum again", "me again", "it's Dai again"], "cy": ["fi sy 'ma eto", "fi eto", "nôl i fi"]}
OWN_AGAIN = {"en": "I want to go swimming again", "cy": "Dwi isio mynd i nofio eto"}


def _text(conversation: MemoryConversation, key: str, **values: str) -> str:
    register = str(conversation.slots.get("register") or "chi")
    return messages.text(key, conversation.slots["language"], register, **values)


def _at_strengths(language: str, role: str = "person") -> MemoryConversation:
    conversation = started(f"keyboard28-{next(_senders)}", language, role=role, name="Dai")
    conversation.say(FIRST[language])
    assert conversation.requested == "q_strengths"
    return conversation


def _answers(sender_id: str, key: str) -> list[tuple[str, str, str | None, str | None]]:
    """(words, whose view, typed by, the typist's name) of the answers kept under `key`, in order."""
    with session_scope() as s:
        conv = stored_conversation(s, sender_id)
        return [(a.text, a.whose_view, a.typed_by, a.typed_by_name) for a in conv.answers if a.question_key == key]


@pytest.mark.parametrize("language,message,relation,name", TAKEOVERS)
def test_a_takeover_is_acknowledged_and_the_same_question_carries_on(sqlite_url: str, language: str, message: str,
                                                                     relation: str, name: str | None) -> None:
    conversation = _at_strengths(language)
    conversation.say(message)
    assert conversation.text.startswith(_text(conversation, "keyboard_taken_over", person="Dai"))
    assert conversation.requested == "q_strengths"  # the same question, not restarted
    assert _text(conversation, "q_strengths") in conversation.text
    assert _answers(conversation.sender_id, KEYBOARD_KEY) == [(message, "carer", relation, name)]  # as typed
    assert _answers(conversation.sender_id, "strengths") == []
    conversation.say(ANSWER[language])
    assert _answers(conversation.sender_id, "strengths") == [(ANSWER[language], "carer", relation, name)]
    assert _answers(conversation.sender_id, "what_matters") == [(FIRST[language], "person", None, None)]
    with session_scope() as s:
        outcomes = [(o.text, o.whose_view) for o in stored_conversation(s, conversation.sender_id).outcomes]
    assert all(view == "carer" for text, view in outcomes if text in ANSWER[language])


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1, 2])
def test_handing_back_returns_to_the_person(sqlite_url: str, language: str, which: int) -> None:
    conversation = _at_strengths(language)
    conversation.say(TAKEOVERS[0 if language == "en" else 7][1])
    conversation.say(ANSWER[language])
    waiting = conversation.requested
    back = HANDED_BACK[language][which]
    conversation.say(back)
    assert conversation.text.startswith(_text(conversation, "keyboard_handed_back", comma_name=", Dai"))
    assert conversation.requested == waiting
    assert repository.hand_at_keyboard(conversation.sender_id) is None
    conversation.say(OWN_AGAIN[language])
    key = str(waiting).removeprefix("q_")
    assert _answers(conversation.sender_id, key) == [(OWN_AGAIN[language], "person", None, None)]
    assert _answers(conversation.sender_id, KEYBOARD_KEY)[-1] == (back, "person", None, None)


RELAYS = {"en": "Nain says she wants to stay in her own home", "cy": "Mae Nain yn deud bod hi isio aros adra"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_relay_is_no_takeover_and_stays_the_persons_view(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    conversation.say(RELAYS[language])
    assert _text(conversation, "keyboard_taken_over", person="Dai") not in conversation.text
    assert conversation.requested != "q_strengths"
    assert _answers(conversation.sender_id, "strengths") == [(RELAYS[language], "person", None, None)]
    assert repository.hand_at_keyboard(conversation.sender_id) is None


@pytest.mark.parametrize("message", ["I'm typing for Mum, she's beside me", "its her son who helps me now",
                                     "dwi'n teipio i nain, ma hi wrth fy ochr i"])
def test_typing_what_the_person_says_or_naming_a_helper_is_an_answer(sqlite_url: str, message: str) -> None:
    conversation = _at_strengths("en")
    conversation.say(message)
    assert conversation.requested != "q_strengths"
    assert _answers(conversation.sender_id, "strengths") == [(message, "person", None, None)]


TAKEOVER_WITH_ANSWER = {"en": "her daughter here. Mum would like help with her shopping on Thursdays",
                        "cy": "ei merch hi sy 'ma rŵan. Mae Mam angen help efo'r siopa ar ddydd Iau"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_takeover_said_with_an_answer_keeps_the_answer_as_theirs(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    conversation.say(TAKEOVER_WITH_ANSWER[language])
    assert _text(conversation, "keyboard_taken_over", person="Dai") in conversation.text
    assert conversation.requested not in (None, "q_strengths")  # answered: on to the next question
    assert _answers(conversation.sender_id, "strengths") == [(TAKEOVER_WITH_ANSWER[language], "carer", "daughter",
                                                              None)]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_young_persons_conversation_keeps_its_register(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language, role="young_person")
    conversation.say({"en": "this is his mum now", "cy": "ei fam o sy 'ma rŵan"}[language])
    said = messages.text("keyboard_taken_over", language, "ti", person="Dai")
    assert conversation.text.startswith(said)
    assert conversation.requested == "q_strengths"
    assert repository.hand_at_keyboard(conversation.sender_id) == repository.HandAtKeyboard("mother")


PASSED_ON = {"en": "He says he wants to go to the pub more", "cy": "Mae o'n deud bod o isio mynd i'r dafarn yn amlach"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_persons_wish_passed_on_after_a_takeover_is_the_persons_view(sqlite_url: str, language: str) -> None:
    conversation = _at_strengths(language)
    conversation.say({"en": "this is his brother now", "cy": "ei frawd o sy 'ma rŵan"}[language])
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(PASSED_ON[language])
    with session_scope() as s:
        outcomes = [(o.whose_view, o.answer.typed_by if o.answer else None)
                    for o in stored_conversation(s, conversation.sender_id).outcomes
                    if o.answer is not None and o.answer.text == PASSED_ON[language]]
    assert outcomes and all(view == ("person", "brother") for view in outcomes)
