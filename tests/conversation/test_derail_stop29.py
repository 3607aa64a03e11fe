"""Derailments, stop 29 (issue 11): what the dev sets and the twin set's tuning half showed, by family.

- Their own name with a yes, an "only" or their age around it (the twin set dev_fresh5's "tyler im 14" got "Thank you,
  tyler im 14." and every later question used it; "yeah its ellie", "ok ellie", "just ellie", "ia, Siôn" gave no name
  at all, so no question used one): the name alone is used, and their words are kept as typed. Not wanting to say
  ("prefer not to say", "dim ots") is no name.
- Who they look after, named after who they are ("My mum is Fatima, she's 67", the twin set): every later question said
  "Mum". "Fy mam yw Fatima", "Y wraig yw Non. Ma hi'n 70" likewise gave no name or the kin word. The name said after
  "is" / "yw" / "ydi" (with a capital) is the name; "my mum is poorly" still gives "Mum".
- Help after "welcome back": "help" (or "helpu") typed at "carry on where you left off, or start again?" gave the help,
  and the next message ("ok", or the answer) brought the same welcome-back choice again. Help leaves the choice
  waiting: the next message answers it.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import SKIPPED
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import Conversation
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_names_trial28_z import _answered_who
from tests.conversation.test_start_never_loops import _at_role
from tests.conversation.test_welcome_back_once_trial28 import _paused_at, _welcome_back

# --- their own name, with a yes, an "only" or their age around it ----------------------------------------------------

#: (language, who is talking, the answer to "what name shall I use?", the name every later question uses)
NAME_WITH_MORE = [
    ("en", "young_person", "tyler im 14", "tyler"),
    ("en", "young_person", "jac 15", "jac"),
    ("cy", "young_person", "osian dwi'n 15", "osian"),
    ("cy", "young_person", "Ffion 14 oed", "Ffion"),
    ("en", "person", "yeah its ellie", "ellie"),
    ("en", "person", "ok Gwyn", "Gwyn"),
    ("en", "young_person", "just kacey", "kacey"),
    ("en", "person", "Ellie is fine", "Ellie"),
    ("cy", "person", "ia, Siôn", "Siôn"),
    ("cy", "person", "ie Gwenda", "Gwenda"),
    ("cy", "young_person", "jyst cerys", "cerys"),
    ("cy", "person", "dim ots, Huw", "Huw"),
]

#: What each speaker types at "who is talking?".
WHO = {("en", "person"): "myself", ("en", "young_person"): "me, im 15",
       ("cy", "person"): "fi fy hun", ("cy", "young_person"): "fi, dwi'n 15"}


def _named(language: str, role: str, typed: str) -> tuple[str, str, str]:
    """At "what name shall I use?", `typed` answered: (the name the record uses, the slot, what was said back)."""
    dialogue = _at_role(_sender("derail29-name", language, role, typed), language)
    dialogue.say(WHO[language, role])
    assert dialogue.asking == "name" and dialogue.slots["role"] == role
    mark = len(dialogue.conversation.said)
    dialogue.say(typed)
    after = "\n".join(m.text for m in dialogue.conversation.said[mark:])
    record = dialogue.record()
    return str(record.display_name), str(dialogue.slots["name"]), after


@pytest.mark.parametrize("language, role, typed, name", NAME_WITH_MORE)
def test_the_name_alone_is_used(sqlite_url: str, language: str, role: str, typed: str, name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    with session_scope() as s:  # their words, as typed, beside the name used
        conv = next(c for c in s.query(Conversation) if c.display_name == name)
        assert typed in [a.text for a in conv.answers if a.question_key == "name"]
    assert messages.text("nice_to_meet", language, "ti" if role == "young_person" else "chi", name=with_name_capitals(name)) in after


@pytest.mark.parametrize("language, typed", [("en", "prefer not to say"), ("en", "rather not say"),
                                              ("cy", "dim ots"), ("cy", "sai moyn gweud")])
def test_not_wanting_to_say_is_no_name(sqlite_url: str, language: str, typed: str) -> None:
    stored, slot, after = _named(language, "person", typed)
    assert slot == SKIPPED and stored in ("None", "")
    assert typed not in after  # never "Thank you, prefer."


# --- who they look after, named after who they are ---------------------------------------------------------------------

#: (language, the answer to "who do you look after?", the name every later question uses, who they are)
NAMED_AFTER_WHO = [
    ("en", "My mum is Fatima, she's 67", "Fatima", "My mum"),
    ("en", "my wife is Pat. She has Parkinson's", "Pat", "my wife"),
    ("cy", "Fy mam yw Fatima, mae hi'n 67", "Fatima", "Fy mam"),
    ("cy", "Y wraig yw Non. Ma hi'n 70", "Non", "Y wraig"),
]


@pytest.mark.parametrize("language, typed, name, relation", NAMED_AFTER_WHO)
def test_the_name_after_who_they_are_is_the_name(sqlite_url: str, language: str, typed: str, name: str,
                                                 relation: str) -> None:
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name and dialogue.slots["relationship"] == relation
    assert dialogue.asking == "q_what_matters" and name in after  # the first question about them uses the name
    assert "relationship" not in dialogue.conversation.asked
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")  # their words, as typed


@pytest.mark.parametrize("language, typed, kin", [("en", "my mum is poorly", "Mum"), ("cy", "Mam yw hi", "Mam")])
def test_who_they_are_with_no_name_is_still_the_kin_word(sqlite_url: str, language: str, typed: str, kin: str) -> None:
    dialogue, _ = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == kin


# --- help after "welcome back" -----------------------------------------------------------------------------------------

def _help(conversation: MemoryConversation, text: str) -> None:
    """As Rasa's help rule does outside the questions: action_help says the help, and nothing else."""
    conversation.messages.append(text)
    MemoryTurn(conversation, text, "help").say("help")


#: (language, the help word typed, then the answer to the question waiting: q_change)
AFTER_HELP = [
    ("en", "help", "I'd like her to get out to the shops on a Saturday again"),
    ("en", "what do i do", "ok"),
    ("cy", "help", "Isio iddi fynd i'r siop ar ddydd Sadwrn eto"),
    ("cy", "helpu plis", "iawn"),
]


@pytest.mark.parametrize("language, asked_help, then", AFTER_HELP)
def test_help_after_welcome_back_leaves_the_choice_waiting(sqlite_url: str, language: str, asked_help: str,
                                                          then: str) -> None:
    conversation = _paused_at(language, "q_change", asked_help, then)
    conversation.say("back" if language == "en" else "nôl")
    assert _welcome_back(language) in conversation.text
    _help(conversation, asked_help)
    conversation.say(then)
    assert _welcome_back(language) not in conversation.text  # the choice is never asked twice
    assert sum(m.text == _welcome_back(language) for m in conversation.said) == 1
    if then in ("ok", "iawn"):
        assert conversation.requested == "q_change"  # "ok" carries on: the question waiting, asked again
        assert conversation.slots.get("q_change") is None
    else:
        assert conversation.slots["q_change"] == then  # the answer to the question waiting, kept as typed
        assert then in repository.answer_texts(conversation.sender_id)
        assert conversation.requested not in (None, "q_change")
