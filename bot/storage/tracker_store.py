"""Rasa's SQL tracker store, configured by one database URL.

Rasa's own SQLTrackerStore wants the URL in pieces; we keep a single
DATABASE_URL for the record and the tracker so they always live together.
"""
from __future__ import annotations

import os
from typing import Any, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine.url import make_url


class UrlSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        from bot.storage.db import database_url

        url = host or os.environ.get("DATABASE_URL") or database_url()
        kwargs.pop("url", None)
        super().__init__(
            domain=domain,
            dialect=make_url(url).get_backend_name(),
            db=url,
            event_broker=event_broker,
            **kwargs,
        )

    @staticmethod
    def get_db_url(dialect: Text = "sqlite", host: Optional[Text] = None, port: Optional[int] = None,
                   db: Text = "", *args: Any, **kwargs: Any) -> Text:
        return db
