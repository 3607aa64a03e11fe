"""Re-trial 34 (left at stop 34): "actually please don't ring me at all, i never pick up lol. just text", typed at "When's
the best time for someone to come and see you?", was filed under the best time to visit. How (not) to contact them is
a contact preference wherever it is typed: listed under "Communication and access needs" with the question it
answered; the rest of the answer (a time to visit) stays where it was said. Through the conversation core, SQLite and
the summary's view (both languages of the summary); the trial's words and Welsh twins.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.withdrawn_contact import is_contact_wish
from bot.summary import load_record
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started_with_record

WHOLE = {"en": "actually please don't ring me at all, i never pick up lol. just text",  # the trial's words
         "cy": "actually plis peidiwch â fy ffonio i o gwbl, dw i byth yn ateb lol. jyst tecst"}
#: (the whole answer, its words about contact, the rest: a time to visit)
PART = {"en": ("Mornings are best, after 10. Please don't ring me, text instead.",
               "Please don't ring me, text instead.", "Mornings are best, after 10."),
        "cy": ("Y bore sydd orau, ar ôl 10. Peidiwch â fy ffonio i, tecstiwch fi.",
               "Peidiwch â fy ffonio i, tecstiwch fi.", "Y bore sydd orau, ar ôl 10.")}


def _at_visit_time(language: str, *parts: object) -> MemoryConversation:
    sender = "mem-lo35-contact-" + hashlib.sha256("|".join(map(str, (language, *parts))).encode()).hexdigest()[:12]
    conversation = started_with_record(sender, language, role="young_person" if "young" in parts else "person",
                                       name="Rhys")
    while conversation.requested != "q_visit_time":
        conversation.say("/skip", intent="skip")
    return conversation


def _quotes(conversation: MemoryConversation, summary_language: str) -> dict[str, list[str]]:
    record = load_record(conversation.sender_id)
    assert record is not None
    view = build_view(record, summary_language)
    return {key: [i.quote for g in view.section(key).groups for i in g.items]  # type: ignore[union-attr]
            for key in ("communication", "visit_time")}


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("summary_language", ["en", "cy"])
def test_dont_ring_me_at_the_visit_time_is_how_to_contact_them(sqlite_url: str, language: str,
                                                                summary_language: str) -> None:
    conversation = _at_visit_time(language, "young", summary_language)
    conversation.say(WHOLE[language])
    quotes = _quotes(conversation, summary_language)
    assert quotes["communication"] == [WHOLE[language]]
    assert quotes["visit_time"] == []  # said where it went, never listed as a time to visit
    record = load_record(conversation.sender_id)
    assert record is not None
    section = build_view(record, summary_language).section("visit_time")
    assert section is not None
    (group,) = [g for g in section.groups if g.key == "items"]
    assert group.empty_text == label("contact_wish_moved", summary_language,
                                     section=label("sec_communication", summary_language))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_time_stays_and_the_contact_wish_goes_to_communication(sqlite_url: str, language: str) -> None:
    conversation = _at_visit_time(language, "part")
    whole, contact, rest = PART[language]
    conversation.say(whole)
    quotes = _quotes(conversation, language)
    assert quotes["communication"] == [contact]
    assert quotes["visit_time"] == [rest]


@pytest.mark.parametrize("words", [
    "please don't ring me at all", "just text", "email only please", "peidiwch â fy ffonio", "tecstiwch fi",
    "e-bost yn unig", "dim galwadau ffôn",
])
def test_contact_wishes(words: str) -> None:
    assert is_contact_wish(words)


@pytest.mark.parametrize("words", [
    "Mornings are best, after 10.", "any time after the school run", "Y bore sydd orau", "I ring my sister on Sundays",
    "Mae Linda yn ffonio ar ddydd Sul",
])
def test_not_contact_wishes(words: str) -> None:
    assert not is_contact_wish(words)
