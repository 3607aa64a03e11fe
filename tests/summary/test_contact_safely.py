"""How to contact them safely, at the top (the senior practitioner's review, stop 19, item 2).

When the person said how to reach them safely ("don't ring the house, he'll see", "ring after 3 when he's at
work"), their words are the first thing in the safeguarding section, verbatim, once, whichever question they
answered and also when said as the reply to "are you safe right now?". Conversations are played through the
conversation core (no Rasa) in Welsh and English; the summary is read in every format and both interfaces.
"""
from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label

# Fictional words. The reply to the safe check and a later answer both say how to contact her safely.
WORDS = {
    "en": {"q_what_matters": "I want to keep seeing my grandchildren on Sundays",
           "disclosure": "He hits me when he's had a drink and I'm scared of him",
           "wish_reply": "texts only please, he'll see if you ring",
           "carry_on": "carry on",
           "q_visit_time": "ring after 3 when he's at work",
           "q_change": "I'd like help with the shopping"},
    "cy": {"q_what_matters": "Dw i eisiau dal i weld fy wyrion ar y Sul",
           "disclosure": "Mae e'n fy mwrw i pan mae e 'di yfed a dw i ofn e",
           "wish_reply": "tecst yn unig plis, bydd e'n gweld os dych chi'n ffonio",
           "carry_on": "parhau",
           "q_visit_time": "ffoniwch ar ôl 3 pan mae e yn y gwaith",
           "q_change": "Hoffwn i help gyda'r siopa"},
}
LANGS = pytest.mark.parametrize("lang", ["en", "cy"])


def play(sender_id: str, lang: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    w = WORDS[lang]
    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="person", display_name="Jo")
    repository.record_consent(sender_id, True)
    conversation.start()
    for words in (w["q_what_matters"], w["disclosure"], w["wish_reply"], w["carry_on"]):
        conversation.say(words)
    for _ in range(10):  # on through the questions to the visit time: answer those in WORDS, skip the rest
        slot = conversation.requested
        if slot is None:
            break
        if slot in w:
            conversation.say(w[slot])
        else:
            conversation.say("/skip", intent="skip")
        if slot == "q_visit_time":
            break
    record = load_record(sender_id)
    assert record is not None
    return record


def page_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@LANGS
def test_how_to_contact_safely_comes_first_in_every_format(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    w = WORDS[lang]
    record = play(f"contact-safely-{lang}", lang)
    kinds = {a["text"]: a["safeguarding"] for a in record["answers"]}
    assert kinds[w["wish_reply"]] == "safety_wish" and kinds[w["q_visit_time"]] == "safety_wish"
    assert kinds[w["carry_on"]] == "safety_check"
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = view.sections[0]
        assert top.key == "safeguarding" and top.groups[0].key == "safety_wishes"
        assert top.groups[0].title == label("group_safety_wishes", ui)
        assert [i.quote for i in top.groups[0].items] == [w["wish_reply"], w["q_visit_time"]]  # in the order said
        for words in (w["wish_reply"], w["q_visit_time"]):
            assert view.quotes().count(words) == 1, words  # once: not under the disclosure, not with its question
        (disclosure,) = next(g for g in top.groups if g.key == "urgent").items
        assert [f.value for f in disclosure.follow_up if f.verbatim] == [w["carry_on"]]
        md = render.md_unescape(render.render_markdown(record, ui))
        web = page_text(render.render_html_body(record, ui))
        pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
        for name, text in (("md", md), ("web", web), ("pdf", pdf)):
            text = text[text.index(label("sec_safeguarding", ui)):]
            heading, disclosed = text.index(label("group_safety_wishes", ui)), text.index(w["disclosure"])
            assert heading < text.index(w["wish_reply"]) < text.index(w["q_visit_time"]) < disclosed, name
            for words in (w["wish_reply"], w["q_visit_time"]):
                assert text.count(words) == 1, (name, words)
    out = io.BytesIO()
    render.write(record, "fhir", out)
    bundle = json.loads(out.getvalue())
    wishes = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"
              and "safety_wish" in [c["code"] for c in e["resource"]["code"]["coding"]]]
    said = [x["valueString"] for f in wishes for x in f["extension"] if x["url"].endswith("/verbatim-words")]
    assert said == [w["wish_reply"], w["q_visit_time"]]


def test_no_line_without_a_safety_wish() -> None:
    """A record with a disclosure and no wish about contact has no such line (no empty heading)."""
    record = {"reference": "WM-TEST01", "status": "confirmed", "risk_flags": [
        {"id": 1, "level": "urgent", "categories": ["suicide"], "text": "I want to end it", "language": "en",
         "time": "2026-12-04T00:00:00Z", "alert_status": "sent"}], "answers": [], "outcomes": []}
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        assert [g.key for g in view.sections[0].groups if g.items] == ["urgent"]
        assert label("group_safety_wishes", ui) not in render.render_markdown(record, ui)


IN_DISCLOSURE = {
    "en": ("He hits me when he's had a drink. Don't ring the house, he'll see.", "Don't ring the house, he'll see."),
    "cy": ("Mae e'n fy mwrw i pan mae e 'di yfed. Paid ffonio'r tŷ, bydd e'n gweld.",
           "Paid ffonio'r tŷ, bydd e'n gweld."),
}


@LANGS
def test_a_disclosure_that_says_how_to_contact_safely(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    """The wish inside a disclosure is quoted first (its sentence, exact); the disclosure stays whole below."""
    from tests.conversation.memory import MemoryConversation

    disclosure, wish = IN_DISCLOSURE[lang]
    sender = f"contact-in-disclosure-{lang}"
    conversation = MemoryConversation(sender, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=lang, completed_by="person", register="chi")
    conversation.start()
    conversation.say(WORDS[lang]["q_what_matters"])
    conversation.say(disclosure)
    record = load_record(sender)
    assert record is not None and [f["level"] for f in record["risk_flags"]] == ["urgent"]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        contact, urgent = view.sections[0].groups[0], view.sections[0].groups[1]
        assert (contact.key, urgent.key) == ("safety_wishes", "urgent")
        assert [i.quote for i in contact.items] == [wish] and wish in disclosure and contact.items[0].excerpt
        assert label("wish_in_disclosure", ui, group=label("group_urgent", ui)) in contact.items[0].meta
        assert [i.quote for i in urgent.items] == [disclosure]  # never cut
        for text in (render.md_unescape(render.render_markdown(record, ui)),
                     page_text(render.render_html_body(record, ui)), pdf_text(render.render_pdf(record, ui), tmp_path)):
            top = text[text.index(label("sec_safeguarding", ui)):text.index(label("sec_about", ui))]
            assert top.index(label("group_safety_wishes", ui)) < top.index(f"“{wish}”") < top.index(f"“{disclosure}”")
