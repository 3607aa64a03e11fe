"""The eleventh user trial's safeguarding findings (stop 33, issue 11), read by the risk reader and, where the
behaviour is in the conversation, through the real core, SQLite and the summary. Each finding is quoted with its Welsh
or English twin and a near-twin that keeps its reading; the words are the trial's (fictional) or written for the twin.

AG3: "weithie sai'n gallu dihuno hi" (sometimes I can't wake her, a girl of 15 of a mum who drinks) got "Ffonia 999
nawr… argyfwng", and "nage nawr!! weithie wedes i… ydw fi'n ddiogel" then got "Wyt ti wedi ffonio 999?". A habit is a
worry for the person on duty ("please check"), not "call 999 now"; "not now, I said sometimes" corrects the emergency.

AG2: "tecst nid ffonio. a dim dod i'r ty pan ma mam yn cysgu…" (how to visit) raised urgent homelessness; her reply to
the check "wat?? fi'n ddiogel… be wedes i?" was kept as a suicide concern; "mam yn passo mas weithie ar ol y gwin a fi'n
gorfod rhoi hi yn y gwely" was read by the learned model alone, and inside her whole answer at "who helps?" not at all
(one piece of under 400 characters, the drink diluted by netball and cooking), so it sat under Strengths.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from bot.analysis.safe_reply import says_they_are_safe
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
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


# --- AG2: how to visit is no homelessness; "I'm safe, what did I say?" is no risk; passing out from drink is ---------

#: The trial's answer at "how would you like to be supported?", its clause alone, and their English twins.
HOW_TO_VISIT = [
    "tecst nid ffonio. a dim dod i'r ty pan ma mam yn cysgu. fi'n carry on neu? be sy'n digwydd nesa ar ol hwn",
    "a dim dod i'r ty pan ma mam yn cysgu",
    "text not phone. and dont come to the house when mums asleep. do i carry on or? what happens next after this",
    "and dont come to the house when mums asleep",
]
#: Near-twins: told not to come home stays homelessness.
PUT_OUT = ["mam wedi deud wrtha i am beidio dod i'r ty eto", "mam wedi deud wrtha i am beidio dod i'r ty pan mae o yma"]


@pytest.mark.parametrize("text", HOW_TO_VISIT)
def test_how_to_visit_is_no_homelessness(text: str) -> None:
    found = assess_risk(text)
    assert "homelessness" not in found.categories and not found.reaches_duty


@pytest.mark.parametrize("text", PUT_OUT)
def test_told_not_to_come_home_is_still_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: The trial's reply at the check, and its English twin: safe, and puzzled.
SAFE_AND_PUZZLED = {
    "cy": "wat?? fi'n ddiogel. pam ti'n gweud hwnna? be wedes i? fi jyst moyn gwbod be sy'n digwydd nesa",
    "en": "wat?? im safe. why are you saying that? what did i say? i just want to know what happens next",
}
#: Near-twin: puzzled, not saying safe, and more that the learned model reads: kept beside the risk, as before.
PUZZLED_NOT_SAFE = {
    "cy": "wat?? pam ti'n gweud hwnna? ma fe'n dod nol heno",
    "en": "why are you saying that? he comes back tonight and i dont want to be here",
}
DISCLOSURE = {"cy": "mae mam yn fy nharo i", "en": "mum hits me"}


def _at_the_check(language: str) -> MemoryConversation:
    conversation = _young_at(language, "q_support")
    conversation.say(DISCLOSURE[language])
    assert repository.is_urgent(conversation.sender_id)
    return conversation


def _flag_on(conversation: MemoryConversation, text: str) -> dict[str, Any] | None:
    record = load_record(conversation.sender_id)
    assert record is not None
    return next((f for f in record["risk_flags"] if f["text"] == text), None)


@LANGS
def test_safe_and_puzzled_at_the_check_is_no_risk(sqlite_url: str, language: str) -> None:
    assert says_they_are_safe(SAFE_AND_PUZZLED[language])  # "fi'n ddiogel" is safe, as "dwi'n ddiogel" is
    conversation = _at_the_check(language)
    conversation.say(SAFE_AND_PUZZLED[language])
    assert _flag_on(conversation, SAFE_AND_PUZZLED[language]) is None
    assert _flag_on(conversation, DISCLOSURE[language]) is not None  # the disclosure's flag stays


@LANGS
def test_puzzled_with_more_at_the_check_is_still_kept(sqlite_url: str, language: str) -> None:
    conversation = _at_the_check(language)
    conversation.say(PUZZLED_NOT_SAFE[language])
    flag = _flag_on(conversation, PUZZLED_NOT_SAFE[language])
    assert flag is not None and flag["level"] == "concern"


#: Her answer at "who helps?" (the trial's, and its English twin), and the drink sentence alone.
WHO_HELPS = {
    "cy": "mamgu weithie ond ma hi'n byw yn llanelli. miss jenkins yn ysgol yn neis. fi'n dda yn coginio nawr lol. "
          "mam yn passo mas weithie ar ol y gwin a fi'n gorfod rhoi hi yn y gwely",
    "en": "mamgu sometimes but she lives in llanelli. miss jenkins at school is nice. im good at cooking now lol. "
          "mum passes out sometimes after the wine and i have to put her to bed",
}
PASSES_OUT = {"cy": "mam yn passo mas weithie ar ol y gwin a fi'n gorfod rhoi hi yn y gwely",
              "en": "mum passes out sometimes after the wine and i have to put her to bed"}
#: Look-alikes: a glass of wine and a nap, or passing out from a long walk, are no concern.
NOT_PASSING_OUT = ["mam yn cael gwydraid o win ac yn cysgu ar y soffa weithie",
                   "mum sometimes has a glass of wine and falls asleep on the sofa",
                   "i nearly passed out after the long walk yesterday lol"]


@pytest.mark.parametrize("text", [*WHO_HELPS.values(), *PASSES_OUT.values()])
def test_passing_out_from_drink_reaches_the_person_on_duty_in_any_answer(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and "alcohol" in found.categories


@pytest.mark.parametrize("text", NOT_PASSING_OUT)
def test_a_glass_of_wine_and_a_nap_is_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@LANGS
def test_passing_out_from_drink_is_at_the_top_never_under_strengths(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_strengths")
    conversation.say(WHO_HELPS[language])
    flag = _flag_on(conversation, WHO_HELPS[language])
    assert flag is not None and flag["please_check"] and "alcohol" in flag["categories"]
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        sections = {s.key: s for s in build_view(record, ui).sections}
        top = [str(i.quote) for g in sections["safeguarding"].groups for i in g.items]
        assert any(PASSES_OUT[language] in quote for quote in top)
        strengths = [str(i.quote) for g in sections["strengths"].groups for i in g.items]
        assert strengths and not any(PASSES_OUT[language] in quote for quote in strengths)
        assert any("miss jenkins" in quote for quote in strengths)  # who helps stays with its question
