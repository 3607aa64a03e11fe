"""Rasa's SQL tracker store, configured by one database URL, that forgets declined conversations.

Rasa's own SQLTrackerStore wants the URL in pieces; we keep a single
DATABASE_URL for the record and the tracker so they always live together.

Why redaction lives here: when someone says no to us keeping their answers, our record keeps
only that choice, but Rasa's event log would still hold every word they typed before saying no
(a first message often tells their whole story). After each save of a declined conversation the
stored events lose their words; intents, actions and the language stay, so the assistant still
knows where it is. A conversation with an urgent safeguarding flag keeps its transcript: the
duty team may need it, and the consent text says risk of harm will be shared.
"""
from __future__ import annotations

import json
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine.url import make_url

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


class UrlSQLTrackerStore(SQLTrackerStore):
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

            from bot.storage.db import sqlite_pragmas

            # The same settings as our own connections: WAL for sharing the file, and
            # secure_delete so a redacted event's old text is overwritten, not left in free pages.
            event.listen(self.engine, "connect", sqlite_pragmas)

    @staticmethod
    def get_db_url(dialect: str = "sqlite", host: str | None = None, port: int | None = None,
                   db: str = "", *args: Any, **kwargs: Any) -> str:
        return db

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        if tracker.get_slot("consent_choice") == "yes":
            return  # they said yes in this conversation: nothing to forget, no query per turn
        from bot.storage import repository

        # Otherwise decided from the stored record, not the slot: "start again" clears the slot,
        # but the person's "no" stands until they say yes.
        if not repository.keeps_transcript(tracker.sender_id):
            self.redact(tracker.sender_id)

    def redact(self, sender_id: str) -> int:
        """Blank the words in every stored event of one conversation; returns rows changed."""
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
