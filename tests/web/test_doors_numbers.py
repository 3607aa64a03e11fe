"""Numbers typed in an address: a clear 400 or 404, never a 500 (bot.web.guards.row_id).

10**30 once reached SQLite as an OverflowError (a 500); Python's int() and Sanic's <int> also read
"-1" and full-width digits ("１２" is 12), so a row could be reached under an address nobody wrote.
"""
from __future__ import annotations

import pytest

from bot.web.guards import LARGEST_ROW_ID, row_id
from tests.web.helpers import WebServer

BAD_NUMBERS = [str(10**30), str(LARGEST_ROW_ID + 1), "-1", "0", "abc", "１２", "1e3", " 7", "٣"]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_row_id_refuses_what_is_not_a_row_id(text: str) -> None:
    assert row_id(text) is None


def test_row_id_reads_ascii_digits_up_to_the_largest_id() -> None:
    assert row_id("12") == 12
    assert row_id(str(LARGEST_ROW_ID)) == LARGEST_ROW_ID


@pytest.mark.parametrize("before", BAD_NUMBERS)
def test_audit_page_refuses_a_bad_before(web: WebServer, before: str) -> None:
    c = web.client("manager")
    r = c.get("/audit", params={"before": before})
    assert r.status_code == 400, r.text[:300]


def test_audit_page_reads_a_good_before(web: WebServer) -> None:
    c = web.client("manager")
    assert c.get("/audit").status_code == 200
    assert c.get("/audit", params={"before": str(LARGEST_ROW_ID)}).status_code == 200


@pytest.mark.parametrize("outcome", [*BAD_NUMBERS, "99999999"])
def test_correcting_an_outcome_with_a_bad_id_is_not_found(web: WebServer, outcome: str) -> None:
    c = web.client("north")
    reference = web.ref("forge")
    c.get(f"/summaries/{reference}")
    r = c.post(f"/summaries/{reference}/outcomes/{outcome}", {"type": "change"})
    assert r.status_code == 404, r.text[:300]


def test_full_width_digits_do_not_reach_a_real_outcome(web: WebServer) -> None:
    """"１２" would be outcome 12 to int(): it must not change that outcome."""
    c = web.client("north")
    seeded = web.convs["forge"]
    reference, real = seeded.reference, seeded.outcome_ids[0]
    c.get(f"/summaries/{reference}")
    full_width = str(real).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert c.post(f"/summaries/{reference}/outcomes/{full_width}", {"type": "maintenance"}).status_code == 404
    assert c.post(f"/summaries/{reference}/outcomes/{real}", {"type": "maintenance"}).status_code == 303
