"""Stop 41 (out41): what the practitioner reads of stop 40's re-trial outcome findings, through the conversation core,
in both languages (Welsh north, south and text-speak where it matters).

AV2: a young person's "ma plant yn ysgol yn pigo arna i, galw enwe ar snapchat bob nos" (being picked on) at "what is
going well?" was listed under Strengths. Being picked on is a worry: shown as said, apart, never as a strength (and
when it is flagged, at the top only); said at another question it is never a keep nor a change.
AV5: "Gareth thinks he should go into a home… I don't agree with Gareth" was missing from "Different views side by
side": someone named's view and the speaker's disagreeing with them outright are shown there, each with whose it is.
AV3: burst pieces "galw enwe", "bob nos" were read back as a keep and a change: a piece of under three words that only
says when, how often or where, or the harm told just before, is never an outcome on its own; its words are kept.
"""
from __future__ import annotations

import itertools
import json
import re
from typing import Any

import jsonschema
import pytest

from bot.analysis import analyse
from bot.analysis.outcomes import only_says_when_or_the_harm, views_set_against_someone_named
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.conversation.memory import MemoryConversation, at_question, started_with_record, stored_outcomes

_senders = itertools.count(1)

#: AV2's words and twins: being picked on, said at "what is going well?".
PICKED_ON = [
    ("cy", "ma plant yn ysgol yn pigo arna i, galw enwe ar snapchat bob nos"),  # south, text-speak
    ("cy", "mae plant yn yr ysgol yn pigo arna i a galw enwau arna i ar snapchat bob nos"),  # standard, north
    ("en", "the kids at school pick on me, calling me names on snapchat every night"),
]
STRENGTH = {"cy": "dw i'n dda am chwarae pêl-droed", "en": "im good at football"}


def _young_person_at(language: str, slot: str) -> MemoryConversation:
    return at_question(f"mem-out41s-{language}-{next(_senders)}", language, slot, role="young_person", name="Osian",
                       what_matters="pêl-droed" if language == "cy" else "football")


def _record_after(conversation: MemoryConversation) -> dict[str, Any]:
    while conversation.requested not in ("q_anything_else", None):
        assert not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    repository.ensure_conversation(conversation.sender_id, channel="memory")
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _strengths_quotes(record: dict[str, Any], ui: str) -> tuple[list[str], list[str]]:
    """(the strengths listed, everything else the Strengths section shows)."""
    view = build_view(record, ui)
    section = view.section("strengths")
    assert section is not None
    listed = [i.quote for g in section.groups if g.key == "items" for i in g.items]
    apart = [i.quote for g in section.groups if g.key != "items" for i in g.items]
    return listed, apart


@pytest.mark.parametrize("language, said", PICKED_ON)
def test_being_picked_on_is_never_listed_as_a_strength(sqlite_url: str, language: str, said: str) -> None:
    conversation = _young_person_at(language, "q_strengths")
    conversation.say(said)
    record = _record_after(conversation)
    flagged = [f for f in record["risk_flags"] if f["text"] == said]
    listed, apart = _strengths_quotes(record, language)
    assert not [q for q in listed if q and q in said]  # never a strength
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, language)))
    if flagged:  # read as risk: in the safeguarding section only
        assert md.count(said) == 1
    else:  # shown as said, apart, read as a worry
        assert [q for q in apart if q and said in q]
        assert said in md


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_strength_is_still_a_strength(sqlite_url: str, language: str) -> None:
    conversation = _young_person_at(language, "q_strengths")
    conversation.say(STRENGTH[language])
    listed, apart = _strengths_quotes(_record_after(conversation), language)
    assert [q for q in listed if q and STRENGTH[language] in q] and not apart


#: Being picked on said at "what do you want to keep?": its words are never a keep; a wish about it is a change.
PICKED_ON_WISH = {"cy": "isio iddyn nhw stopio galw enwe arna i", "en": "i want them to stop calling me names"}


@pytest.mark.parametrize("language, said", PICKED_ON)
def test_being_picked_on_is_never_a_keep(sqlite_url: str, language: str, said: str) -> None:
    assert not [o for o in analyse(said, "maintenance").outcomes if "enw" in o.text or "names" in o.text]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_that_it_stops_is_still_an_outcome(sqlite_url: str, language: str) -> None:
    assert [o.text for o in analyse(PICKED_ON_WISH[language], "change").outcomes] == [PICKED_ON_WISH[language]]


#: AV3's burst pieces and twins: under three words, only qualifying the answer before.
QUALIFIERS = [("cy", "galw enwe"), ("cy", "bob nos"), ("cy", "ar snapchat"), ("cy", "weithia"), ("cy", "galw enwau"),
              ("en", "calling me names"), ("en", "every night"), ("en", "on snapchat"), ("en", "sometimes")]
#: Short pieces that are answers of their own.
OWN_ANSWERS = [("cy", "tecst"), ("en", "text"), ("cy", "nofio"), ("cy", "fy nghi"), ("cy", "mwy o nosweithiau allan"), ("en", "swimming"),
               ("en", "my dog"), ("en", "more nights out")]


@pytest.mark.parametrize("language, piece", QUALIFIERS)
def test_a_short_qualifying_piece_is_never_an_outcome(sqlite_url: str, language: str, piece: str) -> None:
    assert only_says_when_or_the_harm(piece)
    conversation = _young_person_at(language, "q_keep")
    conversation.say(piece)
    assert not [o for o in stored_outcomes(conversation) if o[0] == piece]
    assert piece in repository.answer_texts(conversation.sender_id)  # the words are kept, as typed


@pytest.mark.parametrize("language, piece", OWN_ANSWERS)
def test_a_short_answer_of_its_own_still_is_one(language: str, piece: str) -> None:
    assert not only_says_when_or_the_harm(piece)


#: AV5: a carer's words (the trial's, and Welsh twins), someone named's view and the carer disagreeing outright.
NAMED_AND_DISAGREED = {
    "en": ("Gareth thinks he should go into a home… I don't agree with Gareth, he wants to stay here with me.",
           "Gareth thinks he should go into a home…", "I don't agree with Gareth, he wants to stay here with me."),
    "cy": ("Ma Gareth yn meddwl dylse fe fynd i gartre… Sai'n cytuno 'da Gareth, mae e moyn aros fan hyn gyda fi.",
           "Ma Gareth yn meddwl dylse fe fynd i gartre…", "Sai'n cytuno 'da Gareth, mae e moyn aros fan hyn gyda fi."),
    "cy_north": ("Mae Gareth yn meddwl y dylai o fynd i gartref. Dw i ddim yn cytuno efo Gareth.",
                 "Mae Gareth yn meddwl y dylai o fynd i gartref.", "Dw i ddim yn cytuno efo Gareth."),
}


def _carer_at_what_matters(language: str) -> MemoryConversation:
    conversation = started_with_record(f"mem-out41v-{language}-{next(_senders)}", language, role="carer",
                                       name="Rhian")
    repository.update_conversation(conversation.sender_id, cared_for_name="Dai")
    conversation.slots.update({"cared_for_name": "Dai", "relationship": "gŵr" if language == "cy" else "husband"})
    conversation._ask_next()
    assert conversation.requested == "q_what_matters"
    return conversation


@pytest.mark.parametrize("case", list(NAMED_AND_DISAGREED))
def test_someone_named_and_the_carer_disagreeing_are_side_by_side(sqlite_url: str, case: str) -> None:
    language = case[:2]
    said, theirs, own = NAMED_AND_DISAGREED[case]
    conversation = _carer_at_what_matters(language)
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("what_matters")
        assert section is not None
        (views,) = [g for g in section.groups if g.key == "views"]
        quotes = [(i.quote, i.whose_view_label) for i in views.items if i.source == "view"]
        assert (theirs, label("named_view", interface, name="Gareth")) in quotes
        assert own in [q for q, _ in quotes]
    assert "whose-name" in json.dumps(to_fhir(record))


def test_agreeing_or_no_one_named_is_no_view_set_against() -> None:
    assert views_set_against_someone_named("Gareth thinks he should go into a home. I agree with Gareth.") == []
    assert views_set_against_someone_named("Ma Gareth yn meddwl dylse fe fynd i gartre. Fi'n cytuno 'da Gareth.") == []
    assert views_set_against_someone_named("I don't agree with Gareth.") == []


#: AV1: a 14-year-old's disclosure (the trial's south-Walian text-speak, and twins), then her safe time at the visit
#: question: "dim pan ma Darren gatre" (not when Darren's home) is how to contact her safely, at the top.
DARREN = {
    "cy": ("sori. ma Darren yn gafael yn braich fi'n rhy galed weithie pan ma mam mas. eniwe", "dim pan ma Darren gatre"),
    "cy_north": ("sori. mae Darren yn gafael yn fy mraich i'n rhy galed weithia pan mae mam allan", "dim pan mae Darren "
                                                                                                     "gartre"),
    "en": ("sorry. Darren grabs my arm too hard sometimes when mum is out. anyway", "not when Darren's home"),
}


@pytest.mark.parametrize("case", list(DARREN))
def test_a_safe_time_beside_a_disclosure_is_in_the_risk_section(sqlite_url: str, case: str) -> None:
    language = case[:2]
    disclosure, safe_time = DARREN[case]
    conversation = _young_person_at(language, "q_worries")
    conversation.say(disclosure)
    conversation.say("dwi'n iawn, carry on" if language == "cy" else "im ok, carry on")
    while conversation.requested != "q_visit_time":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(safe_time)
    record = load_record(conversation.sender_id)
    assert record is not None
    for interface in ("cy", "en"):
        view = build_view(record, interface)
        top = view.sections[0]
        assert top.key == "safeguarding"
        assert any(safe_time in (i.quote or "") for i in top.items) or any(safe_time in f.value for f in top.facts)
