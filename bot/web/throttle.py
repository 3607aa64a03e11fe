"""Brief sign-in locks after repeated wrong passwords, for any e-mail address typed in.

Why every address and not only real accounts: if only accounts could be locked, the 429 after
five tries would tell an attacker which addresses belong to staff. Rows are keyed by a hash of
the address, so an address someone mistyped is never stored.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from bot.web.models import SignInThrottle
from bot.web.security import token_hash

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15
#: Counts older than this are forgotten, so five typos spread over a month never lock anyone.
FORGET_AFTER = timedelta(hours=24)


def _key(email: str) -> str:
    return token_hash("sign-in:" + email.strip().lower())


def is_locked(s: Session, email: str, now: datetime) -> bool:
    """True while the address is inside its lock window."""
    row = s.get(SignInThrottle, _key(email))
    return bool(row is not None and row.locked_until is not None and row.locked_until > now)


def record_failure(s: Session, email: str, now: datetime) -> None:
    """Count one wrong password; the fifth in a row locks the address for LOCK_MINUTES."""
    s.execute(delete(SignInThrottle).where(SignInThrottle.updated_at < now - FORGET_AFTER))
    row = s.get(SignInThrottle, _key(email))
    if row is None:
        row = SignInThrottle(email_hash=_key(email), failures=0)
        s.add(row)
    row.failures = (row.failures or 0) + 1
    row.updated_at = now
    if row.failures >= LOCK_AFTER_FAILURES:
        row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        row.failures = 0


def clear(s: Session, email: str) -> None:
    """Forget the count after a right password or a password reset."""
    s.execute(delete(SignInThrottle).where(SignInThrottle.email_hash == _key(email)))
