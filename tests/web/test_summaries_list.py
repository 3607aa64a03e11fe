"""The summaries list: who to allocate and what needs the duty team (acceptance trial, stop 19, F30 and F31).

F30: a carer chatting in English about a Welsh-speaking mother was listed as "Gofalwr · Saesneg"; a manager
allocating from the list would send an English speaker. F31: falls, memory and carer strain made every record a
"Pryder diogelu" (safeguarding concern), so the column told the duty team nothing.
"""
from __future__ import annotations

import re
from functools import partial
from types import SimpleNamespace

import pytest

from bot.analysis import analyse
from bot.analysis.risk import assess_risk
from bot.analysis.types import RiskAssessment
from bot.storage import db, repository
from bot.summary.record import NEEDS_NOTED, SAFEGUARDING_CONCERN, URGENT_SAFEGUARDING, attention
from bot.web import i18n, pages
from bot.web.summaries import list_rows
from tests.summary.conftest import seed_english_young_person, seed_welsh_carer

FALLS = "She's had two falls since Christmas and keeps forgetting her tablets."


def _carer_in_english_for_welsh_mum(sender: str) -> None:
    repository.ensure_conversation(sender, channel="rest", team="gogledd")
    repository.update_conversation(sender, language="en", preferred_language="en", register="chi",
                                   completed_by="carer", display_name="Kayleigh", cared_for_name="Mam")
    repository.record_consent(sender, True)
    for n, (key, words) in enumerate([("communication", "Welsh if you can, it was her first language"),
                                      ("worries", FALLS)]):
        analysis = analyse(words, question="process")
        repository.record_answer(sender, question_key=key, question_text="?", text=words, whose_view="carer",
                                 about="person", analysis=analysis, message_id=f"m{n}")
    # A care need the risk reader notes as a concern (falls, memory); the level is pinned so the list's
    # reading is tested, not the tuning of the risk model.
    categories = assess_risk(FALLS).categories or ("falls", "memory")
    repository.record_risk(sender, message_id="m1", text=FALLS, assessment=RiskAssessment("concern", categories),
                           language="en", alert_needed=False)
    repository.confirm_record(sender)


def _rows() -> dict[str, dict]:
    with db.session_scope() as s:
        return {r["reference"]: r for r in list_rows(repository.list_conversations(s))}


def _page(rows: list[dict], language: str) -> str:
    user = SimpleNamespace(is_admin=False, role="practitioner", language=language)
    html = pages.environment().get_template("list.html").render(
        request_path="/summaries", user=user, lang=language, csrf="x", t=partial(i18n.t, language=language),
        shared=False, rows=rows, completed_by_key=pages.completed_by_key, language_key=pages.language_key)
    return re.sub(r"\s+", " ", html)


def test_the_list_shows_the_persons_language_and_what_needs_the_duty_team(sqlite_url: str) -> None:
    _carer_in_english_for_welsh_mum("list-carer-en")
    welsh_urgent, english = seed_welsh_carer(), seed_english_young_person()
    rows = _rows()
    (mum,) = [r for r in rows.values() if r["reference"] not in (welsh_urgent, english)]
    assert (mum["language"], mum["person_language"], mum["active_offer"]) == ("en", "cy", True)
    assert mum["attention"] == NEEDS_NOTED and not mum["urgent"]
    assert rows[welsh_urgent]["attention"] == URGENT_SAFEGUARDING and rows[welsh_urgent]["urgent"]
    assert rows[welsh_urgent]["active_offer"] is True
    assert (rows[english]["person_language"], rows[english]["active_offer"], rows[english]["attention"]) == (
        "en", False, None)
    assert next(iter(rows)) == welsh_urgent  # urgent first, as before

    for language, welsh, offer, chat, needs, concern, urgent in [
        ("en", "Welsh", "Active Offer", "Chat language: English", "Care needs noted", "Safeguarding concern",
         "Urgent safeguarding"),
        ("cy", "Cymraeg", "Cynnig Rhagweithiol", "Iaith y sgwrs: Saesneg", "Anghenion gofal wedi'u nodi",
         "Pryder diogelu", "Diogelu brys"),
    ]:
        page = _page([mum], language)
        assert f"{welsh} <span class=\"badge badge-active-offer\">{offer}</span>" in page
        assert chat in page
        assert needs in page.replace("&#39;", "'") and concern not in page and urgent not in page
        page = _page([rows[welsh_urgent]], language)
        assert urgent in page and needs not in page.replace("&#39;", "'") and concern not in page
        assert offer in page and "badge-active-offer" in page
        page = _page([rows[english]], language)
        assert "badge-active-offer" not in page and needs not in page.replace("&#39;", "'")


@pytest.mark.parametrize("flags,expected", [
    ([], None),
    ([("concern", ["falls"]), ("concern", ["memory", "carer_strain"])], NEEDS_NOTED),
    ([("concern", ["low_mood", "isolation"])], NEEDS_NOTED),
    ([("concern", ["falls"]), ("concern", ["neglect"])], SAFEGUARDING_CONCERN),  # a harm is never a care need
    ([("concern", ["domestic_abuse"])], SAFEGUARDING_CONCERN),
    ([("concern", [])], SAFEGUARDING_CONCERN),  # unnamed: not played down
    ([("concern", ["falls"]), ("urgent", ["suicide"])], URGENT_SAFEGUARDING),  # never hidden behind a need
])
def test_attention_reads_care_needs_apart_from_harms(flags, expected) -> None:
    assert attention(flags) == expected


UNSURE = "I walked to the bridge last night and just stood there for a long time"


def test_a_please_check_record_has_its_own_badge_after_urgent_and_before_the_rest(sqlite_url: str) -> None:
    """Stop-24 trial T15: a record whose only flag is "please check" was shown as a plain safeguarding concern, last."""
    _carer_in_english_for_welsh_mum("list-calm")
    welsh_urgent = seed_welsh_carer()
    repository.ensure_conversation("list-check", channel="rest", team="gogledd")
    repository.update_conversation("list-check", language="en", completed_by="person")
    repository.record_risk("list-check", message_id="m1", text=UNSURE, language="en", alert_needed=True,
                           assessment=RiskAssessment("concern", ("suicide",), please_check=True))
    rows = list(_rows().values())
    order = [(r["urgent"], r["please_check"]) for r in rows]
    assert order[0] == (True, False) and rows[0]["reference"] == welsh_urgent  # urgent first
    assert order[1] == (False, True)  # then "please check", before the calm record
    assert rows[-1]["please_check"] is False
    for language, badge, concern in [("en", "Please check: the assistant was unsure", "Safeguarding concern"),
                                     ("cy", "Gwiriwch: doedd y cynorthwyydd ddim yn siŵr", "Pryder diogelu")]:
        page = _page([rows[1]], language).replace("&#39;", "'")
        assert badge in page and concern not in page and "badge-urgent" not in page
