"""Re-trial 37 and trial 37 outcome leftovers (stop 38, issue 11), through the conversation core with SQLite: the
trial's messages as fixtures, with a twin in the other language and close variants.

AQ3: main wishes gave no outcome ("bod adre. ody hi'n ca'l aros adre, 'na'r peth…"; "His chapel like I said, and his
grandchildren, they come Saturdays" at the keep question; "a help i'w chodi hi yn y bore" after a sitter sentence).
AQ4: "be?? dim ond deud am y ci o'n i." was kept as a keep; "well 'da hi os fi yno…" was cut to "'da hi…"; "fi sy'n
neud popeth." (a fact) was a carer's process item.
AQ5: "siarad yn araf" said by a carer about Mair at the communication question got "I'll use simpler words".
AP12: "Not an emergency, I have had the fitter put a cut-off on…" was a change. AP14: "sai byth yn cael mynd achos y
twins." (what keeps him from it) was a keep; "dont want social services taking the twins" (a fear) was an outcome.
AP5: "i like it there", a third short message pointing back, was taken as the next question's answer.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, skipped_to, started_with_record, stored_outcomes


def _sender(*parts: object) -> str:
    return "mem-fix38a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    """A conversation at `slot`, the questions before it skipped; a carer's about Mair (or Idris)."""
    return skipped_to(_sender(language, role, slot, *parts), language, role, slot)


_outcomes = stored_outcomes


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


# --- AQ3: main wishes that gave no outcome ----------------------------------------------------------------------------

#: (language, role, question, answer, words the outcome holds, words no outcome holds)
MAIN_WISHES = [
    ("cy", "carer", "q_what_matters",
     "bod adre. ody hi'n ca'l aros adre, 'na'r peth. ni'n ffarmo ger Llanfair-ym-Muallt, ma hi di bod 'ma 50 mlynedd",
     "ca'l aros adre", "ffarmo"),
    ("cy", "carer", "q_what_matters", "cael aros yn y tŷ, dyna'r peth. mae o wedi byw yma erioed",
     "cael aros yn y tŷ", "dyna'r peth"),
    ("en", "carer", "q_what_matters", "Staying in her own bungalow, that's what matters. She's been there 40 years",
     "Staying in her own bungalow", "that's what matters"),
    ("en", "carer", "q_keep", "His chapel like I said, and his grandchildren, they come Saturdays",
     "his grandchildren, they come Saturdays", "chapel"),
    ("en", "carer", "q_keep", "The garden as I said, and his brother, he rings on Sundays",
     "his brother, he rings on Sundays", "garden"),
    ("cy", "carer", "q_keep", "Y capel fel wedes i, a'r wyrion, maen nhw'n dod bob dydd Sadwrn",
     "maen nhw'n dod bob dydd Sadwrn", "capel"),
    ("cy", "carer", "q_change",
     "sitter un prynhawn yr wythnos, dydd mawrth, so fi'n gallu mynd i'r mart yn Llanfair. a help i'w chodi hi yn y bore,"
     " ma'n nghefn i'n wael", "help i'w chodi hi yn y bore", None),
    ("cy", "carer", "q_change", "a rhywun i'w helpu hi gyda'r bath", "rhywun i'w helpu hi gyda'r bath", None),
    ("en", "carer", "q_change",
     "a sitter one afternoon a week so I can get to the mart. and help to get her up in the morning, my back is bad",
     "help to get her up in the morning", None),
]


@pytest.mark.parametrize("language, role, slot, answer, held, never", MAIN_WISHES)
def test_a_main_wish_is_an_outcome(sqlite_url: str, language: str, role: str, slot: str, answer: str, held: str,
                                   never: str | None) -> None:
    conversation = _at(language, role, slot, answer)
    conversation.say(answer)
    found = _outcomes(conversation)
    assert any(held in words for words, _ in found), found
    if never is not None:
        assert not any(never in words for words, _ in found), found


# --- AQ4, AP12, AP14: words that are no wish ---------------------------------------------------------------------------

#: (language, role, question, answer, the only outcomes' words)
NO_WISH = [
    ("cy", "person", "q_keep", "be?? dim ond deud am y ci o'n i. cadw Mot, a'r hogia. a'r cei", ["cadw Mot, a'r hogia."]),
    ("cy", "person", "q_keep", "be?? jyst sôn am y ci o'n i. cadw Mot a'r hogia", ["cadw Mot a'r hogia"]),
    ("en", "person", "q_keep", "what?? I was only saying about the dog. keep Mot, and the lads.", ["keep Mot, and the lads."]),
    ("cy", "carer", "q_carer_own", "dim lot. fi sy'n neud popeth. licen i fynd i'r côr 'to", ["licen i fynd i'r côr 'to"]),
    ("en", "carer", "q_carer_own", "not much. I'm the one who does everything. I'd like to go back to choir",
     ["I'd like to go back to choir"]),
    ("en", "carer", "q_change",
     "Someone to pop in at dinner time to make sure he actually eats.\nAlso - he left the gas on twice last month. Not an"
     " emergency, I have had the fitter put a cut-off on, but you should know.",
     ["Someone to pop in at dinner time to make sure he actually eats."]),
    ("cy", "carer", "q_change",
     "Rhywun i alw amser cinio i wneud yn siŵr ei bod hi'n bwyta. Dim argyfwng, dw i wedi cael y ffitiwr i roi switsh"
     " diffodd ar y nwy, ond dylech chi wybod.", ["Rhywun i alw amser cinio i wneud yn siŵr ei bod hi'n bwyta."]),
    ("en", "young_person", "q_anything_else",
     "basically mam needs help more than me tbh. dont want social services taking the twins",
     ["basically mam needs help more than me"]),
    ("cy", "young_person", "q_anything_else", "mam angen help mwy na fi. sai isio i'r social services gymryd y twins",
     ["mam angen help mwy na fi."]),
]


@pytest.mark.parametrize("language, role, slot, answer, wishes", NO_WISH)
def test_what_is_no_wish_makes_no_outcome(sqlite_url: str, language: str, role: str, slot: str, answer: str,
                                          wishes: list[str]) -> None:
    conversation = _at(language, role, slot, answer)
    conversation.say(answer)
    assert [words for words, _ in _outcomes(conversation)] == wishes
    assert ("anything_else" if slot == "q_anything_else" else slot[2:], answer) in _answers(conversation)  # as typed


@pytest.mark.parametrize("language, answer, whole", [
    ("cy", "Cymraeg wrth gwrs. siarad yn araf, ma'i llais hi'n wan. well 'da hi os fi yno pan chi'n dod",
     "well 'da hi os fi yno pan chi'n dod"),
    ("cy", "Cymraeg. well 'da fe os yw Mair yno", "well 'da fe os yw Mair yno"),
    ("cy", "well gen i fod yno pan chi'n dod", "well gen i fod yno pan chi'n dod"),
])
def test_well_da_is_never_cut_inside_the_phrase(sqlite_url: str, language: str, answer: str, whole: str) -> None:
    """"well 'da hi" is one phrase (she would rather): the outcome keeps "well", never "'da hi os fi yno…"."""
    conversation = _at(language, "carer", "q_communication", answer)
    conversation.say(answer)
    assert whole in [words for words, _ in _outcomes(conversation)]


@pytest.mark.parametrize("language, answer, barrier", [
    ("cy", "diwrnod da = rugby training nos fawrth a nos iau a bod gyda fy mates\nond sai byth yn cael mynd achos y "
           "twins. sai'n gwbod tbh", "sai byth yn cael mynd achos y twins."),
    ("en", "a good day = rugby training tuesdays and thursdays with my mates\nbut i never get to go because of the "
           "twins", "i never get to go because of the twins"),
])
def test_what_keeps_them_from_it_is_never_a_keep(sqlite_url: str, language: str, answer: str, barrier: str) -> None:
    """The barrier is a change ("rhif 6 ddim yn rhywbeth i gadw ffs, dyna be dw i isio newid"), never a thing to keep;
    since stop 39 (fix39a) it is kept with the good day it keeps him from, in both languages (the why with the wish)."""
    conversation = _at(language, "young_person", "q_what_matters", answer)
    conversation.say(answer)
    found = _outcomes(conversation)
    assert not any(barrier in words and kind == "maintenance" for words, kind in found), found
    assert any(words.endswith(barrier) and kind == "change" for words, kind in found), found


# --- AQ5: how to talk to the person cared for is for the worker ----------------------------------------------------

@pytest.mark.parametrize("language, answer, kept", [
    ("cy", "Cymraeg wrth gwrs. siarad yn araf, ma'i llais hi'n wan. well 'da hi os fi yno pan chi'n dod",
     "siarad yn araf, ma'i llais hi'n wan."),
    ("en", "Welsh of course. speak slowly, her voice is weak.", "speak slowly, her voice is weak."),
])
def test_slow_speech_for_the_person_cared_for_is_her_outcome_not_a_request_to_us(
        sqlite_url: str, language: str, answer: str, kept: str) -> None:
    conversation = _at(language, "carer", "q_communication", answer)
    conversation.say(answer)
    assert messages.text("simpler_words_noted", language, "chi") not in conversation.text
    assert (kept, "process") in _outcomes(conversation)
    assert conversation.requested == "q_visit_time"
    # and the questions after it keep their usual words (the plainer ones are for someone who asked us for them)
    assert MemoryTurn(conversation, "").render("plain_q_visit_time").text not in conversation.text
    assert MemoryTurn(conversation, "").render("q_visit_time").text in conversation.text


@pytest.mark.parametrize("language, answer", [
    ("cy", "Cymraeg syml plis"),
    ("en", "simple English please, I get muddled"),
])
def test_slow_speech_asked_for_the_one_typing_is_still_said_yes_to(sqlite_url: str, language: str,
                                                                   answer: str) -> None:
    conversation = _at(language, "carer", "q_communication", answer)
    conversation.say(answer)
    assert messages.text("simpler_words_noted", language, "chi") in conversation.text


# --- AP5: a short message that only points back is kept with the answer, even after a burst ------------------------

@pytest.mark.parametrize("language, first, fragments, there", [
    ("en", "i wont to go bowlin wiv my frends", ["and see my mum more", "she lives in burry port"], "i like it there"),
    ("cy", "dw i isio mynd i fowlio efo fy ffrindiau", ["a gweld mam yn amlach", "mae hi'n byw ym Mhorth Tywyn"],
     "dw i'n licio fe yno"),
])
def test_liking_it_there_after_a_burst_is_kept_with_the_answer(sqlite_url: str, language: str, first: str,
                                                              fragments: list[str], there: str) -> None:
    conversation = started_with_record(_sender("ap5", language), language, role="young_person", name="Jordan")
    conversation.say(first)
    for fragment in fragments:
        conversation.say(fragment)
    assert conversation.requested == "q_strengths"
    conversation.say(there)
    assert conversation.requested == "q_strengths"  # not taken as what is going well
    assert _answers(conversation)[-1] == ("what_matters", there)
    # the burst is over: the next message answers the question waiting, never a loop
    conversation.say("and my job at the charity shop" if language == "en" else "a fy swydd yn y siop elusen")
    assert conversation.requested == "q_keep"
    assert _answers(conversation)[-1][0] == "strengths"
