"""Trial 40 AU5: a wish said at "when is the best time to visit?" is an outcome on every page, as in the JSON.

Rhys, 16, typed "what i want is a counsellor. 1 to 1. NOT a group…" as the visit question came up: the JSON held three
outcomes, but the HTML, PDF and Markdown filed them only under "Best time to visit" ("Nothing here: … shown in full
under 'Best time to visit'"). A time said there is still shown once, in its own section (the look-alike), and "I want
be there" at that question stays a process outcome (stop 34 AH4), shown with the visit details. Through the
conversation core, both languages.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from bot.summary import render
from bot.summary.view import build_view
from tests.conversation.memory import person_record_after
from tests.summary.test_summary_pdf import pdf_text, squash

_senders = itertools.count(1)
COUNSELLOR = {"en": "what i want is a counsellor. 1 to 1. NOT a group, i did the lgbt youth group thing once and it "
                    "was cringe",
              "cy": "be dw i isio ydi cwnselydd. 1 i 1. DIM grŵp, nes i'r grŵp ieuenctid lgbt unwaith ac oedd o'n "
                    "cringe"}
WISH = {"en": "what i want is a counsellor.", "cy": "be dw i isio ydi cwnselydd."}
TIME_AND_THERE = {"en": "morning, after 10. I want be there, Dave also if can",
                  "cy": "Bore sy ore, ar ôl deg. A wi moyn bod 'na"}
THERE = {"en": "I want be there", "cy": "wi moyn bod 'na"}


def _record(language: str, visit_answer: str) -> dict[str, Any]:
    return person_record_after(f"tfix40b-{language}-{next(_senders)}", language, "Rhys", {"q_visit_time": visit_answer})


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_a_wish_said_at_the_visit_question_is_shown_as_an_outcome(sqlite_url: str, lang: str, ui: str,
                                                                   tmp_path: Path) -> None:
    record = _record(lang, COUNSELLOR[lang])
    visit = [a["id"] for a in record["answers"] if a["question_key"] == "visit_time"]
    kept = [o for o in record["outcomes"] if o["answer_id"] in visit]
    assert any(o["text"] == WISH[lang] for o in kept)  # the JSON holds the wish
    view = build_view(record, ui)
    shown = [i.quote for s in view.sections if s.key not in ("visit_time", "communication")
             for i in s.items if i.source == "outcome"]
    assert WISH[lang] in shown  # under the outcome groups, not only under "Best time to visit"
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    pdf = squash(pdf_text(render.render_pdf(record, ui), tmp_path))
    html = re.sub(r"\s+", " ", render.render_html_body(record, ui))
    # once as the outcome, once inside the whole answer in its own section
    assert md.count(WISH[lang]) == 2
    assert pdf.count(squash(WISH[lang])) == 2
    assert html.count(WISH[lang]) == 2


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_time_and_being_there_stay_with_the_visit_details(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    record = _record(lang, TIME_AND_THERE[lang])
    visit = [a["id"] for a in record["answers"] if a["question_key"] == "visit_time"]
    kept = [o["text"] for o in record["outcomes"] if o["answer_id"] in visit]
    # being involved in the visit stays a process outcome (stop 34 AH4, the dev sets' writers), shown with the visit
    assert [t for t in kept if THERE[lang] in t]
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, lang)))
    assert md.count(TIME_AND_THERE[lang]) == 1  # the whole answer once, as the time to visit
    view = build_view(record, lang)
    shown = [i.quote for s in view.sections if s.key not in ("visit_time", "communication")
             for i in s.items if i.source == "outcome"]
    assert not [q for q in shown if q in TIME_AND_THERE[lang]]  # the time is not shown again as an outcome
