"""Tenth user trial (stop 32) AE5: a carer's "Ma hi'n gweud bod hi'n iawn ond sa i'n credu bod hi" was labelled only
"The carer's view". What the person says, as the carer passes it on, is shown as the person's view (as the carer
passed it on) beside the carer's own view, in the summary's "Different views side by side" (the web page, the PDF and
the markdown draw the one view) and in the JSON record. Through the conversation core, SQLite and the summary; the
trial's words (fictional people) and twins.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

from bot.analysis.outcomes import views_passed_on
from bot.storage import repository
from bot.summary import load_record
from bot.summary.fhir import EXT_VIEW_PASSED_ON, EXT_WHOSE_VIEW, to_fhir
from bot.summary.render import render_markdown, render_pdf
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.conversation.memory import MemoryConversation, started_with_record
from tests.summary.test_summary_pdf import pdf_text, squash


def _sender(*parts: object) -> str:
    return "mem-f32c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _carer(sender_id: str, language: str, cared_for: str) -> MemoryConversation:
    conversation = started_with_record(sender_id, language, role="carer", name="Rhian")
    repository.update_conversation(sender_id, cared_for_name=cared_for)
    conversation.slots.update({"cared_for_name": cared_for, "relationship": "Mam"})
    conversation._ask_next()
    assert conversation.requested == "q_what_matters"
    return conversation


#: The trial's answer (south Welsh), a north Welsh twin and an English twin: what she says, and the carer's own view.
GOOD_DAY = {
    "cy": "Wel ma hi'n gweud bod hi'n iawn ond sa i'n credu bod hi. Diwrnod da iddi hi yw cal mynd lawr i'r capel ar "
          "fore Sul, cal cinio dydd Sul gyda'r wyrion, a gwylio'r rygbi ar y teli.",
    "cy_north": "Mae o'n deud bod o'n iawn ond dwi'm yn meddwl bod o. Diwrnod da iddo fo ydi mynd i'r capel ar fore "
                "Sul a chinio efo'r wyrion.",
    "en": "Well she says she's fine but I don't think she is. A good day for her is going down to chapel on a Sunday "
          "morning and Sunday dinner with the grandchildren.",
    "en_keeps": "He keeps saying he doesn't need help, but he can't get up the stairs any more. A good day is his "
                "paper and the snooker.",
}
THEIRS = {"cy": "ma hi'n gweud bod hi'n iawn", "cy_north": "Mae o'n deud bod o'n iawn",
          "en": "she says she's fine", "en_keeps": "He keeps saying he doesn't need help"}
OWN = {"cy": "sa i'n credu bod hi.", "cy_north": "dwi'm yn meddwl bod o.", "en": "I don't think she is.",
       "en_keeps": "he can't get up the stairs any more."}


@pytest.mark.parametrize("case", list(GOOD_DAY))
def test_what_she_says_is_her_view_beside_the_carers(sqlite_url: str, tmp_path: Path, case: str) -> None:
    language = case[:2]
    conversation = _carer(_sender("ae5", case), language, "Eirlys")
    conversation.say(GOOD_DAY[case])
    record = load_record(conversation.sender_id)
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["question_key"] == "what_matters"]
    assert answer["whose_view"] == "carer"
    assert answer["views_passed_on"] == [{"their_words": THEIRS[case], "own_view": OWN[case]}]
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("what_matters")
        assert section is not None
        (views,) = [g for g in section.groups if g.key == "views"]
        quotes = [(i.quote, i.meta) for i in views.items if i.source == "view"]
        # hers first, as the carer passed it on, then the carer's own, each saying whose view it is
        assert quotes == [(THEIRS[case], (label("whose_person_reported", interface),)),
                          (OWN[case], (label("whose_carer", interface),))]
        assert views.items[[i.quote for i in views.items].index(THEIRS[case])].question == answer["question"]
        markdown = render_markdown(record, interface)
        assert THEIRS[case] in markdown and label("whose_person_reported", interface) in markdown
    pdf = squash(pdf_text(render_pdf(record, "en"), tmp_path))
    assert squash(THEIRS[case]) in pdf and squash(label("whose_person_reported", "en")) in pdf


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_persons_own_answer_keeps_no_such_view(sqlite_url: str, language: str) -> None:
    """"Mum says I'm fine but I don't think I am" from the person themselves: their own view throughout (it is the
    carer who passes on the person's view), in the view and in the FHIR export."""
    words = {"cy": "Mae Mam yn deud bod fi'n iawn ond dwi'm yn meddwl bod fi. Dwi isio mynd nôl i'r côr.",
             "en": "Mum says I'm fine but I don't think I am. I want to get back to the choir."}[language]
    conversation = started_with_record(_sender("ae5-own", language), language, role="person", name="Eirlys")
    conversation.say(words)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert all(not a["views_passed_on"] for a in record["answers"])
    section = build_view(record, language).section("what_matters")
    assert section is not None and not [i for i in section.items if i.source == "view"]
    assert EXT_VIEW_PASSED_ON not in json.dumps(to_fhir(record))  # nor in the FHIR export


@pytest.mark.parametrize("words, theirs, own", [
    ("Ma hi'n gweud dim byd, bod popeth yn iawn. Fi'n moyn iddi gal help i wisgo yn y bore.",
     "Ma hi'n gweud dim byd, bod popeth yn iawn.", "Fi'n moyn iddi gal help i wisgo yn y bore."),
    ("She says nothing needs to change. I want her to have help dressing in the morning.",
     "She says nothing needs to change.", "I want her to have help dressing in the morning."),
    ("I don't think she's coping, but she says she is.", "she says she is.", "I don't think she's coping"),
    ("Dwi'm yn meddwl bod hi'n ymdopi, ond mae hi'n deud ei bod hi.", "mae hi'n deud ei bod hi.",
     "Dwi'm yn meddwl bod hi'n ymdopi"),
    ("Mae Eirlys yn deud ei bod hi'n iawn.", "Mae Eirlys yn deud ei bod hi'n iawn.", None),
])
def test_her_words_and_the_carers_own(words: str, theirs: str, own: str | None) -> None:
    assert views_passed_on(words, "Eirlys") == [(theirs, own)]


@pytest.mark.parametrize("words", [
    "Gareth says she's fine but I don't think so.",  # her son's view, not hers
    "Mae Gareth yn deud bod hi'n iawn ond dwi'm yn meddwl.",
    "I want her to have help dressing in the morning.",
    "Dw i isio iddi gael help i wisgo yn y bore.",
])
def test_no_view_of_hers_passed_on(words: str) -> None:
    assert views_passed_on(words, "Eirlys") == []


@pytest.mark.parametrize("words", [
    "I want her to have carers morning and night, but she'd say no.",  # foreseen: the carer's guess
    "Dwi isio iddi gael gofalwyr yn y bore a'r nos, ond mi fysa hi'n deud na.",
])
def test_what_she_would_say_is_no_view_of_hers(words: str) -> None:
    assert views_passed_on(words, "Eirlys") == []


@pytest.mark.parametrize("case", list(GOOD_DAY))
def test_fhir_carries_her_view_beside_the_carers(sqlite_url: str, case: str) -> None:
    """The FHIR export carries what the JSON record and the view carry (stop 33: it had no views_passed_on): on the
    answer's QuestionnaireResponse item, a view-passed-on extension with her words and the carer's own, verbatim."""
    conversation = _carer(_sender("ae5-fhir", case), case[:2], "Eirlys")
    conversation.say(GOOD_DAY[case])
    record = load_record(conversation.sender_id)
    assert record is not None
    (response,) = [e["resource"] for e in to_fhir(record)["entry"]
                   if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    (item,) = [i for i in response["item"] if i["linkId"] == "what_matters"]
    passed_on = [x["extension"] for x in item["extension"] if x["url"] == EXT_VIEW_PASSED_ON]
    assert passed_on == [[{"url": "their-words", "valueString": THEIRS[case]},
                          {"url": "own-view", "valueString": OWN[case]}]]
    assert {"url": EXT_WHOSE_VIEW, "valueCode": "carer"} in item["extension"]  # whose the own view is


@pytest.mark.parametrize("language, words, theirs", [
    ("cy", "Mae Eirlys yn deud ei bod hi'n iawn.", "Mae Eirlys yn deud ei bod hi'n iawn."),
    ("en", "Eirlys says she's fine.", "Eirlys says she's fine."),
])
def test_fhir_her_words_with_nothing_set_against_them(sqlite_url: str, language: str, words: str,
                                                        theirs: str) -> None:
    """Her words passed on with no view of the carer's set against them: in the FHIR export as in the JSON record,
    their words without an own-view."""
    conversation = _carer(_sender("ae5-fhir-alone", language), language, "Eirlys")
    conversation.say(words)
    record = load_record(conversation.sender_id)
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["question_key"] == "what_matters"]
    (item,) = [i for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"
               for i in e["resource"]["item"] if i["linkId"] == "what_matters"]
    passed_on = [x["extension"] for x in item["extension"] if x["url"] == EXT_VIEW_PASSED_ON]
    assert answer["views_passed_on"] == [{"their_words": theirs, "own_view": None}]
    assert passed_on == [[{"url": "their-words", "valueString": theirs}]]
