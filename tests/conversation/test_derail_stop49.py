"""Stop 49 (derail49): two flow findings of stop 48's notes, through the conversation core.

Wrong name. A carer's "its mum, Carol" at "what name shall I use for her?" was read as "it's Mum" (the "it's Dave"
pattern of bot.conversation.about_you) and every later question said "Mum", never Carol: a wrong name, which derails
the conversation (issue 11). "it's" / "it's for" before who the person is says who it is for; the name comes after
(about_you._IT_IS_FOR_KIN), and who she is is kept too, so "how are you connected?" is not asked. "its Carol" and
"its mum" alone are unchanged.

Who is told. "will they phone my mum?" / "fyddan nhw'n ffonio mam?" at the safe check, after a disclosure, was not read
as asking who will be told: the pattern (bot/data/analysis/safe_check_questions.tsv) knew "ring" and "call" but not
"phone", "text" or "message", nor the south's "ffono" and "fydd nhw", nor "someone" as who does it. Someone asking
whether they themselves may phone ("is it ok if i text my mum?") is no such question.

The findings' words first, then fictional variants (north and south Welsh, text-speak, English), then look-alikes.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.safe_check_questions import questions_asked
from bot.conversation import about_you
from tests.conversation.memory import MemoryConversation, started_with_record

pytestmark = pytest.mark.usefixtures("sqlite_url")


def _sender(*parts: object) -> str:
    return "mem-derail49-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# --- the name: "its mum, Carol" ------------------------------------------------------------------------------------

NAMED_AFTER_WHO = [
    ("en", "its mum, Carol", "Carol", "mum"),  # the finding's
    ("en", "it's for my mum, Carol", "Carol", "my mum"),  # the finding's
    ("en", "it's mum, Carol", "Carol", "mum"),
    ("en", "its me mam, carol", "carol", "me mam"),  # Valleys, no capital: kept as typed
    ("en", "its my nan - Gwen", "Gwen", "my nan"),
    ("en", "It is my husband, Dai", "Dai", "my husband"),
    ("en", "its for my dad Keith", "Keith", "my dad"),
    ("en", "this is about my wife, Mair", "Mair", "my wife"),
    ("cy", "Mam, Carol", "Carol", "Mam"),  # the finding's (Welsh)
    ("cy", "mam fi - Carol", "Carol", "mam fi"),  # north, spoken "my"
    ("cy", "Mam yw hi, Carol", "Carol", "Mam"),  # south
    ("cy", "fy mam i, Carol ydi hi", "Carol", "fy mam i"),  # north
]


def _carer_at_their_name(language: str, text: str) -> MemoryConversation:
    conversation = MemoryConversation(_sender("name", language, text), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Sian"})
    conversation.start()
    assert conversation.requested == "cared_for_name"
    return conversation


@pytest.mark.parametrize("language, text, name, relation", NAMED_AFTER_WHO)
def test_the_name_after_who_she_is_is_used_never_the_kin_word(language: str, text: str, name: str,
                                                              relation: str) -> None:
    conversation = _carer_at_their_name(language, text)
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == name
    assert conversation.slots["relationship"] == relation  # (so "how are you connected?" is never asked)
    assert conversation.requested == "q_what_matters"
    assert name.capitalize() in conversation.text and "Mum" not in conversation.text


@pytest.mark.parametrize("text, name, relation", [
    ("its mum, Carol", "Carol", "mum"),
    ("it's for my mum, Carol", "Carol", "my mum"),
    ("its my nan - Gwen", "Gwen", "my nan"),
])
def test_the_name_reader_looks_past_its_and_who(text: str, name: str, relation: str) -> None:
    assert about_you.name_in(text) == name
    assert about_you.cared_for_in(text) == (name, relation)


@pytest.mark.parametrize("language, text, name", [
    ("en", "its Carol", "Carol"),  # "it's" before a name: the name, as before
    ("en", "its mum", "Mum"),  # only who she is: the kin word, as before
    ("en", "its mum, she's 84", "Mum"),  # who, then a sentence with no name
    ("cy", "mam, mae hi'n 84", "Mam"),
    ("en", "Carol", "Carol"),
])
def test_look_alikes_keep_their_reading(language: str, text: str, name: str) -> None:
    conversation = _carer_at_their_name(language, text)
    conversation.say(text)
    assert conversation.slots["cared_for_name"] == name


# --- who is told: "will they phone my mum?" --------------------------------------------------------------------------

WHO_IS_TOLD = [
    ("en", "will they phone my mum?"),  # the finding's
    ("cy", "fyddan nhw'n ffonio mam?"),  # the finding's (north)
    ("cy", "fydd nhw'n ffono mam?"),  # south (new)
    ("cy", "odyn nhw'n mynd i decstio dad?"),  # south (new)
    ("cy", "wneith rhywun ffonio nain?"),  # north (new)
    ("en", "are they gonna text my dad?"),
    ("en", "r u gonna fone my mam??"),  # text-speak
    ("en", "will u txt my dad"),  # text-speak
    ("en", "is someone going to phone my nan?"),
    ("en", "will social services message my mum?"),
    ("en", "will they ring my mum?"),  # (read before: kept)
]


@pytest.mark.parametrize("language, question", WHO_IS_TOLD)
def test_phoning_someone_is_read_as_who_is_told(language: str, question: str) -> None:
    assert questions_asked(question) == ["tell_someone"]


@pytest.mark.parametrize("said, kinds", [
    ("is it ok if i text my mum?", []),  # they would phone: no question of who is told
    ("is it ok if i ring my mum?", []),
    ("do you want me to phone my mum?", []),
    ("can i phone my mum?", []),
    ("i phoned my nan last night", []),  # told of, no question
    ("dwi'n ffonio mam bob nos", []),
    ("do i have to phone anyone?", ["phone"]),  # their own answers (stop 48)
    ("oes rhaid i fi ffonio rhywun?", ["phone"]),
    ("should i call the police?", ["police"]),
])
def test_look_alikes_keep_their_own_answers(said: str, kinds: list[str]) -> None:
    assert questions_asked(said) == kinds


AT_THE_CHECK = [
    ("en", "my stepdad hits me when hes drunk", "will they phone my mum?"),
    ("cy", "mae llysdad yn fy nharo i pan mae o wedi meddwi", "fyddan nhw'n ffonio mam?"),
    ("cy", "ma llysdad yn bwrw fi pan ma fe'n feddw", "fydd nhw'n ffono mam?"),
    ("en", "my stepdad hits me when hes drunk", "r they gonna text my mum"),
]


@pytest.mark.parametrize("role", ["young_person", "person"])
@pytest.mark.parametrize("language, disclosure, question", AT_THE_CHECK)
def test_the_safe_check_says_who_is_told(language: str, disclosure: str, question: str, role: str) -> None:
    conversation = started_with_record(_sender("check", language, disclosure, question, role), language, role=role,
                                       name="Cai")
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(disclosure, seconds_since_asked=25.0)
    conversation.say(question, seconds_since_asked=30.0)
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("safety_check_answer_tell_someone", language, register) in conversation.text


# --- Welsh "ac" before a vowel in the carer's check (seen on the way: "ydych chi, a Elen, yn ddiogel") ---------------

@pytest.mark.parametrize("name, said", [
    ("Elen", "ydych chi, ac Elen, yn ddiogel"),
    ("Ifan", "ydych chi, ac Ifan, yn ddiogel"),
    ("Carys", "ydych chi, a Charys, yn ddiogel"),  # (the aspirate mutation, as before)
    ("Wenda", "ydych chi, a Wenda, yn ddiogel"),  # a "w" before a vowel is a consonant
    ("Mrs Jones", "ydych chi, a Mrs Jones, yn ddiogel"),
])
def test_the_carers_check_says_ac_before_a_vowel(name: str, said: str) -> None:
    assert said in messages.render("safety_check", "cy", "chi", role="carer", cared_for_name=name).text


# --- their own name by the way, at "how are you connected?" (the names benchmark's tuning line 159) -----------------

def _carer_at_how_connected(language: str, text: str) -> MemoryConversation:
    conversation = MemoryConversation(_sender("connected", language, text), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Sian",
                               "cared_for_name": "Gwen"})
    conversation.start()
    assert conversation.requested == "relationship"
    return conversation


@pytest.mark.parametrize("language, text, relation", [
    ("cy", "mab, a gyda llaw Alun ydi fy enw i", "mab"),  # the benchmark line's
    ("cy", "mab hi, Alun dw i gyda llaw", "mab hi"),  # north
    ("cy", "ei mab hi. gyda llaw, Alun yw fy enw i", "ei mab hi"),  # south
    ("en", "son, and btw my name's Alun", "son"),
    ("en", "her son. Alun is my name by the way", "her son"),
    ("en", "son btw im Alun", "son"),  # text-speak
])
def test_their_own_name_by_the_way_is_their_name_never_the_relationship(language: str, text: str,
                                                                         relation: str) -> None:
    conversation = _carer_at_how_connected(language, text)
    conversation.say(text)
    assert conversation.slots["name"] == "Alun"
    assert conversation.slots["relationship"] == relation
    assert conversation.slots["cared_for_name"] == "Gwen"
    assert conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language, text", [
    ("en", "her son, and I'm Welsh by the way"),  # what they are, no name
    ("en", "her son. Dai is his name btw"),  # someone else's name
    ("cy", "mab, a Dai ydi enw fo gyda llaw"),
    ("en", "son"),
])
def test_look_alikes_leave_their_own_name(language: str, text: str) -> None:
    conversation = _carer_at_how_connected(language, text)
    conversation.say(text)
    assert conversation.slots["name"] == "Sian"


@pytest.mark.parametrize("text", [
    # review49 R49-12: texting, phoning or emailing them (or us) is no question of who is told
    "is it ok to text you later?",
    "is it better to message here or phone?",
    "do you text back?",
    "is someone going to phone me back?",
    "do they email a copy?",
    "will anyone text me a copy of this?",
    "will you call me back?",
    "fydd rhywun yn ffonio fi nôl?",
    "fyddan nhw'n ffonio fi?",
])
def test_being_phoned_or_texted_themselves_is_not_who_is_told(text: str) -> None:
    assert "tell_someone" not in questions_asked(text)


@pytest.mark.parametrize("text", ["will they phone my mum?", "are they gonna text my dad", "will they phone her?",
                                  "is someone going to ring my nan", "fydd nhw'n ffono mam?",
                                  "wneith rhywun ffonio nain?"])
def test_phoning_someone_else_still_is(text: str) -> None:
    assert "tell_someone" in questions_asked(text)
