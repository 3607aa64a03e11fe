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
from bot.analysis.controls import language_request
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import name_in
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-trial28-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _other(language: str) -> str:
    return "en" if language == "cy" else "cy"


# --- Y4: one message in the other language, or a mixed one, never changes a chosen language ------------------------

#: Per chosen language: answers in that language as people write them (text-speak, the other language mixed in),
#: and whole answers in the other language, as in the trial ("dunno. jus dont talk down to me").
MIXED = {
    "cy": ["ma mam yn neud y shopping a stuff, its ok tbh", "sai moyn mynd nol i foster, no way",
           "gweld fy ffrindie a mynd i'r gym, a chware ar y xbox"],
    "en": ["seeing my nain on a Sunday, she makes a cracking cinio", "the school bus, and my mates at the clwb ieuenctid",
           "going to the chapel with Mam, we like the singing"],
}
OTHER = {
    "cy": ["dunno. jus dont talk down to me", "i just want to see my mates more often and go to the gym",
           "My daughter comes round every evening after work"],
    "en": ["Dw i eisiau aros yn fy nghartref fy hun gyda fy nghi bach",
           "Mae fy merch yn dod draw bob nos ar ôl gwaith i wneud swper",
           "Dw i'n hoffi mynd i'r capel ar y Sul gyda fy ffrindiau"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_one_message_in_the_other_language_between_their_own_keeps_the_chosen_language(
        sqlite_url: str, language: str) -> None:
    """Y4: each whole message in the other language comes between answers in the chosen one (with the other mixed
    in): the questions go on in the chosen language, nothing says it will carry on in the other, and every answer
    is kept as typed."""
    conversation = started(_sender("alternate", language), language, role="young_person", name="Lowri")
    typed: list[str] = []
    for own, other in zip(MIXED[language], OTHER[language]):
        for text in (own, other):
            assert conversation.requested is not None and conversation.requested.startswith("q_")
            conversation.say(text)
            typed.append(text)
            assert conversation.slots["language"] == language, text
            assert messages.text("language_followed", _other(language), "ti") not in conversation.text
    assert messages.text(str(conversation.requested), language, "ti").split("{")[0][:20] in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.language != _other(language)  # (the chat's start here set none)
        assert [a.text for a in conv.answers if a.question_key != "aside"][:len(typed)] == typed


@pytest.mark.parametrize("language", ["cy", "en"])
def test_two_whole_messages_in_a_row_in_the_other_language_are_followed(sqlite_url: str, language: str) -> None:
    """A clear, sustained switch: the second whole message in a row in the other language is followed, once."""
    conversation = started(_sender("sustained", language), language, role="person", name="Jo")
    first, second, third = OTHER[language]
    conversation.say(first)
    assert conversation.slots["language"] == language
    conversation.say(second)
    assert conversation.slots["language"] == _other(language)
    assert messages.text("language_followed", _other(language)) in conversation.text
    conversation.say(third)
    assert messages.text("language_followed", _other(language)) not in conversation.text  # said once
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.language == _other(language)


@pytest.mark.parametrize("language,words", [("cy", "can we do this in English please"),
                                            ("en", "Gawn ni siarad Cymraeg plis")])
def test_words_asking_for_the_other_language_switch_at_once(sqlite_url: str, language: str, words: str) -> None:
    """Asking is enough, in one message (the NLU's signals read the request: bot.nlu.signals)."""
    assert language_request(words) == _other(language)
    dialogue = Dialogue(_sender("asked", language))
    dialogue.say("helo")
    dialogue.say("", intent="choose_language", chosen=[language])
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"
    reply = dialogue.say(words, intent="choose_language", chosen=[_other(language)])
    assert dialogue.slots["language"] == _other(language)
    assert messages.text("language_switched", _other(language)) in reply


def test_a_welsh_speaker_mixing_english_gets_the_read_back_in_welsh(sqlite_url: str) -> None:
    """Y4: the read-back came in English after the flips; it follows the language she is really using."""
    conversation = started(_sender("readback-cy"), "cy", role="young_person", name="Lowri")
    for text in ("ma mam yn neud y shopping a stuff, its ok tbh", "dunno. jus dont talk down to me",
                 "sai moyn mynd nol i foster, no way", "i just want to see my mates more often and go to the gym"):
        conversation.say(text)
    while conversation.requested is not None and not conversation.requested.startswith("readback"):
        conversation.say("/skip", intent="skip")
    assert conversation.slots["language"] == "cy"
    assert conversation.requested is not None
    said = "\n".join(m.text for m in conversation.said)
    assert messages.text("language_followed", "en", "ti") not in said
    intro = messages.text("readback_intro", "cy", "ti").split("{")[0].strip()
    assert intro and intro in said


@pytest.mark.parametrize("text", ["Siarad Cymraeg efo hi", "English at home, Welsh at school",
                                  "my mates at the clwb ieuenctid"])
def test_an_answer_about_language_is_no_request(text: str) -> None:
    assert language_request(text) is None


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
    assert messages.text("nice_to_meet", language, name=with_name_capitals(name)) in conversation.text
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
