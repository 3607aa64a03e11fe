"""The fifth trial's language, name and first-message findings (stop 28, Y4, Y11, Y15), through the conversation core.

Y4: a Welsh speaker who pressed Cymraeg and writes Welsh text-speak with English mixed in was flipped to English
and back four times, once by "dunno. jus dont talk down to me"; the read-back and closing then came in English.
A chosen language now changes only on a clear, sustained switch (two whole messages in a row in the other
language) or on words asking for it. Y11: the name they go by, said after their full name, is the one used.
Y15: the very first message says who reads the answers, and when.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.conversation.about_you import name_in
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation


def _sender(*parts: object) -> str:
    return "mem-trial28-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _other(language: str) -> str:
    return "en" if language == "cy" else "cy"


# --- Y11: the name they go by ---------------------------------------------------------------------------------------

GOES_BY = [
    ("Jayden but every1 calls me JJ", "JJ"), ("Eirlys. Ond Lys ma pawb yn gweud", "Lys"),
    ("Its Margaret, Peggy to my friends", "Peggy"), ("Elizabeth - Beth plis", "Beth"),
    ("Gwenllian, ond Gwen i bawb", "Gwen"), ("Eirlys, Lys i'n ffrindie", "Lys"), ("Robert, Bob please", "Bob"),
    ("Dilys dw i, ond Dil mae pawb yn galw fi", "Dil"), ("Sarah but my mates call me Saz", "Saz"),
]


@pytest.mark.parametrize("text,name", GOES_BY)
def test_the_name_they_go_by_is_the_one_used(text: str, name: str) -> None:
    assert name_in(text, own=True) == name


@pytest.mark.parametrize("text,name", [
    ("Mr Roberts. Ted to my friends", "Mr Roberts"),  # a title and surname: how they chose to be addressed here
    ("Beth?", ""), ("beth", ""),  # Welsh "what?": never a name alone
    ("Sian, please", "Sian"), ("Margaret, Peggy to her friends", "Margaret"),  # someone else's name, not theirs
])
def test_what_is_not_a_name_they_go_by(text: str, name: str) -> None:
    assert name_in(text, own=True) == name


@pytest.mark.parametrize("language,text,name", [("en", "Jayden but every1 calls me JJ", "JJ"),
                                                ("cy", "Eirlys. Ond Lys ma pawb yn gweud", "Lys"),
                                                ("en", "Its Margaret, Peggy to my friends", "Peggy"),
                                                ("cy", "Gwenllian, ond Gwen i bawb", "Gwen")])
def test_they_are_thanked_by_the_name_they_go_by_and_their_whole_answer_is_kept(
        sqlite_url: str, language: str, text: str, name: str) -> None:
    """Y11: "Thanks, Jayden!" to "Jayden but every1 calls me JJ". The full name stays in their answer, as typed."""
    sender = _sender("thanked", language, text)
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yes")
    conversation.say("fi" if language == "cy" else "me")
    assert conversation.requested == "name"
    conversation.say(text)
    assert conversation.slots["name"] == name
    assert messages.text("nice_to_meet", language, name=name) in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.display_name == name
        assert [a.text for a in conv.answers if a.question_key == "name"] == [text]


# --- Y15: the very first message says who reads the answers, and when ----------------------------------------------

def test_the_first_message_says_who_reads_the_answers_and_when_in_both_languages() -> None:
    first = messages.text("active_offer", None)
    welsh, english = first[:first.index("Hello")], first[first.index("Hello"):]
    assert "Cynorthwyydd digidol" in welsh and "gweithiwr gofal cymdeithasol" in welsh
    assert "cyn dod i'ch gweld chi" in welsh and "nid wrth i chi deipio" in welsh
    assert "digital assistant" in english and "social care worker" in english
    assert "before coming to see you" in english and "not while you type" in english
    # A few words, not a paragraph: each language's part stays short enough to read at a glance.
    assert len(welsh.split()) <= 60 and len(english.split()) <= 60
