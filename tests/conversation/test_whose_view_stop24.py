"""Whose view (issue 11, stop 24), played through the conversation core (no Rasa), the real repository, the summary's
view, the JSON schema and the FHIR export, each in Welsh and English:

- a support worker answering for the person (stop-23 trial W15): their answers and outcomes are "a support worker's or
  other professional's view", not the carer's or the person's; a relative who is also a nurse is still a carer;
- the read-back says whose view each item is when the person's view (passed on) and the speaker's own are both there
  (stop-23 trial W10), and says nothing of views when there is one;
- one wish said in Welsh and again in English (stop-23 trial W20) is shown once with both quotes verbatim under it;
- a young person who says at any question that they look after a parent is noted as a young carer.
"""
from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.record import looks_after_family
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.conversation.memory import MemoryConversation, at_question, started


def _stored(sender: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(question key, words, whose view) of every answer; (words, whose view) of every outcome."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        answers = [(a.question_key, a.text, a.whose_view) for a in conv.answers]
        outcomes = [(o.text, o.whose_view) for a in conv.answers for o in a.outcomes]
        return answers, outcomes


def _answer_until(conversation: MemoryConversation, slot: str, answers: dict[str, str]) -> None:
    """Answer the questions named in `answers` with their words and skip the rest, until `slot` is asked."""
    while conversation.requested != slot:
        asked = conversation.requested
        assert asked is not None and not asked.startswith("readback"), f"{slot} was never asked"
        if asked in answers:
            conversation.say(answers[asked])
        else:
            conversation.say("/skip", intent="skip")


# --- a support worker answering for the person -----------------------------------------------------------------

SUPPORT_WORKER = {
    "en": {"role": "I'm Dewi's support worker, filling this in with him",
           "relationship": "I'm his support worker",
           "q_what_matters": "He wants to get a job in the garden centre. I think he needs help with the bus first."},
    "cy": {"role": "Fi yw gweithiwr cymorth Dewi, dw i'n llenwi hwn gyda fe",
           "relationship": "Ei weithiwr cymorth e",
           "q_what_matters": "Mae e moyn swydd yn y garden centre. Dw i'n credu bod angen help arno fe gyda'r bws gyntaf."},
}


FAMILY_ROLE = {"en": "I look after Dewi, filling this in with him", "cy": "Dw i'n gofalu am Dewi, dw i'n llenwi hwn gyda fe"}


def _support_worker(language: str, sender: str, relationship: str | None = None) -> MemoryConversation:
    words = SUPPORT_WORKER[language]
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("yes" if language == "en" else "ie")
    assert conversation.requested == "role"
    # Who they are to him said later (a relative who is also a nurse): "support worker" is not said first, as it is
    # taken as their relationship then (stop-25, T12) and the question is not asked.
    conversation.say(words["role"] if relationship is None else FAMILY_ROLE[language])
    assert conversation.slots["completed_by"] == "carer"
    _answer_until(conversation, "q_what_matters", {"name": "Sian", "cared_for_name": "Dewi",
                                                   "relationship": relationship or words["relationship"]})
    conversation.say(words["q_what_matters"])
    return conversation


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_workers_words_are_a_professionals_view(sqlite_url: str, language: str) -> None:
    sender = f"support-worker-{language}"
    _support_worker(language, sender)
    answers, outcomes = _stored(sender)
    what_matters = [(text, whose) for key, text, whose in answers if key == "what_matters"]
    assert what_matters == [(SUPPORT_WORKER[language]["q_what_matters"], "professional")]
    assert outcomes and {whose for _text, whose in outcomes} <= {"professional", "person"}
    assert "carer" not in {whose for _text, whose in outcomes}
    assert any(whose == "professional" for _text, whose in outcomes), outcomes

    record = load_record(sender)
    assert record is not None
    jsonschema.validate(record, SUMMARY_SCHEMA)
    for interface in ("cy", "en"):
        shown = render.render_markdown(record, interface)
        assert label("whose_professional", interface) in shown
        assert label("whose_carer", interface) not in shown
    bundle = to_fhir(record)
    codes = {ext["valueCode"] for entry in bundle["entry"] for ext in entry["resource"].get("extension", [])
             if ext.get("url", "").endswith("/whose-view")}
    assert "professional" in codes and "carer" not in codes


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_worker_naming_people_and_a_language_is_said_to_be_one(sqlite_url: str, language: str) -> None:
    """Who named the people and the language in the summary's other sections says so too (no "the carer")."""
    sender = f"support-worker-named-{language}"
    conversation = _support_worker(language, sender)
    people = ("He wants to keep his job. Mr Price from the chapel visits him every week." if language == "en"
              else "Mae e moyn cadw ei swydd. Mae Mr Price o'r capel yn galw bob wythnos.")
    speaks = "Welsh please, he speaks Welsh at home" if language == "en" else "Cymraeg plis, mae e'n siarad Cymraeg adre"
    _answer_until(conversation, "readback", {"q_keep": people, "q_communication": speaks})
    record = load_record(sender)
    assert record is not None
    for interface in ("cy", "en"):
        about_language = build_view(record, interface).section("language")
        assert about_language is not None
        said = [f.label for f in about_language.facts if f.key == "language_words"]
        professional = (label("language_words_professional", interface),
                        label("language_words_elsewhere_professional", interface, question="").split("“")[0])
        assert said and all(words.startswith(professional) for words in said), said
        named = [f.label for s in build_view(record, interface).sections for f in s.facts if f.key == "people_named"]
        assert named and all(words.startswith(label("people_named_professional", interface, question="").split("“")[0])
                             for words in named), named


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_daughter_who_is_a_nurse_is_still_a_carer(sqlite_url: str, language: str) -> None:
    sender = f"daughter-nurse-{language}"
    relationship = "I'm his daughter, I'm a nurse as it happens" if language == "en" else "Fi yw ei ferch e, dw i'n nyrs"
    _support_worker(language, sender, relationship=relationship)
    answers, _outcomes = _stored(sender)
    assert [whose for key, _text, whose in answers if key == "what_matters"] == ["carer"]


# --- the read-back says whose view each item is when both are there ---------------------------------------------

BOTH_VIEWS = {
    "en": ("Mair says she wants to stay at home with the dog, but I think she needs someone to call in every morning",
           "(as Mair sees it)", "(as you see it)"),
    "cy": ("Mae Mair yn deud ei bod hi isio aros adra efo'r ci, ond dw i'n meddwl bod angen rhywun i alw bob bore",
           "(barn Mair)", "(eich barn chi)"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_readback_says_whose_view_each_is_when_both_are_there(sqlite_url: str, language: str) -> None:
    words, theirs, yours = BOTH_VIEWS[language]
    conversation = started(f"both-views-{language}", language, role="carer", name="Sian")
    _answer_until(conversation, "readback", {"cared_for_name": "Mair", "relationship": "daughter",
                                             "q_what_matters": words})
    listing = conversation.text
    _answers, outcomes = _stored(conversation.sender_id)
    assert {whose for _text, whose in outcomes} == {"person", "carer"}, outcomes
    for text, whose in outcomes:
        line = next(line for line in listing.splitlines() if f"“{text}”" in line)
        assert line.endswith(theirs if whose == "person" else yours), line


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_readback_says_nothing_of_views_when_there_is_one(sqlite_url: str, language: str) -> None:
    _words, theirs, yours = BOTH_VIEWS[language]
    own = "I want Mair to stay at home with the dog" if language == "en" else "Dw i isio i Mair aros adra efo'r ci"
    conversation = started(f"one-view-{language}", language, role="carer", name="Sian")
    _answer_until(conversation, "readback", {"cared_for_name": "Mair", "relationship": "daughter",
                                             "q_what_matters": own})
    listing = conversation.text
    assert own in listing
    assert theirs not in listing and yours not in listing


# --- one wish said in each language -------------------------------------------------------------------------------

TWICE = {
    # (chat language, first said, said again in the other language, a different wish in the other language)
    "cy": ("dw i isio mynd nôl i'r capel", "I want to get back to chapel", "I want to stop going to chapel"),
    "en": ("I want to get back to chapel", "dw i isio mynd nôl i'r capel", "dw i isio stopio mynd i'r capel"),
}


def _said_twice(language: str, sender: str, again: str) -> dict[str, Any]:
    first, _same, _other = TWICE[language]
    conversation = at_question(sender, language, "q_keep", what_matters=first)
    conversation.say(again)
    record = load_record(sender)
    assert record is not None
    return record


@pytest.mark.parametrize("language", ["cy", "en"])
def test_one_wish_in_two_languages_is_shown_once_with_both_quotes(sqlite_url: str, language: str) -> None:
    first, again, _other = TWICE[language]
    record = _said_twice(language, f"twice-{language}", again)
    assert sorted(o["text"] for o in record["outcomes"]) == sorted([first, again])  # the record keeps both
    for interface in ("cy", "en"):
        view = build_view(record, interface)
        items = [i for s in view.sections for i in s.items if i.source == "outcome"]
        shown = [i for i in items if i.quote in (first, again)]
        assert [i.quote for i in shown] == [first]  # once, where first said
        under = [(f.value, f.language) for f in shown[0].follow_up if f.verbatim]
        assert under == [(again, "en" if language == "cy" else "cy")]
        assert shown[0].follow_up_title == label("same_wish_title", interface)
        text = render.render_markdown(record, interface)
        assert text.count(f"“{first}”") == 1 and text.count(f"“{again}”") == 1
        assert label("same_wish_title", interface) in text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_different_wish_in_the_other_language_stays_its_own(sqlite_url: str, language: str) -> None:
    first, _again, other = TWICE[language]
    record = _said_twice(language, f"not-twice-{language}", other)
    view = build_view(record, language)
    items = [i for s in view.sections for g in s.groups for i in g.items if i.source == "outcome"]
    assert {first, other} <= {i.quote for i in items}
    assert not [f for i in items for f in i.follow_up]


# --- a young person who looks after a parent -----------------------------------------------------------------------

LOOKS_AFTER = {
    "en": "I look after mum most nights so I cant really go out. I want to go to football on Saturdays",
    "cy": "dwi'n edrych ar ôl mam rhan fwya o nosweithia felly dwi'm yn cael mynd allan. dwi isio mynd i ffwtbol ar ddydd Sadwrn",
}
SENTENCE = {"en": "I look after mum most nights so I cant really go out.",
            "cy": "dwi'n edrych ar ôl mam rhan fwya o nosweithia felly dwi'm yn cael mynd allan."}


def _young_person(sender: str, language: str, what_matters: str) -> None:
    """A 15-year-old's conversation from its start, what matters answered with `what_matters`."""
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("yes" if language == "en" else "ie")
    conversation.say("I'm 15" if language == "en" else "Dw i'n 15 oed")
    assert conversation.slots["completed_by"] == "young_person"
    _answer_until(conversation, "q_what_matters", {"name": "Cai"})
    conversation.say(what_matters)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_young_person_who_looks_after_mum_is_noted_as_a_young_carer(sqlite_url: str, language: str) -> None:
    sender = f"young-carer-later-{language}"
    _young_person(sender, language, LOOKS_AFTER[language])
    record = load_record(sender)
    assert record is not None
    said = next(a for a in record["answers"] if a["text"] == LOOKS_AFTER[language])
    assert record["young_carer_answer_id"] == said["id"]
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        facts = {f.key: f for f in about.facts}
        assert facts["completed_by"].value == label("completed_young_carer", interface)
        assert facts["young_carer_words"].value == SENTENCE[language] and facts["young_carer_words"].verbatim
        assert [n.text for n in about.notices if n.key == "young_carer"] == [label("young_carer_notice_said", interface)]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_young_person_looked_after_by_mum_is_no_young_carer(sqlite_url: str, language: str) -> None:
    words = {"en": "mum looks after me and I want to keep going to football",
             "cy": "mae mam yn edrych ar fy ôl i a dwi isio dal i fynd i ffwtbol"}[language]
    sender = f"not-young-carer-{language}"
    _young_person(sender, language, words)
    record = load_record(sender)
    assert record is not None and record["young_carer_answer_id"] is None


@pytest.mark.parametrize("sentence", [
    "I look after mum", "dwi'n edrych ar ôl mam", "fi sy'n gofalu am dad", "i help look after my little brother",
    "I'm a young carer", "dw i'n ofalwr ifanc", "I care for my dad after school", "Dw i'n gofalu am fy mrawd bach",
])
def test_looking_after_a_relative_in_their_words(sentence: str) -> None:
    assert looks_after_family(sentence)


@pytest.mark.parametrize("sentence", [
    "mum looks after me", "I don't look after anyone", "dwi ddim yn gofalu am neb", "I want to go out with my mum",
    "I look after the dog", "mae mam yn gofalu amdana i",
])
def test_not_looking_after_a_relative(sentence: str) -> None:
    assert not looks_after_family(sentence)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_worker_is_not_asked_about_their_own_life(sqlite_url: str, language: str) -> None:
    """Stop-24 trial T7: 'I'm his support worker, I work for Cartrefi Cymru' then got 'about you - what matters to you
    matters too' and the carer's own questions ('ha, I'm paid staff... this isn't really about me. skip'). A family
    carer still is asked (the daughter who is a nurse: below)."""
    conversation = _support_worker(language, f"support-worker-own-{language}")
    _answer_until(conversation, "q_anything_else", {})
    assert "q_carer_own" not in conversation.asked and "q_carer_support" not in conversation.asked


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_daughter_who_is_a_nurse_is_asked_about_her_own_life(sqlite_url: str, language: str) -> None:
    relationship = {"en": "I'm his daughter, I'm a nurse as it happens", "cy": "Fi yw ei ferch e, dw i'n nyrs hefyd"}
    conversation = _support_worker(language, f"daughter-nurse-own-{language}", relationship[language])
    _answer_until(conversation, "q_carer_own", {})
