"""The safe check after a disclosure, as people really answer it (stop-19 acceptance trial, C4, C6, C7).

- Welsh "I'm ok, I'm not going to do anything tonight, just want a break" was taken as a new thing to
  keep and the check asked again; "dw i'n iawn rwan. isio brec plis" carried on: a break asked for in a
  sentence of its own is the break, in Welsh as in English.
- "yeah im safe for now. who is the safeguarding team, are they gonna ring my mum??" carried on, and his
  questions were never answered: a question is answered (what happens next), then the check again.
- Plain replies at the check (the answer to the question he thought came next) looped it: a second plain
  reply in a row carries on.
- "gawn ni gario mlaen?" on coming back is carrying on.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import asks_what_happens_next, reply_to_safe_check
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
DISCLOSURE = {"cy": "dw i di bod yn meddwl am orffen y cwbl lot, fel, ddim bod yma ddim mwy. sa neb yn sylwi",
              "en": "mums boyfriend hits me when hes been drinking, he punched me in the ribs last week"}


def _young(language: str) -> MemoryConversation:
    return started(f"check19-{next(_senders)}", language, role="young_person", name="Cai")


def _said(conversation: MemoryConversation, key: str) -> bool:
    return messages.text(key, conversation.slots["language"], "ti") in conversation.text


@pytest.mark.parametrize("reply", [
    "dw i'n iawn, dw i'm yn mynd i neud dim byd heno. jyst isio brec",   # trial C6
    "dw i'n iawn rwan. isio brec plis",                                    # trial C7
    "wi'n iawn. moyn hoe fach plis",
    "im ok now. need a break pls",
    "I'm alright, I'm not going to do anything tonight. just want a break",
    "angen brêc bach", "angen seibiant bach", "jyst angen brêc bach ia",   # re-trial: "bach" / "ia" stopped the match
])
def test_a_break_asked_for_beside_being_fine_is_the_break(reply: str) -> None:
    assert reply_to_safe_check(reply) == "break"


@pytest.mark.parametrize("reply", [
    "haia, fi sy ma eto. sori am ddoe. gawn ni gario mlaen?", "gawn ni barhau?", "hiya its me again. can we carry on?",
])
def test_asking_to_carry_on_as_a_question_carries_on(reply: str) -> None:
    assert reply_to_safe_check(reply) == "carry_on"


@pytest.mark.parametrize("reply", [
    "im at college rn so yeah im safe for now. who is the safeguarding team, are they gonna ring my mum?? "
    "he'll go mental if the social ring the house",                                    # trial C4
    "u didnt answer me. are they gonna ring my mum",
    "dw i'n saff rwan. pwy ydi'r tim diogelu? ydyn nhw'n mynd i ffonio mam?",
    "dwi'n iawn. fydd rhywun yn ffonio'r ty",
    "but will they actually call mum or not",                                # re-trial: asked again, got "thanks"
    "ia ond pwy fydd yn ffonio",
])
def test_a_question_is_not_a_choice_even_with_safe(reply: str) -> None:
    assert asks_what_happens_next(reply)
    assert reply_to_safe_check(reply) is None


@pytest.mark.parametrize("reply", ["be?? dwi'n iawn. jyst swil dwi", "eh? im fine love. carry on", "can we take a break?",
                                   "gawn ni gario mlaen?"])
def test_surprise_or_asking_for_a_choice_is_no_question_to_answer(reply: str) -> None:
    assert not asks_what_happens_next(reply)


@pytest.mark.parametrize("reply", ["he hit me again. i need a break", "dwi ddim yn saff. isio brec"])
def test_a_break_beside_harm_or_unsafe_words_is_their_own_words(reply: str) -> None:
    assert reply_to_safe_check(reply) is None


@pytest.mark.parametrize("language,question", [
    ("en", "im at college rn so yeah im safe for now. who is the safeguarding team, are they gonna ring my mum??"),
    ("cy", "dw i'n saff rwan. pwy ydi'r tim diogelu? ydyn nhw'n mynd i ffonio mam?"),
])
def test_a_question_at_the_safe_check_is_answered_and_the_check_waits(sqlite_url: str, language: str,
                                                                        question: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    conversation.say(question)
    assert _said(conversation, "safety_check_answer_tell_someone")  # "are they gonna ring my mum??" (stop 22: as asked)
    # they said they are safe before asking: the choice follows, not "are you safe?" again (stop-20 trial T15)
    assert conversation.text.endswith(messages.text("safety_check_choose", language, "ti"))
    assert not _said(conversation, "safety_check_carry_on")
    assert repository.safe_check(conversation.sender_id)[0] == "open"
    assert question in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    conversation.say("parhau" if language == "cy" else "carry on")
    assert _said(conversation, "safety_check_carry_on")
    assert conversation.requested == asked


@pytest.mark.parametrize("language,first,second", [
    ("cy", "mam. smwt. fy ffrind Dion", "mam. smwt. Dion"),                              # trial C6
    ("en", "my nan, kyle, my sister lily", "nan and kyle"),
])
def test_a_second_plain_reply_in_a_row_carries_on(sqlite_url: str, language: str, first: str, second: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    conversation.say(first)
    assert conversation.text.endswith(messages.text("safety_check_again", language, "ti"))
    conversation.say(second)
    assert _said(conversation, "safety_check_carry_on")
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)[-2:] == [first, second]


@pytest.mark.parametrize("language,unsafe,plain", [
    ("en", "I'm not safe", "he's my stepdad"),
    ("cy", "dwi ddim yn saff", "fy llystad i ydi o"),
])
def test_after_saying_they_are_not_safe_a_plain_reply_never_carries_on(sqlite_url: str, language: str, unsafe: str,
                                                                        plain: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    conversation.say(unsafe)
    conversation.say(plain)
    assert not _said(conversation, "safety_check_carry_on")
    # the check was asked twice: kept and told the questions wait, not asked a third time (stop-20 trial T28)
    assert conversation.text.endswith(messages.text("safety_check_kept", language, "ti"))
    assert repository.safe_check(conversation.sender_id)[0] == "kept"


@pytest.mark.parametrize("language,reply", [
    ("cy", "dw i'n iawn, dw i'm yn mynd i neud dim byd heno. jyst isio brec"),
    ("en", "im ok now. need a break pls"),
])
def test_the_break_in_their_words_pauses_in_a_conversation(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    conversation.say(reply)
    assert _said(conversation, "safety_check_break")
    assert repository.safe_check(conversation.sender_id)[0] == "break"
    assert reply in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)


@pytest.mark.parametrize("language,reply", [
    ("cy", "dw i'n iawn rwan. isio brec plis"), ("en", "im ok now. need a break pls"),
])
def test_a_break_routed_as_coming_back_is_still_the_break(sqlite_url: str, language: str, reply: str) -> None:
    """However the dialogue routes the words (Rasa may read them as "carry on"), the break they asked for is taken."""
    from bot.conversation import pause
    from tests.conversation.memory import MemoryTurn

    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    turn = MemoryTurn(conversation, reply)
    assert pause.before_question(turn) is False
    assert repository.safe_check(conversation.sender_id)[0] == "break"
