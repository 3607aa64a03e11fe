"""The question table, the message catalogue and the summary labels agree; the form follows the table."""
from __future__ import annotations

from bot import messages
from bot.analysis.types import OUTCOME_TYPES
from bot.conversation import answers
from bot.conversation.questions import (
    ABOUT_YOU_SLOTS,
    CARERS_OWN,
    OUTCOME_SECTIONS,
    QUESTIONS,
    READBACK_SLOTS,
    question_for,
)
from bot.summary.view import labels


def test_every_question_has_wording_in_welsh_and_english_for_everyone_it_is_asked_of() -> None:
    catalogue = messages.catalogue()
    for question in QUESTIONS:
        entry = catalogue.get(question.slot)
        assert entry is not None, f"no wording for {question.slot}"
        for variant in ("cy_chi", "cy_ti", "en"):
            assert entry.get(variant), f"{question.slot}: no {variant}"
        assert ("cy_carer" in entry) == ("en_carer" in entry), f"{question.slot}: a carer's wording in one language only"
        assert any(b.get("payload") == "/skip" for b in entry.get("buttons") or []) or question.offers_nothing_more
    if any(q.asks_why for q in QUESTIONS):
        assert "why" in catalogue


def test_every_summary_section_has_a_title_in_both_languages() -> None:
    for question in QUESTIONS:
        if question.section not in OUTCOME_SECTIONS:
            label = labels().get("sec_" + question.section)
            assert label and label["cy"] and label["en"], question.section


def test_the_table_is_well_formed() -> None:
    slots = [q.slot for q in QUESTIONS]
    assert len(slots) == len(set(slots)) and all(s.startswith("q_") for s in slots)
    assert not set(slots) & set(ABOUT_YOU_SLOTS + READBACK_SLOTS)
    for question in QUESTIONS:
        assert question.outcome_prior in (*OUTCOME_TYPES, None)
        assert question_for(question.slot) is question_for(question.key) is question
        if question.why_slot:
            assert question_for(question.why_slot) is question
            assert question.holds_outcomes, f"{question.slot}: a 'why' is asked to find the outcome behind a service"


def test_the_form_asks_a_carer_their_own_questions_and_nobody_else() -> None:
    person = {"consent_choice": "yes", "role": "person"}
    carer = {"consent_choice": "yes", "role": "carer"}
    own = [q.slot for q in QUESTIONS if q.asked_of == CARERS_OWN]
    assert own
    person_slots = answers.required_slots(person.get)
    carer_slots = answers.required_slots(carer.get)
    assert not set(own) & set(person_slots)
    assert set(own) <= set(carer_slots)
    assert person_slots[:3] == ["consent_choice", "role", "name"]
    assert carer_slots[3:5] == ["cared_for_name", "relationship"]
    assert answers.required_slots({"consent_choice": "no"}.get) == ["consent_choice"]
    # The questions come in the table's order, then the read-back.
    assert [s for s in person_slots if s.startswith("q_")] == [q.slot for q in QUESTIONS if q.asked_of != CARERS_OWN]
    assert person_slots[-1] == "readback"


def test_a_why_is_asked_only_after_a_service_named_without_a_reason() -> None:
    state = {"consent_choice": "yes", "role": "person", "q_change": "a referral to the day centre",
             "q_keep": "seeing my grandchildren on Sundays"}
    slots = answers.required_slots(state.get)
    assert slots.index("why_change") == slots.index("q_change") + 1
    assert "why_keep" not in slots
