"""fix34b, left at stop 34: every phone number given before "don't ring me" was hidden, a sister's included. Only the
person's own number(s) they take back go; another person's number they gave stays, with whose it is (the words beside
it). Through the conversation core, SQLite and every format of the summary; English and Welsh.
"""
from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.withdrawn_contact import own_phone_numbers
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.record import withhold_withdrawn_numbers
from tests.conversation.memory import started_with_record
from tests.summary.test_safeguarding_section import pdf_text

OWN, SISTERS = "07700 900123", "07700 900456"
PEOPLE = {"en": f"my sister Linda rings sundays, her number is {SISTERS} if you need her",
          "cy": f"mae fy chwaer Linda yn ffonio ar ddydd Sul, rhif fy chwaer ydi {SISTERS} os oes angen"}
CONTACT = {"en": f"text me on {OWN} i guess. actually please don't ring me at all, i never pick up",
           "cy": f"tecstiwch fi ar {OWN} am wn i. a dweud y gwir peidiwch â fy ffonio i o gwbl, dw i byth yn ateb"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_only_their_own_number_is_taken_back(sqlite_url: str, language: str, tmp_path: Path) -> None:
    sender = "mem-lo35-numbers-" + hashlib.sha256(language.encode()).hexdigest()[:12]
    conversation = started_with_record(sender, language, role="person", name="Rhys")
    for slot, words in (("q_people", PEOPLE[language]), ("q_communication", CONTACT[language])):
        while conversation.requested != slot:
            conversation.say("/skip", intent="skip")
        conversation.say(words)
    record = load_record(sender)
    assert record is not None
    assert record["numbers_withheld"] == 1
    formats = [json.dumps(record, ensure_ascii=False), json.dumps(to_fhir(record), ensure_ascii=False),
               render.render_markdown(record, language), html.unescape(render.render_html_body(record, language)),
               pdf_text(render.render_pdf(record, language), tmp_path)]
    for shown in formats:
        assert OWN not in shown
    for shown in formats[:4]:
        assert SISTERS in shown  # a way to reach Linda, with whose it is
    assert any(a["text"] == PEOPLE[language] for a in record["answers"])


@pytest.mark.parametrize("text, own", [
    (f"My mobile is {OWN} if needed. My sister Linda on {SISTERS}.", [OWN]),
    (f"{OWN} if needed", [OWN]),
    (f"ring me on {OWN}, or Linda's is {SISTERS}", [OWN]),
    (f"her number is {SISTERS}, mine is {OWN}", [OWN]),
    (f"Linda: {SISTERS}", []),
    (f"fy rhif i ydi {OWN}, ffôn fy mrawd ydi {SISTERS}", [OWN]),
    (f"rhif Linda ydi {SISTERS}", []),
    (f"ei rhif hi ydi {SISTERS}", []),
])
def test_whose_number(text: str, own: list[str]) -> None:
    assert own_phone_numbers(text) == own


def test_a_sisters_number_given_before_dont_ring_me_stays() -> None:
    people = f"my sister Linda on {SISTERS}"
    record: dict[str, Any] = {"answers": [{"id": 1, "text": people}, {"id": 2, "text": f"me on {OWN}. please don't ring me"}],
              "outcomes": []}
    assert withhold_withdrawn_numbers(record) == 1
    assert record["answers"][0]["text"] == people and OWN not in record["answers"][1]["text"]
