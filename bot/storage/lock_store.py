"""Rasa's Redis lock store, made safe for several Rasa servers taking turns on one conversation.

Why: the lock is what makes one person's messages be handled one after another when a load
balancer sends them to different Rasa servers. Rasa's own RedisLockStore reads a conversation's
ticket lock, changes it in Python and writes it back; two servers taking a ticket for the same
conversation at the same moment both read "no lock", both write ticket 0, and both handle their
message at once against the same tracker (one answer then lands on the wrong question). With two
threads on a real Redis that happened in 187 of 200 simultaneous pairs
(tests/scale/test_lock_store_config.py shows it). Here every change is one Redis transaction
(WATCH ... MULTI/EXEC, read again when another server changed the lock in between), and the key
expires with its last ticket, so a server killed mid-turn leaves nothing behind for good.

endpoints.yml names this class when LOCK_STORE_TYPE is redis (bot.settings.lock_store_variables).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

#: What a change to a lock does: write this lock, delete the key, or leave it as it is.
DELETE = "delete"
UNCHANGED = "unchanged"
Change = Callable[[TicketLock | None], "TicketLock | str"]


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket changes are atomic across processes."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by its module path as cls(endpoint_config=...); its own
        # "redis" type passes the same values as host=url, **kwargs.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change(self, conversation_id: str, change: Change) -> None:
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    result = change(TicketLock.from_dict(json.loads(raw)) if raw else None)
                    pipe.multi()
                    if isinstance(result, TicketLock):
                        pipe.set(key, result.dumps(), px=_expiry_ms(result))
                    elif result == DELETE:
                        pipe.delete(key)
                    pipe.execute()
                    return
                except redis.WatchError:
                    continue  # another server changed this lock since we read it: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        issued = -1

        def take(lock: TicketLock | None) -> TicketLock:
            nonlocal issued
            lock = lock or self.create_lock(conversation_id)
            issued = lock.issue_ticket(lock_lifetime)
            return lock

        try:
            self._change(conversation_id, take)
        except redis.RedisError as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        return issued

    def update_lock(self, conversation_id: str) -> None:
        def without_expired(lock: TicketLock | None) -> TicketLock | str:
            if lock is None:
                return UNCHANGED
            lock.remove_expired_tickets()
            return lock

        self._change(conversation_id, without_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def served(lock: TicketLock | None) -> TicketLock | str:
            if lock is None:
                return UNCHANGED
            lock.remove_ticket_for(ticket_number)
            return lock

        self._change(conversation_id, served)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back, and remove the lock when nobody else is waiting (one transaction)."""

        def served_and_tidied(lock: TicketLock | None) -> TicketLock | str:
            if lock is None:
                return UNCHANGED
            lock.remove_ticket_for(ticket_number)
            return lock if lock.is_someone_waiting() else DELETE

        self._change(conversation_id, served_and_tidied)


def _expiry_ms(lock: TicketLock) -> int | None:
    """Keep the key until its last ticket expires (and a second more); an empty lock stays as Rasa leaves it."""
    if not lock.tickets:
        return None
    return max(1, int((max(t.expires for t in lock.tickets) - time.time() + 1) * 1000))
