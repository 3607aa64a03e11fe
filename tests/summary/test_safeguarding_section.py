"""Issue 11: all risk material in one place at the top of the summary, and nowhere else.

A conversation in each language, stored through the real repository the way the conversation core
stores it (an answer and the flag its message raised share the message id): an abuse disclosure
given as the answer to the strengths question (with an ordinary wish in the same message), a
safety wish after it ("don't ring the house, he'll see" / "paid ffonio'r tŷ, bydd e'n gweld"), an
answer to the safe check, a concern, and ordinary outcomes. Every format (the view, the web page,
Markdown, the PDF, FHIR and the JSON record) is checked in Welsh and English: the risk material is
in the safeguarding section at the top and nowhere else; each ordinary outcome is its own quote in
its group; a summary with no risk says so plainly.

Stop 25 (trial U3): the ordinary wish in the disclosure's message, a sentence of its own ("I'd like to keep my
allotment though"), is the person's outcome, shown in its group like any other; the disclosure's words (the harm)
stay at the top only, whole, and no piece of the harm sentence is shown below. Before, the whole message made no
outcome, and a young person's main wish beside a disclosure was lost from the read-back and the summary.
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
from bot.analysis.types import OutcomeSpan, RiskAssessment
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import EXT_REPLY_TO_FLAG
from bot.summary.record import SAFETY_CHECK_KEY, safeguarding_kind
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database

# The issue's own fixtures.
WISH = {"en": "don't ring the house, he'll see", "cy": "paid ffonio'r tŷ, bydd e'n gweld"}


@dataclasses.dataclass(frozen=True)
class Said:
    """One message: the question it answered, its words, the outcomes in it, and the flag it raised."""

    key: str
    question: str
    text: str
    outcomes: tuple[tuple[str, str], ...] = ()  # (exact span, type)
    flag: RiskAssessment | None = None


SCRIPTS: dict[str, list[Said]] = {
    "en": [
        Said("what_matters", "What matters to you?",
             "I want to keep seeing my grandchildren on Sundays and I'd like to get back to swimming",
             (("keep seeing my grandchildren on Sundays", "maintenance"), ("get back to swimming", "change"))),
        Said("strengths", "What is going well at the moment, and who helps?",
             "He hits me when he's had a drink and I'm scared of him. I'd like to keep my allotment though.",
             (("keep my allotment", "maintenance"),), RiskAssessment("urgent", ("domestic_abuse", "abuse"))),
        # The safety wish also reads as a concern to today's risk rules: it is shown once, as a wish.
        Said("support", "How would you like to be supported?", WISH["en"], ((WISH["en"], "process"),),
             RiskAssessment("concern", ("isolation",))),
        Said("safety_check", "Are you safe right now?", "I'm ok for now, he's at work"),
        Said("change", "What would you like to change?",
             "I'd like help with the shopping, and please send someone who speaks Welsh",
             (("help with the shopping", "change"), ("send someone who speaks Welsh", "process"))),
        Said("worries", "Is anything worrying you at the moment?", "I get really low some days and I don't see anyone.",
             flag=RiskAssessment("concern", ("low_mood", "isolation"))),
        Said("people", "Who is important to you?", "My sister Ann"),
    ],
    "cy": [
        Said("what_matters", "Beth sy'n bwysig i chi?",
             "Dw i eisiau dal i weld fy wyrion ar y Sul a hoffwn i fynd yn ôl i nofio",
             (("dal i weld fy wyrion ar y Sul", "maintenance"), ("fynd yn ôl i nofio", "change"))),
        Said("strengths", "Beth sy'n mynd yn dda ar hyn o bryd, a phwy sy'n helpu?",
             "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e. Hoffwn i gadw fy rhandir serch hynny.",
             (("gadw fy rhandir", "maintenance"),), RiskAssessment("urgent", ("domestic_abuse", "abuse"))),
        Said("support", "Sut hoffech chi gael eich cefnogi?", WISH["cy"], ((WISH["cy"], "process"),)),
        Said("safety_check", "Ydych chi'n ddiogel ar hyn o bryd?", "Dw i'n iawn am nawr, mae e yn y gwaith"),
        Said("change", "Beth hoffech chi ei newid?",
             "Hoffwn i help gyda'r siopa, a plis anfonwch rywun sy'n siarad Cymraeg",
             (("help gyda'r siopa", "change"), ("anfonwch rywun sy'n siarad Cymraeg", "process"))),
        Said("worries", "Oes rhywbeth yn eich poeni chi ar hyn o bryd?",
             "Dw i'n teimlo'n isel rhai dyddiau a dw i ddim yn gweld neb.",
             flag=RiskAssessment("concern", ("low_mood", "isolation"))),
        Said("people", "Pwy sy'n bwysig i chi?", "Fy chwaer Ann"),
    ],
}


def said(lang: str, key: str) -> Said:
    return next(s for s in SCRIPTS[lang] if s.key == key)


def risk_texts(lang: str) -> list[str]:
    """Everything that must be at the top and only there."""
    return [said(lang, k).text for k in ("strengths", "support", "safety_check", "worries")]


def ordinary_outcomes(lang: str) -> list[tuple[str, str]]:
    """The outcomes shown as outcomes: the ordinary answers', and the wish beside the disclosure (stop 25)."""
    return [o for k in ("what_matters", "strengths", "change") for o in said(lang, k).outcomes]


#: The harm itself in the disclosure's message: at the top only, never a piece of it below.
HARM = {"en": "He hits me when he's had a drink and I'm scared of him.",
        "cy": "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e."}


def _seed(sender_id: str, lang: str) -> None:
    repository.ensure_conversation(sender_id, channel="rest", team="de")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Megan")
    repository.record_consent(sender_id, True)
    for n, message in enumerate(SCRIPTS[lang]):
        # The outcomes are given, not read (the splitting is bot.analysis.outcomes' to test): here, the
        # summary must show what is stored, and hide what a safeguarding message made by mistake.
        spans = tuple(OutcomeSpan(text, message.text.index(text), message.text.index(text) + len(text), otype, 0.9,
                                  False) for text, otype in message.outcomes)
        analysis = dataclasses.replace(analyse(message.text), outcomes=spans)
        analysis = dataclasses.replace(analysis, risk=RiskAssessment("none"))  # outcomes are stored for all
        repository.record_answer(sender_id, question_key=message.key, question_text=message.question,
                                 text=message.text, whose_view="person", about="person", analysis=analysis,
                                 message_id=f"m{n}", make_outcomes=bool(spans))
        if message.flag is not None:
            repository.record_risk(sender_id, message_id=f"m{n}", text=message.text, assessment=message.flag,
                                   language=lang, alert_needed=message.flag.level == "urgent")
    repository.confirm_record(sender_id)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("safeguarding-db")):
        _seed("rest-en-1", "en")
        _seed("rest-cy-1", "cy")
        found = {"en": load_record("rest-en-1"), "cy": load_record("rest-cy-1")}
    assert found["en"] is not None and found["cy"] is not None
    return {k: v for k, v in found.items() if v is not None}


@pytest.fixture
def record(records, request) -> dict[str, Any]:
    return copy.deepcopy(records[request.param])


BOTH = pytest.mark.parametrize("record, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")],
                               indirect=["record"])


def lang_of(record: dict[str, Any]) -> str:
    return str(record["language"])


def the_top_and_the_rest(text: str, ui: str) -> tuple[str, str]:
    """A rendered summary cut where the section after the safeguarding one begins ("Who and when")."""
    after = text.index(label("sec_about", ui))
    assert text.index(label("sec_safeguarding", ui)) < after
    return text[:after], text[after:]


def assert_top_only(text: str, record: dict[str, Any], ui: str) -> None:
    top, rest = the_top_and_the_rest(text, ui)
    for words in risk_texts(lang_of(record)):
        assert top.count(words) == 1, words
        assert words not in rest, words
    assert HARM[lang_of(record)] not in rest and HARM[lang_of(record)] in top  # the harm at the top only
    for words, _type in ordinary_outcomes(lang_of(record)):
        # (the wish beside the disclosure is at the top too, once, inside the disclosure's whole words)
        assert words in rest and top.count(words) == said(lang_of(record), "strengths").text.count(words)


def between(text: str, start: str, end: str | None) -> str:
    begin = text.index(start)
    return text[begin: text.index(end, begin) if end else len(text)]


GROUP_ORDER = ("change", "maintenance", "process")


def assert_outcome_groups(text: str, record: dict[str, Any], ui: str, open_quote: str = "“") -> None:
    """Each ordinary outcome is its own quote, under its own group's heading."""
    section = between(text, label("sec_what_matters", ui), label("sec_strengths", ui))
    for words, otype in ordinary_outcomes(lang_of(record)):
        n = GROUP_ORDER.index(otype)
        following = label("group_" + GROUP_ORDER[n + 1], ui) if n + 1 < len(GROUP_ORDER) else label("group_answers", ui)
        group = between(section, label("group_" + otype, ui), following)
        assert f"{open_quote}{words}”" in group, (otype, words)
        for other in GROUP_ORDER:
            if other != otype:
                other_next = (label("group_" + GROUP_ORDER[GROUP_ORDER.index(other) + 1], ui)
                              if other != "process" else label("group_answers", ui))
                assert f"{open_quote}{words}”" not in between(section, label("group_" + other, ui), other_next)


# --------------------------------------------------------------------------- the one decision

@pytest.mark.parametrize("record", ["en", "cy"], indirect=True)
def test_which_answers_are_risk_material(record):
    kinds = {a["question_key"]: safeguarding_kind(a, record) for a in record["answers"]}
    assert kinds == {"what_matters": None, "strengths": "disclosure", "support": "safety_wish",
                     "safety_check": "safety_check", "change": None, "worries": "concern", "people": None}
    # the disclosure matched its flag by the message they share, not only by the words
    strengths = next(a for a in record["answers"] if a["question_key"] == "strengths")
    urgent = next(f for f in record["risk_flags"] if f["level"] == "urgent")
    assert strengths["risk_flag_id"] == urgent["id"]
    # the JSON record marks them for other systems: the answer, and the outcomes that are not outcomes
    assert {a["question_key"]: a["safeguarding"] for a in record["answers"]} == kinds
    hidden = {o["text"] for o in record["outcomes"] if o["safeguarding"]}
    assert hidden == {WISH[lang_of(record)]}  # the wish beside the disclosure is an outcome (stop 25)


def test_a_safety_wish_without_any_urgent_flag_is_an_ordinary_answer(records):
    """"Text only" from someone who disclosed nothing is a preference about contact, not risk material."""
    record = copy.deepcopy(records["en"])
    record["risk_flags"] = [f for f in record["risk_flags"] if f["level"] != "urgent"]
    wish = next(a for a in record["answers"] if a["question_key"] == "support")
    assert safeguarding_kind(wish, record) == "concern"  # only the concern its message raised
    record["risk_flags"] = []
    assert safeguarding_kind(wish, record) is None
    view = build_view(record, "en")
    assert WISH["en"] in [i.quote for i in view.section("what_matters").items]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the view

@BOTH
def test_the_view_puts_all_risk_material_at_the_top_urgent_first(record, ui):
    lang = lang_of(record)
    view = build_view(record, ui)
    top = view.sections[0]
    assert top.key == "safeguarding" and top.urgent and top.title == label("sec_safeguarding", ui)
    groups = {g.key: [i.quote for i in g.items] for g in top.groups}
    assert list(groups) == ["safety_wishes", "urgent", "safety_check", "concerns"]  # how to contact safely first
    assert groups == {"urgent": [said(lang, "strengths").text], "safety_wishes": [WISH[lang]],
                      "safety_check": [], "concerns": [said(lang, "worries").text]}
    disclosure = top.groups[1].items[0]
    # the reply to "are you safe right now?" is under the disclosure it answered, with what happened next
    replies = [f.value for f in disclosure.follow_up if f.key == "safe_check_reply"]
    assert replies == [said(lang, "safety_check").text]
    assert disclosure.question == said(lang, "strengths").question  # the question it came as an answer to
    assert disclosure.whose_view_label == label("whose_person", ui) and disclosure.time_label
    assert label("cat_domestic_abuse", ui) in (disclosure.inference_label or "")  # the assistant's reading
    wish = top.groups[0].items[0]
    assert label("read_as_safety_wish", ui) in (wish.inference_label or "")
    if lang == "en":  # the wish's own concern is shown with it, not a second time
        assert label("cat_isolation", ui) in (wish.inference_label or "")
    quotes = view.quotes()
    for words in risk_texts(lang):
        assert quotes.count(words) == 1, words
    rest = [i.quote for s in view.sections[1:] for i in s.items]
    assert said(lang, "strengths").outcomes[0][0] in rest  # her wish beside it, as an outcome (stop 25)
    assert not any(HARM[lang] in q or (q and q in HARM[lang]) for q in rest)  # no piece of the harm below
    strengths = view.section("strengths")
    assert strengths is not None and strengths.items == ()
    assert [n.key for n in strengths.notices] == ["moved_to_safeguarding"]  # not "nothing noted"


@BOTH
def test_the_view_shows_each_ordinary_outcome_as_its_own_quote_in_its_group(record, ui):
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None
    groups = {g.key: [i.quote for i in g.items] for g in section.groups}
    for words, otype in ordinary_outcomes(lang_of(record)):
        assert groups[otype].count(words) == 1, words
    assert sum(len(groups[t]) for t in GROUP_ORDER) == len(ordinary_outcomes(lang_of(record)))


# --------------------------------------------------------------------------- every format

def page_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>\n", "\n")))


@BOTH
def test_web_page(record, ui):
    body = render.render_html_body(record, ui)
    text = page_text(body)
    assert_top_only(text, record, ui)
    assert_outcome_groups(text, record, ui)
    first = body.index('<section class="wm-section wm-section-safeguarding')
    assert first == body.index("<section")  # the first section of the page
    # the practitioner's page, with its "confirm the group" forms: none for a disclosure's pieces
    from bot.web.pages import environment, render_summary_body

    page = str(render_summary_body(environment(), record, ui, "csrf"))
    assert_top_only(page_text(page), record, ui)
    hidden = [o["id"] for o in record["outcomes"] if o["safeguarding"]]
    shown = [o["id"] for o in record["outcomes"] if not o["safeguarding"]]
    assert hidden and all(f'id="outcome-{oid}"' not in page for oid in hidden)
    assert all(page.count(f'id="outcome-{oid}"') == 1 for oid in shown)


@BOTH
def test_text_export(record, ui):
    md = render.md_unescape(render.render_markdown(record, ui))
    assert_top_only(md, record, ui)
    assert_outcome_groups(md, record, ui)
    assert md.index("## " + label("sec_safeguarding", ui)) < md.index("## " + label("sec_about", ui))


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
    # The running header names the document on every page; the body starts at the title block.
    body = text[text.index(label("prepared", ui)):]
    assert_top_only(body, record, ui)
    assert_outcome_groups(body, record, ui)


def strings_by_resource(bundle: dict[str, Any]) -> list[tuple[str, str]]:
    """(resourceType, every string in it) for each entry."""
    out: list[tuple[str, str]] = []

    def walk(value: Any, kind: str) -> None:
        if isinstance(value, str):
            out.append((kind, value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v, kind)
        elif isinstance(value, list):
            for v in value:
                walk(v, kind)

    for entry in bundle["entry"]:
        walk(entry["resource"], entry["resource"]["resourceType"])
    return out


@pytest.mark.parametrize("record", ["en", "cy"], indirect=True)
def test_fhir_export(record):
    lang = lang_of(record)
    out = io.BytesIO()
    render.write(record, "fhir", out)
    bundle = json.loads(out.getvalue())
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    flags = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"]
    assert kinds[: len(flags)] == ["Flag"] * len(flags)  # all the risk material first
    codes = [[c["code"] for c in f["code"]["coding"]] for f in flags]
    assert [c[-1] if "safety_wish" not in c and "safety_check" not in c else c[0] for c in codes] == [
        "urgent", "safety_wish", "concern"]  # urgent first, the wish next to it; a reply to the safe check is no alert
    strings = strings_by_resource(bundle)
    for words in risk_texts(lang):
        holders = [kind for kind, value in strings if words in value]
        expected = ["QuestionnaireResponse"] if words == said(lang, "safety_check").text else ["Flag"]
        assert holders == expected, (words, holders)
    goals = {e["resource"]["description"]["text"]: e["resource"]["category"][0]["coding"][0]["code"]
             for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"}
    assert goals == dict(ordinary_outcomes(lang))  # each its own Goal, in its group; no piece of the harm
    (qr,) = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    assert [i["linkId"] for i in qr["item"]] == ["what_matters", "safety_check", "change", "people"]
    (reply,) = [i for i in qr["item"] if i["linkId"] == "safety_check"]
    (urgent,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"
                 and "urgent" in [c["code"] for c in e["resource"]["code"]["coding"]]]
    assert {"url": EXT_REPLY_TO_FLAG, "valueReference": {"reference": urgent["fullUrl"], "type": "Flag"}} in reply[
        "extension"]  # linked to the disclosure it answered


@pytest.mark.parametrize("record", ["en", "cy"], indirect=True)
def test_json_export_marks_the_risk_material(record):
    out = io.BytesIO()
    render.write(record, "json", out)
    data = json.loads(out.getvalue())
    keys = list(data)
    assert keys.index("risk_flags") < keys.index("answers") < keys.index("outcomes")  # risk first
    marked = {a["text"]: a["safeguarding"] for a in data["answers"] if a["safeguarding"]}
    assert marked == {said(lang_of(record), "strengths").text: "disclosure", WISH[lang_of(record)]: "safety_wish",
                      said(lang_of(record), "safety_check").text: "safety_check",
                      said(lang_of(record), "worries").text: "concern"}


# --------------------------------------------------------------------------- no risk

NO_RISK = {"en": "The assistant noted no risk in this conversation",
           "cy": "Wnaeth y cynorthwyydd ddim nodi unrhyw risg yn y sgwrs hon"}


@pytest.mark.parametrize("ui", ["en", "cy"])
def test_a_summary_with_no_risk_says_so_plainly(records, ui, tmp_path):
    record = copy.deepcopy(records["en"])
    record["risk_flags"] = []
    record["urgent"] = False
    record["answers"] = [a for a in record["answers"] if a["question_key"] not in ("strengths", "safety_check")]
    view = build_view(record, ui)
    top = view.sections[0]
    assert top.key == "safeguarding" and not top.urgent and top.items == ()
    assert [g.empty_text for g in top.groups] == [label("no_risk_noted", ui)]
    assert label("no_risk_noted", ui).startswith(NO_RISK[ui])
    md = render.md_unescape(render.render_markdown(record, ui))
    page = page_text(render.render_html_body(record, ui))
    pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
    for text in (md, page, pdf):
        top_text, _rest = the_top_and_the_rest(text[text.index(label("prepared", ui)):], ui)
        assert NO_RISK[ui] in top_text
    # a wish with nothing urgent beside it stays where it was said
    assert WISH["en"] in [i.quote for i in view.section("what_matters").items]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- whose view, read in full

def test_a_carers_words_are_labelled_as_the_carers_beside_the_persons(records):
    record = copy.deepcopy(records["en"])
    answer = {"id": 900, "question_key": "readback_addition", "question": "Anything to add?",
              "text": "She needs a lift to the pool", "language": "en", "whose_view": "carer", "about": "person",
              "time": None, "risk_flag_id": None}
    record["answers"].append(answer)
    record["outcomes"].append({"id": 901, "answer_id": 900, "text": "She needs a lift to the pool", "type": "change",
                               "confidence": 0.7, "to_confirm": False, "type_set_by": "model",
                               "whose_view": "carer", "about": "person", "read_in_full": False})
    for ui in ("en", "cy"):
        change = next(g for g in build_view(record, ui).section("what_matters").groups  # type: ignore[union-attr]
                      if g.key == "change")
        labels_by_quote = {i.quote: i.whose_view_label for i in change.items}
        assert labels_by_quote["She needs a lift to the pool"] == label("whose_carer", ui)
        assert labels_by_quote["get back to swimming"] == label("whose_person", ui)


def test_an_outcome_read_in_full_is_shown_briefly_with_the_whole_answer_beside_it(records):
    record = copy.deepcopy(records["en"])
    long_text = " ".join(f"word{n}" for n in range(400))
    record["answers"].append({"id": 910, "question_key": "what_matters", "question": "What matters to you?",
                              "text": long_text, "language": "en", "whose_view": "person", "about": "person",
                              "time": None, "risk_flag_id": None})
    record["outcomes"].append({"id": 911, "answer_id": 910, "text": long_text, "type": "change", "confidence": 0.5,
                               "to_confirm": True, "type_set_by": "model", "whose_view": "person",
                               "about": "person", "read_in_full": True})
    for ui in ("en", "cy"):
        view = build_view(record, ui)
        item = next(i for i in view.section("what_matters").items if i.id == 911)  # type: ignore[union-attr]
        assert item.quote.endswith("…") and long_text.startswith(item.quote[:-1]) and len(item.quote) < 300
        assert label("read_in_full", ui) in item.meta
        assert view.quotes().count(long_text) == 1  # the whole answer, once, further down with its question
        in_full = next(g for g in view.section("what_matters").groups if g.key == "answers")  # type: ignore[union-attr]
        assert [i.question for i in in_full.items if i.quote == long_text] == ["What matters to you?"]


# --------------------------------------------------------------------------- through the conversation core

CORE = {
    "en": {"q_what_matters": "I want to keep seeing my grandchildren on Sundays and I'd like to get back to swimming",
           "q_strengths": "He hits me when he's had a drink and I'm scared of him",
           "safe_check": "I'm ok for now, he's at work",
           "q_change": "I'd like help with the shopping, and someone to take me to the pool",
           "q_support": WISH["en"]},
    "cy": {"q_what_matters": "Dw i eisiau dal i weld fy wyrion ar y Sul a hoffwn i fynd yn ôl i nofio",
           "q_strengths": "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e",
           "safe_check": "Dw i'n iawn am nawr, mae e yn y gwaith",
           "q_change": "Hoffwn i help gyda'r siopa, a rhywun i fynd â fi i'r pwll nofio",
           "q_support": WISH["cy"]},
}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_conversation_through_the_core(sqlite_url: str, lang: str) -> None:
    """The same story told to the conversation core (no Rasa): what it stores is summarised the same way."""
    from tests.conversation.memory import MemoryConversation

    words = CORE[lang]
    conversation = MemoryConversation(f"core-safeguarding-{lang}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    conversation.start()
    for first in ("q_what_matters", "q_strengths"):
        assert conversation.requested == first
        conversation.say(words[first])
    conversation.say(words["safe_check"])  # the reply to "are you safe right now?"
    if repository.safe_check(conversation.sender_id)[0] is not None:  # (their reply kept, the check may ask again)
        conversation.say("parhau" if lang == "cy" else "carry on")
    for _ in range(6):  # on through the questions: skip those this story does not answer
        slot = conversation.requested
        if slot == "q_support":
            conversation.say(words[slot])
            break
        if slot is not None and slot in words and slot != "q_strengths":
            conversation.say(words[slot])
        else:  # (strengths, answered by harm alone, is asked again after carrying on: stop 47, trial 46 BA5)
            conversation.say("/skip", intent="skip")
    else:
        pytest.fail(f"the support question was never asked (last: {conversation.requested})")
    record = load_record(conversation.sender_id)
    assert record is not None
    kinds = {a["text"]: a["safeguarding"] for a in record["answers"]}
    assert (kinds[words["q_strengths"]], kinds[words["safe_check"]], kinds[words["q_support"]]) == (
        "disclosure", "safety_check", "safety_wish")
    risk = [words["q_strengths"], words["safe_check"], words["q_support"]]
    ordinary = [words["q_what_matters"], words["q_change"]]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = [q for i in view.sections[0].items for q in (i.quote, *(f.value for f in i.follow_up if f.verbatim))]
        rest = [i.quote for s in view.sections[1:] for i in s.items]
        for text in risk:
            assert text in top and view.quotes().count(text) == 1, text
            assert not any(r in text for r in rest if r), text  # not even a piece of it below
        shown = [i.quote for i in view.section("what_matters").items if i.source == "outcome"]  # type: ignore[union-attr]
        assert len(shown) >= 2 and all(any(q in text for text in ordinary) for q in shown), shown
        md = render.md_unescape(render.render_markdown(record, ui))
        top_md, rest_md = the_top_and_the_rest(md, ui)
        for text in risk:
            assert top_md.count(text) == 1 and text not in rest_md, text


def test_the_safe_check_key_is_the_one_the_core_stores() -> None:
    from bot.conversation.pause import SAFE_CHECK

    assert SAFETY_CHECK_KEY == SAFE_CHECK


def test_a_very_long_answer_is_read_in_full_from_storage(sqlite_url: str) -> None:
    """The 9,500-character answer of the issue: one outcome, shown briefly, the answer whole below it."""
    text = " ".join(["I would like to get out into the garden more and see my friends at the chapel."] * 120)
    repository.ensure_conversation("rest-long", channel="rest", team="de")
    repository.update_conversation("rest-long", language="en", completed_by="person")
    repository.record_answer("rest-long", question_key="what_matters", question_text="What matters to you?",
                             text=text, whose_view="person", about="person", analysis=analyse(text),
                             message_id="m1")
    record = load_record("rest-long")
    assert record is not None
    assert [(o["text"] == text, o["read_in_full"]) for o in record["outcomes"]] == [(True, True)]
    view = build_view(record, "en")
    (item,) = [i for i in view.section("what_matters").items if i.source == "outcome"]  # type: ignore[union-attr]
    assert item.quote.endswith("…") and len(item.quote) < 300 and label("read_in_full", "en") in item.meta
    assert view.quotes().count(text) == 1


@BOTH
def test_the_moved_note_only_where_an_answer_really_was_moved(record, ui):
    """A reply to the safe check answered no section's question: "anything else" has no note for it."""
    view = build_view(record, ui)
    noted = {s.key for s in view.sections if any(n.key == "moved_to_safeguarding" for n in s.notices)}
    assert "anything_else" not in noted
    assert "strengths" in noted and "worries" in noted  # their answers did go to the top
