"""After a disclosure, through the core (no Rasa): saying they are fine carries on, the question the
disclosure interrupted is not asked again (the disclosure is kept as its answer: stop-21 trial U9), and harm
read as a concern makes no outcomes.

From the acceptance trial of stop 16 (conversations 3 and 4): "be?? dwi'n iawn. jyst swil dwi 😳" and
"eh? im fine love, nobody's hurting me. carry on" asked the safe check again; a disclosure in answer to
"when's the best time to visit?" filled that question, so after "carry on" it never came.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import reply_to_safe_check
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
DISCLOSURE = {"cy": "Dw i eisiau lladd fy hun", "en": "I want to kill myself"}
WHAT_MATTERS = {"cy": "Dw i isio mynd allan i'r ardd yn amlach", "en": "I'd like to get out into the garden more"}


def _conversation(language: str, role: str = "person") -> MemoryConversation:
    conversation = MemoryConversation(f"resume-{next(_senders)}", language=language)
    slots = {"consent_choice": "yes", "role": role, "completed_by": role, "name": "Jo"}
    if role == "young_person":
        slots["register"] = "ti"
    conversation.slots.update(slots)
    conversation.start()
    return conversation


def _skip_to(conversation: MemoryConversation, slot: str) -> None:
    """Answer what matters (so the read-back has an item), then skip every question until `slot` is asked."""
    language = conversation.slots["language"]
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback"), (
            f"{slot} was never asked")
        if conversation.requested == "q_what_matters":
            conversation.say(WHAT_MATTERS[language])
        else:
            conversation.say("/skip", intent="skip")


def _answers(sender: str) -> list[tuple[str, str, int]]:
    """(question key, words, number of outcomes) of every stored answer."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, len(a.outcomes)) for a in conv.answers]


def _question(conversation: MemoryConversation, slot: str) -> str:
    language = conversation.slots["language"]
    return messages.text(slot, language, conversation.slots.get("register") or "chi", name="Jo")


# --- 1. "I'm fine" at the safe check carries on --------------------------------------------------

@pytest.mark.parametrize("reply", [
    "be?? dwi'n iawn. jyst swil dwi 😳", "eh? im fine love, nobody's hurting me. carry on", "all good, nothing's wrong",
    "wi'n iawn diolch, jyst wedi blino", "im ok honestly, just tired", "dwi'n ok. ma mam yn y gegin",
])
def test_saying_they_are_fine_carries_on(reply: str) -> None:
    assert reply_to_safe_check(reply) == "carry_on"


@pytest.mark.parametrize("reply", [
    "not safe", "dwi ddim yn saff", "he's here now", "help", "im fine, help", "I'm fine but he's here now",
    "im not ok", "dwi ddim yn iawn", "im fine he is hurting me", "nobody's hurting me but he's coming back",
    "i'm fine, he's outside",
])
def test_unsafe_words_beside_fine_never_carry_on(reply: str) -> None:
    assert reply_to_safe_check(reply) is None


@pytest.mark.parametrize("language,reply", [
    ("cy", "be?? dwi'n iawn. jyst swil dwi 😳"), ("en", "eh? im fine love, nobody's hurting me. carry on"),
])
def test_fine_at_the_safe_check_in_a_conversation_carries_on_and_keeps_the_words(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _conversation(language, "young_person")
    conversation.say({"cy": "dw i isio marw", "en": "i wanna die"}[language])
    conversation.say(reply)
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language, "ti"))
    assert messages.text("safety_check_again", language, "ti") not in conversation.text
    assert (SAFE_CHECK, reply, 0) in _answers(conversation.sender_id)


# --- 2. The interrupted question is not asked again (its answer is the disclosure) ---------------------------------------------------

@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("slot", ["q_what_matters", "q_support", "q_visit_time", "q_anything_else"])
def test_after_carry_on_the_interrupted_question_is_not_asked_again(sqlite_url: str, language: str, slot: str) -> None:
    """The disclosure is its answer (stop-21 trial U9, the lead's design call): after "carry on", the next question."""
    conversation = _conversation(language)
    _skip_to(conversation, slot)
    conversation.say(DISCLOSURE[language])
    assert _question(conversation, slot) not in conversation.text  # it waits for the safe check
    conversation.say("parhau" if language == "cy" else "carry on")
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language))
    assert _question(conversation, slot) not in conversation.text
    assert conversation.requested != slot
    # The disclosure is kept as the answer it interrupted, with no outcome.
    key = slot[2:]
    assert (key, DISCLOSURE[language], 0) in _answers(conversation.sender_id)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_disclosure_answers_the_worries_question_so_it_is_not_asked_again(sqlite_url: str, language: str) -> None:
    """Stop-19 trial C4: asked again after "carry on", his list of people landed under his worries ("i just said lol")."""
    conversation = _conversation(language)
    _skip_to(conversation, "q_worries")
    conversation.say(DISCLOSURE[language])
    conversation.say("parhau" if language == "cy" else "carry on")
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language))
    assert _question(conversation, "q_worries") not in conversation.text
    assert conversation.requested == "q_people"
    assert conversation.text.endswith(_question(conversation, "q_people"))
    assert [(k, t) for k, t, _ in _answers(conversation.sender_id) if k == "worries"] == [("worries", DISCLOSURE[language])]


def test_trial_conversation_4_the_visit_time_question_comes_after_the_safe_check(sqlite_url: str) -> None:
    """The young person's disclosure answered "when's the best time?"; a safety wish, then "carry on"."""
    conversation = _conversation("en", "young_person")
    _skip_to(conversation, "q_visit_time")
    conversation.say("after friday theres no point. im going to end it friday")
    conversation.say("pls dont ring the house, mum will see and kick off. just text me")
    assert conversation.text.endswith(messages.text("safety_check_again", "en", "ti"))
    conversation.say("carry on")
    # the disclosure answered "when's the best time?" (stop-21 trial U9): the next question, not the same one
    assert _question(conversation, "q_visit_time") not in conversation.text
    assert conversation.requested == "q_anything_else"
    conversation.say("nah thats it")
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_disclosure_at_the_read_back_shows_the_read_back_again_after_carry_on(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_anything_else")
    conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback"
    assert WHAT_MATTERS[language] in conversation.text
    conversation.say(DISCLOSURE[language])
    assert WHAT_MATTERS[language] not in conversation.text
    conversation.say("parhau" if language == "cy" else "carry on")
    assert conversation.requested == "readback"
    assert WHAT_MATTERS[language] in conversation.text  # the read-back, again
    assert conversation.slots.get("readback") is None


def test_a_second_disclosure_at_the_safe_check_fills_no_question(sqlite_url: str) -> None:
    conversation = _conversation("en")
    _skip_to(conversation, "q_support")
    conversation.say(DISCLOSURE["en"])
    conversation.say("he hits me when he's drunk")
    assert ("support", "he hits me when he's drunk", 0) not in _answers(conversation.sender_id)
    assert (SAFE_CHECK, "he hits me when he's drunk", 0) in _answers(conversation.sender_id)
    conversation.say("carry on")
    # the first disclosure answered "support" (stop-21 trial U9); the second, said at the check, fills no question
    assert conversation.requested == "q_worries"
    assert [t for k, t, _ in _answers(conversation.sender_id) if k == "worries"] == []


# --- coming back: what they say as they return is kept (stop-18 trial) ------------------------------

RETURN_NEWS = {
    "en": "Hello, it is Brian again. My daughter came round and the ambulance took me in, I am home now and I am alright",
    "cy": "Helo, Brian sy 'ma eto. Ddaeth y ferch draw a nath yr ambiwlans fynd â fi mewn, dwi adra rwan a dwi'n iawn",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_news_on_coming_back_after_a_disclosure_is_kept_beside_the_risk(sqlite_url: str, language: str) -> None:
    """Trial 18a (E4): after an overdose and "stop for now", his news on coming back was in no summary."""
    from bot.conversation import steering
    from tests.conversation.memory import MemoryTurn

    conversation = _conversation(language)
    conversation.say(DISCLOSURE[language])
    conversation.say("/stop", intent="stop")
    assert steering.route(MemoryTurn(conversation, RETURN_NEWS[language]))
    kept = [(key, words) for key, words, _n in _answers(conversation.sender_id) if key == SAFE_CHECK]
    assert (SAFE_CHECK, RETURN_NEWS[language]) in kept


@pytest.mark.parametrize("language", ["cy", "en"])
def test_news_on_coming_back_is_kept_as_an_aside_and_a_greeting_is_not(sqlite_url: str, language: str) -> None:
    from bot.conversation import steering
    from bot.conversation.answers import ASIDE_KEY
    from tests.conversation.memory import MemoryTurn

    conversation = _conversation(language)
    conversation.say(WHAT_MATTERS[language])
    assert steering.route(MemoryTurn(conversation, "hiya"))
    news = {"en": "back now, sorry, Mam had a fall in the night but she's ok",
            "cy": "nôl nawr, sori, gath Mam gwymp yn y nos ond ma hi'n iawn"}[language]
    assert steering.route(MemoryTurn(conversation, news))
    asides = [(words, n) for key, words, n in _answers(conversation.sender_id) if key == ASIDE_KEY]
    assert asides == [(news, 0)]
