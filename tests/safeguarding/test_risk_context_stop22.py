"""Set-up and logistics questions are context (stop 22, risk reader's eleventh pass): the learned model alone never
pages the duty team there.

Over the dev conversations the set-up and logistics questions (consent, who is talking, names, relationship, language,
how to get in touch, when to visit) hold no disclosure, and the model alone raised ordinary words there to urgent: a
carer's "Kate says I should ask for a carers assessment for me but I dont know if Im allowed to..." at "When is the
best time to visit?" was urgent abuse at 0.62 (stop-21 trial). Such a reading is kept as a concern, beside the risk for
the worker, and the words are taken as the answer: no urgent reply, no duty alert. A disclosure the rules read there
is urgent as anywhere. Through the conversation core (tests/conversation/memory.py), Welsh and English; the model's
reading is pinned, so the tests rest on the rule, not on today's model.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import rules_only
from bot.analysis.types import RiskAssessment
from bot.conversation import safety
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, MemoryTurn, at_question

_senders = itertools.count(1)
WHAT_MATTERS = {"cy": "Dw i isio mynd allan i'r ardd yn amlach", "en": "I'd like to get out into the garden more"}
# The stop-21 trial's answer at "When is the best time to visit?", and a Welsh twin.
HER_HOURS = {
    "en": "Kate says I should ask for a carers assessment for me but I dont know if Im allowed to, hes the one whos "
          "ill. I just want a few hours a week that are mine.",
    "cy": "Mae Kate yn deud y dylwn i ofyn am asesiad gofalwr i fi fy hun ond dwi ddim yn gwbod os dw i'n cael, fo "
          "ydi'r un sy'n sâl. Dw i jest isio chydig oriau'r wythnos sy'n eiddo i mi.",
}
# Stop-22 trial V9 (a son caring for his father, at "Is there anything that makes talking easier for Ken?"): urgent abuse
# from the model alone at 0.61, a duty alert and the safe check for hearing-aid advice. Quoted, and a Welsh twin.
HEARING_AIDS = {
    "en": "His hearing isnt great, he has hearing aids but doesnt always put them in, so speak up and face him. Ring me "
          "first on my mobile to arrange, not him, he'll say dont bother coming. Also he should be there for it "
          "obviously, it's his life.",
    "cy": "Dydi ei glyw o ddim yn grêt, mae ganddo fo gymhorth clyw ond dydi o ddim wastad yn eu rhoi nhw i mewn, felly "
          "siaradwch i fyny ac wynebu fo. Ffoniwch fi gynta ar fy mobile i drefnu, nid fo, neith o ddeud peidiwch "
          "trafferthu dod. Hefyd dylai fo fod yno, wrth gwrs, ei fywyd o ydi o.",
}
# A disclosure the rules read, said at the same questions: urgent as anywhere.
DISCLOSURE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
              "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}


def _at(language: str, slot: str) -> MemoryConversation:
    return at_question(f"context22-{next(_senders)}", language, slot, what_matters=WHAT_MATTERS[language])


def _pin_the_model(monkeypatch: pytest.MonkeyPatch, language: str, *, sure: bool = False) -> None:
    """The learned model's reading of these answers as the trials saw it (abuse, the model alone at about 0.6: since
    stop 24 an unsure "please check"; `sure`: urgent, the model at or above its sure bar, which no question lowers since
    the sixteenth trial's AR1); every other message as read."""
    reading = safety.read_risk
    pinned = (HER_HOURS[language], HEARING_AIDS[language])
    as_pinned = (RiskAssessment("urgent", ("abuse",)) if sure
                 else RiskAssessment("concern", ("abuse",), please_check=True))
    monkeypatch.setattr(safety, "read_risk", lambda text: as_pinned if text in pinned else reading(text))


def _levels(conversation: MemoryConversation) -> list[str]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return [f["level"] for f in record["risk_flags"]]


@pytest.mark.parametrize("slot", ["q_visit_time", "q_communication"])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_only_the_model_at_a_logistics_question_is_a_concern_and_the_answer(sqlite_url: str, language: str, slot: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _pin_the_model(monkeypatch, language)
    assert rules_only(HER_HOURS[language]).level != "urgent"  # what the test rests on: the rules read no disclosure
    conversation = _at(language, slot)
    conversation.say(HER_HOURS[language])
    said = conversation.text
    check = messages.text("safety_check", language, "chi")
    assert check not in said and "999" not in said  # no urgent reply, no pause, no "please check" reply
    assert conversation.requested != slot  # taken as the answer: the next question follows
    assert _levels(conversation) == ["concern"]  # kept beside the risk, no duty alert
    assert HER_HOURS[language] in repository.answer_texts(conversation.sender_id, only=slot[2:])


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_same_reading_at_a_question_about_what_matters_is_still_urgent(sqlite_url: str, language: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Context is the set-up and logistics questions only: where people disclose, the model's word still counts."""
    _pin_the_model(monkeypatch, language, sure=True)
    conversation = _at(language, "q_worries")
    conversation.say(HER_HOURS[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "chi"))
    assert _levels(conversation) == ["urgent"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_disclosure_the_rules_read_at_a_logistics_question_is_urgent(sqlite_url: str, language: str) -> None:
    assert rules_only(DISCLOSURE[language]).level == "urgent"
    conversation = _at(language, "q_visit_time")
    conversation.say(DISCLOSURE[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "chi"))
    assert _levels(conversation) == ["urgent"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_routed_as_urgent_by_the_dialogue_the_answer_goes_to_the_form(sqlite_url: str, language: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Rasa's NLU reads the text alone and routes it to the urgent reply, after which Rasa's form does not validate:
    the core takes the words as the answer there, as the form's validation would, and sends no urgent reply."""
    _pin_the_model(monkeypatch, language)
    conversation = _at(language, "q_visit_time")
    conversation.said.clear()
    turn = MemoryTurn(conversation, HER_HOURS[language])
    updates = safety.respond_to_urgent(turn, "q_visit_time")
    assert updates.get("q_visit_time") == HER_HOURS[language]  # filled: the form asks the next question
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [HER_HOURS[language]]
    assert not any(messages.text("safety_check", language, "chi") in m.text for m in conversation.said)
    assert safety.note_risk(turn).level == "concern"
    assert _levels(conversation) == ["concern"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_trial_v9_hearing_aid_advice_at_the_communication_question_is_no_alert(sqlite_url: str, language: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _pin_the_model(monkeypatch, language)
    assert rules_only(HEARING_AIDS[language]).level == "none"
    conversation = _at(language, "q_communication")
    conversation.say(HEARING_AIDS[language])
    assert messages.text("safety_check", language, "chi") not in conversation.text
    assert conversation.requested != "q_communication"
    assert _levels(conversation) == ["concern"]
    assert repository.answer_texts(conversation.sender_id, only="communication") == [HEARING_AIDS[language]]


@pytest.mark.parametrize("slot", ["q_visit_time", "q_communication"])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_model_sure_at_a_logistics_question_is_urgent(sqlite_url: str, language: str, slot: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The sixteenth trial's AR1: a reading the model is sure of is urgent at every question."""
    _pin_the_model(monkeypatch, language, sure=True)
    conversation = _at(language, slot)
    conversation.say(HER_HOURS[language])
    assert conversation.text.endswith(messages.text("safety_check", language, "chi"))
    assert _levels(conversation) == ["urgent"]
