"""Which risk readings make a person's words safeguarding material, never outcomes.

An urgent reading always does. So does a concern in a harm category (suicide, self-harm, abuse,
exploitation, neglect: bot.analysis.risk.URGENT_CATEGORIES): "doesnt matter much anyway, im not
gonna be around after friday" read as a concern is still about their life being at risk, and a
practitioner must not find it among "how they want to be supported", nor hear it read back on a
screen someone else may see. Other concerns (loneliness, falls, carer strain, money) keep their
outcomes: the person's wish stands while the risk is the assistant's cautious reading.

Decided when an answer is stored (bot.storage.repository.record_answer, for every answer and
read-back addition), so the read-back and every summary format, which show the stored outcomes,
follow it; the summary already shows a concern's words in its safeguarding section only.

What the rule takes out is the harm, not the person's other wishes in the same answer
(outcomes_apart_from_harm): "not having panic attacks at school. i used to cut but not anymore…
i just want to be able to walk into school without feeling sick every morning" lost every
outcome, and the read-back said nothing to change (stop-25 trial U3).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.analysis.outcomes import is_clear_wish, sentences
from bot.analysis.risk import URGENT_CATEGORIES, assess_risk, harm_kind_share_many, model_proba
from bot.analysis.safe_reply import plays_it_down
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.types import OutcomeSpan


def is_harm(level: str | None, categories: Iterable[str] | str | None) -> bool:
    """Urgent, or a concern in a harm category (`categories`: names, or stored as "a,b")."""
    if level == "urgent":
        return True
    if level != "concern" or not categories:
        return False
    names = categories.split(",") if isinstance(categories, str) else categories
    return any(name.strip() in URGENT_CATEGORIES for name in names)


def reads_as_harm(words: str) -> bool:
    """Harm, or how to contact them safely beside it ("I don't want anyone to ring the house because he reads my
    phone"): that goes to the top of the summary, never an outcome read back on a screen he may see."""
    reading = assess_risk(words)
    return is_harm(reading.level, reading.categories) or is_safety_wish(words)


def wishes_apart_from_harm(text: str, pieces: Sequence[tuple[int, int]]) -> list[bool]:
    """For each piece of a harm answer (`text[start:end]`, an outcome), whether it is the person's wish apart from
    the harm: wholly outside the sentences that read as harm (or a safety wish), and none itself. The person's
    other wishes stand ("dim pyliau panig yn yr ysgol", a worry that is no harm, as in any other answer); the harm
    stays in the safeguarding section only.

    When no sentence reads as harm on its own, the harm is read over the whole answer: if urgent, any part of it may
    be the harm (all False, as before); if a concern, the harm is the sentence that tells most of it
    (harm_leaned_on), and the others are their wishes as in any answer. Why: "i want to not have to be home when hes
    drunk. and get my grades up in maths, miss says im behind", added to a 13-year-old's alert, lost the maths wish
    (stop-26 trial W4). When the answer reads no harm at all, it is harm by its thread (added to an alert:
    bot.conversation.safety.read_with_its_thread): its wishes said outright that read no risk are theirs (stop 37,
    trial 35 AK5: every outcome of it was the harm). Playing the harm down beside it ("paid â phoeni", "don't worry
    about me": safe_reply.plays_it_down) is no wish: "…fyswn i'm yn meindio peidio deffro, ond dwi'm am neud dim byd
    gwirion, paid â phoeni." made "paid â phoeni." a process outcome (tenth trial AE2's Welsh twin). The one rule for
    storing (outcomes_apart_from_harm) and for showing an outcome of a disclosure stored before it
    (bot.summary.record.outcome_apart_from_harm).
    """
    harmful = [(start, end) for start, end in sentences(text) if reads_as_harm(text[start:end])] or harm_leaned_on(text)
    if not harmful and not reads_as_harm(text):
        # Harm by its thread only (added to an alert: "he did it again. and my PA to actually ring back when she says
        # she will", trial 35 AK5): the wishes said outright that read no risk are theirs; the rest stays with the harm.
        return [is_clear_wish(text[a:b]) and assess_risk(text[a:b]).level == "none" and not plays_it_down(text[a:b])
                for a, b in pieces]
    return [bool(harmful) and not reads_as_harm(text[a:b]) and not plays_it_down(text[a:b])
            and all(_wish_beside_the_harm(text, a, b, start, end) for start, end in harmful if a < end and start < b)
            for a, b in pieces]


def _wish_beside_the_harm(text: str, a: int, b: int, start: int, end: int) -> bool:
    """A wish said outright in the same sentence as the harm, where the rest of that sentence is the harm without it
    ("My son's been taking money out of my account and I'd love to get back to chapel on Sundays", "Mae'r mab yn
    cymryd pres o fy nghyfrif i, dw i isio mynd nôl i'r capel ar y Sul"): the person's wish, as it would be in a
    sentence of its own (stop-28 trial Z5). A piece the harm needs, or no clear wish, stays with the harm."""
    return is_clear_wish(text[a:b]) and reads_as_harm(text[start:max(a, start)] + " " + text[min(b, end):end])


def harm_leaned_on(text: str) -> list[tuple[int, int]]:
    """The sentence (start, end) of a concern answer that tells most of the harm read in it, when the concern is read
    over the whole answer and in no sentence alone; [] for an urgent answer or one sentence (all of it may be the
    harm).

    Which sentence: the one the learned reader finds most of the harm's kind in (homelessness, abuse...), not the most
    urgent-sounding. Why (trial 35 AK5, stop 37): "somewhere to live before friday!! and my PA to actually ring back
    when she says she will. and dont put me in a hostel in cardiff…", a homelessness concern added to the alert, lost
    "my PA to actually ring back…" as the harm: that sentence sounded the most urgent (0.53), though it tells of no
    harm; the hostel tells most of homelessness."""
    spans = sentences(text)
    reading = assess_risk(text)
    if len(spans) < 2 or reading.level != "concern":
        return []
    harms = [c for c in reading.categories if c in URGENT_CATEGORIES]
    pieces = [text[start:end] for start, end in spans]
    shares = harm_kind_share_many(pieces, harms) if harms else [0.0] * len(spans)
    scores = [model_proba(piece) for piece in pieces]
    return [max(zip(spans, shares, scores), key=lambda s: (s[1], s[2]["urgent"], s[2]["concern"]))[0]]


def outcomes_apart_from_harm(text: str, outcomes: Sequence[OutcomeSpan]) -> tuple[OutcomeSpan, ...]:
    """The outcomes of a harm answer that are the person's wishes apart from the harm (wishes_apart_from_harm); an
    outcome whose wish is said first and the harm told after a comma is its wish alone (wish_before_the_harm)."""
    exact = [o for o in outcomes if text[o.start:o.end] == o.text]
    kept = wishes_apart_from_harm(text, [(o.start, o.end) for o in exact])
    out: list[OutcomeSpan] = []
    for outcome, keep in zip(exact, kept, strict=True):
        alone = outcome if keep else wish_before_the_harm(text, outcome)
        if alone is not None:
            out.append(alone)
    return tuple(out)


#: Where the harm told after a wish starts: a comma or a dash.
_CLAUSE_BREAK = re.compile(r",\s+|\s+[-\u2013\u2014]\s+")


def wish_before_the_harm(text: str, outcome: OutcomeSpan) -> OutcomeSpan | None:
    """The wish said first in an outcome, when what follows it in its sentence is the harm and the wish reads none
    ("I'd like to know where my money goes to be honest, there's never much left when Darren gives the card back":
    trial 39 AT5, the wish was lost with the harm); None when it is not so."""
    found = _CLAUSE_BREAK.search(outcome.text)
    if found is None:
        return None
    wish = outcome.text[:found.start()].rstrip(" .,;")
    ends = [end for start, end in sentences(text) if start <= outcome.start < end]
    rest = text[outcome.start + found.end():max(ends[:1] or [outcome.end])]  # (the rest of its sentence)
    if not wish or not is_clear_wish(wish) or reads_as_harm(wish) or plays_it_down(wish) or not reads_as_harm(rest):
        return None
    return replace(outcome, end=outcome.start + len(wish), text=wish)


__all__ = ["is_harm", "outcomes_apart_from_harm", "reads_as_harm", "wishes_apart_from_harm"]
