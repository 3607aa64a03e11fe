"""A list of who helps is no disclosure when the learned model's urgency is in no sentence (stop-23 trial W1).

Cers, 16, a young carer, answered "What is going well, and who helps?" with "nain yn helpu weithia ... miss Parry celf
yn neis hefyd ma hi'n gadael fi aros amser cinio yn y stafell gelf pan dwi'n stresd" and got the urgent reply (999,
Childline), the safe check and a duty alert: urgent abuse from the model alone at 0.63 on the whole answer, no sentence
above 0.54 (the model adds up weak cues over a whole answer: stop-22 V29). At that question such a reading is the
set-up rule's case: kept as a concern beside the risk, taken as the answer, no alert. A sentence the model reads urgent
there still is, as is a disclosure the rules read. Through the conversation core, Welsh and English; the model's whole
reading is pinned (as the trial saw it), its sentence readings are today's.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import rules_only, urgency_in_no_sentence
from bot.analysis.types import RiskAssessment
from bot.conversation import safety
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, at_question

_senders = itertools.count(1)
WHAT_MATTERS = {"cy": "Dw i isio mynd allan i'r ardd yn amlach", "en": "I'd like to get out into the garden more"}
# W1, quoted, and an English twin.
WHO_HELPS = {
    "cy": "nain yn helpu weithia, ma hi'n byw yn bethesda so ddim yn bell. ma hi'n neud bwyd dydd sul a ma hi'n gwbod "
          "am dad. a Ffion, ma hi'n gwbod rhei petha. miss Parry celf yn neis hefyd ma hi'n gadael fi aros amser cinio "
          "yn y stafell gelf pan dwi'n stresd 😊",
    "en": "nain helps sometimes, she lives in bethesda so not far. she does sunday dinner and she knows about dad. and "
          "Ffion, she knows some stuff. miss Parry art is nice too she lets me stay in the art room at lunch when im "
          "stressed 😊",
}
# A disclosure the model reads in one sentence (the rules read none), at the same question: still urgent.
IN_A_SENTENCE = {"en": "Nobody much. I keep thinking everyone would be better without me around.",
                 "cy": "Neb. Dwi wedi bod yn cadw fy nhabledi a dwi'n gwybod faint sydd angen."}


def _at(language: str, slot: str) -> MemoryConversation:
    return at_question(f"context23-{next(_senders)}", language, slot, what_matters=WHAT_MATTERS[language])


def _pin_the_model(monkeypatch: pytest.MonkeyPatch, *texts: str, sure: bool = False) -> None:
    """The whole answer read as abuse by the model alone (as the trial saw W1, at 0.63: since stop 24 an unsure "please
    check"; `sure`: urgent, at or above the model's sure bar, which no question lowers since the sixteenth trial's
    AR1); every other message as read."""
    reading = safety.read_risk
    as_pinned = (RiskAssessment("urgent", ("abuse",)) if sure
                 else RiskAssessment("concern", ("abuse",), please_check=True))
    monkeypatch.setattr(safety, "read_risk", lambda text: as_pinned if text in texts else reading(text))


def _levels(conversation: MemoryConversation) -> list[str]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return [f["level"] for f in record["risk_flags"]]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_trial_w1_who_helps_is_no_alert(sqlite_url: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rules_only(WHO_HELPS[language]).level != "urgent"
    assert urgency_in_no_sentence(WHO_HELPS[language])  # what the rule rests on: no sentence, no pair reads urgent
    _pin_the_model(monkeypatch, WHO_HELPS[language])
    conversation = _at(language, "q_strengths")
    conversation.say(WHO_HELPS[language])
    said = conversation.text
    assert messages.text("safety_check", language, "chi") not in said and "999" not in said
    assert conversation.requested != "q_strengths"  # taken as the answer: the next question follows
    assert _levels(conversation) == ["concern"]  # kept beside the risk for the worker, no duty alert
    assert WHO_HELPS[language] in repository.answer_texts(conversation.sender_id, only="strengths")


def test_a_sentence_the_model_reads_urgent_at_who_helps_is_still_urgent(sqlite_url: str) -> None:
    language = "en"  # the model is sure of it (at or above its bar): urgent
    assert rules_only(IN_A_SENTENCE[language]).level != "urgent"
    assert safety.read_risk(IN_A_SENTENCE[language]).level == "urgent"
    assert not urgency_in_no_sentence(IN_A_SENTENCE[language])
    conversation = _at(language, "q_strengths")
    conversation.say(IN_A_SENTENCE[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "chi"))
    assert _levels(conversation) == ["urgent"]


def test_a_sentence_the_model_alone_reads_unsure_at_who_helps_is_please_check(sqlite_url: str) -> None:
    """Stop 24: the Welsh twin is read by the model alone below the bar where it is sure: not the set-up rule's case
    (its urgency is in a sentence), so "please check": the duty team is told, the person gets the gentle reply."""
    language = "cy"
    reading = safety.read_risk(IN_A_SENTENCE[language])
    assert (reading.level, reading.please_check) == ("concern", True)
    assert not urgency_in_no_sentence(IN_A_SENTENCE[language])
    conversation = _at(language, "q_strengths")
    conversation.say(IN_A_SENTENCE[language])
    assert messages.text("safety_check", language, "chi") not in conversation.text
    assert "999" in conversation.text and conversation.requested != "q_strengths"
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [(f["level"], f["please_check"], f["alert_status"] != "not_needed") for f in record["risk_flags"]] == [
        ("concern", True, True)]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_same_whole_answer_reading_at_the_worries_question_is_still_urgent(sqlite_url: str, language: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Only at "who helps?": where people tell their worries, the model's word on the whole answer still counts."""
    _pin_the_model(monkeypatch, WHO_HELPS[language], sure=True)
    conversation = _at(language, "q_worries")
    conversation.say(WHO_HELPS[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "chi"))
    assert _levels(conversation) == ["urgent"]


@pytest.mark.parametrize("text,no_sentence", [
    (WHO_HELPS["cy"], True),
    ("Dim ond un frawddeg sydd yma", False),  # one sentence: the whole is the sentence
    ("I keep looking at the beam in the garage. I've bought what I need.", False),  # split over two: the pair counts
])
def test_urgency_in_no_sentence(text: str, no_sentence: bool) -> None:
    assert urgency_in_no_sentence(text) is no_sentence
