"""Who completed it, said right for a support worker (issue 11, stop 25).

The stop-24 trial's support worker ("I'm his support worker", "Ei weithiwr cymorth e") was listed under "Completed by"
as "A carer, on behalf of someone else": to a practitioner that reads as family. Their answers were already a
professional's view; now "Completed by" says "A support worker / professional" ("Gweithiwr cymorth / gweithiwr
proffesiynol") in the summary and in the practitioners' list. A relative who is also a nurse is still a carer.
"""
from __future__ import annotations

import pytest

from bot.storage import db, repository
from bot.summary import load_record
from bot.summary.view import build_view, label
from bot.web.pages import completed_by_key
from bot.web.summaries import list_rows
from tests.conversation.test_whose_view_stop24 import _support_worker

COMPLETED = {"en": "A support worker / professional", "cy": "Gweithiwr cymorth / gweithiwr proffesiynol"}


def _completed_by(sender: str, interface: str) -> str:
    record = load_record(sender)
    assert record is not None
    about = build_view(record, interface).section("about")
    assert about is not None
    return next(f.value for f in about.facts if f.key == "completed_by")


def _list_key(sender: str) -> str:
    with db.session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return str(list_rows([conv])[0]["completed_by_key"])


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_worker_is_not_called_a_carer(sqlite_url: str, language: str) -> None:
    sender = f"completed-professional-{language}"
    _support_worker(language, sender)
    for interface in ("cy", "en"):
        shown = _completed_by(sender, interface)
        assert shown.startswith(COMPLETED[interface])
        assert shown != label("completed_carer", interface)
    assert _list_key(sender) == "completed_professional" == completed_by_key("professional")


@pytest.mark.parametrize("language,relationship", [("en", "I'm his daughter, I'm a nurse too"),
                                                   ("cy", "Ei ferch o ydw i, dw i'n nyrs hefyd")])
def test_a_relative_who_is_a_nurse_is_still_a_carer(sqlite_url: str, language: str, relationship: str) -> None:
    sender = f"completed-relative-{language}"
    _support_worker(language, sender, relationship=relationship)
    for interface in ("cy", "en"):
        assert _completed_by(sender, interface) == label("completed_carer", interface)
    assert _list_key(sender) == "completed_carer"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_support_worker_has_no_carers_name_or_carers_section(sqlite_url: str, language: str) -> None:
    """Second stop-25 trial V11: "The carer's name" and an empty "What matters to the carer" for a support worker."""
    sender = f"completed-professional-sections-{language}"
    _support_worker(language, sender)
    record = load_record(sender)
    assert record is not None
    for interface in ("cy", "en"):
        view = build_view(record, interface)
        about = view.section("about")
        assert about is not None
        labels = [f.label for f in about.facts]
        assert label("name_carer", interface) not in labels
        if record.get("name"):
            assert label("name_professional", interface) in labels
        assert view.section("carer") is None


@pytest.mark.parametrize("language,relationship", [("en", "I'm his daughter, I'm a nurse too")])
def test_a_relative_keeps_the_carers_section(sqlite_url: str, language: str, relationship: str) -> None:
    sender = f"completed-relative-sections-{language}"
    _support_worker(language, sender, relationship=relationship)
    record = load_record(sender)
    assert record is not None
    assert build_view(record, "en").section("carer") is not None
