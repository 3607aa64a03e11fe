"""AX16 (stop 43 trial): bullying by other children was shown as plain "cam-drin" / "abuse".

Cai, 14: "ma bois yn blwyddyn 10 yn pigo arna i, galw enwe …, nethon nhw ddwyn bag fi" was "Pryder … cam-drin" in the
summary and "Pryder diogelu" in the list; a worker reading "abuse" about a young carer may think of harm at home. The
category stays abuse (risk_bullying.tsv since stop 41); the summary, every format, and the summaries list now name the
family: "cam-drin (bwlio gan blant eraill)" / "abuse (bullying by other children)". A partner or someone at home calling
them names on WhatsApp stays plain abuse. Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools
import re

import pytest

from bot.storage import db, repository
from bot.summary import load_record, render
from bot.summary.view import build_view, category_keys, label
from bot.web.summaries import list_rows
from tests.conversation.memory import started_with_record

_senders = itertools.count(1)

#: Other children, at school, in a year group, online (the trial's words first, then phrasings in no benchmark file).
BULLYING = {
    "cy": ["ma bois yn blwyddyn 10 yn pigo arna i, galw enwe, nethon nhw ddwyn bag fi",
           "ma plant yn ysgol yn pigo arna i, galw enwe ar snapchat bob nos",
           "hogia blwyddyn 8 yn galw enwa arna fi bob dydd", "mae genod o'r dosbarth yn fy mwlio i ar y grwp"],
    "en": ["the boys in year 9 keep calling me names and took my bag", "girls in yr 7 keep laughing at me",
           "kids at school pick on me, calling me names on snapchat every night",
           "im getting bullied online by people from my class"],
}
#: Names called by a partner or at home: no other children, plain abuse.
NOT_BULLYING = {
    "cy": ["mae fy ngŵr yn fy ngalw i'n enwau ar whatsapp", "mae o'n gweiddi arna i ac yn fy ngalw i'n enwau"],
    "en": ["my husband calls me names on whatsapp", "he shouts at me and calls me names every night"],
}


@pytest.mark.parametrize("text", BULLYING["cy"] + BULLYING["en"])
def test_abuse_by_other_children_is_labelled_bullying(text: str) -> None:
    assert category_keys(["abuse"], text) == ["cat_abuse_bullying"]
    assert category_keys(["abuse", "low_mood"], text) == ["cat_abuse_bullying", "cat_low_mood"]
    assert category_keys(["low_mood"], text) == ["cat_low_mood"]  # only abuse is named so


@pytest.mark.parametrize("text", NOT_BULLYING["cy"] + NOT_BULLYING["en"])
def test_abuse_by_a_partner_or_at_home_stays_abuse(text: str) -> None:
    assert category_keys(["abuse"], text) == ["cat_abuse"]


def test_the_labels_say_the_family_in_both_languages() -> None:
    assert label("cat_abuse_bullying", "cy") == "cam-drin (bwlio gan blant eraill)"
    assert label("cat_abuse_bullying", "en") == "abuse (bullying by other children)"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_summary_and_the_list_name_the_family(sqlite_url: str, language: str) -> None:
    conversation = started_with_record(f"bullying-{next(_senders)}", language, role="young_person", name="Cai")
    while conversation.requested != "q_worries":
        conversation.say("/skip", intent="skip")
    conversation.say(BULLYING[language][0])
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [f["categories"] for f in record["risk_flags"]] == [["abuse"]]  # the category itself stays abuse
    for ui in ("cy", "en"):
        safeguarding = build_view(record, ui).section("safeguarding")
        assert safeguarding is not None
        shown = " ".join(m for g in safeguarding.groups for i in g.items for m in i.meta)
        assert label("cat_abuse_bullying", ui) in shown
        md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
        assert label("cat_abuse_bullying", ui) in md
    with db.session_scope(sqlite_url) as s:
        rows = list_rows(repository.list_conversations(s, None))
    assert [r["families"] for r in rows] == [["cat_abuse_bullying"]]
