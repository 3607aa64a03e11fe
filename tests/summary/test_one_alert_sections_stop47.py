"""Stop 47 (flowalert47): the safeguarding section after one harm, one alert (the stop-46 trial's BA2, BA6, BA7).

Conversations played through the core (tests.conversation.test_one_alert_stop47), their summaries built as every format
builds them (bot.summary.view.build_view), in Welsh and English:
- BA2: the disclosure's burst (the bruise, the mother's fear) is shown with the one urgent alert, as messages added to
  it; there is no "concern" or "please check" line and no reply to the safe check;
- BA7: the contact-safety wish said after it is under "How to contact safely", and with the alert, never a flag of its
  own (no "please check · exploitation");
- BA6: the theft that raised a "please check" to urgent is shown with that alert, with the note that it was raised and
  an update sent, never as a second alert.
"""
from __future__ import annotations

import pytest

from bot.summary import load_record
from bot.summary.view import Item, Section, build_view, label
from tests.conversation import test_one_alert_stop47 as flow

CAI = {"cy": (flow.BURSTS[0], flow.CONTACT_WISHES[0][1]), "en": (flow.BURSTS[1], flow.CONTACT_WISHES[1][1])}
MARK = {"cy": flow.ONE_HARM[0], "en": flow.ONE_HARM[1]}


def _section(sender_id: str, language: str) -> Section:
    record = load_record(sender_id)
    assert record is not None
    view = build_view(record, language)
    return next(s for s in view.sections if s.key == "safeguarding")


def _group(section: Section, key: str) -> tuple[Item, ...]:
    return next((g.items for g in section.groups if g.key == key), ())


@pytest.mark.parametrize("language", ["cy", "en"])
def test_cais_burst_and_wish_are_one_alert_and_how_to_contact(sqlite_url: str, alerts: list[tuple[int, str]],
                                                              language: str) -> None:
    (_, disclosure, pieces), wish = CAI[language]
    conversation = flow._carried_on_to_support(language, "summary", wish)
    conversation.say(wish, seconds_since_asked=flow.READ_AND_TYPED, typing_window=True)
    section = _section(conversation.sender_id, language)
    (alert,) = _group(section, "urgent")
    assert alert.quote == disclosure
    added = [fact.value for fact in alert.follow_up if fact.key == "added_to_alert"]
    for piece in pieces:
        assert piece in added
    assert not _group(section, "please_check") and not _group(section, "concerns")
    assert not any(item.quote in pieces for item in _group(section, "safety_check"))
    wishes = _group(section, "safety_wishes")
    assert any(wish in item.quote or item.quote in wish for item in wishes)
    assert len(alerts) == 1


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_theft_is_shown_with_the_please_check_it_raised(sqlite_url: str, alerts: list[tuple[int, str]],
                                                           language: str) -> None:
    _, first, theft = MARK[language]
    conversation = flow._father_at_what_matters(language, "summary", first, theft)
    conversation.say(first, seconds_since_asked=flow.READ_AND_TYPED)
    conversation.say(theft, seconds_since_asked=13.0, typing_window=True)
    section = _section(conversation.sender_id, language)
    assert not _group(section, "urgent")  # no second alert of its own
    (check,) = _group(section, "please_check")
    assert check.quote == first
    assert theft in [fact.value for fact in check.follow_up if fact.key == "added_to_alert"]
    raised_note = label("alert_raised_to_urgent", language, time="").split("(")[0]
    assert any(note.startswith(raised_note) for note in check.meta)
    assert [level for _, level in alerts] == ["check", "raised"]


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """As the conversation tests' fixture: every duty alert or update notice started, (flag id, level)."""
    sent: list[tuple[int, str]] = []
    monkeypatch.setattr(flow.safety, "deliver_soon", lambda flag_id, reference, level: sent.append((flag_id, level)))
    return sent
