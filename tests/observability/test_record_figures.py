"""The record's figures (bot.metrics.RecordCollector) counted from a real database, with no personal data.

Conversations are stored as the assistant stores them (the models, in one migrated database), with
names, words and a sender id that must never reach a label or a value.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.storage.db import session_scope
from bot.storage.models import Answer, Conversation, RiskFlag

NOW = datetime(2026, 12, 3, 12, 0, 0)  # noqa: DTZ001 - stored times are naive UTC
LONG_AGO = NOW - metrics.DROP_OFF_AFTER - timedelta(minutes=5)
JUST_NOW = NOW - timedelta(minutes=2)
#: What a person might give us: none of it may appear in the metrics.
SECRET_BITS = ("tg-8812345", "WM-ABCDEF", "Gwenllian", "Huw", "he hits me", "Mynd am dro", "<script>",
               "duty@example.org")


def _conversation(s, n: int, *, channel: str = "rest", language: str | None = "en", status: str = "in_progress",
                  updated: datetime = JUST_NOW, answers: tuple[str, ...] = (), name: str = "Gwenllian") -> Conversation:
    conv = Conversation(sender_id=f"tg-881234{n}", reference=f"WM-ABCDE{n}", channel=channel, language=language,
                        status=status, display_name=name, cared_for_name="Huw", started_at=updated,
                        updated_at=updated)
    s.add(conv)
    s.flush()
    for key in answers:
        s.add(Answer(conversation=conv, question_key=key, question_text="?", text="Mynd am dro", language="cy",
                     whose_view="person", created_at=updated))
    s.flush()
    return conv


def _figures(url: str) -> tuple[dict[tuple[str, tuple[tuple[str, str], ...]], float], str]:
    registry = metrics.record_registry(url, now=lambda: NOW)
    text = generate_latest(registry).decode()
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(text) for s in family.samples}
    return samples, text


def test_the_record_is_counted_by_codes_only(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as s:
        _conversation(s, 0, language="cy", status="confirmed", answers=("what_matters", "anything_else"))
        _conversation(s, 1, updated=LONG_AGO, answers=("what_matters", "why_keep"))  # dropped off after "keep"
        _conversation(s, 2, updated=LONG_AGO)  # dropped off before the first question
        _conversation(s, 3, status="stopped", answers=("worries",))  # said stop: dropped off at once
        _conversation(s, 4, answers=("what_matters",))  # still going: not a drop-off
        _conversation(s, 5, updated=LONG_AGO, answers=("people", "readback_addition"))
        odd = _conversation(s, 6, channel="<script>", language="xx", updated=LONG_AGO, answers=("Mynd am dro",))
        s.add(RiskFlag(conversation=odd, message_id="m1", level="urgent", categories="abuse", text="he hits me",
                       language="en", alert_status="failed"))
        s.add(RiskFlag(conversation=odd, message_id="m2", level="urgent", categories="abuse", text="he hits me",
                       language="cy", alert_status="sent"))
        s.add(RiskFlag(conversation=odd, message_id="m3", level="concern", categories="", text="he hits me",
                       language=None, alert_status="not_needed"))

    samples, text = _figures(sqlite_url)

    assert samples[("whatmatters_record_up", ())] == 1
    started = {labels: v for (name, labels), v in samples.items() if name == "whatmatters_conversations_started" and v}
    assert started == {(("channel", "rest"), ("language", "cy")): 1, (("channel", "rest"), ("language", "en")): 5,
                       (("channel", "other"), ("language", "other")): 1}
    assert samples[("whatmatters_conversations_completed", (("channel", "rest"), ("language", "cy")))] == 1
    assert samples[("whatmatters_conversations", (("status", "stopped"),))] == 1
    assert samples[("whatmatters_conversations", (("status", "declined"),))] == 0  # every status shown, 0 too
    dropped = {dict(labels)["stopped_after"]: v for (name, labels), v in samples.items()
               if name == "whatmatters_conversations_unfinished" and v}
    assert dropped == {"keep": 1, "none": 1, "worries": 1, "readback": 1, "other": 1}
    assert samples[("whatmatters_risk_flags", (("language", "en"), ("level", "urgent")))] == 1
    assert samples[("whatmatters_risk_flags", (("language", "unknown"), ("level", "concern")))] == 1
    assert samples[("whatmatters_duty_alerts", (("state", "failed"),))] == 1
    assert samples[("whatmatters_duty_alerts", (("state", "pending"),))] == 0
    for bit in SECRET_BITS:
        assert bit.lower() not in text.lower(), bit


def test_every_label_value_comes_from_a_fixed_set(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as s:
        _conversation(s, 7, channel="Gwenllian", language="Huw", status="he hits me", updated=LONG_AGO,
                      answers=("duty@example.org",))
    samples, _ = _figures(sqlite_url)
    allowed = {*metrics.LANGUAGES, *metrics.CHANNELS, *metrics.STATUSES, *metrics.STOPPED_AFTER,
               *metrics.FLAG_LEVELS, *metrics.ALERT_STATES, metrics.OTHER, metrics.UNKNOWN}
    values = {value for _, labels in samples for _, value in labels}
    assert values and values <= allowed


def test_a_database_that_does_not_answer_is_a_zero_not_an_error(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'not-a-database.db'}"
    (tmp_path / "not-a-database.db").write_bytes(b"this is not SQLite " * 100)
    samples, text = _figures(url)
    assert samples[("whatmatters_record_up", ())] == 0
    assert "not-a-database" not in text
    assert not any(name.startswith("whatmatters_conversations") for name, _ in samples)

