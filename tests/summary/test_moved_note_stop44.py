"""AX23 (stop 43 trial): an empty "Anything else" said some of its words were at the top.

Lorraine answered "Anything else?" with "no thats all", yet her summary's "Unrhyw beth arall / Anything else" showed
only "Some of their words here are shown only under "Safeguarding and risk" at the top of this summary.": her reply to
"are you safe right now?" also said how to contact her safely, so it went to the top as that, and (an answer to no
section's question, it reaches "anything else" only as an unknown key) was counted as moved from there. Now the note
is shown only in a section one of whose own answers went to the top. Through the conversation core, Welsh and
English; the words are fictional.
"""
from __future__ import annotations

import itertools
import re

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import started_with_record

_senders = itertools.count(1)

WORDS = {
    "en": {"q_what_matters": "I want to get my words back",
           "q_worries": "my husband Dave took my bank card off me after the stroke and he gets cross if I ask for "
                        "it, I'm frightened to ask now",
           "safe": "yes im safe. my mobile is best, Dave reads the letters",
           "q_anything_else": "no thats all"},
    "cy": {"q_what_matters": "dw i isio cael fy ngeiriau yn ôl",
           "q_worries": "Mae Dai yn cadw fy ngherdyn banc i ers y strôc ac mae o'n gwylltio os dw i'n gofyn amdano "
                        "fo. Mae gen i ofn gofyn erbyn hyn.",
           "safe": "ydw dwi'n saff. peidiwch ffonio'r tŷ, mae o'n gwrando",
           "q_anything_else": "na, dyna'r cyfan diolch"},
}
#: "Anything else?" answered with a disclosure of its own: that section's own words went to the top.
ITS_OWN = {"en": "my son takes my pension every week and I'm scared of him",
           "cy": "mae'r mab yn cymryd fy mhensiwn i bob wythnos a dw i ofn o"}


def _record(language: str, anything_else: str) -> dict:
    conversation = started_with_record(f"moved-note-{next(_senders)}", language, role="person", name="Lorraine")
    words = WORDS[language]
    while conversation.requested and not conversation.requested.startswith("readback"):
        slot = conversation.requested
        if slot == "q_worries":
            conversation.say(words[slot])
            conversation.say(words["safe"])  # the reply to "are you safe right now?"
        elif slot == "q_anything_else":
            conversation.say(anything_else)
        elif slot in words:
            conversation.say(words[slot])
        else:
            conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("language, ui", [("en", "en"), ("cy", "cy"), ("cy", "en")])
def test_an_empty_anything_else_says_nothing_was_moved(sqlite_url: str, language: str, ui: str) -> None:
    record = _record(language, WORDS[language]["q_anything_else"])
    view = build_view(record, ui)
    section = view.section("anything_else")
    assert section is not None
    assert [n.key for n in section.notices] == []
    assert [i.quote for g in section.groups for i in g.items] == []
    assert section.groups[0].empty_text == label("no_items", ui)
    # the safe-check reply is still at the top, as how to contact them safely
    assert WORDS[language]["safe"] in render.render_markdown(record, ui)
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    anything_else = md.split("## " + label("sec_anything_else", ui), 1)[1].split("## ", 1)[0]
    assert label("moved_to_safeguarding", ui, section=label("sec_safeguarding", ui)) not in anything_else
    assert label("no_items", ui) in anything_else


@pytest.mark.parametrize("language", ["en", "cy"])
def test_its_own_answer_at_the_top_still_says_so(sqlite_url: str, language: str) -> None:
    record = _record(language, ITS_OWN[language])
    section = build_view(record, language).section("anything_else")
    assert section is not None
    assert [n.key for n in section.notices] == ["moved_to_safeguarding"]
