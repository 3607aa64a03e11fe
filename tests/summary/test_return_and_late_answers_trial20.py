"""Coming back, and an answer that is mostly not the concern in it (acceptance trial stop 20, T3).

A 14-year-old stopped, came back with "haia fi nol 👋 ma Cai yn y gwely nawr" (kept as he came back, as news
may be: bot.conversation.steering.keep_return_news), and then answered "anything else" with his important
people and one worry. The summary filed the greeting as his "anything else" and showed his real answer only as a
"falls" concern at the top. Now words said between the questions are shown apart, never as an answer, and a
short answer whose concern is at most half of it is quoted at the top by the concern's sentences, the whole
answer staying with its question (bot.summary.record.concern_excerpt). Played through the conversation core,
Welsh and English; every format.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import steering
from bot.conversation.answers import ASIDE_KEY as KEPT_AS
from bot.summary import load_record, render
from bot.summary.record import ASIDE_KEY
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.summary.test_what_happened_next import page_text, pdf_text

_senders = itertools.count(1)
# Fictional: the trial's words (Welsh) and an English twin.
WORDS = {
    "cy": {"what_matters": "fi jyst moyn bach o amser i fi weithie",
           "back": "haia fi nol 👋 ma Cai yn y gwely nawr",
           "late": "o ie sa i wedi ateb y peth am pwy sy'n bwysig achos o'n i gorfod mynd. dad a Cai obvs, a mam-gu "
                   "jean sy'n dod draw ar ddydd sul, a Mr Price athro PE sy'n gadel fi fynd i'r clwb amser cinio. a "
                   "beth sy'n poeni fi yw dad yn cwympo ar y stare pan sai 'na",
           "worry": "a beth sy'n poeni fi yw dad yn cwympo ar y stare pan sai 'na"},
    "en": {"what_matters": "i just want a bit of time for me sometimes",
           "back": "hiya im back 👋 Cai's in bed now",
           "late": "oh yeah i didnt answer the one about who's important cos i had to go. dad and Cai obvs, and nan "
                   "jean who comes over on sundays, and Mr Price the PE teacher who lets me go to the club at "
                   "lunch. and what worries me is dad falling on the stairs when im not there",
           "worry": "and what worries me is dad falling on the stairs when im not there"},
}


def test_the_summary_and_the_conversation_agree_on_the_key() -> None:
    assert ASIDE_KEY == KEPT_AS


def _play(lang: str) -> dict[str, Any]:
    w = WORDS[lang]
    sender = f"return-late-{next(_senders)}"
    conversation = MemoryConversation(sender, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Rhys", "register": "ti"})
    conversation.start()
    while conversation.requested != "q_anything_else":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        if conversation.requested == "q_what_matters":
            conversation.say(w["what_matters"])
            continue
        if conversation.requested == "q_communication":  # he had to go, and came back later
            steering.stop(MemoryTurn(conversation, "stop"))
            steering.route(MemoryTurn(conversation, w["back"]))
        conversation.say("/skip", intent="skip")
    conversation.say(w["late"])
    record = load_record(sender)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_return_greeting_is_no_answer_and_the_late_answer_stays_with_its_question(sqlite_url: str, lang: str,
                                                                                  tmp_path: Path) -> None:
    w = WORDS[lang]
    record = _play(lang)
    assert [a["question_key"] for a in record["answers"] if a["text"] == w["back"]] == [ASIDE_KEY]
    late = next(a for a in record["answers"] if a["text"] == w["late"])
    assert late["safeguarding"] == "concern" and late["safeguarding_excerpt"] == w["worry"]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = view.sections[0]
        concerns = [i.quote for g in top.groups if g.key == "concerns" for i in g.items]
        assert concerns == [w["worry"]]  # the worry at the top, by its own words only
        anything_else = view.section("anything_else")
        assert anything_else is not None
        groups = {g.key: [i.quote for i in g.items] for g in anything_else.groups}
        assert groups["items"] == [w["late"]]  # his answer, whole, with its question
        assert groups["asides"] == [w["back"]]  # the greeting apart, not as an answer
        (aside,) = next(g for g in anything_else.groups if g.key == "asides").items
        assert label("read_as_aside", ui) in aside.meta
        md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
        web = page_text(render.render_html_body(record, ui))
        pdf = pdf_text(render.render_pdf(record, ui), tmp_path)
        for name, text in (("md", md), ("web", web), ("pdf", pdf)):
            section = text[text.rindex(label("sec_anything_else", ui)):]
            # (the start of each: the PDF wraps long lines and cannot print the emoji)
            assert section.index(f"“{w['late'][:40]}") < section.index(label("group_asides", ui)) < section.index(
                f"“{w['back'][:11]}"), name
