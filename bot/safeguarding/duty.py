"""Getting a stored safeguarding flag to the person on duty.

The flag is written to the database first (see repository.record_risk), so
it survives whatever happens to the alert. Delivery then runs off the
conversation's hot path, is retried, and its outcome is written back to the
flag; `whatmatters alerts retry` (and the `run` supervisor, every minute)
sends any that are still waiting.
"""
from __future__ import annotations

import asyncio
import logging
import threading

from bot.settings import Settings, get_settings
from bot.storage import repository

logger = logging.getLogger(__name__)

_in_flight: set[int] = set()
_lock = threading.Lock()


def summary_link(reference: str, settings: Settings | None = None) -> str:
    """A link that names the record by its reference only, never by anything personal."""
    return f"{(settings or get_settings()).public_base_url}/summaries/{reference}"


def deliver(flag_id: int, reference: str, level: str, settings: Settings | None = None) -> bool:
    """Send one duty alert now (blocking) and record the result on the flag.

    `settings` None: the process's own (the action server's, which rasa_sdk starts).
    """
    from bot.safeguarding.alerts import AlertSettings, DutyAlert, send_duty_alert

    with _lock:
        if flag_id in _in_flight:
            return False
        _in_flight.add(flag_id)
    try:
        settings = settings or get_settings()
        alert_settings = AlertSettings.from_settings(settings)
        link = summary_link(reference, settings)
        result = send_duty_alert(DutyAlert(reference=reference, level=level, link=link), alert_settings)
        attempts = sum(c.attempts for c in result.channels) or 1
        repository.mark_alert(flag_id, delivered=result.delivered, attempts=attempts)
        if not result.delivered:
            logger.error("Duty alert for %s NOT delivered; it stays queued for retry", reference)
        return result.delivered
    except Exception:  # never let an alert failure lose the flag or crash the conversation
        logger.exception("Duty alert for %s failed; it stays queued for retry", reference)
        repository.mark_alert(flag_id, delivered=False, attempts=1)
        return False
    finally:
        with _lock:
            _in_flight.discard(flag_id)


def deliver_soon(flag_id: int, reference: str, level: str) -> asyncio.Future[bool] | None:
    """Start delivery in a worker thread so the person's reply is not held up."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        deliver(flag_id, reference, level)
        return None
    return loop.run_in_executor(None, deliver, flag_id, reference, level)


def retry_waiting(settings: Settings | None = None) -> int:
    """Send every alert that has not gone yet; returns how many were delivered now."""
    delivered = 0
    for flag_id, reference, level in repository.flags_awaiting_alert():
        if level == "urgent" and deliver(flag_id, reference, level, settings):
            delivered += 1
    return delivered
