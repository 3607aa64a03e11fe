"""Brief sign-in locks after repeated wrong passwords, for any e-mail address typed in.

Why every address and not only real accounts: if only accounts could be locked, the 429 after
five tries would tell an attacker which addresses belong to staff. Two counters per attempt:

* address + client: five wrong passwords lock that pair for LOCK_MINUTES. Someone guessing from
  one place is stopped, and a stranger cannot lock a practitioner out from elsewhere.
* address alone: FIFTY wrong passwords (from anywhere) lock it too, against guessing spread over
  many clients. A lock-out then needs a sustained attack, which the audit log shows.

Rows are keyed by an HMAC with a per-installation secret, so the stored keys cannot be matched
against a list of likely staff addresses, and an address someone mistyped is never stored.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage import repository
from bot.web.models import SignInThrottle

LOCK_AFTER_FAILURES = 5
LOCK_AFTER_FAILURES_ANY_CLIENT = 50
LOCK_MINUTES = 15
#: Counts older than this are forgotten, so five typos spread over a month never lock anyone.
FORGET_AFTER = timedelta(hours=24)
_SECRET_NAME = "sign_in_throttle_hmac"  # noqa: S105 - the row that holds the key, not the key


def _mac(s: Session, text: str) -> str:
    return repository.keyed_hash(s, _SECRET_NAME, text)


def _address_key(s: Session, email: str) -> str:
    return _mac(s, "address\0" + email.strip().lower())


def _keys(s: Session, email: str, client: str) -> list[tuple[str, int]]:
    """(row key, failures that lock it) for the address+client pair and the address alone."""
    address = email.strip().lower()
    return [(_mac(s, f"pair\0{address}\0{client}"), LOCK_AFTER_FAILURES),
            (_address_key(s, email), LOCK_AFTER_FAILURES_ANY_CLIENT)]


def is_locked(s: Session, email: str, client: str, now: datetime) -> bool:
    """True while the address is locked for this client (or for everyone)."""
    for key, _ in _keys(s, email, client):
        row = s.get(SignInThrottle, key)
        if row is not None and row.locked_until is not None and row.locked_until > now:
            return True
    return False


def record_failure(s: Session, email: str, client: str, now: datetime) -> None:
    """Count one wrong password on both counters; a counter at its limit locks for LOCK_MINUTES."""
    s.execute(delete(SignInThrottle).where(SignInThrottle.updated_at < now - FORGET_AFTER))
    for key, limit in _keys(s, email, client):
        row = s.get(SignInThrottle, key)
        if row is None:
            try:
                with s.begin_nested():
                    s.add(SignInThrottle(email_hash=key, address_key=_address_key(s, email),
                                         failures=0, updated_at=now))
            except IntegrityError:  # the same address failed at the same moment elsewhere
                pass
            row = s.get(SignInThrottle, key)
            if row is None:
                raise RuntimeError("a sign-in counter could not be stored")
        row.failures = (row.failures or 0) + 1
        row.updated_at = now
        if row.failures >= limit:
            row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            row.failures = 0


def clear(s: Session, email: str) -> None:
    """Forget every count and lock for the address: a right password, or a password reset."""
    s.execute(delete(SignInThrottle).where(SignInThrottle.address_key == _address_key(s, email)))
