"""A shrug or "don't know" is never listed as a strength or an outcome (stop-21 trial U5), Welsh and English.

A 16-year-old's whole answer to "Beth sy'n mynd yn dda ar hyn o bryd, a phwy sy'n helpu?" was "🤷‍♀️", and the summary
listed it as her only strength. Now an answer that only says they do not know (a shrug, "dunno", "idk", "sai'n
gwbod") is shown apart, "Not sure" / "Ddim yn siŵr", as what they said (kept verbatim in the record), the section
saying nothing noted; it is no outcome either, not even a "why" kept whole. Through the conversation core; the view,
Markdown and PDF, both interface languages.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from bot.analysis.outcomes import says_not_sure
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)


@pytest.mark.parametrize("words", ["🤷‍♀️", "🤷", "🤷🏻‍♂️", "dunno", "idk", "sai'n gwbod", "dim syniad",
                                   "¯\\_(ツ)_/¯"])
def test_a_shrug_or_dont_know_says_not_sure(words: str) -> None:
    assert says_not_sure(words)


@pytest.mark.parametrize("words", ["my mate kyle 👊", "Mam 🤷‍♀️ a fy ffrindiau", "I don't know what I'd do without my nan",
                                   "dwn i ddim be faswn i'n neud heb Nain"])
def test_an_answer_with_something_in_it_is_an_answer(words: str) -> None:
    assert not says_not_sure(words)


@pytest.mark.parametrize("lang, ui, words", [("cy", "cy", "🤷‍♀️"), ("cy", "en", "dim syniad"),
                                             ("en", "en", "🤷‍♀️"), ("en", "cy", "idk")])
def test_not_sure_is_never_listed_as_a_strength(sqlite_url: str, tmp_path: Path, lang: str, ui: str,
                                                words: str) -> None:
    conversation = MemoryConversation(f"not-sure-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Ffion", "register": "ti"})
    conversation.start()
    while conversation.requested != "q_strengths":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(words)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [a["text"] for a in record["answers"] if a["question_key"] == "strengths"] == [words]  # kept as said
    assert not record["outcomes"]
    strengths = build_view(record, ui).section("strengths")
    assert strengths is not None
    groups = {g.key: g for g in strengths.groups}
    assert not groups["items"].items and groups["items"].empty_text == label("no_items", ui)
    (said,) = groups["not_sure"].items
    assert said.quote == words and label("read_as_not_sure", ui) in said.meta
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    section = md[md.index(label("sec_strengths", ui)):]
    assert section.index(label("no_items", ui)) < section.index(label("group_not_sure", ui))
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    assert squash(label("group_not_sure", ui)) in pdf


# ---------------------------------------------------------------- stop-22 trial V6: visit times are not "nothing"

VISIT = {"cy": "ar ol 4 pan wi nol o ysgol. dim pan ma mam yn gwaith pls, moyn hi fod yna. dim dydd mercher achos footy",
         "en": "after 4 when im back from school. not when mum is at work pls, want her there. not wednesdays cos footy"}


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_the_process_group_says_where_the_visit_times_are(sqlite_url: str, lang: str, ui: str) -> None:
    conversation = MemoryConversation(f"visit-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Rhys", "register": "ti"})
    conversation.start()
    while conversation.requested != "q_visit_time":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(VISIT[lang])
    record = load_record(conversation.sender_id)
    assert record is not None
    assert any(o["type"] == "process" for o in record["outcomes"])  # what the read-back offered them
    view = build_view(record, ui)
    section = view.section("what_matters")
    assert section is not None
    process = next(g for g in section.groups if g.key == "process")
    assert not process.items and label("sec_visit_time", ui) in str(process.empty_text)
    assert process.empty_text != label("no_items", ui)
    visit = view.section("visit_time")
    assert visit is not None and [i.quote for i in visit.items] == [VISIT[lang]]


SUPPORT = {"cy": "siarad efo fi dim efo mam, a tecstio cyn dod", "en": "talk to me not mum, and text before you come"}


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("en", "en"), ("en", "cy")])
def test_beside_support_wishes_the_visit_times_are_pointed_to(sqlite_url: str, lang: str, ui: str) -> None:
    """V6 recheck: with two support wishes listed, the visit times confirmed at the read-back were not pointed to."""
    conversation = MemoryConversation(f"visit-too-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Rhys", "register": "ti"})
    conversation.start()
    while conversation.requested not in (None, "q_anything_else"):
        assert not str(conversation.requested).startswith("readback")
        said = {"q_support": SUPPORT, "q_visit_time": VISIT}.get(str(conversation.requested))
        conversation.say(said[lang]) if said else conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    section = build_view(record, ui).section("what_matters")
    assert section is not None
    process = next(g for g in section.groups if g.key == "process")
    assert process.items  # the support wishes
    (notice,) = [n for n in section.notices if n.key == "process_elsewhere"]
    assert label("sec_visit_time", ui) in notice.text
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    assert label("process_also_in_own_sections", ui, sections=f"“{label('sec_visit_time', ui)}”") in md
