"""A Welsh learner reads as a learner in the Language section (stop-21 trial U19), Welsh and English chats.

An English-born learner of 71 typed, to the support question, "Hoffwn i weithiwr sy'n siarad Cymraeg, ond yn araf plis!
Dw i'n dysgu. Os dw i ddim yn deall, I'll say, ..." and the Language section quoted her words with "Dw i'n dysgu." cut
out by the "…" between the sentences that name a language; nothing said she was a learner. Now a sentence saying they
are learning is part of their words about language (never elided), and the section says "Learning Welsh (their words)"
with it, next to the language they want. Through the conversation core; the view and Markdown, both interface
languages. (Her switch message, "alla i newid i Gymraeg? dw i'n dysgu Cymraeg", is a control turn the record does not
keep: not quoted here.)
"""
from __future__ import annotations

import itertools
import re

import pytest

from bot.summary import load_record, render
from bot.summary.record import says_learning
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
SUPPORT = {
    "cy": ("Hoffwn i weithiwr sy'n siarad Cymraeg, ond yn araf plis! Dw i'n dysgu. Os dw i ddim yn deall, I'll say, "
           "and we can switch to English for the difficult bits. Dw i ddim eisiau colli'r practice."),
    "en": ("I'd like a worker who speaks Welsh, but slowly please! I'm learning Welsh. If I don't understand I'll say, "
           "and we can switch to English for the hard bits. I don't want to lose the practice."),
}
LEARNER = {"cy": "Dw i'n dysgu.", "en": "I'm learning Welsh."}


@pytest.mark.parametrize("words,learning", [
    ("Dw i'n dysgu.", True), ("alla i newid i Gymraeg? dw i'n dysgu Cymraeg", True), ("I'm learning Welsh", True),
    ("Mae hi'n dysgu Cymraeg yn y capel", True), ("dysgwr ydw i", True),
    ("sori, can we do it in English actually? my Welsh isnt great, I'm a learner", True),  # stop-22 trial V39
    ("I want to learn to use the tablet", False), ("dwi'n dysgu nofio", False), ("Dwi isio dysgu defnyddio'r tablet",
                                                                                False),
])
def test_saying_they_are_learning(words: str, learning: bool) -> None:
    assert says_learning(words) is learning


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_a_learner_reads_as_a_learner(sqlite_url: str, lang: str, ui: str) -> None:
    conversation = MemoryConversation(f"learner-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Margaret"})
    conversation.start()
    while conversation.requested != "q_support":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(SUPPORT[lang])
    record = load_record(conversation.sender_id)
    assert record is not None
    section = build_view(record, ui).section("language")
    assert section is not None
    facts = {f.key: f for f in section.facts}
    assert facts["language_learner"].value == LEARNER[lang] and facts["language_learner"].verbatim
    assert facts["language_learner"].label == label("language_learner_cy", ui)
    said = facts["language_words"].value
    assert LEARNER[lang] in said and said.startswith(SUPPORT[lang][:40])  # her words, the learner sentence not cut
    keys = [f.key for f in section.facts]
    assert keys.index("preferred_language") < keys.index("language_learner")  # beside the language wanted
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    assert label("language_learner_cy", ui) in md and LEARNER[lang] in md


@pytest.mark.parametrize("chat, ui", [("en", "en"), ("en", "cy"), ("cy", "cy")])
def test_when_nobody_said_the_persons_language_the_worker_is_told_to_offer_welsh(
        tmp_path_factory: pytest.TempPathFactory, chat: str, ui: str) -> None:
    """Stop-22 trial V34: an English carer never said Ken's language: "Not stated", and nothing said to offer Welsh."""
    from tests.summary.conftest import migrated_database, seed_carer_views

    line = ("change", "What would Ken like to change?", "He wants to get back to the Legion on a Friday.",
            [("He wants to get back to the Legion on a Friday.", "change", "person")])
    with migrated_database(tmp_path_factory.mktemp("v34")):
        seed_carer_views(f"v34-{chat}-{ui}", chat, [line], carer="Gareth", cared_for="Ken")
        record = load_record(f"v34-{chat}-{ui}")
    assert record is not None
    section = build_view(record, ui).section("language")
    assert section is not None
    keys = [n.key for n in section.notices]
    if chat == "cy":  # a Welsh chat: the Active Offer already applies
        assert keys == ["active_offer"]
    else:
        assert keys == ["active_offer_ask"]
        md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
        assert label("active_offer_ask", ui) in md
