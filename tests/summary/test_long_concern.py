"""A long answer that raised a concern: the top quotes the sentences that carry it, the answer stays whole below.

The stop-18 trial (E4): a 9,529-character answer that mentions a fall once was printed whole at the
top as a "falls" concern (57 lines under an overdose), and its "read in full" outcome pointed
"further down, with its question", where it was not. Now the top quotes only the sentence(s) the
risk reader finds the concern in (verbatim, in order, joined by " … "), says where the whole
answer is, and the answer stays whole with its question. A short concern answer and an urgent
disclosure (however long) are shown whole at the top and only there, as before.

Each conversation is stored through the real repository; each flag is the real risk reader's
reading of the whole message (asserted, so a change in the reader shows up here as such). Every
format (the view, the web page, Markdown, the PDF, FHIR) is checked, in Welsh and English.
"""
from __future__ import annotations

import copy
import dataclasses
import html
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.risk import assess_risk
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.types import RiskAssessment
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import EXT_SOURCE_ANSWER
from bot.summary.record import EXCERPT_GAP, LONG_CONCERN_CHARS, concern_excerpt
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database

# A long answer of wishes that mentions one fall (the trial's E4, shortened), in each language.
FALL = {
    "en": "I fell in the kitchen in October and lay there for two hours until the neighbour heard the dog barking.",
    "cy": "Mi wnes i gwympo yn y gegin ym mis Hydref a gorwedd yno am ddwy awr nes i'r cymydog glywed y ci'n cyfarth.",
}
LONG = {
    "en": ("I've lived in this house since 1971 and I want to stay here, that's the main thing. "
           "I used to be a fitter in the steelworks so I like to keep my hands busy in the shed. "
           "My daughter Susan comes on a Sunday and does my shopping, and I want to keep that, it's our time together. "
           "I'd like a hot dinner a few times a week, meals on wheels maybe, because I live on sandwiches. "
           f"{FALL['en']} "
           "I'd like to keep going to chapel when I can, the singing does me good. "
           "And I'd like somebody to help with the garden once a fortnight in the summer, just to keep the roses going."),
    "cy": ("Dw i wedi byw yn y tŷ 'ma ers 1971 a dw i isio aros yma, dyna'r peth pwysica. "
           "Ro'n i'n saer yn y chwarel felly dw i'n licio cadw 'nwylo'n brysur yn y sied. "
           "Mae'n merch i, Susan, yn dod bob dydd Sul ac yn gwneud fy siopa, a dw i isio cadw hynny, "
           "dyna'n hamser ni efo'n gilydd. "
           "Hoffwn i gael cinio poeth ambell waith yr wythnos, pryd ar glud efallai, achos dw i'n byw ar frechdanau. "
           f"{FALL['cy']} "
           "Hoffwn i ddal i fynd i'r capel pan fedra i, mae'r canu'n gwneud lles i mi. "
           "A hoffwn i rywun helpu efo'r ardd unwaith bob pythefnos yn yr haf, jyst i gadw'r rhosod i fynd."),
}
# Words of the long answer far from the fall: below with the whole answer, never at the top.
ELSEWHERE = {"en": "fitter in the steelworks", "cy": "saer yn y chwarel"}
SHORT_CONCERN = {
    "en": "I get really low some days and I don't see anyone.",
    "cy": "Dw i'n teimlo'n isel rhai dyddiau a dw i ddim yn gweld neb.",
}
# A long disclosure: urgent, so whole at the top and only there.
URGENT_LONG = {
    "en": ("Things are mostly fine, I go to the club on a Tuesday and my neighbour pops in most days for a chat. "
           "I'd like to keep my little dog and my garden, they keep me going. "
           "But he hits me when he's had a drink and I'm scared of him. "
           "I don't want anyone to ring the house because he reads my phone and checks who has called. "
           "I'd like some help with the forms from the council, I can't make head nor tail of them."),
    "cy": ("Mae pethau'n iawn ar y cyfan, dw i'n mynd i'r clwb ar ddydd Mawrth ac mae'r cymydog yn galw bron bob dydd. "
           "Hoffwn i gadw fy nghi bach a'r ardd, maen nhw'n fy nghadw i fynd. "
           "Ond mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e. "
           "Dw i ddim isio i neb ffonio'r tŷ achos mae e'n darllen fy ffôn ac yn gweld pwy sydd wedi ffonio. "
           "Hoffwn i help efo'r ffurflenni gan y cyngor, dw i ddim yn eu deall nhw o gwbl."),
}
QUESTIONS = {
    "en": {"what_matters": "What matters to you?", "worries": "Is anything worrying you at the moment?",
           "anything_else": "Is there anything else you'd like the worker to know before the visit?"},
    "cy": {"what_matters": "Beth sy'n bwysig i chi?", "worries": "Oes rhywbeth yn eich poeni chi ar hyn o bryd?",
           "anything_else": "Oes unrhyw beth arall hoffech chi i'r gweithiwr ei wybod cyn yr ymweliad?"},
}


def script(lang: str) -> list[tuple[str, str]]:
    """(question key, words) in the order said."""
    return [("what_matters", LONG[lang]), ("worries", SHORT_CONCERN[lang]), ("anything_else", URGENT_LONG[lang])]


def _seed(sender_id: str, lang: str) -> None:
    repository.ensure_conversation(sender_id, channel="rest", team="de")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Brian")
    repository.record_consent(sender_id, True)
    for n, (key, text) in enumerate(script(lang)):
        analysis = dataclasses.replace(analyse(text), risk=RiskAssessment("none"))
        repository.record_answer(sender_id, question_key=key, question_text=QUESTIONS[lang][key], text=text,
                                 whose_view="person", about="person", analysis=analysis, message_id=f"m{n}")
        reading = assess_risk(text)  # the real reader's reading of the whole message, as the core keeps it
        if reading.level != "none":
            repository.record_risk(sender_id, message_id=f"m{n}", text=text, assessment=reading, language=lang,
                                   alert_needed=reading.level == "urgent")
    repository.confirm_record(sender_id)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    with migrated_database(tmp_path_factory.mktemp("long-concern-db")):
        for lang in ("en", "cy"):
            _seed(f"rest-long-concern-{lang}", lang)
            record = load_record(f"rest-long-concern-{lang}")
            assert record is not None
            found[lang] = record
    return found


@pytest.fixture
def record(records, request) -> dict[str, Any]:
    return copy.deepcopy(records[request.param])


BOTH = pytest.mark.parametrize("record, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")],
                               indirect=["record"])


def lang_of(record: dict[str, Any]) -> str:
    return str(record["language"])


# --------------------------------------------------------------------------- the reader, and the choice

@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_readings_these_tests_rest_on(lang):
    """The long answer reads as a falls concern, the short one as a concern, the long disclosure as urgent."""
    assert len(LONG[lang]) > LONG_CONCERN_CHARS and len(URGENT_LONG[lang]) > LONG_CONCERN_CHARS
    assert len(SHORT_CONCERN[lang]) <= LONG_CONCERN_CHARS
    long_reading = assess_risk(LONG[lang])
    assert long_reading.level == "concern" and "falls" in long_reading.categories
    assert assess_risk(SHORT_CONCERN[lang]).level == "concern"
    assert assess_risk(URGENT_LONG[lang]).level == "urgent"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_excerpt_is_the_sentence_that_carries_the_concern(lang):
    flag = {"level": "concern", "categories": ["falls"]}
    assert concern_excerpt(LONG[lang], flag) == FALL[lang]
    # no single sentence reads a concern the flag names (the learned model read the whole): the sentence it leaned on
    # most, never the whole answer at the top (left at stop 34, leftovers35)
    assert concern_excerpt(LONG[lang], {"level": "concern", "categories": ["homelessness"]}) == FALL[lang]
    assert concern_excerpt(LONG[lang], {"level": "urgent", "categories": ["falls"]}) is None  # never cut
    assert concern_excerpt(SHORT_CONCERN[lang], {"level": "concern", "categories": ["low_mood"]}) is None


def test_sentences_next_to_each_other_stay_one_run_and_runs_apart_are_joined_in_order():
    ordinary = "I'd like to keep going to the chapel on a Sunday and see my friends there afterwards. " * 4
    first, second = "I fell in the kitchen in October.", "I fell again on the stairs at Christmas."
    later = "I had a fall in the garden too and couldn't get up for an hour."
    text = f"{ordinary}{first} {second} {ordinary}{later}"
    assert [assess_risk(s).level for s in (first, second, later)] == ["concern"] * 3  # what the test rests on
    excerpt = concern_excerpt(text, {"level": "concern", "categories": ["falls"]})
    assert excerpt == f"{first} {second}{EXCERPT_GAP}{later}"
    parts = (excerpt or "").split(EXCERPT_GAP)
    positions = [text.index(p) for p in parts]  # every part an exact substring, in order
    assert positions == sorted(positions)


# --------------------------------------------------------------------------- the view

def top_items(view: Any) -> dict[str, list[Any]]:
    return {g.key: list(g.items) for g in view.sections[0].groups}


@BOTH
def test_the_view_quotes_the_fall_at_the_top_and_keeps_the_whole_answer_with_its_question(record, ui):
    lang = lang_of(record)
    view = build_view(record, ui)
    concerns = top_items(view)["concerns"]
    (falls,) = [i for i in concerns if FALL[lang] in i.quote]
    assert falls.quote == FALL[lang] and falls.excerpt and "wm-excerpt" in falls.css_classes
    section = label("sec_what_matters", ui)
    assert label("concern_excerpt", ui, section=section) in falls.meta
    assert falls.question == QUESTIONS[lang]["what_matters"]  # the question it answered, at the top too
    # the whole answer: once, in its question's section, with the question, marked as quoted at the top
    assert view.quotes().count(LONG[lang]) == 1
    what_matters = view.section("what_matters")
    assert what_matters is not None
    in_full = next(g for g in what_matters.groups if g.key == "answers")
    (whole,) = [i for i in in_full.items if i.quote == LONG[lang]]
    assert whole.question == QUESTIONS[lang]["what_matters"]
    assert label("concern_excerpt_whole", ui, section=label("sec_safeguarding", ui)) in whole.meta
    assert "moved_to_safeguarding" not in [n.key for n in what_matters.notices]  # nothing moved from here
    assert not any(ELSEWHERE[lang] in q for q in [i.quote for i in view.sections[0].items])


@BOTH
def test_a_short_concern_and_a_long_disclosure_are_whole_at_the_top_and_only_there(record, ui):
    lang = lang_of(record)
    view = build_view(record, ui)
    top = top_items(view)
    assert [i.quote for i in top["urgent"]] == [URGENT_LONG[lang]]
    # the disclosure says how to contact her safely: that sentence, exact, first at the top
    (wish,) = top["safety_wishes"]
    assert wish.excerpt and wish.quote in URGENT_LONG[lang] and ("ring the house" in wish.quote
                                                                 or "ffonio'r tŷ" in wish.quote)
    assert SHORT_CONCERN[lang] in [i.quote for i in top["concerns"]]
    assert not any(i.excerpt for i in top["urgent"]) and not any(
        i.excerpt for i in top["concerns"] if i.quote == SHORT_CONCERN[lang])
    rest = [i.quote for s in view.sections[1:] for i in s.items]
    for words in (URGENT_LONG[lang], SHORT_CONCERN[lang]):
        assert view.quotes().count(words) == 1, words
        assert words not in rest
        # Below, at most her other wishes, each an outcome that reads no risk and is no safety wish ("I'd like to
        # keep my little dog and my garden"; stop-25 trial U3): never a piece of the harm or how to contact her.
        pieces = [q for q in rest if q and words != q and q in words]
        assert all(assess_risk(q).level == "none" and not is_safety_wish(q) for q in pieces), pieces
        assert not any("hits me" in q or "fy nharo" in q or "fy mwrw" in q for q in pieces), pieces
    for key in ("worries", "anything_else"):
        section = view.section(key)
        assert section is not None and [n.key for n in section.notices] == ["moved_to_safeguarding"]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_with_no_sentence_that_reads_it_the_top_quotes_what_the_model_leaned_on(records, lang):
    """Left at stop 34: a long answer flagged by the learned model alone was quoted whole at the top. The top quotes
    the sentence the reading leaned on; the whole answer stays with its question (the full record)."""
    record = copy.deepcopy(records[lang])
    falls = next(f for f in record["risk_flags"] if f["text"] == LONG[lang])
    falls["categories"] = ["homelessness"]  # a reading no single sentence of it gives
    for answer in record["answers"]:  # the excerpt kept when the record was built came from the old reading
        answer.pop("safeguarding_excerpt", None)
    for ui in ("en", "cy"):
        view = build_view(record, ui)
        top = [i.quote for i in top_items(view)["concerns"]]
        assert FALL[lang] in top and LONG[lang] not in top
        assert view.quotes().count(LONG[lang]) == 1  # whole, once, with its question
        assert LONG[lang] in [i.quote for s in view.sections[1:] for i in s.items]


# --------------------------------------------------------------------------- every format

def page_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>\n", "\n")))


def the_top_and_the_rest(text: str, ui: str) -> tuple[str, str]:
    after = text.index(label("sec_about", ui))
    assert text.index(label("sec_safeguarding", ui)) < after
    return text[:after], text[after:]


def assert_agrees(text: str, record: dict[str, Any], ui: str) -> None:
    """What every format shows: the fall (only) at the top with its note; the whole answer below, once."""
    lang = lang_of(record)
    top, rest = the_top_and_the_rest(text, ui)
    assert FALL[lang] in top and ELSEWHERE[lang] not in top and LONG[lang] not in top
    assert re.sub(r"\s+", " ", label("concern_excerpt", ui, section=label("sec_what_matters", ui))) in top
    assert rest.count(LONG[lang]) == 1
    for words in (URGENT_LONG[lang], SHORT_CONCERN[lang]):
        assert top.count(words) == 1 and words not in rest, words


@BOTH
def test_markdown(record, ui):
    assert_agrees(render.md_unescape(render.render_markdown(record, ui)), record, ui)


@BOTH
def test_web_page(record, ui):
    body = render.render_html_body(record, ui)
    assert_agrees(page_text(body), record, ui)
    # the fall's sentences, and (first, under "how to contact safely") the disclosure's own wish about contact
    assert body.count("wm-excerpt") == 2
    assert body.index("wm-group-safety_wishes") < body.index("wm-group-urgent") < body.index("wm-group-concerns")
    from bot.web.pages import environment, render_summary_body  # the practitioners' page itself

    assert_agrees(page_text(str(render_summary_body(environment(), record, ui, "csrf"))), record, ui)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@BOTH
def test_pdf(record, ui, tmp_path):
    text = pdf_text(render.render_pdf(record, ui), tmp_path)
    body = text[text.index(label("prepared", ui)):]  # the running header names the document on every page
    # PDF text comes back with its line breaks as spaces, and a quote may cross a page's footer and header
    footer = (re.escape(f"{label('confidential', ui)} · {label('prepared', ui)}: ") + r"[^·]*? "
              + re.escape(label("page", ui, n=0, total=0)).replace("0", r"\d+"))
    header = re.escape(f"{label('product', ui)} · {label('doc_title', ui)} {label('reference', ui)}: ") + r"WM-\w+"
    page_furniture = re.compile(rf" ?{footer}(?: {header})? ?")
    assert len(page_furniture.findall(body)) >= 2  # what it takes out is the page furniture, and only that
    assert_agrees(page_furniture.sub(" ", body), record, ui)


@pytest.mark.parametrize("record", ["en", "cy"], indirect=True)
def test_fhir(record):
    lang = lang_of(record)
    out = io.BytesIO()
    render.write(record, "fhir", out)
    bundle = json.loads(out.getvalue())
    resources = [e["resource"] for e in bundle["entry"]]
    flags = [r for r in resources if r["resourceType"] == "Flag"]
    words = {next(x["valueString"] for x in f["extension"] if x["url"].endswith("/verbatim-words")): f for f in flags}
    assert FALL[lang] in words and LONG[lang] not in words  # the Flag quotes the fall ...
    answer = next(a for a in record["answers"] if a["text"] == LONG[lang])
    assert {"url": EXT_SOURCE_ANSWER, "valueString": str(answer["id"])} in words[FALL[lang]]["extension"]
    (qr,) = [r for r in resources if r["resourceType"] == "QuestionnaireResponse"]
    items = {i["linkId"]: i["answer"][0]["valueString"] for i in qr["item"]}
    assert items.get("what_matters") == LONG[lang]  # ... and the whole answer is its question's item
    assert URGENT_LONG[lang] in words and SHORT_CONCERN[lang] in words  # whole, in their Flags
    assert "worries" not in items and "anything_else" not in items  # and nowhere else


@pytest.mark.parametrize("record", ["en", "cy"], indirect=True)
def test_json(record):
    """The JSON record says what the top quotes of each answer: the fall for the long one, nothing for the rest."""
    import jsonschema

    from bot.web.schema import SUMMARY_SCHEMA

    lang = lang_of(record)
    out = io.BytesIO()
    render.write(record, "json", out)
    data = json.loads(out.getvalue())
    jsonschema.validate(data, SUMMARY_SCHEMA)
    by_text = {a["text"]: (a["safeguarding"], a["safeguarding_excerpt"]) for a in data["answers"]}
    assert by_text == {LONG[lang]: ("concern", FALL[lang]), SHORT_CONCERN[lang]: ("concern", None),
                       URGENT_LONG[lang]: ("disclosure", None)}
