"""The fifteenth trial's risk readings (stop 37: AP1, AP2, AP3, AP7), both languages, by family of meaning.

AP1: "Honestly it's easier if I'm on the phone (speaker) when you visit" was urgent suicide by a rule that took
"easier if I am" for "better off if I was gone". AP2: "the staf at the house shout at me and take my fone of me" read
nothing, spelt "staff … phone off me" it was an abuse "please check". AP3: "be di pwynt hyn?" (about the form) and
"bysa'n haws heb gi" (easier without a dog) were suicide "please checks". AP7: weight lost and meals forgotten, "not an
emergency but we are concerned", read nothing. Each family: the quoted message, its twin in the other language, and
what must still be read.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk, explain, pattern_text
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, risk_flags_quoting, started

_senders = itertools.count(1)

# ---- AP1: whether they are there (or on the phone) when the worker visits is practical.
HEARING_AID = ("English, she never learnt Welsh. Hearing aid in the left ear, it whistles. Honestly it's easier if "
               "I'm on the phone (speaker) when you visit")
THERE_WHEN_YOU_VISIT = [
    HEARING_AID,
    "it's easier if I'm there when you visit",
    "it's easier if I'm not there when you visit, she talks more",
    "it would be easier if I was there when the nurse comes",
    "easier if I'm with her when you visit, she gets flustered",
    "mae'n haws os dw i yno pan dach chi'n dod",
    "mae'n haws os dw i ddim yma pan dach chi'n dod",
    "mae'n haws os ydw i ar y ffôn pan dach chi'n ymweld",
    "bydde fe'n haws tasen i yno pan chi'n dod",
]
#: Better off if they were gone, dead or not here: urgent, as before.
BETTER_OFF_GONE = [
    "everyone would be better off if I was gone",
    "they'd all be happier if i wasnt here",
    "it would be easier for everyone if I wasn't around",
    "they would be better off if i was not here anymore",
    "they would all be better off if I'm dead",
    "my kids would be better off without me",
    "easier if I just didn't wake up",
    "they'd be better off if i wasnt here when they wake up",
    "basai pethau yn haws taswn i ddim yma",
    "byddai pawb yn well hebof i",
]


@pytest.mark.parametrize("text", THERE_WHEN_YOU_VISIT, ids=[t[:40] for t in THERE_WHEN_YOU_VISIT])
def test_being_there_when_the_worker_visits_is_not_a_risk(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", BETTER_OFF_GONE, ids=[t[:40] for t in BETTER_OFF_GONE])
def test_better_off_if_i_were_gone_is_still_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


# ---- AP2: words spelt by their sound read as the usual spelling does.
SOUNDED = [
    ("the staf at the house shout at me and take my fone of me",
     "the staff at the house shout at me and take my phone off me"),
    ("ma staf hit me wiv a shoe wen i sed no", "my staff hit me with a shoe wen i said no"),
    ("they lok me in ma rume becos i shout", "they lock me in my room because i shout"),
    ("sum1 at skool tuched me and i am skared", "someone at school touched me and i am scared"),
]
#: Welsh words the spelling step must leave as they are ("ma" is "mae"; "wen" is white, never "when").
WELSH_UNCHANGED = ["ma fe'n dod adre heno", "ma mam yn sal", "mae'r gath wen yn cysgu", "ma'r staff yn neis iawn"]


@pytest.mark.parametrize("sounded, usual", SOUNDED, ids=[s[:40] for s, _ in SOUNDED])
def test_a_message_spelt_by_sound_reads_as_the_usual_spelling(sounded: str, usual: str) -> None:
    assert pattern_text(sounded) == pattern_text(usual)
    by_sound, as_usual = assess_risk(sounded), assess_risk(usual)
    assert by_sound.level != "none", explain(sounded)
    assert (by_sound.level, by_sound.categories, by_sound.please_check) == (
        as_usual.level, as_usual.categories, as_usual.please_check), explain(sounded)


@pytest.mark.parametrize("text", WELSH_UNCHANGED)
def test_the_spelling_step_leaves_welsh_words_alone(text: str) -> None:
    words = pattern_text(text).split()
    assert "my" not in words and "when" not in words, words


def test_an_everyday_answer_spelt_by_sound_stays_calm() -> None:
    for text in ("i wont to go bowlin wiv my frends", "the staf are nice, thay take me to skool on the bus"):
        assert assess_risk(text).level == "none", explain(text)


# ---- AP3: "what's the point of THIS" (the form) is frustration; easier without a thing is not "without me".
FORM_FRUSTRATION = [
    "be di pwynt hyn? dwi di deud hyn i gyd o'r blaen wrth y ddynas o'r cyngor",
    "beth yw pwynt y cwestiynau 'ma? dw i wedi ateb nhw o'r blaen",
    "what's the point of this? I've told you all this before",
    "what is the point of these questions?",
]
WITHOUT_A_THING = [
    "ma'r cyngor di deud bysa'n haws heb gi",
    "mae'n haws heb y car yn y dre",
    "they said it would be easier without a dog but I want to keep him",
]
#: The point of living, of all of this, or without me: still read.
POINT_OF_LIVING = ["be di pwynt byw", "be di pwynt hyn i gyd, dw i jyst isio mynd i gysgu a peidio deffro",
                   "what is the point in going on", "mi fasen nhw'n well eu byd hebdda i"]


@pytest.mark.parametrize("text", FORM_FRUSTRATION + WITHOUT_A_THING, ids=[t[:40] for t in FORM_FRUSTRATION
                                                                         + WITHOUT_A_THING])
def test_the_point_of_the_form_or_life_without_a_dog_is_not_a_risk(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", POINT_OF_LIVING)
def test_the_point_of_living_is_still_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


# ---- AP7: weight lost and meals forgotten are a worry for the visit, never urgent.
WEIGHT_AND_MEALS = [
    "He has lost a good deal of weight since the summer and forgets meals unless someone is with him. It is not an "
    "emergency but we are concerned.",
    "Mae o wedi colli pwysau ers yr haf ac mae o'n anghofio ei brydau bwyd os nad oes rhywun efo fo. Dydy o ddim yn "
    "argyfwng ond dan ni'n poeni.",
    "she forgets her dinner if nobody reminds her",
    "mae hi'n anghofio ei bwyd os nad oes neb yna",
]
WEIGHT_LOOKALIKES = ["he has lost a lot of money since the summer", "she lost two stone on slimming world, she's thrilled"]


@pytest.mark.parametrize("text", WEIGHT_AND_MEALS, ids=[t[:40] for t in WEIGHT_AND_MEALS])
def test_weight_lost_and_meals_forgotten_are_a_concern(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("concern", False), explain(text)
    assert "self_neglect" in found.categories, explain(text)


@pytest.mark.parametrize("text", WEIGHT_LOOKALIKES)
def test_money_lost_or_a_diet_is_not_a_concern(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- Through the real core, with SQLite: the reply, the flag kept and the top of the summary.
def _conversation(language: str, role: str) -> MemoryConversation:
    return started(f"trial37-risk-{language}-{role}-{next(_senders)}", language, role=role, name="Sam")


def _text(conversation: MemoryConversation, key: str, **values: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi", **values)


@pytest.mark.parametrize("language, words", [("en", HEARING_AID), ("cy", "mae'n haws os dw i yno pan dach chi'n dod")])
def test_the_practical_remark_gets_no_alarm_and_no_flag(sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language, "person")
    asked = conversation.requested
    conversation.say(words)
    assert _text(conversation, "urgent", helplines="").splitlines()[0] not in conversation.text
    assert _text(conversation, "safety_check") not in conversation.text
    assert conversation.requested not in (None, asked)
    assert risk_flags_quoting(conversation, words) == []


@pytest.mark.parametrize("language, words", [
    ("en", "the staf at the house shout at me and take my fone of me"),
    ("cy", "ma'r staff yn gweiddi arna i ac yn cymryd fy ffôn oddi arna i"),
])
def test_staff_at_the_house_taking_his_phone_is_a_please_check_at_the_top(
        sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language, "person")
    conversation.say(words)
    assert conversation.text.startswith(_text(conversation, "please_check", helpline="").split("\n")[0])
    (flag,) = risk_flags_quoting(conversation, words)
    assert (flag["level"], flag["please_check"]) == ("concern", True) and "abuse" in flag["categories"]
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        (first, *_) = [g for g in build_view(record, ui).sections[0].groups if g.items]
        assert first.key == "please_check" and first.items[0].quote == words


@pytest.mark.parametrize("language, words", [(language, w) for language, w in zip(("en", "cy"), WEIGHT_AND_MEALS)])
def test_weight_lost_and_meals_forgotten_are_a_concern_in_the_summary(
        sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language, "carer")
    conversation.say(words)
    assert _text(conversation, "safety_check") not in conversation.text
    (flag,) = risk_flags_quoting(conversation, words)
    assert flag["level"] == "concern" and not flag["please_check"] and "self_neglect" in flag["categories"]
    record = load_record(conversation.sender_id)
    assert record is not None
    shown = [(g.key, [i.quote for i in g.items]) for g in build_view(record, language).sections[0].groups if g.items]
    assert shown == [("concerns", [words])]
