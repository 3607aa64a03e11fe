"""Tell the duty team that a safeguarding disclosure is waiting, by email and/or webhook.

The alert carries a reference and a link to the secure record, NEVER the person's words,
name or risk categories: email and chat webhooks are not secure channels, and the duty worker
reads the detail inside the system after signing in.

Delivery is synchronous (simple to reason about, easy to test) with a timeout per attempt,
retries with exponential backoff, and a loud ERROR log naming only the reference when a
channel fails. :func:`send_duty_alert_async` runs it in a thread for the action server.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from bot.delivery import (
    MAX_TIMEOUT_SECONDS,
    SIGNATURE_HEADER,
    ChannelResult,
    DeliveryResult,
    deliver_with_retries,
    post_signed_json_once,
    send_email_once,
    sign,
    verify_signature,
)
from bot.settings import Settings, get_settings

logger = logging.getLogger(__name__)


_LEVEL_WORDS: dict[str, tuple[str, str]] = {
    "urgent": ("brys", "urgent"),
    "concern": ("pryder", "concern"),
    # An update notice: a later message in the same thread was added to the alert already sent and raised its
    # severity (harm may be happening now). One thread, one alert (stop-22 trial V18); still nothing personal.
    "raised": ("brys, wedi codi", "urgent, raised"),
    # "Please check" (stop 24): the learned model alone read a message as maybe urgent and was not sure; a person on
    # duty reads it and decides. Said plainly, so nobody takes it for a confirmed disclosure, nor ignores it.
    "check": ("gwiriwch, doedd y cynorthwyydd ddim yn siŵr", "please check, the assistant was unsure"),
}


@dataclass(frozen=True)
class DutyAlert:
    """What the duty team is told: a reference, how serious, and where to look. Nothing else."""

    reference: str  # e.g. "WM-7F3K"
    level: str  # "urgent", "check" (please check: the assistant was unsure) or "raised" (an update notice)
    link: str  # link to the record, behind sign-in

    def __post_init__(self) -> None:
        if self.level not in _LEVEL_WORDS:
            raise ValueError(f"alert level must be one of {sorted(_LEVEL_WORDS)}, not {self.level!r}")
        if not self.reference or any(c in self.reference for c in "\r\n"):
            raise ValueError("alert reference must be one non-empty line")
        if any(c in self.link for c in "\r\n"):
            raise ValueError("alert link must be one line")


@dataclass(frozen=True)
class AlertSettings:
    """Where alerts go. Either channel may be unset; both configured means both are used."""

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_starttls: bool = False
    email_from: str | None = None
    email_to: tuple[str, ...] = ()
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    retries: int = 3  # attempts per channel, including the first
    retry_delay_seconds: float = 0.5  # first wait; doubles after each failed attempt
    timeout_seconds: float = MAX_TIMEOUT_SECONDS  # per attempt, capped at 5 s

    @classmethod
    def from_settings(cls, settings: Settings) -> AlertSettings:
        """SMTP_*, ALERT_EMAIL_FROM, DUTY_EMAIL_TO, DUTY_WEBHOOK_*, ALERT_RETRIES, ALERT_RETRY_DELAY_SECONDS."""
        return cls(
            smtp_host=settings.smtp_host,
            smtp_port=settings.smtp_port,
            smtp_user=settings.smtp_user,
            smtp_password=settings.smtp_password,
            smtp_starttls=settings.smtp_starttls,
            email_from=settings.alert_email_from,
            email_to=settings.duty_email_to,
            webhook_url=settings.duty_webhook_url,
            webhook_secret=settings.duty_webhook_secret,
            retries=settings.alert_retries,
            retry_delay_seconds=settings.alert_retry_delay_seconds,
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AlertSettings:
        """From these variables (read by bot.settings), or from the process's settings when None."""
        return cls.from_settings(get_settings() if env is None else Settings.from_env(env))

    @property
    def email_configured(self) -> bool:
        return bool(self.smtp_host and self.email_to)

    @property
    def webhook_configured(self) -> bool:
        return bool(self.webhook_url)


#: A duty alert's outcome per channel (the shared bot.delivery result).
AlertResult = DeliveryResult


# --------------------------------------------------------------------------- message content

def subject(alert: DutyAlert) -> str:
    """Welsh first: "Diogelu: brys / Safeguarding: urgent — WM-XXXX"."""
    cy, en = _LEVEL_WORDS[alert.level]
    return f"Diogelu: {cy} / Safeguarding: {en} \u2014 {alert.reference}"


def body(alert: DutyAlert) -> str:
    """Bilingual body, Welsh first, with the reference and the link only."""
    cy, en = _LEVEL_WORDS[alert.level]
    if alert.level == "raised":
        return (
            f"Diweddariad i rybudd diogelu sydd wedi'i anfon yn barod: mae neges newydd yn yr un sgwrs yn dweud "
            f"efallai fod niwed yn digwydd nawr, neu'n troi rhybudd 'gwiriwch' yn un brys.\n"
            f"Cyfeirnod: {alert.reference}\n"
            f"Mewngofnodwch i'w weld: {alert.link}\n"
            f"Peidiwch ag ateb yr e-bost hwn.\n"
            f"\n"
            f"An update to a safeguarding alert already sent: a new message in the same conversation says harm may be "
            f"happening now, or raises a 'please check' alert to urgent.\n"
            f"Reference: {alert.reference}\n"
            f"Sign in to see it: {alert.link}\n"
            f"Please do not reply to this email.\n"
        )
    if alert.level == "check":
        return (
            f"Gwiriwch os gwelwch yn dda: doedd y cynorthwyydd ddim yn siŵr. Efallai fod neges yn y sgwrs hon yn "
            f"ddatgeliad diogelu. Darllenwch y neges a phenderfynwch beth sydd ei angen.\n"
            f"Cyfeirnod: {alert.reference}\n"
            f"Mewngofnodwch i'w gweld: {alert.link}\n"
            f"Peidiwch ag ateb yr e-bost hwn.\n"
            f"\n"
            f"Please check: the assistant was unsure. A message in this conversation may be a safeguarding "
            f"disclosure. Please read the message and decide what is needed.\n"
            f"Reference: {alert.reference}\n"
            f"Sign in to see it: {alert.link}\n"
            f"Please do not reply to this email.\n"
        )
    return (
        f"Mae datgeliad diogelu ({cy}) yn aros am ymateb gan y tîm dyletswydd.\n"
        f"Cyfeirnod: {alert.reference}\n"
        f"Mewngofnodwch i'w weld: {alert.link}\n"
        f"Peidiwch ag ateb yr e-bost hwn.\n"
        f"\n"
        f"A safeguarding disclosure ({en}) is waiting for the duty team.\n"
        f"Reference: {alert.reference}\n"
        f"Sign in to see it: {alert.link}\n"
        f"Please do not reply to this email.\n"
    )


def build_email(alert: DutyAlert, settings: AlertSettings) -> EmailMessage:
    """The email as sent (also used by tests to check that nothing personal is in it)."""
    msg = EmailMessage()
    msg["Subject"] = subject(alert)
    msg["From"] = settings.email_from or "whatmatters@localhost"
    msg["To"] = ", ".join(settings.email_to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=(settings.email_from or "whatmatters@localhost").split("@")[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body(alert), charset="utf-8")
    return msg


def webhook_payload(alert: DutyAlert) -> bytes:
    """The signed JSON body: reference, level, link, and a Unix timestamp against replays."""
    data = {
        "type": "safeguarding_alert",
        "reference": alert.reference,
        "level": alert.level,
        "link": alert.link,
        "sent_at": int(time.time()),
        "text": subject(alert),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


# --------------------------------------------------------------------------- delivery

def _with_retries(channel: str, alert: DutyAlert, settings: AlertSettings,
                  attempt_once: Callable[[float], None]) -> ChannelResult:
    def give_up(last: str) -> None:
        logger.error(
            "SAFEGUARDING ALERT NOT DELIVERED: reference %s via %s after %d attempts (%s). "
            "The duty team has NOT been told by this channel - check the safeguarding queue now.",
            alert.reference, channel, settings.retries, last,
        )

    return deliver_with_retries(channel, f"Duty alert {alert.reference}", settings, attempt_once, give_up)


def _send_email_once(alert: DutyAlert, settings: AlertSettings, timeout: float) -> None:
    send_email_once(build_email(alert, settings), settings.email_to, settings, timeout)


def _send_webhook_once(alert: DutyAlert, settings: AlertSettings, timeout: float) -> None:
    post_signed_json_once(settings.webhook_url or "", webhook_payload(alert), settings.webhook_secret, timeout,
                          user_agent="whatmatters-alerts/1")


def send_duty_alert(alert: DutyAlert, settings: AlertSettings | None = None) -> AlertResult:
    """Send the alert on every configured channel; never raises for a delivery failure.

    With no channel configured this logs an ERROR (a disclosure nobody hears about is the worst
    outcome) and returns a result with no channels.
    """
    settings = settings or AlertSettings.from_settings(get_settings())
    email_result = webhook_result = None
    if settings.email_configured:
        email_result = _with_retries("email", alert, settings, lambda t: _send_email_once(alert, settings, t))
    if settings.webhook_configured:
        webhook_result = _with_retries("webhook", alert, settings, lambda t: _send_webhook_once(alert, settings, t))
    if email_result is None and webhook_result is None:
        logger.error(
            "SAFEGUARDING ALERT NOT SENT: reference %s - no alert channel configured "
            "(set SMTP_HOST and DUTY_EMAIL_TO, or DUTY_WEBHOOK_URL).", alert.reference,
        )
    return AlertResult(alert.reference, email_result, webhook_result)


async def send_duty_alert_async(alert: DutyAlert, settings: AlertSettings | None = None) -> AlertResult:
    """The same, off the event loop (for the Rasa action server)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, send_duty_alert, alert, settings)


__all__ = [
    "SIGNATURE_HEADER",
    "AlertResult",
    "AlertSettings",
    "ChannelResult",
    "DutyAlert",
    "body",
    "build_email",
    "send_duty_alert",
    "send_duty_alert_async",
    "sign",
    "subject",
    "verify_signature",
    "webhook_payload",
]
