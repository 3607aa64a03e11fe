"""Stop 47 (fixflow47): the code review's flow regressions from stop 47's one-alert and burst work (review 47).

S1: a piece typed straight after a disclosure took the alert's kinds whatever it said: "ive got marks on my arms from
the blade" lost its self-harm alert and Samaritans, "i used to cut" / "dwi'n teimlo'n isel drwy'r amser" their concern
lines, "his mates make me sell weed for them" its exploitation label. Only a piece within the alert's kinds, or the
bruise of the assault (never with a blade, a razor, "llafn", "torri"), takes them now.
S2: a not-safe reply typed fast ("hes still here and hes angry", "na dim rili, ma fe lawr llawr") was more of the
disclosure: no 999 line, no answer to the check. Only someone else's fear (BA2's "ma hi'n ofn e hefyd") is left out now.
S3: a young person's urgent message after a "please check" ("older lads make me hold stuff… they said they'd stab me")
joined it: no urgent reply, no "are you safe right now?". Now its own alert with the check.
M3: Action Fraud was offered to "my husband controls all my money". L1: two thank-yous for one contact wish. L2: the
question put twice in a row around "Diolch. Dw i wedi ychwanegu…".
The review's probes (fictional), in both languages, and phrasings in no benchmark file.
"""
from __future__ import annotations

import hashlib
from itertools import pairwise
from typing import Any

import pytest

from bot.analysis.types import RiskAssessment
from bot.conversation import pause, safety
from bot.safeguarding.helplines import about_money_taken
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started_with_record

#: As the stop-47 burst tests: a piece a moment after the check was sent; a reply read and typed.
JUST_AFTER_THE_CHECK = 0.6
READ_AND_TYPED = 25.0

DISCLOSURE = {"en": "my mum's boyfriend hits me when he's drunk", "cy": "ma cariad mam yn bwrw fi pan mae e'n feddw"}


def _sender(*parts: object) -> str:
    return "mem-fixflow47-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]



def _said(conversation: MemoryConversation) -> str:
    return "\n".join(m.text for m in conversation.said)


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


def _young_at(language: str, slot: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, slot, *parts), language, role="young_person", name="Cai")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _disclosed_then(language: str, piece: str) -> MemoryConversation:
    conversation = _young_at(language, "q_change", piece)
    conversation.say(DISCLOSURE[language], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.said.clear()
    conversation.say(piece, seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    return conversation


# --- S1 --------------------------------------------------------------------------------------------------------

#: (language, a piece about their own life or mood, its kind): a line of its own, never filed under the abuse alert.
THEIR_OWN = [
    ("en", "i used to cut", "self_harm"),
    ("en", "i feel really low all the time and i dont eat", "low_mood"),
    ("cy", "dwi'n teimlo'n isel drwy'r amser", "low_mood"),
    # not in any benchmark file
    ("cy", "o'n i'n arfer torri", "self_harm"),
    ("en", "i feel so low all the time lately", "low_mood"),
    ("cy", "fi'n teimlo'n isel trwy'r amser", "low_mood"),
]


@pytest.mark.parametrize("language, piece, kind", THEIR_OWN)
def test_a_harm_to_their_own_life_in_the_burst_keeps_its_own_line(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, piece: str, kind: str) -> None:
    """S1: its own flag with its own kind (as before stop 47), nothing of it added to the abuse alert."""
    conversation = _disclosed_then(language, piece)
    flags = _record(conversation)["risk_flags"]
    alert = next(f for f in flags if f["text"] == DISCLOSURE[language])
    assert piece not in [m["text"] for m in alert["added_messages"]]
    assert kind not in alert["categories"]
    (own,) = [f for f in flags if f["text"] == piece]
    assert kind in own["categories"] and "abuse" not in own["categories"]


@pytest.mark.parametrize("language, piece", [
    ("en", "ive got marks on my arms from the blade"),
    # not in any benchmark file
    ("cy", "weithie o'n i'n torri fy hun"),
])
def test_marks_from_a_blade_are_their_own_urgent_alert(sqlite_url: str, alerts: list[tuple[int, str]],
                                                       language: str, piece: str) -> None:
    """S1: an urgent self-harm alert of its own, with Samaritans; two duty alerts."""
    conversation = _disclosed_then(language, piece)
    flags = _record(conversation)["risk_flags"]
    (own,) = [f for f in flags if f["text"] == piece]
    assert own["level"] == "urgent" and "self_harm" in own["categories"]
    assert "116 123" in _said(conversation)
    assert [level for _, level in alerts] == ["urgent", "urgent"]


#: (language, the piece): marks with an instrument named are never the assault's bruise; a bruise alone still is (BA2).
@pytest.mark.parametrize("language, piece, only_the_marks", [
    ("en", "ive got marks on my arms from the blade", False),
    ("cy", "ma marcie ar y mraich i o'r rasel", False),
    ("cy", "ma marcie ar fy nghoes i o'r llafn", False),  # not in any benchmark file
    ("en", "theres marks on my legs from the razor", False),  # not in any benchmark file
    ("cy", "nos wener o'dd e ddwetha, ma clais ar y mraich i", True),
    ("en", "got a massive bruise on my leg from it", True),
])
def test_marks_from_an_instrument_are_never_only_the_marks_of_the_assault(
        sqlite_url: str, language: str, piece: str, only_the_marks: bool) -> None:
    alert = repository.OpenAlert(flag_id=1, text=DISCLOSURE[language], categories=("abuse", "domestic_abuse"),
                                 raised=False, please_check=False)
    reading = RiskAssessment("urgent", ("self_harm",))
    assert safety.only_the_marks_of_the_harm(piece, reading, alert) is only_the_marks


@pytest.mark.parametrize("language, piece", [
    ("en", "his mates make me sell weed for them"),
    ("cy", "mae ffrindia fo'n gneud i fi werthu stwff"),
    # not in any benchmark file
    ("en", "his mates make me carry stuff for them"),
    ("cy", "ma'i ffrindie fe'n gwneud i fi werthu stwff"),
])
def test_exploitation_in_the_burst_is_added_with_its_own_kind(sqlite_url: str, alerts: list[tuple[int, str]],
                                                              language: str, piece: str) -> None:
    """S1: added to the one alert (one duty alert), keeping its criminal exploitation label."""
    conversation = _disclosed_then(language, piece)
    flags = _record(conversation)["risk_flags"]
    assert len(flags) == 1
    (added,) = [m for m in flags[0]["added_messages"] if m["text"] == piece]
    assert "exploitation" in added["categories"]
    assert len(alerts) == 1


# --- S2 --------------------------------------------------------------------------------------------------------

NOT_SAFE_FAST = [
    ("en", "hes still here and hes angry"),
    ("cy", "na dim rili, ma fe lawr llawr"),
    ("cy", "ma fe dal yma ac mae e'n grac"),
    ("en", "dunno tbh hes still drunk"),
    # not in any benchmark file
    ("en", "hes back soon and im scared"),
    ("cy", "ma fe nol cyn hir a fi ofn"),
]


@pytest.mark.parametrize("language, reply", NOT_SAFE_FAST)
def test_a_not_safe_reply_typed_fast_answers_the_check(sqlite_url: str, alerts: list[tuple[int, str]],
                                                       language: str, reply: str) -> None:
    """S2: kept as their reply to "are you safe right now?", with the 999 line; never added as more of the story."""
    conversation = _disclosed_then(language, reply)
    assert ("safety_check", reply) in _answers(conversation)
    assert "999" in _said(conversation)
    (alert,) = _record(conversation)["risk_flags"]
    assert not [m for m in alert["added_messages"] if m["text"] == reply and not m["safe_check_reply"]]


@pytest.mark.parametrize("piece, answers", [
    ("mam yn gweud dim byd achos ma hi'n ofn e hefyd", False),  # BA2
    ("mum says nothing cos shes scared of him too", False),
    ("mam ddim yn gwybod dim byd", False),  # not in any benchmark file
    ("my mum doesnt know anything about it", False),  # not in any benchmark file
    ("hes still here and hes angry", True),
    ("na dim rili, ma fe lawr llawr", True),
])
def test_only_someone_elses_fear_is_left_out_of_a_fast_reply(piece: str, answers: bool) -> None:
    assert pause.answers_the_check_unread(piece) is answers


# --- S3 --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, first, second", [
    ("en", "im being taken advantage of",
     "older lads make me hold stuff for them and they said they'd stab me if i lose it"),
    ("en", "people take advantage of me", "he says he'll share my pics if i dont send more"),
    # not in any benchmark file
    ("cy", "mae pobl yn manteisio arna i", "mae o'n deud neith o rannu'r lluniau os dwi ddim yn gyrru mwy"),
    ("cy", "ma pobl yn cymryd mantais ohona i", "mae ffrindia fo'n gneud i fi gario stwff"),
])
def test_a_young_persons_urgent_harm_after_a_please_check_is_its_own_alert(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, first: str, second: str) -> None:
    """S3: the urgent reply and the safe check; an urgent duty alert of its own, never a raise of the please-check."""
    conversation = _young_at(language, "q_change", first, second)
    conversation.say(first, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    if not safety.read_risk(first).please_check:
        pytest.skip("the reader gives this first line no please-check (the risk reader's, not this stop's)")
    conversation.said.clear()
    conversation.say(second, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    said = _said(conversation).lower()
    assert "safe right now" in said or "ddiogel ar hyn o bryd" in said
    assert repository.safe_check(conversation.sender_id)[0] is not None
    (own,) = [f for f in _record(conversation)["risk_flags"] if f["text"] == second]
    assert own["level"] == "urgent"
    assert [level for _, level in alerts] == ["check", "urgent"]


# --- M3 --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "my husband controls all my money",
    "mae'r gŵr yn rheoli fy arian i gyd",
    # not in any benchmark file
    "my partner takes all my wages and wont let me have a bank card",
    "mae'r cariad yn cymryd fy arian i bob wythnos",
])
def test_no_action_fraud_when_a_partner_holds_the_money(sqlite_url: str, words: str) -> None:
    """M3: economic abuse by a partner is never a fraud to report (it may raise the risk)."""
    reading = safety.read_risk(words)
    lines = safety.helplines_offered(reading.categories or ("abuse",), "cy" if "gŵr" in words or "cariad" in words
                                     else "en", register=None, role="person", age=35, words=[words])
    assert "0300 123 2040" not in [line.number for line in lines]
    assert not about_money_taken([words])


@pytest.mark.parametrize("language, words", [
    ("cy", "Last month someone took his bank card and took £200 out. Fe wnaeth 'ffrind' ei gymryd e"),  # BA6
    ("en", "a 'friend' of his took his bank card and £200"),  # not in any benchmark file
])
def test_action_fraud_still_fits_a_friend_taking_his_card(sqlite_url: str, language: str, words: str) -> None:
    lines = safety.helplines_offered(("exploitation",), language, register=None, role="carer", age=None,
                                     words=[words])
    assert "0300 123 2040" in [line.number for line in lines]


# --- L1, L2 ----------------------------------------------------------------------------------------------------

def _carried_on_to(language: str, slot: str, *parts: object) -> MemoryConversation:
    """Disclosed at the question before `slot` (or at it, when it comes before "what would you change?"), carried on."""
    conversation = _young_at(language, "q_change" if slot == "q_support" else slot, *parts)
    conversation.say(DISCLOSURE[language], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    carry_on = "ye fi'n ok nawr, fi yn tŷ mamgu heno. galli di cario mlan" if language == "cy" else \
        "ye im ok now, im at my nans tonight. u can carry on"
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language, wish", [
    ("en", "dont come when hes home he'll kill me"),
    ("cy", "paid dod pan mae o adra, neith o fy lladd i"),
    # not in any benchmark file
    ("en", "dont come round when hes in or he'll kill me"),
])
def test_a_contact_wish_added_to_the_alert_is_thanked_once(sqlite_url: str, alerts: list[tuple[int, str]],
                                                           language: str, wish: str) -> None:
    conversation = _carried_on_to(language, "q_support", wish)
    conversation.said.clear()
    conversation.say(wish, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    thanks = [m.text for m in conversation.said if m.text.startswith(("Thank", "Diolch"))]
    assert len(thanks) == 1, thanks


@pytest.mark.parametrize("language, answer, piece", [
    ("cy", "pel droed gyda'r bois", "sori anwybydda hynna. ma fe'n bwrw fi eto heno"),
    # not in any benchmark file
    ("cy", "chwarae pel droed efo'r hogia", "sori anwybydda hynna. nath o fy nharo i eto heno"),
    ("en", "football with my mates", "sorry ignore that. he hit me again tonight"),
])
def test_the_question_is_not_put_twice_in_a_row_around_the_added_line(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, answer: str, piece: str) -> None:
    """L2: a piece added to the alert 1.5 s after the next question: the question, unread, stays just above."""
    conversation = _carried_on_to(language, "q_strengths", answer, piece)
    conversation.said.clear()
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(piece, seconds_since_asked=1.5, typing_window=True)
    said = [m.text for m in conversation.said]
    shown = [text for text in said if "?" in text]
    assert all(a != b for a, b in pairwise(shown)), said
