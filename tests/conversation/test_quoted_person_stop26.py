"""The person's own words, quoted by a support worker, are the person's view as the support worker passed it on
(second stop-25 trial V10: 'he says "I want my own key"' was shown as the support worker's view). The quote's "I" is
the person's. Played through the conversation core, the repository, the read-back, every summary format (web view,
Markdown, PDF text, JSON, FHIR), in Welsh and English."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.analysis import analyse
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.view import label
from tests.conversation.test_whose_view_stop24 import _stored, _support_worker

QUOTED = {
    "en": ('Michael\'s main thing is his independence. He says "I want my own key" and he wants to go to the shop on '
           "his own. I think he needs a travel trainer first.", "I want my own key"),
    "cy": ("Annibyniaeth ydi'r peth mawr i Michael. Mae o'n deud “dwi isio fy ngoriad fy hun”. Dw i'n meddwl bod angen "
           "hyfforddwr teithio arno fo gyntaf.", "dwi isio fy ngoriad fy hun"),
}


@pytest.mark.parametrize("text,quoted", [
    ('He says "I want my own key"', "I want my own key"),
    ("Mikey keeps saying 'I want my own key'", "I want my own key"),
    ("Mae o'n deud “dwi isio fy ngoriad fy hun”", "dwi isio fy ngoriad fy hun"),
    ("Fe wedodd e wrtha i \"fi moyn byw ar ben fy hun\"", "fi moyn byw ar ben fy hun"),
])
def test_a_quote_after_their_words_are_introduced_is_theirs(text: str, quoted: str) -> None:
    outcomes = analyse(text, question="change").outcomes
    assert any(quoted in o.text and o.reported for o in outcomes), outcomes


@pytest.mark.parametrize("text", ["I want my own key for the office.", "I'd like 'easy read' letters please"])
def test_the_speakers_own_words_are_not(text: str) -> None:
    assert not any(o.reported for o in analyse(text, question="change").outcomes)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_workers_quote_of_the_person_is_the_persons_view(sqlite_url: str, language: str,
                                                                    tmp_path: Path) -> None:
    sender = f"quoted-person-{language}"
    conversation = _support_worker(language, sender)
    text, quoted = QUOTED[language]
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(text)
    _answers, outcomes = _stored(sender)
    assert [whose for words, whose in outcomes if quoted in words] == ["person"]
    assert any(whose == "professional" for _words, whose in outcomes)  # the support worker's own judgement stays
    record = load_record(sender)
    assert record is not None
    (mark,) = [o for o in record["outcomes"] if quoted in str(o["text"])]
    assert (mark["whose_view"], mark["reported_by"], mark["about"]) == ("person", "professional", "person")
    for ui in ("cy", "en"):
        shown = render.render_markdown(record, ui)
        at = shown.index(quoted)
        assert label("whose_person_reported_professional", ui) in shown[at:at + 400]
    goal = next(e["resource"] for e in to_fhir(record)["entry"]
                if e["resource"]["resourceType"] == "Goal" and quoted in e["resource"]["description"]["text"])
    assert {"url": next(x["url"] for x in goal["extension"] if x["url"].endswith("/whose-view")),
            "valueCode": "person"} in goal["extension"]
    if shutil.which("pdftotext"):
        pdf = tmp_path / "summary.pdf"
        out = io.BytesIO()
        render.write(record, "pdf", out, language=language)
        pdf.write_bytes(out.getvalue())
        words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert " ".join(label("whose_person_reported_professional", language).split()[:3]) in " ".join(words.split())
