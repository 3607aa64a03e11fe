"""A person's right to have what they told us erased, and an honest account of what was.

Framework-free (no Rasa, Sanic or Telegram): Telegram's `/delete` and `whatmatters erase REF`
call it. The one exception to "everything goes" is safeguarding: when the conversation holds an
urgent flag, the duty team still needs the words that raised it, the reference and the team, so
those stay and the person (or whoever ran the command) is told so.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.storage import repository

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erasure:
    """What happened, for the message to the person (`message_key`) and for the audit log."""

    found: bool
    kept_for_safety: bool
    reference: str | None
    answers: int
    outcomes: int
    safety_flags_kept: int
    transcript_events: int
    unreadable: int = 0
    safety_flags_erased: int = 0
    team: str | None = None
    held_messages: int = 0

    @property
    def message_key(self) -> str:
        """The catalogue message that tells the person what was erased."""
        if self.kept_for_safety:
            return "delete_done_safety_kept"
        if self.found or self.transcript_events:
            return "delete_done"
        return "delete_nothing_held"

    @property
    def counts(self) -> str:
        """What went, in numbers only (never a word the person wrote): for the audit log and the command."""
        said = (f"answers {self.answers}, outcomes {self.outcomes}, unreadable notes {self.unreadable}, "
                f"flags {self.safety_flags_erased}, transcript events {self.transcript_events}")
        if self.held_messages:
            said += f", messages held for replay {self.held_messages}"
        if self.kept_for_safety:
            said += f"; kept for the duty team: the reference and {self.safety_flags_kept} safeguarding flag(s)"
        return said


def confirm_message_key(sender_id: str) -> str:
    """The question that asks a person to make sure before their words go: when the conversation holds an urgent
    safeguarding flag, it says first that those words stay with the duty team (stop-22 trial V30: a 14-year-old was
    told only after he had confirmed)."""
    preview = erase_conversation(sender_id=sender_id, dry_run=True)
    return "delete_confirm_safety_kept" if preview.kept_for_safety else "delete_confirm"


def erase_conversation(*, sender_id: str | None = None, reference: str | None = None,
                       keep_for_safety: bool = True, dry_run: bool = False, asked_by_person: bool = True) -> Erasure:
    """Erase one conversation, found by its channel's sender id or by its public reference.

    `dry_run` counts what would go and changes nothing (the command shows it before asking);
    `keep_for_safety=False` is for retention only, once the duty team's time is over; so is `asked_by_person=False`
    (the retention rules, not the person, deleted it: the summary must not say they did).
    """
    done = repository.erase_record(sender_id=sender_id, reference=reference, keep_for_safety=keep_for_safety,
                                   dry_run=dry_run, asked_by_person=asked_by_person)
    if not dry_run:
        # Counts and the public reference only: never a sender id, a name or any words.
        logger.info(
            "erasure: reference=%s found=%s kept_for_safety=%s answers=%d outcomes=%d flags_kept=%d events=%d",
            done.reference or "-", done.found, done.kept_for_safety, done.answers, done.outcomes,
            done.flags_kept, done.transcript_events,
        )
    return Erasure(
        found=done.found,
        kept_for_safety=done.kept_for_safety,
        reference=done.reference,
        answers=done.answers,
        outcomes=done.outcomes,
        safety_flags_kept=done.flags_kept,
        transcript_events=done.transcript_events,
        unreadable=done.unreadable,
        safety_flags_erased=done.flags_erased,
        team=done.team,
        held_messages=done.held_messages,
    )
