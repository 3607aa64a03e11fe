"""The eleventh user trial's safeguarding findings (stop 33, issue 11), read by the risk reader and, where the
behaviour is in the conversation, through the real core, SQLite and the summary. Each finding is quoted with its Welsh
or English twin and a near-twin that keeps its reading; the words are the trial's (fictional) or written for the twin.

AG3: "weithie sai'n gallu dihuno hi" (sometimes I can't wake her, a girl of 15 of a mum who drinks) got "Ffonia 999
nawr… argyfwng", and "nage nawr!! weithie wedes i… ydw fi'n ddiogel" then got "Wyt ti wedi ffonio 999?". A habit is a
worry for the person on duty ("please check"), not "call 999 now"; "not now, I said sometimes" corrects the emergency.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, at_question

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _young_at(language: str, slot: str) -> MemoryConversation:
    sender = f"trial33-{language}-{next(_senders)}"
    conversation = at_question(sender, language, slot, role="young_person", name="Cez",
                               what_matters={"en": "netball on thursdays", "cy": "netball ar nos iau"}[language])
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="ti",
                                   completed_by="young_person", display_name="Cez")
    repository.record_consent(sender, True)
    conversation.said.clear()
    return conversation


# --- AG3: "sometimes I can't wake her" is a habit, not an emergency now -------------------------------------------

#: The trial's words first, then twins: someone who cannot be woken, told as a habit.
A_HABIT = {
    "cy": "osian. os fi ddim na pwy sy'n neud bwyd iddo fe. a mam, weithie sai'n gallu dihuno hi",
    "en": "osian. if im not there who makes his food. and mum, sometimes i cant wake her up",
}
MORE_HABITS = [
    "weithie sai'n gallu dihuno hi",
    "sometimes i cant wake her up",
    "pan mae hi'n yfed sai'n gallu dihuno hi",
    "when she drinks i cant wake her up",
    "ambell waith dw i'n methu deffro mam ar ol y gwin",
    "often i can't wake mum after the wine",
]
#: Near-twins: someone who will not wake now stays an emergency, "call 999 now" first.
NOW = [
    "sai'n gallu dihuno hi",
    "i cant wake her up",
    "mae hi'n yfed weithie a nawr sai'n gallu dihuno hi",
    "sometimes she drinks but now i cant wake her up",
    "mam's on the floor and won't wake up, she does drink sometimes",
]


@pytest.mark.parametrize("text", [*A_HABIT.values(), *MORE_HABITS])
def test_a_habit_is_a_worry_for_the_person_on_duty(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and found.please_check and found.reaches_duty
    assert "medical_emergency" not in found.categories and "health" in found.categories
    assert not happening_now(text)


@pytest.mark.parametrize("text", NOW)
def test_someone_who_will_not_wake_now_is_still_an_emergency(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "medical_emergency" in found.categories
    assert happening_now(text)


@LANGS
def test_the_habit_gets_the_gentle_reply_not_call_999_now(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_worries")
    conversation.say(A_HABIT[language])
    assert _text(conversation, "urgent_now") not in conversation.text
    assert not repository.is_urgent(conversation.sender_id)
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == A_HABIT[language])
    assert flag["please_check"] and flag["level"] == "concern"  # a person on duty reads it and decides


#: "Not now, I said sometimes", after "call 999 now" and "are you safe?".
NOT_NOW = {
    "cy": "nage nawr!! weithie wedes i. ma hi'n ok nawr ma hi'n gwylio teli. plis paid galw neb. ydw fi'n ddiogel. "
          "parhau",
    "en": "no not now!! i said sometimes. shes ok now shes watching tv. please dont call anyone. im safe. carry on",
}
#: Its near-twin: safe and carrying on, with no word that it is not now: "is help on its way?" is still asked.
SAFE_ONLY = {"cy": "ma hi'n ok. ydw fi'n ddiogel. parhau", "en": "shes ok. im safe. carry on"}
EMERGENCY = {"cy": "sai'n gallu dihuno hi", "en": "i cant wake her up"}


def _after_the_emergency(language: str) -> MemoryConversation:
    conversation = _young_at(language, "q_worries")
    conversation.say(EMERGENCY[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))
    return conversation


@LANGS
def test_not_now_i_said_sometimes_corrects_the_emergency(sqlite_url: str, language: str) -> None:
    conversation = _after_the_emergency(language)
    conversation.say(NOT_NOW[language])
    assert _text(conversation, "safety_check_help_coming") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None  # the questions go on
    assert repository.is_urgent(conversation.sender_id)  # the flag stays for a person to read


@LANGS
def test_safe_alone_still_asks_whether_help_is_coming(sqlite_url: str, language: str) -> None:
    conversation = _after_the_emergency(language)
    conversation.say(SAFE_ONLY[language])
    assert _text(conversation, "safety_check_help_coming") in conversation.text
