"""Trial 36 AM1: the language a person wants, never one they only say they received.

"Hoffwn i bob llythyr ddod yn Gymraeg, os gwelwch yn dda. Cefais lythyr Saesneg yn unig y llynedd…" (I'd like every
letter in Welsh, please. I got a letter in English only last year…) gave the summary "Dewis iaith: Saesneg" and
`stated_language: "en"`: "yn unig" (only) beside the English letter she had was read as her preference.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.summary import load_record
from bot.summary.record import stated_language
from bot.summary.view import build_view, label
from tests.conversation.memory import started_with_record

WANTED = [
    ("cy", "Hoffwn i bob llythyr ddod yn Gymraeg, os gwelwch yn dda. Cefais lythyr Saesneg yn unig y llynedd ac nid "
           "oeddwn yn ei ddeall yn iawn.", "cy"),
    ("en", "I'd like letters in Welsh, I only got English ones last year", "cy"),
    ("cy", "Dw i isio llythyrau yn Saesneg plis. Ges i rai yn Gymraeg yn unig llynedd a doedd fy merch ddim yn eu deall",
     "en"),
    ("en", "English please. They sent it in Welsh last time and I could not read it", "en"),
]


@pytest.mark.parametrize("language,words,wanted", WANTED)
def test_the_language_asked_for_is_the_preference(sqlite_url: str, language: str, words: str, wanted: str) -> None:
    sender = "mem-fix36c-am1-" + hashlib.sha256(words.encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Megan")
    while conversation.requested != "q_communication":
        conversation.say("/skip", intent="skip")
    conversation.say(words)
    record = load_record(sender)
    assert record is not None
    assert record["stated_language"] == wanted
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("language")
        assert section is not None
        facts = {f.key: f.value for f in section.facts}
        assert facts["preferred_language"].startswith(label(f"lang_{wanted}", interface))


@pytest.mark.parametrize("words,wanted", [
    ("Welsh if you can, it was her first language", "cy"),
    ("I like a bit of Welsh but English is easier for me now", "en"),
    ("I don't want English letters, Welsh please", "cy"),
    ("dim Saesneg", "cy"),
    ("Cymraeg plis, ond dwi'n dallt Saesneg", "cy"),
])
def test_earlier_readings_stand(words: str, wanted: str) -> None:
    assert stated_language([{"question_key": "communication", "text": words, "id": 1}])[0] == wanted
