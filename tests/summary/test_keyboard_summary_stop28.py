"""Another hand on the keyboard, in the summary (stop 28, trial X12): whose view each quote is when someone else took
over part way. The person's own words first, then those typed by whoever took over ("The view of Gareth (the person's
brother), who typed this" / "Barn Gareth (brawd y person), a deipiodd hyn"), and the person's wish as they passed it
on; who completed it says who took over, with their words. Every format: the view, Markdown, the web page, the PDF,
the JSON record (checked against its schema) and FHIR. Conversations played through the conversation core on a real
(SQLite) database, Welsh and English, read in either interface language; the words are fictional.
"""
from __future__ import annotations

import html
import itertools
import json
import re
from pathlib import Path

import jsonschema
import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import EXT_TYPED_BY, EXT_TYPED_BY_NAME
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.conversation.memory import started
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
#: (their own words at "what matters", the takeover, the brother's own view, his passing on of the person's wish)
WORDS = {
    "en": ("I want to keep going to the pub on Fridays", "it's Gareth his brother typing now",
           "I think he needs help with his money", "He says he wants to go swimming again"),
    "cy": ("Dw i isio dal i fynd i'r dafarn ar nos Wener", "Gareth, ei frawd o, sy'n teipio rŵan",
           "Dwi'n meddwl bod o angen help efo'i bres", "Mae o'n deud bod o isio mynd i nofio eto"),
}


def _played(language: str) -> str:
    """A conversation: Dai answers "what matters", his brother Gareth takes over and answers "what to change"."""
    conversation = started(f"keyboard28-summary-{next(_senders)}", language, role="person", name="Dai")
    repository.update_conversation(conversation.sender_id, completed_by="person", language=language)  # as the start
    own, takeover, brothers, passed_on = WORDS[language]
    conversation.say(own)
    conversation.say(takeover)
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(brothers + ". " + passed_on)
    return conversation.sender_id


def page_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


@pytest.mark.parametrize("language,ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_the_summary_says_whose_view_each_quote_is(sqlite_url: str, tmp_path: Path, language: str, ui: str) -> None:
    record = load_record(_played(language))
    assert record is not None
    own, takeover, brothers, passed_on = WORDS[language]
    brother = label("typed_by_named", ui, name="Gareth", who=label("typed_by_brother", ui))
    theirs = label("whose_typed_by", ui, who=brother)
    passed = label("whose_person_reported_typed_by", ui, who=brother)
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None
    outcomes = [i for g in section.groups if g.key in ("change", "maintenance", "process", "views") for i in g.items]
    by_quote = {i.quote: i.whose_view_label for i in outcomes}
    assert by_quote[own] == label("whose_person", ui)
    assert any(quote.rstrip(".") in brothers and whose == theirs for quote, whose in by_quote.items())  # (a span of it)
    assert any(quote in passed_on and whose == passed for quote, whose in by_quote.items())
    # the person's own words first, then what someone who took over typed, in every group
    for group in section.groups:
        typed = [i.whose_view_label in (theirs, passed) for i in group.items]
        assert typed == sorted(typed)
    about = view.section("about")
    assert about is not None
    facts = {f.key: f.value for f in about.facts}
    assert facts["completed_by"] == label("completed_then_taken_over", ui, completed=label("completed_person", ui),
                                          who=brother)
    assert takeover in [f.value for f in about.facts if f.key == "keyboard_words"]
    assert takeover not in [i.quote for s in view.sections if s.key != "about" for i in s.items]  # no answer
    md = squash(render.md_unescape(render.render_markdown(record, ui)))
    web = squash(page_text(render.render_html_body(record, ui)))
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    for shown in (md, web, pdf):
        assert squash(theirs) in shown and squash(passed) in shown and squash(facts["completed_by"]) in shown


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_json_record_and_fhir_say_who_typed_each(sqlite_url: str, language: str) -> None:
    record = load_record(_played(language))
    assert record is not None
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    own, takeover, brothers, _ = WORDS[language]
    typed = {a["text"]: a["typed_by"] for a in record["answers"]}
    assert typed[own] is None
    assert typed[takeover] == typed[next(t for t in typed if t.startswith(brothers))] == {"relation": "brother",
                                                                                        "name": "Gareth"}
    assert {o["typed_by"]["relation"] for o in record["outcomes"] if o["typed_by"]} == {"brother"}
    assert any(o["reported_by"] == "carer" and o["whose_view"] == "person" for o in record["outcomes"]
               if o["typed_by"])
    bundle = render.to_fhir(record)
    goals = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]
    typed_goals = [g for g in goals if any(x["url"] == EXT_TYPED_BY for x in g["extension"])]
    assert typed_goals and len(typed_goals) < len(goals)  # the person's own goal has none
    for goal in typed_goals:
        assert {"url": EXT_TYPED_BY, "valueCode": "brother"} in goal["extension"]
        assert {"url": EXT_TYPED_BY_NAME, "valueString": "Gareth"} in goal["extension"]
