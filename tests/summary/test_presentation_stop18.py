"""What a senior practitioner asked of the stop-18 trial summaries, in every format and both languages.

1. No confidence numbers beside people's words ("Not Sundays, that's Susan's day · confidence 0%"; in
   Welsh "Barn y person ifanc · … hyder 8%" read as the young person's self-confidence): the web page,
   PDF and Markdown show only "To confirm at the visit" for an unsure draft; the JSON keeps the number.
2. Natural modern Welsh in our labels (welsh-style.md, welsh-review.md): no literary "Ni chododd … faner"
   (a calque of "flag"), no plural "they" for one person ("maen nhw eisiau", "eu geiriau nhw"), one title
   for the document everywhere, and the practitioner's group drop-down worded as the summary's headings.
3. FHIR: a reply to "are you safe?" ("ok carry on") is no active safety Flag of its own (it would clutter
   any alert list): it is an item of the QuestionnaireResponse, linked to the disclosure it answered.
4. PDF page 1: the person's name, who completed it and the language / Active Offer line come before any
   long text, with the trial's E4 shape (a 9,500-character answer at the top).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.summary import render
from bot.summary.fhir import EXT_REPLY_TO_FLAG, to_fhir
from bot.summary.view import build_view, label, labels
from bot.web import i18n
from tests.summary.test_long_concern import page_text

UIS = ("cy", "en")
# what the old labels printed: "confidence 87%", "hyder 8%" (any number beside a percent sign)
A_NUMBER_AS_PERCENT = re.compile(r"\d\s*%")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")


def every_format(record: dict[str, Any], ui: str, tmp_path: Path) -> dict[str, str]:
    from bot.web.pages import environment, render_summary_body  # the practitioners' page itself

    return {
        "markdown": render.md_unescape(render.render_markdown(record, ui)),
        "html": page_text(render.render_html_body(record, ui)),
        "page": page_text(str(render_summary_body(environment(), record, ui, "csrf"))),
        "pdf": pdf_text(render.render_pdf(record, ui), tmp_path),
    }


@pytest.fixture(params=["welsh", "english"])
def unsure_record(request, seeded_records) -> dict[str, Any]:
    """A seeded record whose first outcome is an unsure model draft (confidence 4%, as in the trial)."""
    record = json.loads(json.dumps(seeded_records[request.param]))
    first = next(o for o in record["outcomes"] if not o.get("safeguarding"))
    first.update(confidence=0.04, to_confirm=True, type_set_by="model")
    for other in record["outcomes"]:
        if other is not first:
            other.update(confidence=0.0)  # "confidence 0%" in the trial
    return record


@pytest.mark.parametrize("ui", UIS)
def test_no_confidence_number_beside_anyones_words_in_any_format(unsure_record, ui, tmp_path):
    assert not any(A_NUMBER_AS_PERCENT.search(a["text"]) for a in unsure_record["answers"])  # the words have none
    for name, text in every_format(unsure_record, ui, tmp_path).items():
        assert not A_NUMBER_AS_PERCENT.search(text), (name, A_NUMBER_AS_PERCENT.search(text))
        assert not re.search(r"\b(confidence|hyder)\b", text, re.IGNORECASE), name
        assert label("to_confirm", ui) in text, name  # the unsure item still says so


@pytest.mark.parametrize("ui", UIS)
def test_the_unsure_draft_keeps_its_to_confirm_mark_and_the_json_keeps_the_number(unsure_record, ui):
    view = build_view(unsure_record, ui)
    items = [i for s in view.sections for g in s.groups for i in g.items if i.source == "outcome"]
    unsure = [i for i in items if i.to_confirm]
    assert unsure and all(label("to_confirm", ui) in i.meta for i in unsure)
    assert not any(A_NUMBER_AS_PERCENT.search(m) for i in items for m in i.meta)
    assert json.loads(json.dumps(unsure_record, ensure_ascii=False))["outcomes"][0]["confidence"] in (0.04, 0.0)


# What the Welsh review and the practitioner found in our Welsh labels: literary forms, "baner" for "flag",
# and the plural "they" for one person (a Welsh reader takes "maen nhw", "eu", "nhw" as several people).
NOT_NATURAL_WELSH = re.compile(
    r"\bNi (?:chododd|nododd)\b|\b[bf]aner\b|\bangori|maen nhw eisiau|maen nhw'n gofalu|maen nhw'n ei|"
    r"maen nhw'n eu|eu geiriau|\bEu (?:geiriau|hatebion|pryderon)\b|ddywedon nhw|ofynnon nhw|iddyn nhw|"
    r"ydyn nhw|newidion nhw|eu henw|eu hateb\b|eu diogelwch|barn pwy",
    re.IGNORECASE,
)


def test_no_welsh_label_is_literary_a_calque_or_plural_for_one_person():
    found = {key: NOT_NATURAL_WELSH.findall(entry["cy"]) for key, entry in labels().items()}
    assert {key: words for key, words in found.items() if words} == {}
    assert NOT_NATURAL_WELSH.search("Ni chododd y cynorthwyydd unrhyw faner diogelu brys.")  # the rule can fail


@pytest.mark.parametrize("key, welsh", [
    ("no_urgent_flags", "Does dim pryder diogelu brys wedi'i nodi gan y cynorthwyydd."),
    ("group_safety_check", "Pan ofynnon ni 'Ydych chi'n ddiogel?'"),
    ("name_used", "Yr enw i'w ddefnyddio"),
    ("cared_for_answer", "Geiriau'r gofalwr pan ofynnon ni am bwy mae'n gofalu"),
    ("about_note", "Mae pob ateb yn dangos pwy ddywedodd e."),
])
def test_the_reviewers_wordings(key, welsh):
    assert label(key, "cy") == welsh
    assert label(key, "en") and label(key, "en") != welsh  # the English twin is still there, in English


def test_the_anchor_principles_are_core_principles_in_welsh():
    assert "egwyddorion craidd y canllaw" in label("visit_note", "cy")
    assert "anchor principles" in label("visit_note", "en")


@pytest.mark.parametrize("ui", UIS)
def test_one_title_for_the_summary_on_the_web_page_the_pdf_and_markdown(welsh_carer_record, ui, tmp_path):
    title = label("doc_title", ui)
    assert i18n.t("summary_title", ui) == title
    from bot.web.pages import environment

    page = environment().get_template("summary.html")  # the page's own heading, from the web catalogue
    assert "t('summary_title')" in Path(str(page.filename)).read_text(encoding="utf-8")
    formats = every_format(welsh_carer_record, ui, tmp_path)
    assert formats["markdown"].startswith(f"# {title}")
    assert title in formats["pdf"]
    if ui == "cy":
        assert all("Crynodeb cyn ymweliad" not in text for text in formats.values())


@pytest.mark.parametrize("ui", UIS)
def test_the_group_drop_down_is_worded_as_the_summary_headings(welsh_carer_record, ui):
    """A practitioner moves an outcome to a group by the words they read as its heading."""
    for group in ("change", "maintenance", "process"):
        assert i18n.t(f"type_{group}", ui) == label(f"group_{group}", ui), group
    html = render.render_html_body(welsh_carer_record, ui)
    assert label("group_process", ui) in page_text(html)


@pytest.mark.parametrize("ui", UIS)
def test_the_new_wording_is_what_every_format_prints(welsh_carer_record, ui, tmp_path):
    assert not any(NOT_NATURAL_WELSH.search(a["text"]) for a in welsh_carer_record["answers"])  # their words: none
    for name, text in every_format(welsh_carer_record, ui, tmp_path).items():
        flat = re.sub(r"\s+", " ", text)
        assert label("visit_note", ui) in flat and label("about_note", ui) in flat, name
        assert not NOT_NATURAL_WELSH.search(flat), (name, NOT_NATURAL_WELSH.search(flat))


# --------------------------------------------------------------------------- 3. FHIR: the safe check

REPLIES = {"cy": ("iawn cario mlaen", "Ydych chi'n ddiogel ar hyn o bryd?"),
           "en": ("ok carry on", "Are you safe right now?")}


def with_disclosures_and_replies(record: dict[str, Any], lang: str) -> dict[str, Any]:
    """The seeded record with two disclosures, each followed by a plain reply to the safe check (plain data)."""
    record = json.loads(json.dumps(record))
    words, question = REPLIES[lang]
    base = max(a["id"] for a in record["answers"]) + 1
    record["risk_flags"] = [f for f in record["risk_flags"] if f["level"] != "urgent"] + [
        {"id": 901, "level": "urgent", "categories": ["suicide"], "text": "first disclosure", "language": lang,
         "time": "2026-12-03T10:00:00Z", "alert_status": "sent"},
        {"id": 902, "level": "urgent", "categories": ["domestic_abuse"], "text": "second disclosure",
         "language": lang, "time": "2026-12-03T10:20:00Z", "alert_status": "sent"},
    ]
    record["urgent"] = True
    for n, when in enumerate(("2026-12-03T10:05:00Z", "2026-12-03T10:25:00Z")):
        record["answers"].append({
            "id": base + n, "question_key": "safety_check", "question": question, "text": words, "language": lang,
            "whose_view": "person", "about": "person", "time": when, "risk_flag_id": None})
    return record


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.mark.parametrize("which, lang", [("welsh", "cy"), ("english", "en")])
def test_a_reply_to_the_safe_check_is_no_flag_but_an_answer_linked_to_its_disclosure(seeded_records, which, lang):
    record = with_disclosures_and_replies(seeded_records[which], lang)
    bundle = to_fhir(record)
    flags = resources(bundle, "Flag")
    coded = [[c["code"] for c in f["resource"]["code"]["coding"]] for f in flags]
    assert not any("safety_check" in codes for codes in coded)  # no alert for "ok carry on"
    assert sum("urgent" in codes for codes in coded) == 2  # each disclosure is still its Flag
    words, question = REPLIES[lang]
    assert not any(words in json.dumps(f, ensure_ascii=False) for f in flags)
    (qr,) = resources(bundle, "QuestionnaireResponse")
    replies = [i for i in qr["resource"]["item"] if i["linkId"] == "safety_check"]
    assert [(i["text"], i["answer"][0]["valueString"]) for i in replies] == [(question, words)] * 2  # verbatim
    url_of = {f["resource"]["identifier"][0]["value"].rsplit("/", 1)[-1]: f["fullUrl"] for f in flags}
    linked = [next(x["valueReference"] for x in i["extension"] if x["url"] == EXT_REPLY_TO_FLAG) for i in replies]
    assert linked == [{"reference": url_of["901"], "type": "Flag"},  # each reply, to the disclosure just before it
                      {"reference": url_of["902"], "type": "Flag"}]


@pytest.mark.parametrize("which, lang", [("welsh", "cy"), ("english", "en")])
def test_a_reply_to_the_safe_check_that_raised_a_concern_is_still_that_concerns_flag(seeded_records, which, lang):
    record = with_disclosures_and_replies(seeded_records[which], lang)
    worried = record["answers"][-1]
    worried["text"] = {"cy": "dim rili, mae e dal yma", "en": "not really, he's still here"}[lang]
    record["risk_flags"].append({"id": 903, "level": "concern", "categories": ["domestic_abuse"],
                                 "text": worried["text"], "language": lang, "time": worried["time"],
                                 "alert_status": None})
    worried["risk_flag_id"] = 903
    bundle = to_fhir(record)
    coded = [[c["code"] for c in f["resource"]["code"]["coding"]] for f in resources(bundle, "Flag")]
    assert [c for c in coded if "safety_check" in c] == [["safety_check", "domestic_abuse", "concern"]]
    (qr,) = resources(bundle, "QuestionnaireResponse")
    assert [i["answer"][0]["valueString"] for i in qr["resource"]["item"] if i["linkId"] == "safety_check"] == [
        REPLIES[lang][0]]  # the plain reply stays an answer; the worried one is the concern's Flag only


# --------------------------------------------------------------------------- 4. PDF page 1

LONG_SENTENCES = {
    "en": ("I have lived in this house since 1971 and I want to stay here. ",
           "I like to keep my hands busy in the shed at the bottom of the garden. ",
           "My daughter comes on a Sunday and we have a cup of tea and a chat. "),
    "cy": ("Dw i wedi byw yn y tŷ yma ers 1971 a dw i eisiau aros yma. ",
           "Dw i'n hoffi cadw fy nwylo'n brysur yn y sied ar waelod yr ardd. ",
           "Mae fy merch yn dod ar y Sul ac rydyn ni'n cael paned a sgwrs. "),
}


def long_words(lang: str, chars: int = 9_500) -> str:
    out = ""
    n = 0
    while len(out) < chars:
        out += LONG_SENTENCES[lang][n % 3]
        n += 1
    return out.strip()


def with_long_answer_at_the_top(record: dict[str, Any], level: str) -> dict[str, Any]:
    """The E4 shape: a 9,500-character answer that raised a flag (urgent: printed whole at the top)."""
    record = json.loads(json.dumps(record))
    lang = record["language"]
    text = long_words(lang)
    answer_id = max(a["id"] for a in record["answers"]) + 1
    record["risk_flags"].insert(0, {"id": 950, "level": level, "categories": ["falls"] if level == "concern"
                                    else ["suicide"], "text": text, "language": lang,
                                    "time": "2026-12-03T21:33:00Z", "alert_status": "sent"})
    record["answers"].insert(0, {"id": answer_id, "question_key": "what_matters", "question": "?", "text": text,
                                 "language": lang, "whose_view": record["completed_by"], "about": "person",
                                 "time": "2026-12-03T21:33:00Z", "risk_flag_id": 950})
    record["urgent"] = record["urgent"] or level == "urgent"
    return record


def page_one(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "page1.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(path), "-"], check=True,
                         capture_output=True, timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@pytest.mark.parametrize("level", ["urgent", "concern"])
@pytest.mark.parametrize("which", ["welsh", "english"])
@pytest.mark.parametrize("ui", UIS)
def test_page_one_names_the_person_who_completed_it_and_the_language_before_any_long_text(
        seeded_records, which, ui, level, tmp_path):
    record = with_long_answer_at_the_top(seeded_records[which], level)
    view = build_view(record, ui)
    about, lang_section = view.section("about"), view.section("language")
    assert about is not None and lang_section is not None
    first = page_one(render.render_pdf(record, ui), tmp_path)
    opening = re.sub(r"\s+", " ", long_words(record["language"]))[:60]
    long_at = first.find(opening)
    before_long = first if long_at < 0 else first[:long_at]
    must = [f.value for f in about.facts if f.key in ("name", "cared_for_name", "completed_by")]
    must += [f.value for f in lang_section.facts if f.key == "language"]
    assert record["name"] in must and len(must) >= 3
    if record["active_offer_applies"]:
        must.append(label("active_offer", ui))
    else:
        assert label("active_offer", ui) not in first
    for words in must:
        assert re.sub(r"\s+", " ", words) in before_long, (words, before_long[:400])
    if level == "urgent":  # printed whole at the top: without the lines under the title, none of this is on page 1
        assert long_at >= 0 and label("sec_about", ui) not in first
