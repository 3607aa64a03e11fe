"""Plain result types shared by everything that reads a person's words.

They live apart from the models so that the actions, the CLI and the summary
can depend on the shapes without loading any model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("cy", "en")
OUTCOME_TYPES = ("change", "maintenance", "process")
RISK_LEVELS = ("urgent", "concern", "none")
#: Whose view a stored answer or outcome is. "professional": a support worker or other paid worker, not family,
#: answering for the person (stop-23 trial W15: their words were labelled "the carer's view").
WHOSE_VIEWS = ("person", "carer", "young_person", "professional")
#: The views of someone answering for the person: a carer (family, a friend) or a professional.
ANSWERING_FOR_THEM = ("carer", "professional")


@dataclass(frozen=True)
class LanguageGuess:
    """Which language a message is in, how sure we are, and what decided it (for audit)."""

    language: str  # "cy", "en" or "und"
    confidence: float  # 0..1
    method: str  # e.g. "word_list", "langdetect", "too_short", "no_letters"


@dataclass(frozen=True)
class OutcomeSpan:
    """One draft outcome: an exact slice of the person's words and its draft type."""

    text: str  # == original[start:end], never rewritten
    start: int
    end: int
    type: str  # one of OUTCOME_TYPES
    confidence: float  # calibrated probability of `type`
    unsure: bool  # True below the calibrated threshold: "to confirm at the visit"
    #: The answer was too long to cut (bot.analysis.outcomes.READ_IN_FULL_CHARS): kept whole as one
    #: outcome, quoted briefly and read in full in the record.
    read_in_full: bool = False
    #: Words just before the quote that frame it as someone's view and are left out of it, as careful readers
    #: do ("She says ", "I think "): bot.conversation.answers reads them to tell whose view the outcome is.
    frame: str = ""
    #: The speaker passes on what someone else says or would say ("Mae Mam yn deud ei bod hi'n iawn a | does dim
    #: angen help arni hi", "Mum says she's fine and | she doesn't need any help", "yn ôl Dad, | ..."): that
    #: person's view, not the speaker's own (stop-21 trial U40, U12; bot.storage.repository files it so).
    reported: bool = False


@dataclass(frozen=True)
class RiskAssessment:
    """Safeguarding read of one message."""

    level: str  # one of RISK_LEVELS
    categories: tuple[str, ...] = ()  # e.g. ("suicide",), ("domestic_abuse", "abuse")
    #: "Please check: the assistant was unsure" (stop 24): the learned model alone would have made this urgent, below
    #: the bar where it is sure (bot.analysis.risk.SURE_THRESHOLD). Kept as a concern: the person on duty is asked to
    #: read it and decide, and the person gets a gentle reply, not the urgent one (bot.conversation.safety).
    please_check: bool = False

    @property
    def reaches_duty(self) -> bool:
        """Urgent, or "please check": either way a person on duty is told (stop 24)."""
        return self.level == "urgent" or self.please_check


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis package says about one message."""

    text: str
    language: LanguageGuess
    outcome_type: str | None  # type of the whole text; None when it holds no outcome
    confidence: float
    outcomes: tuple[OutcomeSpan, ...] = ()
    service_led: bool = False  # a service or professional goal rather than a reason (Principle 1, 7)
    risk: RiskAssessment = field(default_factory=lambda: RiskAssessment("none"))

    def to_json(self) -> dict[str, Any]:
        """The line format of `whatmatters analyse`."""
        return {
            "text": self.text,
            "language": self.language.language,
            "language_confidence": round(self.language.confidence, 4),
            "language_method": self.language.method,
            "outcome_type": self.outcome_type,
            "confidence": round(self.confidence, 4),
            "outcomes": [
                {
                    "text": o.text,
                    "start": o.start,
                    "end": o.end,
                    "type": o.type,
                    "confidence": round(o.confidence, 4),
                    "unsure": o.unsure,
                    "read_in_full": o.read_in_full,
                }
                for o in self.outcomes
            ],
            "service_led": self.service_led,
            "risk": self.risk.level,
            "risk_categories": list(self.risk.categories),
        }

