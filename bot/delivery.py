"""Sending a short notice by email and by signed webhook, with retries.

Shared by the safeguarding duty alert (bot/safeguarding/alerts.py) and the "record confirmed"
notice (bot/summary/notify.py). What is sent is built by the caller and must hold nothing
personal; this module only delivers it and says, by reference, whether it arrived.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

import requests

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-WhatMatters-Signature"
MAX_TIMEOUT_SECONDS = 5.0


class Transport(Protocol):
    """The SMTP and retry settings a sender needs (AlertSettings provides them)."""

    # Read-only members, so frozen dataclasses such as AlertSettings satisfy the protocol.
    @property
    def smtp_host(self) -> str | None: ...

    @property
    def smtp_port(self) -> int: ...

    @property
    def smtp_user(self) -> str | None: ...

    @property
    def smtp_password(self) -> str | None: ...

    @property
    def smtp_starttls(self) -> bool: ...

    @property
    def email_from(self) -> str | None: ...

    @property
    def retries(self) -> int: ...

    @property
    def retry_delay_seconds(self) -> float: ...

    @property
    def timeout_seconds(self) -> float: ...


@dataclass(frozen=True)
class ChannelResult:
    """Outcome of one channel: delivered, or the last error (never contains personal data)."""

    channel: str  # "email" or "webhook"
    delivered: bool
    attempts: int
    error: str | None = None


@dataclass(frozen=True)
class DeliveryResult:
    """Outcome per configured channel of one notice (a duty alert or a team notice), by reference.
    `delivered` is True when at least one channel delivered."""

    reference: str
    email: ChannelResult | None = None
    webhook: ChannelResult | None = None

    @property
    def channels(self) -> tuple[ChannelResult, ...]:
        return tuple(c for c in (self.email, self.webhook) if c is not None)

    @property
    def delivered(self) -> bool:
        return any(c.delivered for c in self.channels)

    @property
    def all_delivered(self) -> bool:
        return bool(self.channels) and all(c.delivered for c in self.channels)


def sign(body_bytes: bytes, secret: str) -> str:
    """HMAC-SHA256 of the exact body bytes, hex, as "sha256=<hex>" (GitHub-style)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body_bytes, hashlib.sha256).hexdigest()


def verify_signature(body_bytes: bytes, secret: str, header_value: str | None) -> bool:
    """Constant-time check of a received X-WhatMatters-Signature header (for receivers and tests)."""
    if not header_value:
        return False
    return hmac.compare_digest(sign(body_bytes, secret), header_value.strip())


def error_text(exc: BaseException) -> str:
    """Short, personal-data-free description of a delivery failure."""
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"HTTP {exc.response.status_code}"
    return f"{type(exc).__name__}: {exc}"[:300]


def deliver_with_retries(
    channel: str,
    what: str,
    settings: Transport,
    attempt_once: Callable[[float], None],
    on_give_up: Callable[[str], None] | None = None,
) -> ChannelResult:
    """Call `attempt_once(timeout)` up to `settings.retries` times, doubling the delay each time.

    `what` names the message in logs (e.g. "Duty alert WM-XXXX") and must hold nothing personal.
    `on_give_up(last_error)` lets a caller log the final failure in its own, louder words.
    """
    timeout = min(max(settings.timeout_seconds, 0.1), MAX_TIMEOUT_SECONDS)
    delay = settings.retry_delay_seconds
    last = "not attempted"
    for attempt in range(1, settings.retries + 1):
        try:
            attempt_once(timeout)
            log = logger.warning if attempt > 1 else logger.info
            log("%s delivered by %s (attempt %d)", what, channel, attempt)
            return ChannelResult(channel, True, attempt)
        except Exception as exc:  # every failure is retried; the last one is reported
            last = error_text(exc)
            logger.warning("%s: %s attempt %d/%d failed: %s", what, channel, attempt, settings.retries, last)
            if attempt < settings.retries and delay > 0:
                time.sleep(delay)
                delay *= 2
    if on_give_up is not None:
        on_give_up(last)
    else:
        logger.error("%s NOT delivered by %s after %d attempts (%s)", what, channel, settings.retries, last)
    return ChannelResult(channel, False, settings.retries, last)


def send_email_once(msg: EmailMessage, to: Sequence[str], settings: Transport, timeout: float) -> None:
    with smtplib.SMTP(settings.smtp_host or "", settings.smtp_port, timeout=timeout) as smtp:
        smtp.ehlo()
        if settings.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password or "")
        refused = smtp.send_message(msg, from_addr=settings.email_from or None, to_addrs=list(to))
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)


def post_signed_json_once(url: str, payload: bytes, secret: str | None, timeout: float,
                          user_agent: str = "whatmatters/1") -> None:
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": user_agent}
    if secret:
        headers[SIGNATURE_HEADER] = sign(payload, secret)
    response = requests.post(url, data=payload, headers=headers, timeout=timeout, allow_redirects=False)
    response.raise_for_status()
    if response.status_code >= 300:
        raise requests.HTTPError(f"unexpected redirect {response.status_code}", response=response)
