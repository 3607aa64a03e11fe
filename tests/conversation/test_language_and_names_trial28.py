"""The fifth trial's language, name and first-message findings (stop 28, Y4, Y11, Y15), through the conversation core.

Y4: a Welsh speaker who pressed Cymraeg and writes Welsh text-speak with English mixed in was flipped to English
and back four times, once by "dunno. jus dont talk down to me"; the read-back and closing then came in English.
A chosen language now changes only on a clear, sustained switch (two whole messages in a row in the other
language) or on words asking for it. Y11: the name they go by, said after their full name, is the one used.
Y15: the very first message says who reads the answers, and when.
"""
from __future__ import annotations

import hashlib

from bot import messages


def _sender(*parts: object) -> str:
    return "mem-trial28-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _other(language: str) -> str:
    return "en" if language == "cy" else "cy"


# --- Y15: the very first message says who reads the answers, and when ----------------------------------------------

def test_the_first_message_says_who_reads_the_answers_and_when_in_both_languages() -> None:
    first = messages.text("active_offer", None)
    welsh, english = first[:first.index("Hello")], first[first.index("Hello"):]
    assert "Cynorthwyydd digidol" in welsh and "gweithiwr gofal cymdeithasol" in welsh
    assert "cyn dod i'ch gweld chi" in welsh and "nid wrth i chi deipio" in welsh
    assert "digital assistant" in english and "social care worker" in english
    assert "before coming to see you" in english and "not while you type" in english
    # A few words, not a paragraph: each language's part stays short enough to read at a glance.
    assert len(welsh.split()) <= 60 and len(english.split()) <= 60
