"""Tell the team that a person has confirmed their record: email over SMTP and/or a signed webhook.

Like the duty alerts (bot.safeguarding.alerts), the message carries the public reference and a
link behind sign-in, NEVER a name or any of the person's words: email and chat webhooks are not
secure channels. A failure is logged with the reference only and never raises into the
conversation.

Configuration (read by bot.settings; the action server uses the process's settings):

* ``TEAM_NOTIFY_EMAIL_TO``: ``team=addr,team2=addr2`` (a team may appear more than once), or plain
  addresses for every team (``addr`` or ``*=addr``). Plain addresses also serve teams without
  their own entry.
* ``TEAM_NOTIFY_WEBHOOK_URL``: one URL for every team (the JSON says which team).
* ``TEAM_NOTIFY_WEBHOOK_SECRET``: HMAC-SHA256 signing key (falls back to ``DUTY_WEBHOOK_SECRET``);
  the signature header and format are the duty alerts' (``X-WhatMatters-Signature: sha256=<hex>``).
* SMTP server, sender, retries and delay: the duty alerts' ``SMTP_*``, ``ALERT_EMAIL_FROM``,
  ``ALERT_RETRIES`` and ``ALERT_RETRY_DELAY_SECONDS`` (read by ``AlertSettings.from_env``).
* ``PUBLIC_BASE_URL``: the link is ``{PUBLIC_BASE_URL}/summaries/{reference}``.
"""
from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from bot.delivery import DeliveryResult, deliver_with_retries, post_signed_json_once, send_email_once
from bot.safeguarding.alerts import AlertSettings
from bot.settings import Settings, get_settings

logger = logging.getLogger(__name__)

EVENT_TYPE = "summary_confirmed"


# --------------------------------------------------------------------------- configuration

def parse_team_addresses(value: str | None) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """"team=a@x,team2=b@y,c@z" -> ({"team": ("a@x",), "team2": ("b@y",)}, ("c@z",))."""
    per_team: dict[str, list[str]] = {}
    everyone: list[str] = []
    for part in (value or "").split(","):
        part = part.strip()
        if not part:
            continue
        team, sep, address = part.partition("=")
        if sep:
            team, address = team.strip(), address.strip()
            if not address:
                continue
            if team in ("", "*"):
                everyone.append(address)
            else:
                per_team.setdefault(team, []).append(address)
        else:
            everyone.append(part)
    return {t: tuple(a) for t, a in per_team.items()}, tuple(everyone)


@dataclass(frozen=True)
class NotifySettings:
    """Where "record confirmed" notices go; SMTP and retry settings are the duty alerts'."""

    transport: AlertSettings = field(default_factory=AlertSettings)
    email_to: dict[str, tuple[str, ...]] = field(default_factory=dict)
    email_to_all: tuple[str, ...] = ()
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    public_base_url: str = "http://localhost:8080"

    @classmethod
    def from_settings(cls, settings: Settings) -> NotifySettings:
        per_team, everyone = parse_team_addresses(settings.team_notify_email_to)
        return cls(
            transport=AlertSettings.from_settings(settings),
            email_to=per_team,
            email_to_all=everyone,
            webhook_url=settings.team_notify_webhook_url,
            webhook_secret=settings.team_notify_webhook_secret or settings.duty_webhook_secret,
            public_base_url=settings.public_base_url,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> NotifySettings:
        """From these variables (read by bot.settings), or from the process's settings when None."""
        return cls.from_settings(get_settings() if env is None else Settings.from_env(env))

    def addresses_for(self, team: str | None) -> tuple[str, ...]:
        return self.email_to.get(team or "", ()) or self.email_to_all

    def link(self, reference: str) -> str:
        return f"{self.public_base_url}/summaries/{reference}"


# --------------------------------------------------------------------------- message content

def subject(reference: str) -> str:
    """Welsh first: "Crynodeb newydd / New summary — WM-XXXXXX"."""
    return f"Crynodeb newydd / New summary \u2014 {reference}"


def body(reference: str, link: str) -> str:
    """Bilingual, Welsh first: the reference and the link, nothing else."""
    return (
        f"Mae crynodeb newydd \"Beth sy'n bwysig\" wedi'i gadarnhau ac mae'n barod i'w ddarllen cyn yr ymweliad.\n"
        f"Cyfeirnod: {reference}\n"
        f"Mewngofnodwch i'w weld: {link}\n"
        f"Peidiwch ag ateb yr e-bost hwn.\n"
        f"\n"
        f"A new \"What matters\" summary has been confirmed and is ready to read before the visit.\n"
        f"Reference: {reference}\n"
        f"Sign in to see it: {link}\n"
        f"Please do not reply to this email.\n"
    )


def _check_reference(reference: str) -> str:
    if not reference or any(c in reference for c in "\r\n") or len(reference) > 32:
        raise ValueError("reference must be one short line")
    return reference


def build_email(reference: str, to: tuple[str, ...], settings: NotifySettings) -> EmailMessage:
    sender = settings.transport.email_from or "whatmatters@localhost"
    msg = EmailMessage()
    msg["Subject"] = subject(reference)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body(reference, settings.link(reference)), charset="utf-8")
    return msg


def webhook_payload(reference: str, team: str | None, settings: NotifySettings) -> bytes:
    data = {
        "type": EVENT_TYPE,
        "reference": reference,
        "team": team,
        "link": settings.link(reference),
        "sent_at": int(time.time()),
        "text": subject(reference),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


# --------------------------------------------------------------------------- delivery
# Sending and retries are bot.delivery's, shared with the duty alert.

#: A team notice's outcome per channel (the shared bot.delivery result).
NotifyResult = DeliveryResult


def send_confirmed_notice(reference: str, team: str | None, settings: NotifySettings | None = None) -> NotifyResult:
    """Send on every configured channel and report per channel; raises only for a bad reference."""
    reference = _check_reference(reference)
    settings = settings or NotifySettings.from_settings(get_settings())
    what = f"Summary notice {reference}"
    email_result = webhook_result = None
    to = settings.addresses_for(team)
    if settings.transport.smtp_host and to:
        transport = replace(settings.transport, email_to=to)
        msg = build_email(reference, to, settings)
        email_result = deliver_with_retries("email", what, transport,
                                            lambda t: send_email_once(msg, to, transport, t))
    if (webhook_url := settings.webhook_url):
        payload = webhook_payload(reference, team, settings)
        webhook_result = deliver_with_retries(
            "webhook", what, settings.transport,
            lambda t: post_signed_json_once(webhook_url, payload, settings.webhook_secret, t))
    if email_result is None and webhook_result is None:
        logger.info("%s: no team notification configured (TEAM_NOTIFY_EMAIL_TO with SMTP_HOST, "
                    "or TEAM_NOTIFY_WEBHOOK_URL)", what)
    return NotifyResult(reference, email_result, webhook_result)


def _team_of(reference: str) -> str | None:
    from bot.storage import repository
    from bot.storage.db import session_scope

    with session_scope() as s:
        conv = repository.get_conversation_by_reference(s, reference)
        return conv.team if conv is not None else None


def notify_confirmed(reference: str, team: str | None = None, settings: NotifySettings | None = None) -> None:
    """Tell the team a record was confirmed. Never raises: failures are logged with the reference only.

    `team` None means: look it up from the record.
    """
    try:
        if team is None:
            team = _team_of(reference)
        send_confirmed_notice(reference, team, settings)
    except Exception as exc:  # never into the conversation
        safe_ref = reference if isinstance(reference, str) and len(reference) <= 32 and "\n" not in reference else "?"
        logger.error("Summary notice %s failed: %s", safe_ref, type(exc).__name__)


def notify_confirmed_in_background(reference: str, team: str | None = None) -> threading.Thread | None:
    """Run notify_confirmed in a daemon thread, so the person's reply is never delayed by SMTP.

    Never raises (returns None if no thread could be started, after logging it).
    """
    try:
        thread = threading.Thread(target=notify_confirmed, args=(reference, team),
                                  name="notify-summary", daemon=True)
        thread.start()
        return thread
    except Exception as exc:
        logger.error("Summary notice could not be started: %s", type(exc).__name__)
        return None


async def notify_confirmed_async(reference: str, team: str | None = None) -> None:
    """The same off the event loop, awaited (for callers that want to wait for delivery)."""
    await asyncio.get_running_loop().run_in_executor(None, notify_confirmed, reference, team)


__all__ = [
    "NotifyResult",
    "NotifySettings",
    "body",
    "build_email",
    "deliver_with_retries",
    "notify_confirmed",
    "notify_confirmed_async",
    "notify_confirmed_in_background",
    "parse_team_addresses",
    "post_signed_json_once",
    "send_confirmed_notice",
    "send_email_once",
    "subject",
    "webhook_payload",
]
