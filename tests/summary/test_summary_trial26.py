"""The third stop-26 trial's summary findings (W3, W4, W5, W10, W13, W15): what the person said and confirmed is
found as their outcomes, strengths and wishes, and all risk material is at the top, in every format (web view,
markdown, the page's HTML, PDF, FHIR), in Welsh and English. Played through the conversation core (no Rasa); the
words are the trial's, or fictional ones like them.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.summary.test_what_happened_next import page_text

OUTCOME_GROUPS = ("change", "maintenance", "process")


def _started(sender_id: str, lang: str, register: str) -> Any:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    role = "young_person" if register == "ti" else "person"
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role, "name": "Jo",
                               "register": register})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register=register,
                                   completed_by=role, display_name="Jo")
    repository.record_consent(sender_id, True)
    conversation.start()
    return conversation


def _record(sender_id: str) -> dict[str, Any]:
    record = load_record(sender_id)
    assert record is not None
    return record


def said_in_turn(sender_id: str, lang: str, steps: list[str], register: str = "chi") -> dict[str, Any]:
    """The person's messages in order after the first question; the record as the summary reads it."""
    conversation = _started(sender_id, lang, register)
    for words in steps:
        assert conversation.requested is not None, words
        conversation.say(words)
    return _record(sender_id)


def answer_each(sender_id: str, lang: str, said: dict[str, str], register: str = "chi") -> dict[str, Any]:
    """Answers each question as it is asked ("q_<key>" -> said[key]) until one is asked that `said` has no words
    for; the record as the summary reads it."""
    conversation = _started(sender_id, lang, register)
    while (asked := str(conversation.requested or "")).removeprefix("q_") in said:
        conversation.say(said[asked.removeprefix("q_")])
        assert conversation.requested != asked, (asked, conversation.text[-400:])
    return _record(sender_id)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(record: dict[str, Any], ui: str, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / f"summary-{ui}.pdf"
    path.write_bytes(render.render_pdf(record, ui))
    return squash(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                                 timeout=60).stdout.decode("utf-8"))


def outcomes_shown(record: dict[str, Any], ui: str) -> list[str]:
    """The quotes the web view shows as outcomes (never the safeguarding section's)."""
    view = build_view(record, ui)
    return [item.quote for section in view.sections if section.key != "safeguarding" for group in section.groups
            if group.key in OUTCOME_GROUPS for item in group.items]


def goals(record: dict[str, Any]) -> list[str]:
    """The words of the FHIR export's Goals (the outcomes)."""
    return [str(e["resource"]["description"]["text"]) for e in render.to_fhir(record)["entry"]
            if e["resource"]["resourceType"] == "Goal"]


def outcome_in_every_format(record: dict[str, Any], words: str, tmp_path: Path) -> None:
    """`words` is an outcome in the record, the web view and FHIR (both interface languages), and quoted in the
    markdown, the page and the PDF below the safeguarding section."""
    (outcome,) = [o for o in record["outcomes"] if o["text"] == words]
    assert not outcome["safeguarding"] and not outcome["sensitive"], outcome
    assert words in goals(record)
    for ui in ("cy", "en"):
        assert words in outcomes_shown(record, ui)
        markdown = render.md_unescape(render.render_markdown(record, ui))
        assert f"“{words}”" in markdown[markdown.index(label("sec_what_matters", ui)):]
        page = page_text(render.render_html_body(record, ui))
        assert words in page[page.index(label("sec_what_matters", ui)):]
        pdf = pdf_text(record, ui, tmp_path)
        assert squash(words) in pdf[pdf.index(label("sec_what_matters", ui)):]


# W5: Gwyn confirmed "dwi isio cael noson o gwsg iawn" at the read-back; the summary showed it only under "Beth na
# ddylid ei rannu", as it shares a sentence with "(paid deud wrthi)", an aside about the respite wish only.
SLEEP = {"cy": ("Fi, dwi isio cael noson o gwsg iawn, dwi'n codi tair gwaith y nos i'w throi hi, a dwi'n meddwl "
                "(paid deud wrthi) bysa chydig o ofal seibiant yn gneud lles i ni'n dau.", "dwi isio cael noson o gwsg iawn"),
         "en": ("Me, I want a proper night's sleep. I'm up three times a night to turn her, and I think (don't tell "
                "her) a bit of respite would do us both good.", "I want a proper night's sleep")}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_wish_beside_an_aside_not_to_tell_is_still_an_outcome(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    from bot.storage.repository import outcomes_for_readback

    said, wish = SLEEP[lang]
    record = said_in_turn(f"w5-{lang}", lang, [said])
    (answer,) = [a for a in record["answers"] if a["text"] == said]
    assert answer["sensitive_words"] and answer["sensitive_words"] in said  # the aside is still quoted at the top
    (sleep,) = [o["text"] for o in record["outcomes"] if wish in o["text"]]
    assert sleep in [o.text for o in outcomes_for_readback(f"w5-{lang}")]  # read back, so confirmed, then shown
    outcome_in_every_format(record, sleep, tmp_path)
    assert not any("seibiant" in o["text"] or "respite" in o["text"]
                   for o in record["outcomes"] if not o["sensitive"])  # what the aside is about stays kept from her


# W13: "dim byd rili" as Eirlys's strength, "just that" alone as Jay's worry, and "Na, dim byd arall. Diolch…" /
# "No, that's everything…" under "Anything else": nothing to add, in every format (the answers are kept as typed).
NOTHING = {
    "cy": {"what_matters": "Dw i eisiau mynd i'r caffi gyda fy ffrind Jan ar ddydd Sadwrn.", "strengths": "dim byd rili",
           "worries": "jyst hynna", "anything_else": "Na, dim byd arall. Diolch yn fawr, you are very kind"},
    "en": {"what_matters": "I'd like to get out into the garden every day.", "strengths": "dim byd rili",
           "worries": "just that",
           "anything_else": "No, that's everything. Thank you, you've been very patient with an old man."},
}
FILLER = {"keep": "My garden club on a Thursday.", "change": "Help lifting the compost bags.",
          "support": "Plainly and politely.", "people": "My daughter Susan.", "communication": "English, by text.",
          "visit_time": "Weekday mornings."}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_nothing_to_add_is_shown_as_nothing_noted(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    said = {**FILLER, **NOTHING[lang]}
    record = answer_each(f"w13-{lang}", lang, said)
    by_key = {a["question_key"]: a for a in record["answers"]}
    for key in ("strengths", "worries", "anything_else"):
        assert by_key[key]["text"] == said[key] and by_key[key]["nothing_to_add"], key  # kept as typed, marked
    assert not by_key["keep"]["nothing_to_add"]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        for key in ("strengths", "worries", "anything_else"):
            section = view.section(key)
            assert section is not None
            (items,) = [g for g in section.groups if g.key == "items"]
            assert items.items == () and items.empty_text == label("no_items", ui), key
        words = (render.md_unescape(render.render_markdown(record, ui)),
                 page_text(render.render_html_body(record, ui)), pdf_text(record, ui, tmp_path))
        for text in words:
            for key in ("strengths", "worries", "anything_else"):
                assert squash(said[key]) not in squash(text), (key, text[:200])
            assert squash(FILLER["keep"]) in squash(text)
    from bot.summary.fhir import EXT_NOTHING_TO_ADD

    qr = next(e["resource"] for e in render.to_fhir(record)["entry"]
              if e["resource"]["resourceType"] == "QuestionnaireResponse")
    marked = {i["linkId"] for i in qr["item"] for x in i["extension"] if x["url"] == EXT_NOTHING_TO_ADD}
    assert marked == {"strengths", "worries", "anything_else"}


@pytest.mark.parametrize("text, nothing", [
    ("dim byd rili", True), ("just that", True), ("Na, dim byd arall. Diolch yn fawr, you are very kind", True),
    ("No, that's everything. Thank you, you've been very patient with an old man.", True),
    ("can the worker be a woman pls. thats it", False), ("Ydw", False), ("No, but thanks, I'd like a ramp", False),
    ("Fi? Dwi'm yn gwbod. Dim byd rili. Cysgu.", False), ("No. Thanks, but please ring first", False),
])
def test_nothing_to_add_is_told_apart_from_content(text: str, nothing: bool) -> None:
    from bot.conversation.readback import says_nothing_to_add

    assert says_nothing_to_add(text) is nothing


# W10: Jay's "dont tell mum…" (inside his disclosure) and Cer's "jyst plis paid gweud wrth nan" (her reply to the
# safe check, which raised a low-mood concern) were under "How to contact safely"; Cer's labelled low mood.
KEEP_FROM_NAN = {
    "en": ("my stepdad gets rough when hes been drinking like grabs me and pushed me into the door last week. dont "
           "tell mum she'll go mental and it'll be worse", "dont tell mum she'll go mental and it'll be worse",
           "im ok rn hes at work. just please dont tell nan", "just please dont tell nan"),
    "cy": ("ma boyfriend nan, Clive, yn cymryd ei cherdyn banc hi bob wythnos a ma fe'n gweiddi arni hi ac yn fy "
           "mwrw i. paid gweud wrth mam", "paid gweud wrth mam",
           "ye fi'n fine, ma fe ddim yn neud dim byd i fi. jyst plis paid gweud wrth nan",
           "jyst plis paid gweud wrth nan"),
}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_dont_tell_is_what_must_not_be_shared_not_how_to_contact(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    disclosure, keep, reply, keep_too = KEEP_FROM_NAN[lang]
    record = said_in_turn(f"w10-{lang}", lang, ["football and gaming", disclosure, reply], register="ti")
    assert any(f["level"] == "urgent" and f["text"] == disclosure for f in record["risk_flags"])
    by_text = {a["text"]: a for a in record["answers"]}
    assert by_text[disclosure]["sensitive_words"] == keep and by_text[reply]["sensitive_words"] == keep_too
    assert by_text[reply]["safeguarding"] != "safety_wish"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("safeguarding")
        assert section is not None
        groups = {g.key: g for g in section.groups}
        assert not any(keep in i.quote or keep_too in i.quote for i in groups["safety_wishes"].items)
        sensitive = {i.quote: i for i in groups["sensitive"].items}
        assert set(sensitive) == {keep, keep_too}
        for item in sensitive.values():
            assert not any(label("cat_low_mood", ui) in m for m in item.meta), item.meta
        for text in (render.md_unescape(render.render_markdown(record, ui)),
                     page_text(render.render_html_body(record, ui)), pdf_text(record, ui, tmp_path)):
            text = squash(text)
            shared = text.index(squash(label("group_sensitive", ui)))
            assert squash(keep) in text[shared:] and squash(keep_too) in text[shared:]


# W4: Jay (13) at the change question, after his disclosure: "i want to not have to be home when hes drunk. and get
# my grades up in maths, miss says im behind" was added to the alert (read as a concern over the whole answer, in
# no sentence alone), and the maths wish was lost from the read-back and the summary.
JAY = {
    "en": ("my mate kyle and his mum. football coach is sound. my stepdad gets rough when hes been drinking like grabs "
           "me and pushed me into the door last week", "im ok rn hes at work. can we just carry on",
           "i want to not have to be home when hes drunk. and get my grades up in maths, miss says im behind",
           "get my grades up in maths"),
    "cy": ("fy mêt Kyle a'i fam. ma'r hyfforddwr pêl-droed yn sound. ma llysdad fi yn mynd yn ryff pan mae e di bod "
           "yn yfed, mae e'n cydio yno i a nath e gwthio fi mewn i'r drws wythnos diwetha",
           "fi'n ok nawr mae e yn y gwaith. gallwn ni jyst cario mlaen",
           "fi ddim moyn bod adre pan mae e'n feddw. a moyn cael marciau gwell mewn maths, miss yn gweud bo fi ar "
           "ei hol hi", "marciau gwell mewn maths"),
}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_wish_beside_harm_read_only_over_the_whole_answer_stays_an_outcome(sqlite_url: str, lang: str,
                                                                             tmp_path: Path) -> None:
    disclosure, safe, change, wish = JAY[lang]
    record = said_in_turn(f"w4-{lang}", lang, ["football and gaming", disclosure, safe,
                                                    "football defo. and my nan's on sundays she does a roast", change],
                          register="ti")
    assert [a["question_key"] for a in record["answers"]][-1] == "change"
    assert any(f["level"] == "urgent" and f["text"] == disclosure for f in record["risk_flags"])
    (answer,) = [a for a in record["answers"] if a["text"] == change]
    flag = next(f for f in record["risk_flags"] if f.get("id") == answer.get("risk_flag_id") or f["text"] == change)
    assert flag["level"] in ("concern", "urgent")  # still at the top (English: a concern in no sentence alone)
    (maths,) = [o["text"] for o in record["outcomes"] if wish in o["text"]]
    outcome_in_every_format(record, maths, tmp_path)
    assert not any("drunk" in o["text"] or "feddw" in o["text"] for o in record["outcomes"])
