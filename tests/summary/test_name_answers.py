"""The words given at the start, kept whole when more than a name was said, are shown with the name.

In the stop 17 trial "jayden. jay", "ffion. ffi os tin licio" and a carer's "y gŵr, Gareth. Strôc gafodd o
llynedd" were listed under "Anything else" as if they answered that question.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.render import render_markdown
from bot.summary.view import build_view, label

NAME_WORDS = "Gwenda dw i, Gwen i bawb"
CARED_FOR_WORDS = "y gŵr, Emyr. Strôc gafodd o llynedd"
ROLE_WORDS = "im 19, care leaver"  # kept for its age (which helplines fit)


@pytest.mark.parametrize("interface", ["cy", "en"])
def test_name_answers_are_shown_with_the_names_never_under_anything_else(seeded_db, interface: str) -> None:
    for key, words in (("name", NAME_WORDS), ("cared_for_name", CARED_FOR_WORDS), ("role", ROLE_WORDS)):
        repository.record_answer("tg-carer-1", question_key=key, question_text="q", text=words, whose_view="carer",
                                 about="person", analysis=analyse(words), make_outcomes=False)
    record = load_record("tg-carer-1")
    assert record is not None
    view = build_view(record, interface)
    about = view.section("about")
    assert about is not None
    facts = {f.key: f for f in about.facts}
    assert facts["name_answer"].value == NAME_WORDS and facts["name_answer"].verbatim
    assert facts["cared_for_answer"].value == CARED_FOR_WORDS
    assert facts["role_answer"].value == ROLE_WORDS and facts["role_answer"].label == label("role_answer", interface)
    assert facts["name_answer"].label == label("name_answer", interface)
    anything_else = view.section("anything_else")
    assert anything_else is not None
    assert not {NAME_WORDS, CARED_FOR_WORDS, ROLE_WORDS} & {i.quote for i in anything_else.items}
    assert view.quotes().count(NAME_WORDS) <= 1
    markdown = render_markdown(record, interface)
    assert markdown.count(CARED_FOR_WORDS) == 1
