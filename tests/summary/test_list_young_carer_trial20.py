"""The summaries list says "young carer" where the summary does (acceptance trial stop 20, T30).

WM-4DZUTX's summary read "a young carer … entitled to a young carer's needs assessment", but the list's "Completed
by" column said only "Person ifanc": a manager allocating from the list could not see the assessment is due. The
list now reads who is talking by the summary's own rule (bot.summary.record.young_carer_answer).
"""
from __future__ import annotations

import re
from functools import partial
from types import SimpleNamespace

import pytest

from bot.analysis import analyse
from bot.storage import db, repository
from bot.web import i18n, pages
from bot.web.summaries import list_rows

# Fictional: the trial's words (Welsh) and an English twin; and a young person who cares for nobody.
WHO = {"cy": "fi. wi'n 14 a wi'n edrych ar ol brawd bach fi a dad, ma dad gyda MS",
       "en": "me. im 14 and i look after my little brother and my dad, dad has MS"}
NOT_A_CARER = "me. im 14"


def _young_person(sender: str, words: str, language: str) -> str:
    reference = repository.ensure_conversation(sender, channel="telegram", team="de")
    repository.update_conversation(sender, language=language, preferred_language=language, register="ti",
                                   completed_by="young_person", display_name="Rhys")
    repository.record_consent(sender, True)
    repository.record_answer(sender, question_key="role", question_text="Who is talking to me today?", text=words,
                             whose_view="young_person", about="person", analysis=analyse(words), message_id="m1",
                             make_outcomes=False)
    repository.confirm_record(sender)
    return reference


def _page(rows: list[dict], language: str) -> str:
    user = SimpleNamespace(is_admin=False, role="practitioner", language=language)
    html = pages.environment().get_template("list.html").render(
        request_path="/summaries", user=user, lang=language, csrf="x", t=partial(i18n.t, language=language),
        shared=False, rows=rows, completed_by_key=pages.completed_by_key, language_key=pages.language_key)
    return re.sub(r"\s+", " ", html)


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_young_carer_is_listed_as_one(sqlite_url: str, lang: str) -> None:
    carer = _young_person(f"list-yc-{lang}", WHO[lang], lang)
    other = _young_person(f"list-yp-{lang}", NOT_A_CARER, lang)
    with db.session_scope() as s:
        rows = {r["reference"]: r for r in list_rows(repository.list_conversations(s))}
    assert rows[carer]["completed_by_key"] == "completed_young_carer"
    assert rows[other]["completed_by_key"] == "completed_young_person"  # an age alone changes nothing
    for ui, young_carer, young_person in (("cy", "Gofalwr ifanc", "Person ifanc"), ("en", "A young carer",
                                                                                  "A young person")):
        assert f"<td>{young_carer}</td>" in _page([rows[carer]], ui)
        assert f"<td>{young_person}</td>" in _page([rows[other]], ui)
