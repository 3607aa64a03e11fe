"""Keeping what could not be acted on yet: messages held while the action server is away, and duty alerts
claimed by the one process sending them.

Both exist so that nothing is lost or done twice when a part fails: a held message is replayed once,
in order, with its own message id (answers and flags are stored idempotently per message id); an
alert is sent by whichever process claims it first, and a claim left by a process that died is taken
over once it is older than CLAIM_EXPIRES.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, or_, select, update

from bot.storage.db import session_scope
from bot.storage.models import HeldMessage, RiskFlag, utcnow

#: A claim older than this is a sender that died mid-way: another may send the alert. Longer than a
#: whole delivery (every attempt on both channels, timeouts and waits included: under a minute).
CLAIM_EXPIRES = timedelta(minutes=5)
#: How many messages one conversation may have held at once; beyond it the person is asked to wait.
MAX_HELD_PER_SENDER = 20


@dataclass(frozen=True)
class Held:
    """One held message: replayed with the same message id, so it is stored once however often it is tried."""

    id: int
    message_id: str
    text: str


def hold(sender_id: str, channel: str, message_id: str, text: str) -> bool:
    """Keep a message verbatim for replay; False when this conversation already holds the most allowed
    (or this message is held already: the same message id is never held twice)."""
    with session_scope() as s:
        held = s.execute(select(HeldMessage.message_id).where(HeldMessage.sender_id == sender_id)).scalars().all()
        if message_id in held:
            return True
        if len(held) >= MAX_HELD_PER_SENDER:
            return False
        s.add(HeldMessage(sender_id=sender_id, channel=channel[:32], message_id=message_id[:64], text=text))
        return True


def held(sender_id: str) -> list[Held]:
    """This conversation's held messages, oldest first."""
    with session_scope() as s:
        rows = s.execute(select(HeldMessage).where(HeldMessage.sender_id == sender_id)
                         .order_by(HeldMessage.id)).scalars().all()
        return [Held(r.id, r.message_id, r.text) for r in rows]


def release(held_id: int) -> None:
    """A held message has been acted on: forget it."""
    with session_scope() as s:
        s.execute(delete(HeldMessage).where(HeldMessage.id == held_id))


def claim_alert(flag_id: int) -> bool:
    """Take a waiting duty alert to send it; False if it is sent already or another process is sending it."""
    now = utcnow()
    with session_scope() as s:
        result = s.execute(
            update(RiskFlag)
            .where(RiskFlag.id == flag_id, RiskFlag.alert_status.in_(("pending", "failed")),
                   or_(RiskFlag.alert_claimed_at.is_(None), RiskFlag.alert_claimed_at < now - CLAIM_EXPIRES))
            .values(alert_claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0) == 1


def alerts_being_sent() -> frozenset[int]:
    """Flags whose alert another process is sending right now (a live claim): not "still waiting"."""
    now = utcnow()
    with session_scope() as s:
        rows = s.execute(select(RiskFlag.id).where(RiskFlag.alert_claimed_at.is_not(None),
                                                   RiskFlag.alert_claimed_at >= now - CLAIM_EXPIRES)).all()
        return frozenset(int(r[0]) for r in rows)


def unclaim_alert(flag_id: int) -> None:
    """Sending has ended (its outcome is on the flag): a failed alert may be tried again at once."""
    with session_scope() as s:
        s.execute(update(RiskFlag).where(RiskFlag.id == flag_id).values(alert_claimed_at=None)
                  .execution_options(synchronize_session=False))
