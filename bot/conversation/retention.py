"""How long we keep what people told us, and the sweep that deletes the rest.

Framework-free: `whatmatters retention` and the web app's hourly task are thin callers.

The rules (README, "Keeping and erasing data"):

* **Never confirmed** (in progress, stopped, declined, awaiting confirmation): deleted
  `unconfirmed_days` after the last activity: the record, its answers, flags and notes, and
  Rasa's events (a person still chatting is not idle).
* **After the visit**: a record is deleted `after_visit_days` after a practitioner marked the visit done.
  A confirmed record whose visit is never marked done is kept: the practitioner still needs it.
* **Urgent safeguarding flags**: when a never-confirmed conversation holding one reaches its time,
  everything goes but the duty team's part (the reference, the team and each flag with the words
  that raised it), as when the person asks for erasure. That part is kept as long as a confirmed
  record is: until `after_visit_days` after the visit is marked done, then deleted with the rest.
  Nobody's disclosure disappears before a practitioner has acted on it.
* Rasa's events of a sender with no record (never started one, or erased) go after `unconfirmed_days`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from bot.conversation.erase import Erasure, erase_conversation
from bot.settings import Settings
from bot.storage import repository
from bot.storage.models import utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionPolicy:
    """Days to keep a never-confirmed conversation (after its last activity) and a record after its visit."""

    unconfirmed_days: int = 30
    after_visit_days: int = 90

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(settings.retention_unconfirmed_days, settings.retention_after_visit_days)


def current_policy() -> RetentionPolicy:
    """RETENTION_* from the process's settings, for the conversation that tells a person how long we keep their
    words (messages' {kept_days_after_visit} / {kept_days_unsent}): it holds no settings of its own."""
    from bot.settings import get_settings

    return RetentionPolicy.from_settings(get_settings())


@dataclass
class RetentionRun:
    """What one sweep deleted (or, in a dry run, would delete): counts only, never words or ids."""

    dry_run: bool = False
    unconfirmed: int = 0  # conversations never confirmed, idle too long
    after_visit: int = 0  # records whose visit was marked done long enough ago
    kept_for_safety: int = 0  # of those, how many kept their duty team's part
    answers: int = 0
    outcomes: int = 0
    unreadable: int = 0
    flags: int = 0
    transcript_events: int = 0
    transcripts_without_record: int = 0  # senders whose only trace was Rasa's events
    failed: int = 0  # conversations that could not be deleted this time (tried again next run)

    @property
    def anything(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "dry_run")

    @property
    def counts(self) -> str:
        """One line for the audit log and the command."""
        said = (f"never confirmed {self.unconfirmed} (kept for the duty team {self.kept_for_safety}), "
                f"after the visit {self.after_visit}; answers {self.answers}, outcomes {self.outcomes}, "
                f"unreadable notes {self.unreadable}, flags {self.flags}, transcript events "
                f"{self.transcript_events}, transcripts without a record {self.transcripts_without_record}")
        if self.failed:
            said += f"; {self.failed} could not be deleted (tried again next run)"
        return ("dry run: " if self.dry_run else "") + said

    def add(self, erased: Erasure, after_visit: bool) -> None:
        if not erased.found:
            return  # erased meanwhile (by the person, or by another server's sweep)
        if after_visit:
            self.after_visit += 1
        else:
            self.unconfirmed += 1
        self.kept_for_safety += erased.kept_for_safety
        self.answers += erased.answers
        self.outcomes += erased.outcomes
        self.unreadable += erased.unreadable
        self.flags += erased.safety_flags_erased
        self.transcript_events += erased.transcript_events


def apply_retention(policy: RetentionPolicy, *, now: datetime | None = None, dry_run: bool = False) -> RetentionRun:
    """Delete (or with `dry_run`, count) everything the policy says has been kept long enough."""
    now = now or utcnow()
    inactive_before = now - timedelta(days=policy.unconfirmed_days)
    run = RetentionRun(dry_run=dry_run)
    due = repository.due_for_retention(inactive_before=inactive_before,
                                       visit_done_before=now - timedelta(days=policy.after_visit_days))
    for item in due:
        try:
            erased = erase_conversation(reference=item.reference, keep_for_safety=not item.after_visit,
                                        dry_run=dry_run, asked_by_person=False)
        except Exception as err:  # one record that cannot go now must not keep every other one
            # The kind only: a database error can quote the values it was given.
            logger.error("retention: could not delete %s (%s)", item.reference, type(err).__name__)
            run.failed += 1
            continue
        run.add(erased, item.after_visit)
    senders, events = repository.erase_stale_transcripts(inactive_before, dry_run=dry_run)
    run.transcripts_without_record += senders
    run.transcript_events += events
    logger.info("retention: %s", run.counts)
    return run
