"""Trial 37 AP11: the carer's own wish in first person is the carer's view; her view and his, set side by side.

"And please ring ME on my mobile 07700 900123 not her, she says yes to everything on the phone then forgets." was
labelled "the person's view, as the carer shared it": the "me" and "my" make it Gareth's own wish. "She will tell you
she is fine, she isnt." (her view, then his) appeared only in the full answers: now it is under views, side by side.
(In the trial that answer also drew a please-check, which keeps views off the page by design: another helper's.)
Played through the conversation core with SQLite and the summary renderer (the trial's words, a Welsh twin).
"""
from __future__ import annotations

import pytest

from bot.summary import render
from tests.summary.test_fix35c_trial35 import play

CHANGE = {
    "en": "Someone to pop in every day, even just 20 mins, to check she has eaten and taken her tablets.\n"
          "And please ring ME on my mobile 07700 900123 not her, she says yes to everything on the phone then forgets.",
    "cy": "Rhywun i alw bob dydd, hyd yn oed 20 munud, i weld ei bod hi wedi bwyta a chymryd ei thabledi.\n"
          "A plis ffoniwch FI ar fy ffôn symudol 07700 900123 nid hi, ma hi'n deud ia i bopeth ar y ffôn wedyn "
          "anghofio.",
}
RING_ME = {"en": "ring ME on my mobile", "cy": "ffoniwch FI ar fy ffôn"}
GOOD_DAY = {
    "en": "Her garden and the robins matter most. She will tell you she is fine, she isnt.",
    "cy": "Ei gardd a'r robinod sy'n bwysig. Mi fysa hi'n deud wrthach chi bod hi'n iawn. Dydi hi ddim.",
}
HERS = {"en": ("She will tell you she is fine", "she isnt."),
        "cy": ("Mi fysa hi'n deud wrthach chi bod hi'n iawn.", "Dydi hi ddim.")}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_ring_me_is_the_carers_own_view(sqlite_url: str, lang: str) -> None:
    record = play(f"fix37d-ap11-ring-{lang}", lang, "carer", {"change": CHANGE[lang]})
    (ring,) = [o for o in record["outcomes"] if RING_ME[lang] in o["text"]]
    assert ring["whose_view"] == "carer", ring


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_her_view_and_his_are_side_by_side(sqlite_url: str, lang: str) -> None:
    record = play(f"fix37d-ap11-views-{lang}", lang, "carer", {"what_matters": GOOD_DAY[lang]})
    (answer,) = [a for a in record["answers"] if a["text"] == GOOD_DAY[lang]]
    theirs, own = HERS[lang]
    assert [(v["their_words"], v["own_view"]) for v in answer["views_passed_on"]] == [(theirs, own)]
    page = render.render_markdown(record, lang)
    assert theirs in page and own in page


# --- AP13: "sitter un prynhawn… so fi'n gallu mynd i'r mart" (his own need) was filed under the person cared for -----

SITTER = {
    "cy": "sitter un prynhawn yr wythnos, dydd mawrth, so fi'n gallu mynd i'r mart yn Llanfair",  # the trial's words
    "en": "a sitter one afternoon a week, Tuesday, so I can go to the mart in Builth",
}
HER_REST = {"cy": "rhywun i eistedd efo hi fel bo hi'n gallu gorffwys", "en": "someone to sit with her so she can rest"}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_what_the_carer_needs_so_he_can_do_something_is_his(sqlite_url: str, lang: str) -> None:
    record = play(f"fix37d-ap13-{lang}", lang, "carer", {"change": SITTER[lang]})
    (sitter,) = [o for o in record["outcomes"] if "mart" in o["text"]]
    assert sitter["about"] == "carer", sitter
    page = render.render_markdown(record, lang)
    assert SITTER[lang] in page


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_what_she_needs_so_she_can_do_something_stays_hers(sqlite_url: str, lang: str) -> None:
    record = play(f"fix37d-ap13-hers-{lang}", lang, "carer", {"change": HER_REST[lang]})
    assert record["outcomes"] and {o["about"] for o in record["outcomes"]} == {"person"}
