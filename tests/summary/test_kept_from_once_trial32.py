"""Tenth user trial (stop 32) AE15: a wish to keep something from someone was at the top of the summary ("Not to be
shared, and with whom") and again with its answer elsewhere (d1 under "Best time to visit", d6 under "Worries"). It
is shown at the top only; the answer's other words stay in their section, marked as part of an answer. Through the
conversation core, SQLite and the summary (page view, markdown, PDF), the trial's words (fictional people) and twins.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bot.storage import repository
from bot.summary import load_record
from bot.summary.render import render_markdown, render_pdf
from bot.summary.view import build_view, label
from tests.conversation.memory import started_with_record
from tests.summary.test_summary_pdf import pdf_text, squash


def _sender(*parts: object) -> str:
    return "mem-f32c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (slot, the answer, its words asking to keep something from someone, its other words, their section)
CASES = {
    "d1": ("q_visit_time", "cy",
           "Prynhawn dydd Mawrth neu dydd Iau ar ol 3, ydw wi moyn bod na. Ond plis peidiwch gweud wrthi bod fi wedi "
           "gweud am y bath a'r tabledi, bydd hi'n grac bo fi wedi clapian",
           "Ond plis peidiwch gweud wrthi bod fi wedi gweud am y bath a'r tabledi, bydd hi'n grac bo fi wedi clapian",
           "Prynhawn dydd Mawrth neu dydd Iau ar ol 3, ydw wi moyn bod na.", "visit_time"),
    "d1_en": ("q_visit_time", "en",
              "Tuesday or Thursday afternoon after 3, yes I want to be there. But please don't tell her I told you "
              "about the bath and the tablets, she'll be cross I've been telling tales",
              "But please don't tell her I told you about the bath and the tablets, she'll be cross I've been telling "
              "tales", "Tuesday or Thursday afternoon after 3, yes I want to be there.", "visit_time"),
    "d6": ("q_worries", "cy",
           "Fy nghefn i, dw i'n ei godi fo o'r bath weithia ar ol ffit. A'r arian, mae'r PIP yn cael ei adolygu. Un "
           "peth pwysig: plis peidiwch â rhannu dim o hyn efo'i dad o, dan ni wedi gwahanu a dydi o ddim i fod i "
           "wybod am y pres",
           "Un peth pwysig: plis peidiwch â rhannu dim o hyn efo'i dad o, dan ni wedi gwahanu a dydi o ddim i fod i "
           "wybod am y pres",
           "Fy nghefn i, dw i'n ei godi fo o'r bath weithia ar ol ffit. A'r arian, mae'r PIP yn cael ei adolygu.",
           "worries"),
    "d6_en": ("q_worries", "en",
              "My back, I lift him out of the bath sometimes after a seizure. And money, his PIP is being reviewed. "
              "One important thing: please don't tell his dad any of this, we're separated and he's not "
              "supposed to know about the money",
              "One important thing: please don't tell his dad any of this, we're separated and he's not "
              "supposed to know about the money",
              "My back, I lift him out of the bath sometimes after a seizure. And money, his PIP is being reviewed.",
              "worries"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_what_must_not_be_shared_is_shown_at_the_top_only(sqlite_url: str, tmp_path: Path, case: str) -> None:
    slot, language, words, kept_from, rest, section_key = CASES[case]
    sender = _sender("ae15", case)
    conversation = started_with_record(sender, language, role="carer", name="Rhian")
    repository.update_conversation(sender, cared_for_name="Eirlys")
    conversation.slots.update({"cared_for_name": "Eirlys", "relationship": "Mam"})
    conversation._ask_next()
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(words)
    record = load_record(sender)
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["text"] == words]
    assert answer["sensitive_words"] == kept_from  # the JSON keeps the answer whole and says which words
    for interface in ("cy", "en"):
        view = build_view(record, interface)
        top = view.section("safeguarding")
        assert top is not None
        assert [i.quote for g in top.groups if g.key == "sensitive" for i in g.items] == [kept_from]
        elsewhere = [i.quote for s in view.sections if s.key != "safeguarding" for i in s.items]
        assert not [q for q in elsewhere if "peidiwch" in q or "don't" in q], elsewhere
        section = view.section(section_key)
        assert section is not None
        (item,) = [i for i in section.items if i.quote == rest]
        assert label("apart_from_kept_from", interface, section=label("sec_safeguarding", interface)) in item.meta
        assert render_markdown(record, interface).count(kept_from) == 1
    pdf = squash(pdf_text(render_pdf(record, "en"), tmp_path))
    assert pdf.count(squash(kept_from)[:40]) == 1 and squash(rest)[:40] in pdf
