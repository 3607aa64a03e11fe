"""Getting a stored safeguarding flag to the person on duty.

The flag is written to the database first (see repository.record_risk), so
it survives whatever happens to the alert. Delivery then runs off the
conversation's hot path, is retried, and its outcome is written back to the
flag; `whatmatters alerts retry` (and the `run` supervisor, every minute)
sends any that are still waiting.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from bot.settings import Settings, get_settings
from bot.storage import holding, repository

logger = logging.getLogger(__name__)

_in_flight: set[int] = set()
_lock = threading.Lock()
#: Alerts go out on threads of their own: never the event loop's, and never a pool an action waits on.
_senders = ThreadPoolExecutor(max_workers=4, thread_name_prefix="duty-alert")


def summary_link(reference: str, settings: Settings | None = None) -> str:
    """A link that names the record by its reference only, never by anything personal."""
    return f"{(settings or get_settings()).public_base_url}/summaries/{reference}"


def deliver(flag_id: int, reference: str, level: str, settings: Settings | None = None) -> bool:
    """Send one duty alert now (blocking) and record the result on the flag.

    Sent by one process only: the flag is claimed in the database first (bot.storage.holding), so the
    action server, the `run` supervisor's sweep and `whatmatters alerts retry` never send it twice.
    False when it was not delivered now (it stays waiting) or another process has it in hand.
    `settings` None: the process's own (the action server's, which rasa_sdk starts).
    """
    from bot.safeguarding.alerts import AlertSettings, DutyAlert, send_duty_alert

    with _lock:
        if flag_id in _in_flight:
            return False
        _in_flight.add(flag_id)
    try:
        if not holding.claim_alert(flag_id):
            return False
        settings = settings or get_settings()
        alert_settings = AlertSettings.from_settings(settings)
        link = summary_link(reference, settings)
        result = send_duty_alert(DutyAlert(reference=reference, level=level, link=link), alert_settings)
        attempts = sum(c.attempts for c in result.channels) or 1
        repository.mark_alert(flag_id, delivered=result.delivered, attempts=attempts)
        holding.unclaim_alert(flag_id)
        # Not delivered: send_duty_alert has logged it once, naming the reference only (the flag waits
        # for the next sweep); a second line here made every failed attempt look like two.
        return result.delivered
    except Exception as error:  # never let an alert failure lose the flag or crash the conversation
        logger.error("Duty alert for %s failed (%s); it stays queued for retry", reference, type(error).__name__)
        try:
            repository.mark_alert(flag_id, delivered=False, attempts=1)
            holding.unclaim_alert(flag_id)
        except Exception:  # the database is away too: the claim expires and the next sweep sends it
            logger.error("Duty alert for %s: its failure could not be recorded either", reference)
        return False
    finally:
        with _lock:
            _in_flight.discard(flag_id)


def deliver_soon(flag_id: int, reference: str, level: str) -> Future[bool]:
    """Start delivery in a thread of its own, so the person's reply is not held up.

    Called once per flag, when it is first stored (bot.conversation.safety.note_risk); a failed
    alert is tried again by the sweep (`retry_waiting`), never by the next action of the turn.
    """
    return _senders.submit(deliver, flag_id, reference, level)


def retry_waiting(settings: Settings | None = None) -> int:
    """Send every alert that has not gone yet; returns how many were delivered now."""
    delivered = 0
    for flag_id, reference, level in repository.flags_awaiting_alert():
        if level in ("urgent", repository.RAISED, repository.CHECK) and deliver(flag_id, reference, level, settings):
            delivered += 1
    return delivered
