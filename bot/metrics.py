"""Every Prometheus metric of the assistant, defined here and nowhere else.

Two kinds, because several Rasa servers and action servers may share one database:

- figures about the record (conversations started and completed, where unfinished ones stopped,
  risk flags raised, duty alerts not delivered) are counted from the database when the web app is
  scraped (`RecordCollector`), so every web app gives the same figures whichever Rasa server a
  person's turns went to. They are gauges: erasure and retention delete records, so they can fall.
- how long things take is per process: a turn at the Rasa server's doors (`TURN_SECONDS`, by
  channel) and an action in the action server (`ACTION_SECONDS`, by action).

Label values come only from fixed sets (`label`): a language code, a channel, a status, a
question's key, an action's name. Anything else, however it got into the record, is "other",
so no sender id, reference, name, e-mail or word a person typed can ever become a label.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from bot.conversation.questions import QUESTIONS, question_for
from bot.storage.figures import UNFINISHED_STATUSES, record_figures

logger = logging.getLogger(__name__)

PREFIX = "whatmatters"
OTHER = "other"
UNKNOWN = "unknown"

# -- the fixed sets every label value is drawn from
LANGUAGES = ("cy", "en")
CHANNELS = ("rest", "webchat", "telegram")
STATUSES = ("in_progress", "stopped", "awaiting_confirmation", "confirmed", "declined")
FLAG_LEVELS = ("urgent", "concern")
#: A duty alert's state; "pending" and "failed" are alerts not (yet) delivered.
ALERT_STATES = ("pending", "sent", "failed")
#: Where an unfinished conversation stopped: its latest answer's question, "none" before any
#: answer (the language, consent, who and name questions) and "readback" once reading back.
NOT_YET = "none"
READBACK = "readback"
STOPPED_AFTER = (NOT_YET, *(q.key for q in QUESTIONS), READBACK)
#: An in-progress conversation that has not moved for this long counts as dropped off.
DROP_OFF_AFTER = timedelta(hours=1)
#: Turn and action latency buckets, in seconds (a turn is a message in and the replies out).
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 40.0, float("inf"))


def label(value: object, allowed: Collection[str], missing: str = UNKNOWN) -> str:
    """`value` if it is one of `allowed`; `missing` when absent; else "other" (never the value)."""
    if value is None or value == "":
        return missing
    return value if isinstance(value, str) and value in allowed else OTHER


def stopped_after(question_key: str | None) -> str:
    """The drop-off label of a conversation whose latest answer has this storage key."""
    if question_key is None:
        return NOT_YET
    if question_key.startswith("readback"):
        return READBACK
    question = question_for(question_key)  # "why_keep" belongs to "keep"
    return question.key if question else OTHER


# -- per process (the default registry, with prometheus_client's process and Python figures)
TURN_SECONDS = Histogram(
    f"{PREFIX}_turn_seconds",
    "Time from a person's message arriving at the Rasa server's door to the replies being ready, "
    "by channel and outcome (ok / failed); counted in this Rasa server only.",
    ["channel", "outcome"], buckets=LATENCY_BUCKETS,
)
ACTION_SECONDS = Histogram(
    f"{PREFIX}_action_seconds",
    "Time the action server took to answer Rasa, by action and outcome (ok / refused / failed); "
    "this action server only.",
    ["action", "outcome"], buckets=LATENCY_BUCKETS,
)


def turn_timer(channel: str) -> Callable[[asyncio.Task[Any]], None]:
    """A done-callback for a turn's task that observes TURN_SECONDS from now until the task ends."""
    started = time.perf_counter()
    channel_label = label(channel, CHANNELS)

    def done(task: asyncio.Task[Any]) -> None:
        failed = task.cancelled() or task.exception() is not None
        TURN_SECONDS.labels(channel_label, "failed" if failed else "ok").observe(time.perf_counter() - started)

    return done


@contextmanager
def timed_turn(channel: str) -> Iterator[None]:
    """Observe TURN_SECONDS for the turn handled inside (a door that awaits its handling, e.g. Telegram)."""
    started, outcome = time.perf_counter(), "failed"
    try:
        yield
        outcome = "ok"
    finally:
        TURN_SECONDS.labels(label(channel, CHANNELS), outcome).observe(time.perf_counter() - started)


def outcome_of(status: int) -> str:
    """An HTTP status as a latency outcome."""
    if status < 400:
        return "ok"
    return "refused" if status < 500 else "failed"


# -- about the record, counted from the database at scrape time
class RecordCollector(Collector):
    """The record's figures, read from `database_url` at every scrape (one query per kind)."""

    def __init__(self, database_url: str, now: Callable[[], datetime] | None = None) -> None:
        self.database_url = database_url
        self.now = now or _utcnow

    def describe(self) -> Iterable[Metric]:
        return []  # nothing fixed to describe: collected afresh at every scrape

    def collect(self) -> Iterator[Metric]:
        from bot.storage.db import session_scope

        up = GaugeMetricFamily(f"{PREFIX}_record_up", "1 when the record's figures below could be read from "
                               "the database at this scrape, 0 when it did not answer.")
        try:
            with session_scope(self.database_url) as session:
                figures = record_figures(session)
        except Exception as error:  # its text could quote the URL: the kind only
            logger.warning("metrics: the record could not be read (%s)", type(error).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up

        # Every combination of the fixed sets is shown, 0 included, so a series never appears from nowhere.
        started = _zeros(CHANNELS, LANGUAGES)
        completed = _zeros(CHANNELS, LANGUAGES)
        by_status = _zeros(STATUSES)
        for row in figures.conversations:
            key = (label(row.channel, CHANNELS), label(row.language, LANGUAGES))
            started[key] += row.count
            if row.status == "confirmed":
                completed[key] += row.count
            by_status[(label(row.status, STATUSES),)] += row.count
        yield _gauge("conversations_started", "Conversations in the record, by channel and language "
                     "(every one started, whatever became of it; erasure and retention lower it).",
                     ["channel", "language"], started)
        yield _gauge("conversations_completed", "Conversations the person confirmed at the end, by channel "
                     "and language.", ["channel", "language"], completed)
        yield _gauge("conversations", "Conversations in the record by status.", ["status"], by_status)

        cutoff = self.now() - DROP_OFF_AFTER
        dropped = _zeros(STOPPED_AFTER, UNFINISHED_STATUSES)
        for item in figures.unfinished:
            if item.status == "stopped" or item.last_activity < cutoff:
                dropped[(stopped_after(item.last_question_key), label(item.status, STATUSES))] += 1
        yield _gauge("conversations_unfinished", "Unfinished conversations (the person said stop, or nothing "
                     f"for {DROP_OFF_AFTER.total_seconds() / 3600:g} h) by the question of their latest answer "
                     f"(stopped_after; '{NOT_YET}': before the first question) and status.",
                     ["stopped_after", "status"], dropped)

        flags = _zeros(FLAG_LEVELS, LANGUAGES)
        alerts = _zeros(ALERT_STATES)
        for flag in figures.flags:
            flags[(label(flag.level, FLAG_LEVELS), label(flag.language, LANGUAGES))] += flag.count
            if flag.alert_status != "not_needed":
                alerts[(label(flag.alert_status, ALERT_STATES),)] += flag.count
        yield _gauge("risk_flags", "Safeguarding flags raised, by level (urgent / concern) and language.",
                     ["level", "language"], flags)
        yield _gauge("duty_alerts", "Duty alerts by state: sent, pending (not yet delivered) or failed "
                     "(delivery failed; alert failures).", ["state"], alerts)


def _zeros(*sets: Iterable[str]) -> Counter[tuple[str, ...]]:
    """A count of 0 for every combination of the label sets."""
    return Counter(dict.fromkeys(itertools.product(*sets), 0))


def _gauge(name: str, documentation: str, labels: list[str], values: Mapping[Any, int]) -> GaugeMetricFamily:
    """A gauge family from {label values: count}, in a stable order."""
    family = GaugeMetricFamily(f"{PREFIX}_{name}", documentation, labels=labels)
    for label_values, value in sorted(values.items()):
        family.add_metric(list(label_values), value)
    return family


def _utcnow() -> datetime:
    from bot.storage.models import utcnow

    return utcnow()


def record_registry(database_url: str, now: Callable[[], datetime] | None = None) -> CollectorRegistry:
    """A registry holding the record's figures for one database (the web app makes one)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RecordCollector(database_url, now))
    return registry


def exposition(*registries: CollectorRegistry) -> tuple[bytes, str]:
    """This process's metrics (and the given registries'), in Prometheus's text format."""
    return b"".join(generate_latest(r) for r in (REGISTRY, *registries)), CONTENT_TYPE_LATEST
