"""Rasa's SQL tracker store, configured by one database URL, that forgets declined conversations.

Rasa's own SQLTrackerStore wants the URL in pieces; we keep a single
DATABASE_URL for the record and the tracker so they always live together.

Why redaction lives here: when someone says no to us keeping their answers, our record keeps
only that choice, but Rasa's event log would still hold every word they typed before saying no
(a first message often tells their whole story). After each save of a declined conversation the
stored events lose their words; intents, actions and the language stay, so the assistant still
knows where it is. A conversation with an urgent safeguarding flag keeps its transcript: the
duty team may need it, and the consent text says risk of harm will be shared.

Why it keeps recent trackers (issue 12: a turn cost more the longer the conversation): Rasa reads and
rebuilds every stored event of the conversation at each turn. Here the tracker this process last saved
is handed back as it is when the database shows nothing changed since (the same count, last id and last
time of the conversation's events, one indexed query), so a turn's cost stays flat. Anything else (another
Rasa server wrote, an erasure, a redaction, a new model's domain, a turn that failed before saving, an
event broker that diffs against the stored tracker) reads from the database, as Rasa does.
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import Index, func
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot import rasa_patches

# Rasa builds this class from endpoints.yml, so importing it is how every Rasa server we start gets the fixes.
rasa_patches.apply()

logger = logging.getLogger(__name__)

#: Trackers kept in memory per process, the most recently used first out of it (a few hundred KB each).
KEPT_TRACKERS = 256

#: Rasa finds where the latest session starts (sender, event type, newest time) and checks what changed
#: (sender, count, newest) at every turn: this index answers both without reading the conversation's rows.
SESSION_INDEX = Index("ix_events_sender_type_time", SQLTrackerStore.SQLEvent.sender_id,
                      SQLTrackerStore.SQLEvent.type_name, SQLTrackerStore.SQLEvent.timestamp)

#: The only slot values a declined conversation keeps: where the conversation is, never what
#: was said. A value not listed is blanked, because Rasa stores a slot's raw text (e.g. a whole
#: sentence typed at the consent question) before our validation turns it into "yes" or "no".
KEEPABLE_SLOT_VALUES: dict[str, frozenset[str | bool]] = {
    "language": frozenset({"cy", "en"}),
    "register": frozenset({"chi", "ti"}),
    "completed_by": frozenset({"person", "carer", "young_person"}),
    "role": frozenset({"person", "carer", "young_person"}),
    "consent_choice": frozenset({"yes", "no"}),
    "paused": frozenset({True, False}),
}


def _keeps(name: str | None, value: Any) -> bool:
    if value is None:
        return True
    if name == "requested_slot":  # a slot name the form set, never the person's text
        return isinstance(value, str) and value.isidentifier()
    allowed = KEEPABLE_SLOT_VALUES.get(name or "")
    return allowed is not None and isinstance(value, (str, bool)) and value in allowed


def redact_event(data: dict[str, Any]) -> dict[str, Any]:
    """The stored event without anything the person wrote (or that we said back to them)."""
    kind = data.get("event")
    if data.get("metadata"):  # channel metadata may name the sender (a future Telegram username)
        data = {**data, "metadata": {}}
    if kind == "user":
        parse = dict(data.get("parse_data") or {})
        if "text" in parse:
            parse["text"] = ""
        if "entities" in parse:
            parse["entities"] = []
        return {**data, "text": "", "parse_data": parse}
    if kind == "bot":
        return {**data, "text": None, "data": {}}
    if kind == "slot" and not _keeps(data.get("name"), data.get("value")):
        return {**data, "value": None}
    return data


#: What identifies the stored state of a conversation: (events, last id, last time).
Stamp = tuple[int, Any, Any]


@dataclass
class _Kept:
    """A tracker this process saved, and what the database held just after."""

    tracker: DialogueStateTracker
    length: int
    last_event: Event | None
    stamp: Stamp
    domain: Domain | None

    def unchanged(self, domain: Domain | None) -> bool:
        """Nothing was added in memory since it was saved (a turn that failed half-way), and the same model."""
        events = self.tracker.events
        last = events[-1] if events else None
        return domain is self.domain and len(events) == self.length and last is self.last_event


class UrlSQLTrackerStore(SQLTrackerStore):
    engine: Engine

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        from bot.storage.db import database_url

        # Rasa builds this class from endpoints.yml itself, so the process's settings decide.
        url = host or database_url()
        kwargs.pop("url", None)
        super().__init__(
            domain=domain,
            dialect=make_url(url).get_backend_name(),
            db=url,
            event_broker=event_broker,
            **kwargs,
        )

        if self.engine.dialect.name == "sqlite":
            from sqlalchemy import event

            from bot.storage.db import get_engine, sqlite_file, sqlite_pragmas

            # The same settings as our own connections: WAL for sharing the file, and
            # secure_delete so a redacted event's old text is overwritten, not left in free pages.
            # For a file, the process's own pooled engine (bot.storage.db), which sets them once per
            # connection: Rasa's, on SQLAlchemy 1.4, opened a new connection for every query.
            if sqlite_file(url) is not None:
                self.engine.dispose()
                self.engine = get_engine(url)
                self.sessionmaker = sessionmaker(bind=self.engine)
            else:
                event.listen(self.engine, "connect", sqlite_pragmas)
        self._create_session_index()
        self._kept: OrderedDict[str, _Kept] = OrderedDict()

    def _create_session_index(self) -> None:
        try:
            SESSION_INDEX.create(self.engine, checkfirst=True)
        except SQLAlchemyError as error:  # another Rasa server made it at the same moment
            logger.warning("could not create the tracker's session index: %s", type(error).__name__)

    @staticmethod
    def get_db_url(dialect: str = "sqlite", host: str | None = None, port: int | None = None,
                   db: str = "", *args: Any, **kwargs: Any) -> str:
        return db

    def _stamp(self, session: Session, sender_id: str) -> Stamp:
        event = self.SQLEvent
        count, last_id, last_time = session.query(
            func.count(event.id), func.max(event.id), func.max(event.timestamp),
        ).filter(event.sender_id == sender_id).one()
        return int(count), last_id, last_time

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The conversation's latest session: the tracker kept from this process's last save when still current."""
        kept = self._kept.pop(sender_id, None)
        if kept is not None and self.event_broker is None and kept.unchanged(self.domain):
            with self.session_scope() as session:
                current = self._stamp(session, sender_id) == kept.stamp
            if current:
                self._kept[sender_id] = kept  # most recently used
                return kept.tracker
        return await super().retrieve(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._kept.pop(tracker.sender_id, None)
        await super().save(tracker)
        if tracker.get_slot("consent_choice") != "yes":
            from bot.storage import repository

            # Decided from the stored record, not the slot: "start again" clears the slot,
            # but the person's "no" stands until they say yes.
            if not repository.keeps_transcript(tracker.sender_id):
                self.redact(tracker.sender_id)
                return  # the stored events now differ from this tracker's: the next turn reads them
        self._keep(tracker)

    def _keep(self, tracker: DialogueStateTracker) -> None:
        """Remember a saved tracker when reading it back would give the same events (see the module's docstring)."""
        if tracker.events.maxlen is not None:
            return  # a capped history: its length no longer shows whether something was added
        with self.session_scope() as session:
            # What Rasa's retrieve reads (the latest session) must be exactly this tracker's events.
            in_session = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            if in_session != len(tracker.events):
                return
            stamp = self._stamp(session, tracker.sender_id)
        events = tracker.events
        self._kept[tracker.sender_id] = _Kept(tracker, len(events), events[-1] if events else None, stamp,
                                              self.domain)
        while len(self._kept) > KEPT_TRACKERS:
            self._kept.popitem(last=False)

    def forget(self, sender_id: str | None = None) -> None:
        """Drop kept trackers (one conversation's, or all): the next retrieve reads the database."""
        if sender_id is None:
            self._kept.clear()
        else:
            self._kept.pop(sender_id, None)

    def redact(self, sender_id: str) -> int:
        """Blank the words in every stored event of one conversation; returns rows changed."""
        self.forget(sender_id)
        changed = 0
        with self.session_scope() as session:
            for row in session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id):
                before = json.loads(row.data)
                after = redact_event(before)
                if after != before:
                    row.data = json.dumps(after)
                    changed += 1
            session.commit()
        return changed
