"""The one table of the what-matters questions, and everything derived from it.

Adding a question is one `Question` row here plus its wording in both languages
(bot/messages/questions.yml, and a `sec_<section>` label in bot/summary/labels.yml
for a new summary section). The form's order, Rasa's domain
(`whatmatters train` writes bot/domain/what_matters_form.yml), the summary's
sections and the outcome sorter's prior are all read from this table, and
tests/conversation/test_question_table.py checks that they agree.

This module imports nothing from the project, so anything may read it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

AskedOf = Literal["about_the_person", "carers_own"]
OutcomeType = Literal["change", "maintenance", "process"]

#: Asked of whoever is talking: the person, a young person, or a carer about the person they care for.
ABOUT_THE_PERSON: Final = "about_the_person"
#: Asked of a carer only, about their own life (kept apart in the summary).
CARERS_OWN: Final = "carers_own"


@dataclass(frozen=True)
class Question:
    """One question of the conversation, in the order it is asked."""

    slot: str  # the form slot and catalogue key, "q_" + key
    asked_of: AskedOf
    #: May the answer hold personal outcomes? (strengths, worries... are kept as answers only)
    holds_outcomes: bool
    #: Ask once "what difference would that make?" when the answer names a service without a reason
    #: (Friend not foe, Principle 7).
    asks_why: bool
    #: The summary section its answers appear in (bot/summary/view.py; title label "sec_<section>").
    section: str
    #: The outcome type the question leans towards: weak evidence for the sorter (bot.analysis.outcomes).
    outcome_prior: OutcomeType | None = None
    #: Offers a "Nothing else" button whose choice is kept as "nothing to add".
    offers_nothing_more: bool = False
    #: A disclosure given as its answer answers it in full, so it is not asked again after "carry on" (stop-19 trial:
    #: "Is anything worrying you?" asked again put his list of people under his worries: "i just said lol"). Every
    #: other question is asked again, so no wish or visit time is lost to a disclosure.
    answered_by_a_disclosure: bool = False
    #: A harm told alone is never its answer: what is going well, to keep or to change (BA5, stop 46 trial: Cai's
    #: "ma cariad mam yn bwrw fi pan mae e'n feddw" at the change question, "my stepdad hits me" at what is going well,
    #: filled them, and they were never asked again). Such a disclosure answers it only beside words of their own that
    #: tell no harm (stop-21 trial U9: a wife's long good day with one line of harm in it is not asked for again).
    harm_alone_no_answer: bool = False

    @property
    def key(self) -> str:
        """The storage key of its answers: q_change -> change."""
        return self.slot[2:]

    @property
    def why_slot(self) -> str | None:
        return "why_" + self.key if self.asks_why else None


QUESTIONS: tuple[Question, ...] = (
    Question("q_what_matters", ABOUT_THE_PERSON, True, True, "what_matters"),
    Question("q_strengths", ABOUT_THE_PERSON, False, False, "strengths", harm_alone_no_answer=True),
    Question("q_keep", ABOUT_THE_PERSON, True, True, "what_matters", "maintenance", harm_alone_no_answer=True),
    Question("q_change", ABOUT_THE_PERSON, True, True, "what_matters", "change", harm_alone_no_answer=True),
    Question("q_support", ABOUT_THE_PERSON, True, True, "what_matters", "process"),
    # A wish said outright at "is anything worrying you?" ("I'd like an afternoon a week to myself, go to the bowls
    # club": trial 35 AK5) is most often for something new: the sorter leans to change there.
    Question("q_worries", ABOUT_THE_PERSON, False, False, "worries", "change", answered_by_a_disclosure=True),
    Question("q_people", ABOUT_THE_PERSON, False, False, "people"),
    Question("q_communication", ABOUT_THE_PERSON, True, False, "communication", "process"),
    Question("q_visit_time", ABOUT_THE_PERSON, True, False, "visit_time", "process"),
    Question("q_carer_own", CARERS_OWN, True, True, "carer"),
    # What a carer asks for themselves (a break, a sitter) is a change in their own life.
    Question("q_carer_support", CARERS_OWN, True, True, "carer", "change"),
    Question("q_anything_else", ABOUT_THE_PERSON, True, False, "anything_else", offers_nothing_more=True),
)

#: Summary sections drawn with the outcome groups (every other section lists its answers).
OUTCOME_SECTIONS = ("what_matters", "carer")

#: Before the questions: consent, who is talking and their names (bot.conversation.about_you).
ABOUT_YOU_SLOTS = ("consent_choice", "role", "name", "cared_for_name", "relationship")
#: After the questions: the read-back (bot.conversation.readback).
READBACK_SLOTS = ("readback", "readback_item", "readback_action", "readback_text")


def question_slots() -> list[str]:
    return [q.slot for q in QUESTIONS]


def why_slots() -> list[str]:
    return [q.why_slot for q in QUESTIONS if q.why_slot]


def asked_slots() -> list[str]:
    """Every slot the form can ask, in the domain's order."""
    return list(ABOUT_YOU_SLOTS) + question_slots() + why_slots() + list(READBACK_SLOTS)


def form_order() -> list[str]:
    """Every slot the form can ask, in the order it asks them (each "why" after its question)."""
    out = list(ABOUT_YOU_SLOTS)
    for q in QUESTIONS:
        out.append(q.slot)
        if q.why_slot:
            out.append(q.why_slot)
    return out + list(READBACK_SLOTS)


def question_for(slot_or_key: str) -> Question | None:
    """The question a slot ("q_keep", "why_keep") or storage key ("keep", "why_keep") belongs to."""
    name = slot_or_key
    for prefix in ("why_", "q_"):
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    return next((q for q in QUESTIONS if q.key == name), None)


def answered_by_a_disclosure(slot: str) -> bool:
    """Whether a disclosure given in answer to this slot's question answers it in full (never a "why")."""
    question = question_for(slot)
    return slot.startswith("q_") and question is not None and question.answered_by_a_disclosure


def harm_alone_no_answer(slot: str) -> bool:
    """Whether a disclosure that tells only the harm leaves this slot's question unanswered (BA5; never a "why")."""
    question = question_for(slot)
    return slot.startswith("q_") and question is not None and question.harm_alone_no_answer


def section_keys() -> dict[str, tuple[str, ...]]:
    """Summary section -> the storage keys of the answers shown in it, in table order."""
    out: dict[str, tuple[str, ...]] = {}
    for q in QUESTIONS:
        out[q.section] = (*out.get(q.section, ()), q.key)
    return out
