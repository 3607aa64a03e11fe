"""The path after a disclosure, through the core (no Rasa): the reply, the pause and the safe check.

After the urgent reply the questions pause until the person says whether they are safe and
whether they want to carry on, take a break or stop; their words are kept as safeguarding
material (never outcomes); a later disclosure gets a short follow-up; harm happening now gets
"call 999 now" first; a partner, an ex or "he" at home hurting them gets Live Fear Free.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
DISCLOSURE = {"cy": "Dw i eisiau lladd fy hun", "en": "I want to kill myself"}
FIRST_LINE = {"cy": "Diolch am ddweud wrtha i. Mae beth dych chi wedi'i ddweud yn bwysig iawn",
              "en": "Thank you for telling me. What you've said is really important"}


def _at_questions(language: str) -> MemoryConversation:
    """A conversation whose first question (what matters) is waiting."""
    conversation = MemoryConversation(f"disclosure-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    conversation.start()
    assert conversation.requested == "q_what_matters"
    return conversation


def _disclosed(language: str) -> MemoryConversation:
    conversation = _at_questions(language)
    conversation.say(DISCLOSURE[language])
    return conversation


def _answers(sender: str) -> list[tuple[str, str, int]]:
    """(question key, words, number of outcomes) of every stored answer."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, len(a.outcomes)) for a in conv.answers]


def _urgent_flags(sender: str) -> int:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return sum(f.level == "urgent" for f in conv.risk_flags)


def _question(conversation: MemoryConversation, slot: str, language: str) -> str:
    return messages.text(slot, language, name="Jo")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_after_the_urgent_reply_the_questions_pause_for_the_safe_check(sqlite_url: str, language: str) -> None:
    conversation = _disclosed(language)
    said = conversation.text
    assert said.startswith(FIRST_LINE[language])
    assert said.endswith(messages.text("safety_check", language))
    assert _question(conversation, "q_what_matters", language) not in said  # the question waits
    assert _question(conversation, "q_strengths", language) not in said
    assert [b.payload for b in conversation.said[-1].buttons] == [
        "/continue_conversation", '/choose{"choice":"break"}', "/stop"]
    # The disclosure is kept as the answer to the question asked, and makes no outcome.
    assert _answers(conversation.sender_id) == [("what_matters", DISCLOSURE[language], 0)]
    assert _urgent_flags(conversation.sender_id) == 1


@pytest.mark.parametrize("language,reply", [
    ("cy", "parhau"), ("cy", "dwi'n iawn"), ("cy", "ia"), ("cy", "Ydw, dwi'n iawn diolch"),
    ("en", "carry on"), ("en", "yes ok"), ("en", "i'm ok thanks x"),
])
def test_carrying_on_gets_a_kind_line_then_the_question(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    said = conversation.text
    assert said.startswith(messages.text("safety_check_carry_on", language))
    # The disclosure is the answer to the question it interrupted (stop-21 trial U9): the next question.
    assert said.endswith(_question(conversation, "q_strengths", language))
    assert conversation.requested == "q_strengths"
    assert (SAFE_CHECK, reply, 0) in _answers(conversation.sender_id)  # their words, kept, no outcome
    strengths = {"cy": "Fy chwaer a'r ci", "en": "My sister and my dog"}[language]
    conversation.say(strengths)  # the questions go on as before
    assert ("strengths", strengths, 0) in _answers(conversation.sender_id)
    assert _question(conversation, "q_keep", language) in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_carry_on_button_carries_on_and_keeps_no_words(sqlite_url: str, language: str) -> None:
    conversation = _disclosed(language)
    conversation.say("/continue_conversation")
    assert conversation.text.endswith(_question(conversation, "q_strengths", language))
    assert [key for key, _, _ in _answers(conversation.sender_id)] == ["what_matters"]


@pytest.mark.parametrize("language,reply", [
    ("cy", "seibiant plis"), ("cy", '/choose{"choice":"break"}'), ("en", "take a break"), ("en", "not now"),
])
def test_a_break_is_kept_and_says_how_to_come_back(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    assert conversation.text == messages.text("safety_check_break", language)
    assert ("parhau" if language == "cy" else "carry on") in conversation.text
    conversation.say("parhau" if language == "cy" else "carry on")
    assert conversation.text.endswith(_question(conversation, "q_strengths", language))


@pytest.mark.parametrize("language,reply", [("cy", "stopio"), ("cy", "/stop"), ("en", "stop"), ("en", "no more questions")])
def test_stop_is_the_ordinary_stop_and_the_team_already_knows(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    assert messages.text("stopped", language) in conversation.text
    assert messages.text("safety_check_stopped", language) in conversation.text
    assert _question(conversation, "q_strengths", language) not in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped" and conv.urgent
    assert _answers(conversation.sender_id)[0] == ("what_matters", DISCLOSURE[language], 0)  # everything kept
    conversation.say("dwi'n ôl" if language == "cy" else "I'm back")  # coming back carries on
    assert conversation.text.endswith(_question(conversation, "q_strengths", language))


@pytest.mark.parametrize("language,reply", [
    ("en", "I'm not safe"), ("en", "he's here now"), ("en", "no"), ("cy", "nac ydw"), ("cy", "mae o yma rŵan"),
])
def test_anything_else_is_kept_as_a_safety_answer_and_the_check_stays_open(
        sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    said = conversation.text
    # the one they fear there now: "call 999 now" first (stop 22, trial V24: a reply at the check saying harm now)
    first = "urgent_now" if reply in ("he's here now", "mae o yma rŵan") else "safety_check_heard"
    assert said.startswith(messages.text(first, language))
    assert said.endswith(messages.text("safety_check_again", language))
    assert _question(conversation, "q_strengths", language) not in said
    assert (SAFE_CHECK, reply, 0) in _answers(conversation.sender_id)
    conversation.say("carry on" if language == "en" else "parhau")  # still waiting: the check closes now
    assert conversation.text.endswith(_question(conversation, "q_strengths", language))


@pytest.mark.parametrize("language,wish", [
    ("en", "don't ring the house, he'll see"), ("cy", "paid ffonio'r tŷ, bydd e'n gweld"),
])
def test_a_safety_wish_at_the_safe_check_is_kept_without_outcomes(sqlite_url: str, language: str, wish: str) -> None:
    conversation = _disclosed(language)
    conversation.say(wish)
    assert conversation.text.startswith(messages.text("safety_check_wish", language))
    assert (SAFE_CHECK, wish, 0) in _answers(conversation.sender_id)


def test_a_safety_wish_answering_a_question_after_a_disclosure_makes_no_outcome(sqlite_url: str) -> None:
    conversation = _disclosed("en")
    conversation.say("carry on")
    conversation.say("/skip", intent="skip")  # strengths (what matters was answered by the disclosure)
    conversation.say("/skip", intent="skip")  # keep
    conversation.say("/skip", intent="skip")  # change
    assert conversation.requested == "q_support"
    conversation.say("Text only when he's at work please, never ring the house")
    assert ("support", "Text only when he's at work please, never ring the house", 0) in _answers(
        conversation.sender_id)


@pytest.mark.parametrize("language,second", [
    ("en", "he hits me when he's drunk"), ("cy", "mae e'n fy mwrw i pan mae e 'di yfed"),
])
def test_a_second_disclosure_gets_a_short_follow_up(sqlite_url: str, language: str, second: str) -> None:
    """At the safe check after a suicidal wish, harm by someone else is an alert of its own (review 46, H2: it was added
    to the suicide alert, and the duty team never saw a category naming abuse; stop 22's V18 "one thread, one alert"
    still holds within one kind of harm): the short follow-up ("passing this on as well"), never the whole urgent text
    again, only the helplines it needs that were not given yet."""
    conversation = _disclosed(language)
    conversation.say(second)
    said = conversation.text
    assert FIRST_LINE[language] not in said  # not the whole urgent text again
    assert said.startswith(messages.text("urgent_again", language, helplines="").strip().split("\n")[0])
    # A new category (domestic abuse): its helpline, and only lines not given before.
    assert ("Byw Heb Ofn" if language == "cy" else "Live Fear Free") in said
    assert "Samaritans" not in said and "Samariaid" not in said
    assert said.endswith(messages.text("safety_check_again", language))
    assert _urgent_flags(conversation.sender_id) == 2  # each message keeps its own flag (each its own alert)
    assert (SAFE_CHECK, second, 0) in _answers(conversation.sender_id)


def test_a_repeated_disclosure_of_the_same_kind_names_no_helpline_again(sqlite_url: str) -> None:
    conversation = _disclosed("en")
    conversation.say("I really don't want to be alive any more")
    assert "•" not in conversation.text  # no helpline lines repeated
    assert "999" in conversation.text


@pytest.mark.parametrize("language,text", [
    ("en", "I've taken all my tablets"),
    ("cy", "dwi wedi cymryd y tabledi i gyd"),
    ("en", "he's hitting me now"),
    ("cy", "mae e'n fy mwrw i nawr"),
])
def test_harm_happening_now_gets_call_999_now_first(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_questions(language)
    conversation.say(text)
    assert conversation.said[-3].text == messages.text("urgent_now", language)
    assert conversation.text.startswith(messages.text("urgent_now", language))


@pytest.mark.parametrize("language,text", [("en", "I took an overdose last year"),
                                           ("cy", "Wnes i gymryd gorddos llynedd")])
def test_a_past_overdose_is_not_call_999_now(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_questions(language)
    conversation.say(text)
    if _urgent_flags(conversation.sender_id):  # urgent or not, never "call 999 now"
        assert conversation.text.startswith(FIRST_LINE[language])
    assert messages.text("urgent_now", language) not in conversation.text


@pytest.mark.parametrize("language,text", [
    ("cy", "mae fe'n fy mwrw i pan mae e 'di yfed"),
    ("cy", "mae o'n fy nghuro i"),
    ("en", "my ex keeps turning up and threatening me"),
    ("en", "he takes my bank card and won't let me see my sister"),
])
def test_domestic_abuse_gets_live_fear_free(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_questions(language)
    conversation.say(text)
    assert ("Byw Heb Ofn" if language == "cy" else "Live Fear Free") in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert any("domestic_abuse" in f.categories.split(",") for f in conv.risk_flags)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_young_person_is_asked_in_their_register(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"disclosure-yp-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "register": "ti", "name": "Cai"})
    conversation.start()
    conversation.say({"cy": "dw i isio marw", "en": "i wanna die"}[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "ti"))
    assert "Childline" in conversation.text
    conversation.say("ok")
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language, "ti"))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carer_is_asked_whether_they_and_the_person_are_safe(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"disclosure-carer-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Elin",
                               "cared_for_name": "Mam", "relationship": "merch"})
    conversation.start()
    conversation.say({"cy": "Mae Mam wedi dweud ei bod hi am ladd ei hun",
                      "en": "Mum keeps saying she wants to kill herself"}[language])
    assert conversation.text.endswith(messages.text("safety_check", language, role="carer", cared_for_name="Mam"))
    # by the name the carer gave (stop 47, trial 46 BA21: "ydych chi, a Rhys, yn ddiogel"), never a blank
    assert ("ydych chi, a Mam, yn ddiogel" if language == "cy" else "are you, and Mam, safe") in conversation.text
    unnamed = messages.text("safety_check", language, role="carer")
    assert ("a'r person dych chi'n gofalu" if language == "cy" else "and the person you look after,") in unnamed


@pytest.mark.parametrize("language,reply", [
    ("cy", "dwi'n ok rwan, dwi yn ty nain. parhau"), ("en", "we're fine, carry on"),
])
def test_saying_where_they_are_and_carry_on_carries_on_and_keeps_the_words(
        sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language))
    assert conversation.requested == "q_strengths"
    assert (SAFE_CHECK, reply, 0) in _answers(conversation.sender_id)


@pytest.mark.parametrize("language,reply", [
    ("en", "not safe, carry on"), ("cy", "dwi ddim yn saff"), ("cy", "dwi ddim yn saff, parhau"),
    ("en", "he's here now, carry on"),
])
def test_unsafe_words_never_carry_on(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _disclosed(language)
    conversation.say(reply)
    assert conversation.text.endswith(messages.text("safety_check_again", language))
    assert conversation.requested == "q_strengths"
    assert _question(conversation, "q_strengths", language) not in conversation.text
    assert (SAFE_CHECK, reply, 0) in _answers(conversation.sender_id)


@pytest.mark.parametrize("language,role_answer,childline", [
    ("en", "im 19, care leaver", False), ("cy", "fi, dwi'n 19 oed", False),
    ("en", "im 16", True), ("cy", "dwi'n 15", True),
])
def test_childline_only_for_a_young_person_who_has_not_said_they_are_19_or_over(
        sqlite_url: str, language: str, role_answer: str, childline: bool) -> None:
    """Childline is for under-19s: a 19-year-old who said her age at the start gets Meic, not Childline. One young
    person's own line is shown (AW17, stop 42: at most a few lines): Childline under 19, Meic from 19."""
    conversation = MemoryConversation(f"disclosure-age-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(role_answer)
    assert conversation.slots["role"] == "young_person"
    conversation.say("Cat")
    conversation.say({"cy": "dw i isio marw", "en": "i wanna die"}[language])
    assert ("Childline" in conversation.text) is childline
    assert ("Meic" in conversation.text) is not childline


@pytest.mark.parametrize("language,text", [
    ("cy", "fi. dwi'n 16 a mae dad yn fy nharo i bob nos"),
    ("en", "me. im 16 and my dad hits me every night"),
])
def test_a_young_person_who_discloses_before_saying_who_they_are_hears_ti_and_childline(
        sqlite_url: str, language: str, text: str) -> None:
    """Stop-18 trial: an urgent reply to "dwi'n 16 …" at "who is talking?" came in "chi"."""
    conversation = MemoryConversation(f"disclosure-age-first-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(text)
    assert messages.text("safety_check", language, "ti") in conversation.text
    assert "Childline" in conversation.text


@pytest.mark.parametrize("language,opening", [("en", "hi im 19, is this the social services thing"),
                                              ("cy", "helo, dwi'n 19, ai fan hyn dw i'n siarad am help?")])
def test_an_age_said_in_the_first_message_fits_the_helplines_later(sqlite_url: str, language: str,
                                                                   opening: str) -> None:
    """Stop-18 trial (C4): "hi im 19…" first, then "me" at who is talking, then a disclosure: no Meic."""
    conversation = MemoryConversation(f"disclosure-age-opening-{next(_senders)}", language=language)
    conversation.messages.append(opening)  # said before consent: never stored, only in the channel's history
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jade"})
    conversation.start()
    conversation.say({"cy": "mae fy nghariad yn fy nharo i pan mae o wedi meddwi",
                      "en": "my boyfriend hits me when hes been drinking"}[language])
    assert "Meic" in conversation.text and "Childline" not in conversation.text
