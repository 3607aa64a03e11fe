"""The one view every format is drawn from: order, labels, grouping, whose view, fact vs inference."""
from __future__ import annotations

import re
from typing import Any

from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import (
    ANCHOR_QUESTIONS,
    Section,
    SummaryView,
    build_view,
    label,
    labels,
    own_section_keys,
)
from tests.summary.conftest import WELSH_CARER_ANSWERS, WELSH_URGENT_WORDS, outcome_texts

SECTION_ORDER = ["safeguarding", "about", "language", "what_matters", "carer", "strengths", "worries", "people",
                 "communication", "visit_time", "anything_else", "visit"]


def section_of(view: SummaryView, key: str) -> Section:
    """A section the view must have: the test fails here, naming it, when it is missing."""
    found = view.section(key)
    assert found is not None, f"no {key!r} section"
    return found


def test_every_label_has_natural_welsh_and_english():
    data = labels()
    assert all(v["cy"].strip() and v["en"].strip() for v in data.values())
    welsh = " ".join(v["cy"] for v in data.values()).lower()
    for word in ("crynodeb", "ymweliad", "diogelu", "canlyniadau personol", "cryfderau", "pryderon",
                 "gadarnhau", "cadarnhawyd", "cynnig rhagweithiol", "gofalwr", "ymarferydd"):
        assert word in welsh, word  # "cadarnhau" mutates after i'w / wedi'i: "i'w gadarnhau"
    for key, value in data.items():  # placeholders match in both languages
        assert sorted(re.findall(r"{(\w+)}", value["cy"])) == sorted(re.findall(r"{(\w+)}", value["en"])), key


def test_sections_in_the_issue_order_with_urgent_flag_first(welsh_carer_record):
    view = build_view(welsh_carer_record, "cy")
    assert [s.key for s in view.sections] == SECTION_ORDER
    top = view.sections[0]
    assert top.urgent and top.items[0].quote == WELSH_URGENT_WORDS  # urgent first, the concern after it
    assert [g.key for g in top.groups if g.items] == ["urgent", "concerns"]
    flag = top.items[0]
    assert flag.level == "urgent" and flag.time and flag.time_label
    assert flag.whose_view_label == label("whose_carer", "cy")
    inference = flag.inference_label or ""
    assert "hunanladdiad" in inference and "casgliad" in inference  # labelled inference
    assert view.urgent


def test_concerns_sit_at_the_top_after_the_urgent_flags_labelled_as_the_assistants_inference(welsh_carer_record):
    """All risk material in one place at the top (issue 11): a concern is no longer among the worries."""
    view = build_view(welsh_carer_record, "en")
    concerns = [f for f in welsh_carer_record["risk_flags"] if f["level"] == "concern"]
    assert concerns, "the worries answer should raise a concern"
    top = section_of(view, "safeguarding")
    groups = {g.key: g for g in top.groups}
    assert [i.quote for i in groups["concerns"].items] == [f["text"] for f in concerns]
    for item in groups["concerns"].items:
        assert item.source == "flag" and item.level == "concern"
        assert (item.inference_label or "").startswith("Noted by the assistant (an inference")
        assert item.question == "Oes rhywbeth yn eich poeni chi ar hyn o bryd?"  # the question it answered
    # the same words are shown once, at the top, and the worries section says where they went
    assert view.quotes().count(concerns[0]["text"]) == 1
    worries = section_of(view, "worries")
    assert worries.items == ()
    assert [n.key for n in worries.notices] == ["moved_to_safeguarding"]
    assert top.title in worries.notices[0].text


def _own_section_answers(record: dict[str, Any]) -> set[Any]:
    """Answers shown whole in their own section (how to communicate, when to visit): their outcomes are not
    shown again as outcomes."""
    return {a["id"] for a in record["answers"] if a["question_key"] in own_section_keys()}


def test_outcomes_grouped_with_draft_label_and_to_confirm(welsh_carer_record):
    (change,) = [o for o in welsh_carer_record["outcomes"] if o["type"] == "change" and o["about"] == "person"]
    change["to_confirm"] = True  # (the fixture's own unsure draft is the visit time, shown in its own section)
    view = build_view(welsh_carer_record, "en")
    groups = {(s.key, g.key): g for s in view.sections for g in s.groups}
    own = _own_section_answers(welsh_carer_record)
    for outcome in welsh_carer_record["outcomes"]:
        if outcome["answer_id"] in own:  # how to communicate, when to visit: once, in their own section
            assert not [i for g in groups.values() for i in g.items if i.source == "outcome" and i.id == outcome["id"]]
            continue
        section = "carer" if outcome["about"] == "carer" else "what_matters"
        matches = [i for i in groups[(section, outcome["type"])].items if i.id == outcome["id"]]
        assert len(matches) == 1
        item = matches[0]
        assert item.quote == outcome["text"]  # verbatim
        assert item.type_label == f"Assistant's draft: {outcome['type']}"
        assert not any("%" in m for m in item.meta)  # no confidence number beside their words
        assert (item.to_confirm_label == "To confirm at the visit") == outcome["to_confirm"]
        # "Mae Dad eisiau aros yn ei dŷ ei hun" is Dad's wish as the carer passed it on (stop 22); the rest hers
        assert item.whose_view_label == ("The carer's view" if outcome["whose_view"] == "carer"
                                         else "The person's view, as the carer passed it on")
    assert any(o["to_confirm"] for o in welsh_carer_record["outcomes"]), "fixture should have an unsure outcome"
    titles = [g.title for g in section_of(view, "what_matters").groups]
    assert titles[:3] == ["Change", "Keep the same (maintenance)", "How they want to be supported (process)"]


def test_the_carers_own_outcomes_are_kept_apart(welsh_carer_record):
    view = build_view(welsh_carer_record, "cy")
    carer_quotes = [i.quote for i in section_of(view, "carer").items]
    person_quotes = [i.quote for i in section_of(view, "what_matters").items]
    for text in outcome_texts(welsh_carer_record, about="carer"):
        assert text in carer_quotes and text not in person_quotes
    own_section = _own_section_answers(welsh_carer_record)
    for text in outcome_texts(welsh_carer_record, about="person"):
        assert text not in carer_quotes
        shown_here = not any(o["text"] == text and o["answer_id"] in own_section
                             for o in welsh_carer_record["outcomes"])
        assert (text in person_quotes) == shown_here, text
    own = next(t for k, _q, t, _a in WELSH_CARER_ANSWERS if k == "carer_support")
    assert own in carer_quotes  # an answer with no outcome is still shown in full


def test_no_answer_is_ever_left_out_and_words_are_never_translated(welsh_carer_record):
    cy, en = build_view(welsh_carer_record, "cy"), build_view(welsh_carer_record, "en")
    assert cy.quotes() == en.quotes()  # only our labels change with the interface language
    quotes = cy.quotes()
    for answer in welsh_carer_record["answers"]:
        assert answer["text"] in quotes, answer["question_key"]
    for flag in welsh_carer_record["risk_flags"]:
        assert flag["text"] in quotes


def test_active_offer_line_only_when_welsh_is_preferred(welsh_carer_record, english_record):
    cy_notices = [n.key for n in section_of(build_view(welsh_carer_record, "en"), "language").notices]
    en_notices = [n.key for n in section_of(build_view(english_record, "en"), "language").notices]
    assert cy_notices == ["active_offer"] and en_notices == []
    text = section_of(build_view(welsh_carer_record, "en"), "language").notices[0].text
    assert "Active Offer applies" in text and "Welsh-speaking practitioner should visit" in text


def test_who_completed_it_and_when(welsh_carer_record, english_record):
    facts = {f.key: f for f in section_of(build_view(welsh_carer_record, "en"), "about").facts}
    assert facts["completed_by"].value == "A carer, on behalf of someone else"
    assert facts["relationship"].verbatim and facts["relationship"].value == welsh_carer_record["relationship"]
    assert "confirmed_at" in facts and "started_at" in facts
    young = build_view(english_record, "en")
    young_facts = {f.key: f.value for f in section_of(young, "about").facts}
    assert young_facts["completed_by"] == "A young person"
    assert [n.key for n in section_of(young, "about").notices] == ["not_confirmed"]
    assert all(i.whose_view_label == "The young person's view" for i in section_of(young, "what_matters").items)
    assert "carer" not in [s.key for s in young.sections]
    assert section_of(young, "safeguarding").items == () and not young.urgent


def test_anchor_questions_left_for_the_practitioner(welsh_carer_record):
    for lang, needed in (("en", ["What needs to happen?", "How will we know we are making progress?"]),
                         ("cy", ["Beth sydd angen digwydd?", "Sut byddwn ni'n gwybod ein bod ni'n gwneud cynnydd?"])):
        visit = build_view(welsh_carer_record, lang).sections[-1]
        questions = [p.question for p in visit.prompts]
        assert len(questions) == len(ANCHOR_QUESTIONS)
        for q in needed:
            assert q in questions


def test_a_group_chosen_by_the_person_is_no_longer_the_assistants_draft(seeded_db):
    record = load_record("web-yp-1")
    assert record is not None
    outcome = record["outcomes"][0]
    repository.change_outcome_type("web-yp-1", outcome["id"], "process", corrected_by="person")
    changed = load_record("web-yp-1")
    assert changed is not None
    view = build_view(changed, "en")
    item = next(i for i in section_of(view, "what_matters").items if i.id == outcome["id"])
    assert item.type == "process" and item.type_label == "Group: process (the person's choice)"
    assert not item.to_confirm


def test_an_unknown_question_is_shown_not_lost(welsh_carer_record):
    record = dict(welsh_carer_record)
    record["answers"] = record["answers"] + [{
        "id": 999, "question_key": "new_question", "question": "?", "text": "Rhywbeth newydd ŵ", "language": "cy",
        "whose_view": "carer", "about": "person", "time": None}]
    assert "Rhywbeth newydd ŵ" in [i.quote for i in section_of(build_view(record, "cy"), "anything_else").items]


def test_interface_language_falls_back_to_welsh(welsh_carer_record):
    assert build_view(welsh_carer_record, "fr").language == "cy"
    assert build_view(welsh_carer_record, None).title == "Crynodeb cyn yr ymweliad"
