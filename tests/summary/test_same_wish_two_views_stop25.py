"""The same wish in two people's views is shown once, both views side by side (stop-24 trial T10).

A carer passed on her mother's wish in Welsh ("Mae hi isio mynd nôl i'r capel") and later, in her own answers, said
it in English ("I want to get back to chapel"): the summary showed two unrelated outcomes in two sections. Both views
matter to a practitioner (whose wish is it? would they go together?), so both are kept and both are shown, once:
the first said, with the other person's words under it, saying whose view they are and in which language. The
record, JSON and FHIR keep both outcomes. A different wish ("I want to stop going to chapel") stays its own.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import started
from tests.conversation.test_whose_view_stop24 import _answer_until

WISH = {  # (chat language, the mother's wish passed on, the carer's own words, a different wish of the carer's)
    "cy": ("Mae hi isio mynd nôl i'r capel", "I want to get back to chapel", "I want to stop going to chapel"),
    "en": ("She wants to get back to chapel", "dw i isio mynd nôl i'r capel", "dw i isio stopio mynd i'r capel"),
}


def _carer_says(language: str, sender: str, own: str) -> dict[str, Any]:
    passed_on = WISH[language][0]
    conversation = started(sender, language, role="carer", name="Sian")
    _answer_until(conversation, "q_what_matters", {"cared_for_name": "Mair", "relationship": "daughter"})
    conversation.say(passed_on)
    _answer_until(conversation, "q_carer_own", {})
    conversation.say(own)
    record = load_record(sender)
    assert record is not None
    return record


def _outcome_items(record: dict[str, Any], interface: str) -> list[Any]:
    view = build_view(record, interface)
    return [i for s in view.sections for g in s.groups for i in g.items if i.source == "outcome"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_one_wish_in_two_views_is_shown_once_with_whose_each_is(sqlite_url: str, language: str) -> None:
    passed_on, own, _other = WISH[language]
    record = _carer_says(language, f"two-views-{language}", own)
    stored = {o["text"]: (o["whose_view"], o["about"]) for o in record["outcomes"]}
    assert stored[passed_on] == ("person", "person") and stored[own] == ("carer", "carer")  # two views, both kept
    own_language = "en" if language == "cy" else "cy"
    for interface in ("cy", "en"):
        items = _outcome_items(record, interface)
        assert [i.quote for i in items if i.quote in (passed_on, own)] == [passed_on]  # once
        shown = next(i for i in items if i.quote == passed_on)
        under = [(f.value, f.label, f.language) for f in shown.follow_up if f.verbatim]
        assert under == [(own, f"{label('whose_carer', interface)} · {label('said_in_' + own_language, interface)}",
                          own_language)]
        assert shown.follow_up_title == label("same_wish_two_views_title", interface)
        text = render.render_markdown(record, interface)
        assert text.count(f"“{passed_on}”") == 1 and text.count(f"“{own}”") == 1
        assert label("same_wish_two_views_title", interface) in text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_different_wish_in_the_other_view_stays_its_own(sqlite_url: str, language: str) -> None:
    passed_on, _own, other = WISH[language]
    record = _carer_says(language, f"two-views-other-{language}", other)
    items = _outcome_items(record, language)
    assert {passed_on, other} <= {i.quote for i in items}
    assert not [f for i in items if i.quote in (passed_on, other) for f in i.follow_up]
