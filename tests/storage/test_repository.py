"""The record keeps people's words exactly, on SQLite and on PostgreSQL, and never loses a flag."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.repository import RecordError
from tests.support.records import stored_conversation

TRICKY = [
    "Dw i isio mynd i'r capel 🙏\nA gweld Nain bob dydd Sul",
    "  leading and trailing spaces  ",
    "ŵ ŷ â ê î ô û Ŵ Ŷ – “quotes” ‘single’",
    "<script>alert(1)</script>",
    "Robert'); DROP TABLE answers;--",
    "tab\there\r\nwindows line",
    "😊",
    "x" * 10_000,
]


@pytest.mark.parametrize("text", TRICKY)
def test_answers_are_stored_byte_for_byte(database_url: str, text: str) -> None:
    repository.ensure_conversation("sender-1")
    stored = repository.record_answer(
        "sender-1", question_key="what_matters", question_text="Beth sy'n bwysig i chi?", text=text,
        whose_view="person", about="person", analysis=analyse(text, "what_matters"), message_id="m1",
    )
    with session_scope() as s:
        conv = stored_conversation(s, "sender-1")
        assert [a.text for a in conv.answers] == [text]
        assert conv.answers[0].text.encode("utf-8") == text.encode("utf-8")
        for outcome in conv.outcomes:
            assert outcome.text == text[outcome.span_start:outcome.span_end]
    assert stored.answer_id > 0


@pytest.mark.parametrize("text,reason", [("", "empty"), ("   \n ", "empty"), ("x" * 10_001, "too_long"), ("a\x00b", "control_characters")])
def test_bad_input_is_refused_with_a_reason(database_url: str, text: str, reason: str) -> None:
    repository.ensure_conversation("sender-2")
    with pytest.raises(RecordError) as err:
        repository.record_answer("sender-2", question_key="keep", question_text="q", text=text,
                                 whose_view="person", about="person", analysis=analyse("x"))
    assert str(err.value) == reason
    with session_scope() as s:
        assert stored_conversation(s, "sender-2").answers == []


def test_the_same_message_delivered_twice_is_kept_once(database_url: str) -> None:
    for _ in range(2):
        repository.record_answer("sender-3", question_key="keep", question_text="q", text="My garden",
                                 whose_view="person", about="person", analysis=analyse("My garden"), message_id="same")
    with session_scope() as s:
        assert len(stored_conversation(s, "sender-3").answers) == 1


def test_declining_consent_keeps_only_the_choice_but_never_a_flag(database_url: str) -> None:
    repository.update_conversation("sender-4", display_name="Dai", language="cy")
    repository.record_answer("sender-4", question_key="keep", question_text="q", text="Fy ngardd",
                             whose_view="person", about="person", analysis=analyse("Fy ngardd"))
    text = "Mae o'n fy nharo i"
    repository.record_risk("sender-4", message_id="m9", text=text, assessment=assess_risk(text), language="cy", alert_needed=True)
    repository.record_consent("sender-4", False)
    with session_scope() as s:
        conv = stored_conversation(s, "sender-4")
        assert conv.consent is False and conv.status == "declined"
        assert conv.answers == [] and conv.outcomes == [] and conv.display_name is None
        assert [f.text for f in conv.risk_flags] == [text] and conv.urgent


def test_risk_flags_are_idempotent_per_message_and_queue_an_alert(database_url: str) -> None:
    text = "I want to end it all tonight"
    first = repository.record_risk("sender-5", message_id="m1", text=text, assessment=assess_risk(text), language="en", alert_needed=True)
    again = repository.record_risk("sender-5", message_id="m1", text=text, assessment=assess_risk(text), language="en", alert_needed=True)
    assert first is not None and again is not None
    assert first.id == again.id and first.is_new and not again.is_new  # only the first starts an alert
    first_id = first.id
    waiting = repository.flags_awaiting_alert()
    assert [(w[0], w[2]) for w in waiting] == [(first_id, "urgent")]
    repository.mark_alert(first_id, delivered=False, attempts=3)
    assert [w[0] for w in repository.flags_awaiting_alert()] == [first_id]  # a failed alert stays queued
    repository.mark_alert(first_id, delivered=True, attempts=1)
    assert repository.flags_awaiting_alert() == []


def test_corrections_are_kept_as_training_examples(database_url: str) -> None:
    text = "Keep going to chapel on Sundays"
    stored = repository.record_answer("sender-6", question_key="change", question_text="q", text=text,
                                      whose_view="person", about="person", analysis=analyse(text, "change"))
    outcome_id = stored.outcome_ids[0]
    repository.change_outcome_type(None, outcome_id, "process", corrected_by="practitioner", user_id=7)
    assert repository.corrections_as_training_rows() == [(text, "process", "en")]
    with pytest.raises(RecordError):
        repository.change_outcome_type(None, outcome_id, "not-a-type", corrected_by="practitioner")


def test_a_disclosure_is_never_made_into_a_personal_outcome(database_url: str) -> None:
    """It is kept word for word as the answer (and as a flag), never read back as an outcome; the wish beside it,
    a sentence of its own, is the person's outcome (stop-25 trial U3: bot.safeguarding.harm.wishes_apart_from_harm)."""
    text = "I want to see my sister more. My partner pushed me down the stairs last night"
    stored = repository.record_answer("sender-urgent", question_key="what_matters", question_text="q", text=text,
                                      whose_view="person", about="person", analysis=analyse(text, "what_matters"))
    assert len(stored.outcome_ids) == 1
    with session_scope() as s:
        conv = stored_conversation(s, "sender-urgent")
        assert [a.text for a in conv.answers] == [text]
        assert [o.text for o in conv.outcomes] == ["I want to see my sister more."]
        assert not any("pushed" in o.text or "stairs" in o.text for o in conv.outcomes)
    calm = "I want to see my sister more"
    assert repository.record_answer("sender-urgent", question_key="keep", question_text="q", text=calm,
                                    whose_view="person", about="person",
                                    analysis=analyse(calm, "keep")).outcome_ids


@pytest.mark.parametrize("forget", ["consent_withdrawn", "start_again", "erased_keeping_the_duty_part"])
def test_every_way_of_forgetting_forgets_the_same_things(sqlite_url: str, forget: str) -> None:
    """Consent withdrawn, "start again" and an erasure that keeps the duty team's part each forget the answers, the
    outcomes, who was at the keyboard and the three names given (one place: repository._forget_their_words). The urgent
    flag stays in all three."""
    sender = f"sender-forget-{forget}"
    repository.update_conversation(sender, display_name="Rhian", cared_for_name="Eirlys", relationship_to_person="Mam",
                                   language="cy")
    repository.note_hand_at_keyboard(sender, repository.HandAtKeyboard("son", "Gareth"))
    repository.record_answer(sender, question_key="keep", question_text="q", text="Mynd i'r capel",
                             whose_view="carer", about="person", analysis=analyse("Mynd i'r capel"))
    text = "Mae o'n fy nharo i"
    repository.record_risk(sender, message_id="m1", text=text, assessment=assess_risk(text), language="cy",
                           alert_needed=True)
    if forget == "consent_withdrawn":
        repository.record_consent(sender, False)
    elif forget == "start_again":
        assert repository.start_again(sender)
    else:
        assert repository.erase_record(sender_id=sender).kept_for_safety
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert conv.answers == [] and conv.outcomes == []
        assert (conv.display_name, conv.cared_for_name, conv.relationship_to_person) == (None, None, None)
        assert (conv.typing_now, conv.typing_now_name) == (None, None)
        assert [f.text for f in conv.risk_flags] == [text]
