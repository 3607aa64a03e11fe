"""One structured record of a conversation, from which every format is rendered.

Words are quoted verbatim from storage; anything derived (draft type,
confidence, language) is labelled as such, so fact and inference stay apart.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session, object_session

from bot.analysis.keep_from import (
    asks_to_keep_from_someone,
    gives_the_reason,
    keeps_what_was_said_before,
    kept_from_someone,
    says_who_must_not_be_told,
)
from bot.analysis.language import says_learning
from bot.analysis.outcomes import (
    clause_cuts,
    is_read_in_full,
    kin_whose_wish,
    sentences,
    told_of,
    trim,
    views_passed_on,
    views_set_against_someone_named,
)
from bot.analysis.risk import assess_risk, model_proba_many, rules_only
from bot.analysis.risk.decide import CONCERN_CATEGORIES
from bot.analysis.risk.rules import sort_categories
from bot.analysis.safe_check_questions import harm_now
from bot.analysis.safe_reply import (
    corrects_our_reading,
    plays_down_the_harm,
    reply_to_safe_check,
    says_it_was_only_words,
    says_what_they_meant,
    takes_back_the_flagged_words,
    takes_it_back,
    takes_it_back_plainly,
    within_answers,
)
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.text import fold
from bot.analysis.types import ANSWERING_FOR_THEM
from bot.analysis.withdrawn_contact import own_phone_numbers, takes_back_phone_contact
from bot.conversation.readback import says_nothing_to_add
from bot.safeguarding.harm import is_harm, reads_as_harm, wishes_apart_from_harm
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import Conversation, DraftOutcome

#: The question key of an answer given to "are you safe right now?" after a disclosure (the key
#: bot.conversation.pause.SAFE_CHECK stores it under; a test checks they agree).
SAFETY_CHECK_KEY = "safety_check"

#: The question key of words said between questions, not in answer to one ("haia fi nol 👋 ma Cai yn y gwely nawr"
#: on coming back; bot.conversation.answers.ASIDE_KEY, a test checks they agree): never shown as an answer.
ASIDE_KEY = "aside"

#: What makes an answer safeguarding material (see `safeguarding_kind`), in the order the summary shows them.
DISCLOSURE, SAFETY_WISH, SAFETY_CHECK = "disclosure", "safety_wish", "safety_check"
SAFEGUARDING_KINDS = (DISCLOSURE, SAFETY_WISH, SAFETY_CHECK)
#: The kinds whose answers' stored outcomes are not shown as outcomes (a safety wish that is only part of its answer
#: keeps the others: safety_wish_excerpt). A disclosure's are, when they are its other wishes, in sentences that read
#: no harm (outcomes_of_the_harm; stop-25 trial U3); the disclosure itself is never one.
OUTCOMES_NOT_SHOWN_KINDS = (SAFETY_WISH, SAFETY_CHECK)


def outcomes_of_the_harm(outcomes: Iterable[dict[str, Any]], disclosures: dict[Any, str]) -> set[int]:
    """The outcomes (by `id()`) of disclosure answers (`disclosures`: answer id -> its words) that are part of the
    harm, and so never shown as outcomes; the others are the person's wishes apart from it (stop-25 trial U3).

    bot.safeguarding.harm.wishes_apart_from_harm decides, the rule they were stored by; read again here, as a record
    may hold outcomes stored under an older rule, or from an answer whose flag came from another reading. Each answer
    is read once, with all its outcomes (every sentence of it goes through the risk reader), for every format.
    """
    by_answer: dict[Any, list[dict[str, Any]]] = {}
    for outcome in outcomes:
        if outcome.get("answer_id") in disclosures:
            by_answer.setdefault(outcome.get("answer_id"), []).append(outcome)
    harm: set[int] = set()
    for answer_id, own in by_answer.items():
        text = disclosures[answer_id]
        starts = [text.find(str(o.get("text") or "")) for o in own]
        found = [(o, start) for o, start in zip(own, starts) if start >= 0]
        apart = wishes_apart_from_harm(text, [(start, start + len(str(o.get("text") or ""))) for o, start in found])
        harm.update(id(o) for o, start in zip(own, starts) if start < 0)
        harm.update(id(o) for (o, _), keep in zip(found, apart) if not keep)
    return harm


#: An answer whose message raised a concern: its words go to the top, its outcomes stay outcomes.
CONCERN = "concern"


#: How much a record asks of the duty team, for the summaries list (trial F31: every record with a fall, a memory
#: worry or carer strain was listed as a "safeguarding concern", so the column told the duty team nothing).
URGENT_SAFEGUARDING, SAFEGUARDING_CONCERN, NEEDS_NOTED = "urgent_safeguarding", "safeguarding_concern", "needs_noted"


def attention(flags: list[tuple[str, list[str]]], *, young_carer: bool = False) -> str | None:
    """URGENT_SAFEGUARDING if any flag (level, categories) is urgent; SAFEGUARDING_CONCERN if a concern names a harm
    (abuse, neglect, self-harm...: anything outside the risk reader's CONCERN_CATEGORIES) or names nothing, or if the
    record is a young carer's (`young_carer`) with any concern; NEEDS_NOTED if every concern is a care need (falls,
    memory, carer strain, low mood, isolation...); None without flags.

    A young carer's low mood or strain is a child's welfare, not a care need to note (BA9, stop 46 trial: Ffion, 13,
    who looks after her mum and brother, with two mood and strain lines, listed as "Care needs noted").
    """
    if any(level == "urgent" for level, _ in flags):
        return URGENT_SAFEGUARDING
    concerns = [categories for level, categories in flags if level == "concern"]
    if concerns and young_carer:
        return SAFEGUARDING_CONCERN
    if any(not categories or set(categories) - set(CONCERN_CATEGORIES) for categories in concerns):
        return SAFEGUARDING_CONCERN
    return NEEDS_NOTED if concerns else None


def answer_flag(answer: dict[str, Any], record: dict[str, Any]) -> dict[str, Any] | None:
    """The risk flag raised by the message this answer came from, if any.

    Matched by the message (`risk_flag_id`, set in build_record from the shared message id), else
    by the words themselves: both are stored exactly as typed.
    """
    flags = record.get("risk_flags") or []
    flag_id = answer.get("risk_flag_id")
    if flag_id is not None:
        found = next((f for f in flags if f.get("id") == flag_id), None)
        if found is not None:
            return found
    return next((f for f in flags if f.get("text") == answer.get("text")), None)


def has_urgent_flag(record: dict[str, Any]) -> bool:
    return any(f.get("level") == "urgent" for f in record.get("risk_flags") or [])


def urgent_told(record: dict[str, Any]) -> str:
    """What the urgent disclosures said, verbatim, joined: a safety wish is read with it (who they name is who hurts
    them: stop 49, L2), as the conversation core reads it when storing (bot.conversation.answers)."""
    return "\n".join(str(f.get("text") or "") for f in record.get("risk_flags") or [] if f.get("level") == "urgent")


def safeguarding_kind(answer: dict[str, Any], record: dict[str, Any]) -> str | None:
    """Whether an answer is risk material, and which: the ONE decision every format follows.

    * "disclosure": its message raised an urgent flag;
    * "safety_wish": a wish about their safety ("don't ring the house, he'll see") in a
      conversation with an urgent flag (bot.analysis.safety_wish), even as the reply to the safe
      check: the summary's "how to contact safely" line gathers them all;
    * "safety_check": any other answer to "are you safe right now?" (question key "safety_check");
    * "concern": its message raised a concern (not urgent).

    The first three are safeguarding material: the WHOLE message is, even when it also holds an
    ordinary wish ("he hits me. I'd like to keep my allotment"), so its words appear in the safeguarding
    section only. Such a wish in a sentence of its own is still the person's outcome (stored apart from the
    harm: bot.safeguarding.harm.outcomes_apart_from_harm; shown as outcomes: OUTCOMES_NOT_SHOWN_KINDS), never
    the disclosure itself. A concern's words also go to that section only, but the outcomes drawn from it
    stay among the outcomes: a concern is the assistant's cautious reading, and a person's outcome can
    stand while a risk is still a concern ("Friend not foe", para 47). None: an ordinary answer.
    """
    flag = answer_flag(answer, record)
    text = str(answer.get("text") or "")
    told = urgent_told(record)
    if flag is not None and flag.get("level") == "urgent" and not (
            text.strip() != str(flag.get("text") or "").strip() and says_how_to_contact_safely(text, told)):
        return DISCLOSURE
    # (a later message added to the alert that says how to contact them safely is that, at the top, and is shown with
    # the alert too: BA7, stop 46 trial, "sai moyn bo nhw'n dod i'r tŷ pan ma fe 'na…" was a "please check" of its own)
    if has_urgent_flag(record) and says_how_to_contact_safely(str(answer.get("text") or ""), told):
        return SAFETY_WISH  # also as the reply to the safe check: how to contact them safely, at the top
    if answer.get("question_key") == SAFETY_CHECK_KEY:
        return SAFETY_CHECK
    if flag is not None:
        return CONCERN
    return None


#: A concern answer longer than this (in characters) is quoted at the top by the sentences that carry
#: the concern only, and kept whole with its question. About five lines on a page: shorter ones are
#: shown whole at the top (and only there), as before. The risk reader itself reads a message this
#: long sentence by sentence (bot.analysis.risk.decide.CHUNK_CHARS), so a sentence is its unit too.
LONG_CONCERN_CHARS = 400
#: A short concern answer is quoted in part at the top only when its concern is at most this share of it.
MOSTLY_ELSE = 0.5
#: What stands between two parts of an answer that are not next to each other in an excerpt.
EXCERPT_GAP = " … "


def concern_excerpt(text: str, flag: dict[str, Any]) -> str | None:
    """The sentences of a long concern answer that carry the concern, verbatim, or None to show it whole.

    Why: a 9,500-character answer that mentions a fall once was printed whole at the top as a
    "falls" concern (57 lines under an overdose); the practitioner needs the risk on one page and
    the person's words exact. Each sentence (bot.analysis.outcomes.sentences) is read by the same
    risk reader that raised the flag (bot.analysis.risk.assess_risk); a sentence carries the concern
    when it reads as risk in one of the flag's categories (any, if the flag names none): a sentence
    read on its own as some other risk is not what the assistant noted ("so nobody argues about it"
    read alone once looked like suicide). Neighbouring sentences stay one exact run of their words;
    runs apart are joined by EXCERPT_GAP, in order. None when the flag is urgent (a disclosure is always
    shown whole) or "please check" (read whole, to decide), or no single sentence reads the concern.

    A short answer (up to LONG_CONCERN_CHARS) is quoted in part only when the concern is at most half of it
    (MOSTLY_ELSE): the rest is something else the practitioner reads with its question (acceptance trial T3:
    "o ie sa i wedi ateb y peth am pwy sy'n bwysig … dad a Cai obvs, a mam-gu jean … a beth sy'n poeni fi yw
    dad yn cwympo ar y stare pan sai 'na", his important people, was shown only as a "falls" concern at the
    top); otherwise it is shown whole at the top, and only there.
    """
    if flag.get("level") == "urgent" or flag.get("please_check"):
        return None  # the duty team reads a "please check" whole, to decide
    carries = _carries_the_concern(flag)
    excerpt = sentences_where(text, _with_the_sentence_after_a_short_one(text, carries))
    if excerpt is None and len(text) <= LONG_CONCERN_CHARS:
        run = carrying_run(text, carries, _carries_the_concern(flag, by_rules=True))
        if run:  # the concern is told across sentences ("looks after my money … I don't like to ask him for it")
            excerpt = text[run[0][0]:run[-1][1]]
            return None if len(excerpt) > MOSTLY_ELSE * len(text) else excerpt
        # A short answer no single sentence of which reads the concern (the learned model read the whole): quoted
        # whole at the top, and kept whole with its question too, so a concern never empties a section (stop-22
        # trial V10: "Me mostly, I go round every evening ... My sister Claire does Sundays", who helps, was only a
        # "low mood" concern). A long one stays whole at the top only, as before (one page at the top).
        trimmed = text.strip()
        return trimmed or None
    if excerpt is None:
        # A long answer only the learned model read as the concern: the sentences it leaned on, not the whole at the
        # top (trial 34: a long answer flagged by the model alone was quoted whole); the rest is in the full record.
        excerpt = leaned_on(text)
    if excerpt is not None and len(text) <= LONG_CONCERN_CHARS and len(excerpt) > MOSTLY_ELSE * len(text):
        return None
    return excerpt


#: The sentences of a long answer the learned model leaned on: those it reads as most like risk, at most this many, and
#: each at least LEANED_SHARE as likely to be risk as the likeliest.
LEANED_SENTENCES = 3
LEANED_SHARE = 0.8


def leaned_on(text: str) -> str | None:
    """The sentences of a long answer that the learned model reads as most like risk (its "concern" and "urgent"
    together), verbatim (sentences_where), or None when it has fewer than two sentences. Why: when no single sentence
    reads the concern to the rules or the model, the reading leaned on some sentences more than others; quoting those
    keeps the top to one page, with the whole answer kept with its question."""
    spans = _excerpt_pieces(text)  # (the pieces sentences_where quotes)
    if len(spans) < 2:
        return None
    scores = [1.0 - p.get("none", 0.0) for p in model_proba_many([text[a:b] for a, b in spans])]
    best = max(scores)
    ranked = sorted(range(len(spans)), key=lambda n: scores[n], reverse=True)[:LEANED_SENTENCES]
    chosen = {text[spans[n][0]:spans[n][1]].strip() for n in ranked if scores[n] >= LEANED_SHARE * best}
    return sentences_where(text, lambda sentence: sentence.strip() in chosen)


#: A sentence under this many words that carries a concern is quoted with the sentence after it: "Another fall." alone
#: at the top told the worker nothing (stop-23 trial W30; "Another fall. Me not being able to lift her.").
SHORT_SENTENCE_WORDS = 4


def _with_the_sentence_after_a_short_one(text: str, wanted: Callable[[str], bool]) -> Callable[[str], bool]:
    """`wanted`, and also the sentence right after a short sentence it holds for (in the order sentences_where asks)."""
    after_short: set[tuple[int, int]] = set()
    spans = sentences(text)
    for (a, b), following in itertools.pairwise(spans):
        if len(text[a:b].split()) < SHORT_SENTENCE_WORDS and wanted(text[a:b]):
            after_short.add(following)
    chosen = {text[a:b] for a, b in after_short}
    return lambda sentence: sentence in chosen or wanted(sentence)


def _contact_wish(sentence: str, told: str | None = None) -> bool:
    """A sentence saying how to contact them safely (bot.analysis.safety_wish), not saying who must not be told
    ("dont tell mum she'll go mental", "jyst plis paid gweud wrth nan": what must not be shared, with whom; stop-26
    trial W10 found them under "how to contact safely"). `told`: the disclosures, when known (stop 49, L2)."""
    return is_safety_wish(sentence, told) and not says_who_must_not_be_told(sentence)


def says_how_to_contact_safely(text: str, told: str | None = None) -> bool:
    """Whether an answer says how to contact them safely: a safety wish, unless its only such words say who must not be
    told (those are sensitive_words, under "what must not be shared, and with whom"). `told`: the conversation's
    disclosures, read for who hurts them ("before Dad comes back from the shop": stop 49, L2)."""
    if not is_safety_wish(text, told):
        return False
    return not says_who_must_not_be_told(text) or sentences_where(
        text, lambda sentence: _contact_wish(sentence, told)) is not None


def wish_in_disclosure(text: str) -> str | None:
    """How to contact them safely, when an urgent disclosure itself says it ("he hits me. don't ring the house,
    he'll see"): the sentences that are safety wishes (bot.analysis.safety_wish), verbatim, runs apart joined by
    EXCERPT_GAP; the whole message when only all of it reads as one; None when it says nothing of the kind.

    Why: the summary's "how to contact safely" line comes first, before anyone rings; the disclosure itself is
    still shown whole below it (never cut).
    """
    if not says_how_to_contact_safely(text, text):
        return None
    wishes = sentences_where(text, lambda sentence: _contact_wish(sentence, text))
    return wishes if wishes is not None else text


def safety_wish_excerpt(text: str, told: str | None = None) -> str | None:
    """The sentences of an answer that are safety wishes, verbatim, when the answer also says other things; None
    when the wish is the whole answer (or none of it).

    Why: "dont talk to me like im a kid. dont do meetings w grandad there. text me not nans landline. and dont tell
    school anything" went whole to "how to contact safely", and none of its other wishes were read back or grouped
    (stop-23 trial W17). The safety wishes are quoted at the top; the answer stays with its question, its other
    outcomes kept.
    """
    wishes = sentences_where(text, lambda sentence: _contact_wish(sentence, told))
    if wishes is None or " ".join(wishes.split()) == " ".join(text.split()):
        return None
    return wishes


def words_apart_from_harm(text: str) -> str | None:
    """The sentences of an urgent answer that are not the harm, verbatim (runs apart joined by EXCERPT_GAP), or None.

    Not the harm: what bot.safeguarding.harm.wishes_apart_from_harm keeps (the one rule for outcomes), nor anything
    asked to be kept from someone, nor how to contact them safely (both shown at the top). Why: "My neighbour Mr Pugh
    pops round with the paper. The garden club on a Thursday. Though between you and me, I sometimes think everyone
    would be better off without me…", his answer about who helps, showed only inside the urgent quote, and "Strengths
    and who helps" was empty (stop-26 trial W4). Inside the harm's own sentence, the side of a "but" that reads no risk
    at all is kept too (words_apart). When the harm cannot be told apart from the rest, None: it all stays at the top.
    """
    spans = sentences(text)
    return words_apart(text, wishes_apart_from_harm(text, spans), reads_as_harm)


#: The most sentences read together to find where a concern told across sentences is (carrying_run).
CARRYING_RUN_SENTENCES = 4


def carrying_run(text: str, carries: Callable[[str], bool],
                 run_carries: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The shortest run of neighbouring sentences (at most CARRYING_RUN_SENTENCES) that a rule reads as the risk only
    read together (`run_carries`), as sentence spans; [] when a single sentence `carries` it, or no run does. A risk
    only the learned model read in the whole answer stays whole (stop-22 trial V10: who helps Ken, kept whole).

    Why: "My son Gareth looks after my money now … He's good like that. Only I don't like to ask him for it, he gets a
    bit funny about it" is financial control only read together (eighth trial AB3): read sentence by sentence, each
    looked like no risk, so the whole answer was shown as a strength. Only short answers (LONG_CONCERN_CHARS) are read
    this way: a long one is read by the risk reader in its own windows."""
    spans = sentences(text)
    if len(text) > LONG_CONCERN_CHARS or any(carries(text[a:b]) for a, b in spans):
        return []
    for size in range(2, min(CARRYING_RUN_SENTENCES, len(spans)) + 1):
        for first in range(len(spans) - size + 1):
            run = spans[first:first + size]
            if run_carries(text[run[0][0]:run[-1][1]]):
                return list(run)
    return []


def words_apart_from_concern(text: str, flag: dict[str, Any]) -> str | None:
    """The words of a concern answer shown at the top only that are not the concern, verbatim, or None.

    Why: "I'm scared of falling again but I'm still good at the crosswords and my neighbour Gwen checks on me every
    morning", his answer about who helps, was only a "falls" concern at the top, and "Strengths and who helps" said
    its words were there (stop-28 trial Z12: strengths shown only under risk). The sentences, and sides of a "but",
    that read no risk at all stay with the question too; the concern itself only at the top."""
    carries = _carries_the_concern(flag)
    spans = sentences(text)
    run = set(carrying_run(text, carries, _carries_the_concern(flag, by_rules=True)))
    return words_apart(text, [(a, b) not in run and assess_risk(text[a:b]).level == "none" for a, b in spans],
                       carries)


def _carries_the_concern(flag: dict[str, Any], by_rules: bool = False) -> Callable[[str], bool]:
    """Whether words read as risk in one of the flag's categories (any, if the flag names none); `by_rules`: as the
    rules alone read them."""
    wanted = set(flag.get("categories") or [])
    read = rules_only if by_rules else assess_risk

    def carries(words: str) -> bool:
        reading = read(words)
        return reading.level != "none" and (not wanted or bool(wanted.intersection(reading.categories)))

    return carries


def _contrasted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sides of every "but" / "ond" in one sentence ("…every day, but my son hits me…"), or [] when none."""
    cuts = sorted({(a, b) for language in ("en", "cy") for a, b, kind in clause_cuts(text, start, end, language)
                   if kind == "but"})
    if not cuts:
        return []
    edges = [start, *(x for cut in cuts for x in cut), end]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def words_apart(text: str, sentence_apart: list[bool], carries: Callable[[str], bool]) -> str | None:
    """The words of an answer shown at the top only that are not its risk, verbatim: each sentence marked apart
    (`sentence_apart`, one per bot.analysis.outcomes.sentences), and in a sentence that `carries` the risk, each side
    of a "but" that reads no risk at all while another side carries it ("My daughter is brilliant, she does my shopping
    and I still walk the dog every day, but my son hits me…": the daughter is who helps). Never anything asked to be
    kept from someone, nor how to contact them safely (both at the top). Neighbours one run of their words, runs
    apart joined by EXCERPT_GAP; None when nothing is apart."""
    pieces: list[tuple[int, int]] = []
    spans = sentences(text)
    for (start, end), apart in zip(spans, sentence_apart, strict=True):
        if apart:
            pieces.append((start, end))
            continue
        sides = _contrasted(text, start, end) if carries(text[start:end]) else []
        risky = [carries(text[a:b]) for a, b in sides]
        if any(risky):
            pieces += [(a, b) for (a, b), risk in zip(sides, risky, strict=True)
                       if not risk and assess_risk(text[a:b]).level == "none"]
    # The sentence just before one asking to keep it from someone ("Her son takes her money every week. Please don't
    # tell him I said") is what they must not be told: at the top only, beside the asking (stop 48, BB6).
    told_before = {spans[i - 1] for i, (a, b) in enumerate(spans) if i and keeps_what_was_said_before(text[a:b])}
    pieces = [(a, b) for a, b in pieces
              if not asks_to_keep_from_someone(text[a:b]) and not is_safety_wish(text[a:b]) and text[a:b].strip()
              and not any(a < e and s < b for s, e in told_before)]
    runs: list[tuple[int, int]] = []
    for a, b in pieces:
        if runs and not text[runs[-1][1]:a].strip():
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return EXCERPT_GAP.join(text[a:b].strip() for a, b in runs) if runs else None


def words_outside(text: str, excerpt: str) -> str | None:
    """The sentences of `text` not quoted in `excerpt` (a concern_excerpt of it), verbatim: neighbours one run of their
    words, runs apart joined by EXCERPT_GAP; None when every sentence is quoted."""
    quoted = excerpt.split(EXCERPT_GAP.strip())
    return sentences_where(text, lambda sentence: not any(sentence.strip() in q for q in quoted))


def _words_apart_from_the_risk(answer: dict[str, Any], record: dict[str, Any], with_outcomes: set[Any]) -> str | None:
    """An answer shown at the top only, with no outcomes of its own: its words that are not the risk (the record's
    `apart_from_harm`), shown with its question too; None for every other answer."""
    if answer["id"] in with_outcomes:
        return None
    text = str(answer.get("text") or "")
    if answer["safeguarding"] == DISCLOSURE:
        return words_apart_from_harm(text)
    flag = answer_flag(answer, record)
    if answer["safeguarding"] == CONCERN and answer.get("safeguarding_excerpt") is None and flag is not None:
        return words_apart_from_concern(text, flag)
    return None


def answer_excerpt(answer: dict[str, Any], record: dict[str, Any], kind: str | None) -> str | None:
    """What the top quotes of this answer when it is a long concern answer (concern_excerpt), else None.

    `kind` is the answer's safeguarding_kind (every caller has it already). Every format asks here:
    the view (web page, PDF, Markdown) and FHIR keep such an answer whole with its question. Read once,
    when the record is built (build_record keeps it as `safeguarding_excerpt`): each sentence goes through
    the risk reader, so the formats built from that record take the kept result rather than read again.
    """
    if "safeguarding_excerpt" in answer:
        kept: str | None = answer["safeguarding_excerpt"]
        return kept
    if kind == SAFETY_WISH and answer.get("question_key") != SAFETY_CHECK_KEY:  # a reply to the check stays whole
        return safety_wish_excerpt(str(answer.get("text") or ""), urgent_told(record))
    flag = answer_flag(answer, record) if kind == CONCERN else None
    return concern_excerpt(str(answer.get("text") or ""), flag) if flag is not None else None


def disclosure_answered(answer: dict[str, Any], record: dict[str, Any]) -> dict[str, Any] | None:
    """The urgent flag a safe-check reply answered: the latest raised before the reply (else the first), or None.

    The check is asked after a disclosure; a conversation may hold more than one, so the reply
    belongs to the one just before it. Times are ISO 8601 UTC strings of one format (build_record).
    """
    urgent = [f for f in record.get("risk_flags") or [] if f.get("level") == "urgent"]
    # A flag whose message was kept as an answer is placed by that answer (ids are in the order given; times are
    # only to the second), else by its time.
    said_in = {a.get("risk_flag_id"): a.get("id") for a in record.get("answers") or [] if a.get("risk_flag_id")}
    when, reply = str(answer.get("time") or ""), answer.get("id") or 0

    def before_reply(flag: dict[str, Any]) -> bool:
        flag_answer = said_in.get(flag.get("id"))
        if flag_answer is not None:
            return bool(flag_answer < reply)
        return bool(when and flag.get("time") and str(flag["time"]) <= when)

    before = [f for f in urgent if before_reply(f)]
    if before:
        return max(before, key=lambda f: (str(f.get("time")), said_in.get(f.get("id")) or 0))
    return urgent[0] if urgent else None


#: How we know what they chose after the safe check (`what_happened_next`'s "choice_from").
CHOICE_IN_THEIR_WORDS = "their_words"  # a reply they typed ("carry on", "seibiant")
CHOICE_FROM_NEXT_ANSWER = "next_answer"  # a button leaves no words: the questions went on, so they carried on
CHOICE_FROM_RECORD = "record_state"  # on a break, or stopped, as the record stands now (no time kept)
CHOICE_BY_BUTTON = "button"  # a button press, kept with its time when pressed (bot.conversation.pause)
#: No choice yet: the safe check still waits for their answer.
NOT_ANSWERED_YET = "waiting"
#: Where the helplines under a disclosure come from (`what_happened_next`'s "helplines_from").
HELPLINES_KEPT = "kept"  # the ids kept on the flag when the urgent reply was sent
HELPLINES_WORKED_OUT = "worked_out"  # a flag kept before that (migration 0009): worked out by the reply's rule


def _helpline_entry(line: Any, register: str) -> dict[str, Any]:
    return {"id": line.id, "number": line.number,
            "name": {"cy": line.text("name", "cy", register), "en": line.text("name", "en", register)}}


def _kept_helplines(ids: list[str], register: str) -> list[dict[str, Any]]:
    """The helplines kept on a flag (ids, as the reply gave them), named from the helplines file; an id the file
    no longer has (or a file that cannot be read) is shown as its id: what was given is never dropped."""
    from bot.safeguarding.helplines import load_helplines

    try:
        known = {line.id: line for line in load_helplines()}
    except (OSError, ValueError):
        known = {}
    return [_helpline_entry(known[i], register) if i in known else {"id": i, "number": "", "name": {"cy": i, "en": i}}
            for i in ids]


def helpline_text(line: dict[str, Any], language: str) -> str:
    """"Samaritans: 116 123" ("Y Samariaid: 116 123"); "999" alone (its number is its name), as the reply says them
    (bot.safeguarding.helplines.format_helplines)."""
    name = str((line.get("name") or {}).get(language) or line.get("number") or "")
    number = str(line.get("number") or "")
    return name if name == number or not number else f"{name}: {number}"


def _at_or_after(answer: dict[str, Any], flag: dict[str, Any], said_in: dict[Any, int]) -> bool:
    """Whether an answer came after the message that raised a flag: by the answer that message made, if any,
    else by time. Times are kept to the second: an answer in the same second is not counted as after (a "carried
    on" that did not happen is worse than "not recorded")."""
    flag_answer = said_in.get(flag.get("id"))
    if flag_answer is not None:
        return bool(answer["id"] > flag_answer)
    return str(answer.get("time") or "") > str(flag.get("time") or "")


def _kept_choice(steps: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest choice kept in the pause's steps (carry on / break / stop; coming back is no choice), or None."""
    return next((step for step in reversed(steps) if step.get("step") != "back"), None)


def what_happened_next(record: dict[str, Any], *, register: str | None, safe_check: str | None,
                       steps: dict[Any, list[dict[str, Any]]] | None = None) -> None:
    """After each urgent flag: the helplines the reply named, their replies to "are you safe right now?",
    and whether they chose to carry on, take a break or stop, and when (sets each urgent flag's "after").

    What is kept when it happens comes first: the helplines the reply gave (their ids, on the flag) and each
    step of the pause (`steps`, by flag id: carry on, break, stop, came back, with when and whether typed or
    a button). A record kept before those were (migration 0009) is read as before: the helplines follow from
    the flag's categories and who is talking, as the urgent reply chose them
    (bot.conversation.safety.helplines_shown: the few shown, AW17; a later disclosure's short reply names only lines
    not given yet; labelled as worked out); a typed reply is read as a choice as the conversation read it
    (bot.analysis.safe_reply); the questions only go on after "carry on", so an ordinary answer after the
    disclosure means they carried on (by then); the record's waiting check says on a break or stopped.
    `register` and `safe_check` are the conversation's (chi/ti; open/kept/break/None).
    A flag raised before the person deleted their answers (`record["erased_at"]`) says so ("answers_deleted_at"):
    their replies and the pause's steps went with the answers, and what the record says now is not their choice
    (eighth trial AB19: "Carry on, take a break or stop: Not recorded"), so only what was kept since counts.
    """
    answers = record.get("answers") or []
    deleted_at = record.get("erased_at")
    urgent = sorted((f for f in record.get("risk_flags") or [] if f.get("level") == "urgent"),
                    key=lambda f: (str(f.get("time") or ""), f.get("id") or 0))
    role, language = record.get("completed_by"), record.get("language")
    # (build_record has marked each answer already; read again only for a record built without it)
    kinds = {a.get("id"): a["safeguarding"] if "safeguarding" in a else safeguarding_kind(a, record) for a in answers}
    answered = {a["id"]: disclosure_answered(a, record) for a in answers
                if a.get("question_key") == SAFETY_CHECK_KEY and kinds[a.get("id")] != DISCLOSURE}

    # Only a record with an urgent flag needs the conversation's pause and safety modules (the answers, the start and
    # their patterns with them): loaded here, not with the summary (AY20, stop 44 trial: `whatmatters summary` spent
    # its seconds importing).
    if urgent:
        from bot.conversation.pause import ASKING
        from bot.conversation.safety import ABOUT_SOMEONE_ELSE, first_age, helplines_shown

    def said_up_to(flag: dict[str, Any]) -> list[str]:
        """The flag's words and what was said before it, latest first (the reply read these for its lines)."""
        said_before = [str(a.get("text") or "") for a in answers if (a.get("time") or "") <= (flag.get("time") or "")
                       and a.get("question_key") not in ABOUT_SOMEONE_ELSE]
        return [str(flag.get("text") or ""), *reversed(said_before)]

    def age_at(flag: dict[str, Any]) -> int | None:
        return first_age(said_up_to(flag))

    def offered(categories: list[str], age: int | None, words: list[str], earlier: list[str]) -> list[Any]:
        return helplines_shown(categories, language, register=register, role=role, age=age, words=words,
                               earlier=earlier)

    def worked_out(n: int, flag: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The lines the reply to the n-th urgent flag gave, by the reply's own rule; None: the file is unreadable
        here (shown as "not recorded"; the summary never fails for it)."""
        try:
            age = age_at(flag)
            lines = offered(list(flag.get("categories") or []), age, said_up_to(flag),
                            [c for f in urgent[:n] for c in f.get("categories") or []])
        except (OSError, ValueError):
            return None
        return [_helpline_entry(line, register or "chi") for line in lines]

    said_in = {a.get("risk_flag_id"): a["id"] for a in answers if a.get("risk_flag_id") is not None}
    for n, flag in enumerate(urgent):
        kept = flag.get("helplines_given")  # kept when the reply was sent (None: a flag kept before that)
        helplines = _kept_helplines(list(kept), register or "chi") if kept is not None else worked_out(n, flag)
        following = urgent[n + 1] if n + 1 < len(urgent) else None
        replies = [a for a in answers if answered.get(a.get("id")) is flag]
        choice: str | None = None
        choice_at, choice_from, after_id = None, None, said_in.get(flag.get("id"), 0)
        for reply in replies:
            chosen = reply_to_safe_check(str(reply.get("text") or ""))
            if chosen is not None:
                choice, choice_at, choice_from, after_id = chosen, reply.get("time"), CHOICE_IN_THEIR_WORDS, reply["id"]
        # Answers are in the order given (ids); a flag is placed among them by its time, and by the answer its
        # message made when there is one (times are to the second: a quick reply shares its second).
        went_on = next((a for a in answers if a.get("question_key") != SAFETY_CHECK_KEY
                        and kinds[a.get("id")] != DISCLOSURE and a["id"] > after_id
                        and _at_or_after(a, flag, said_in) and (following is None or not _at_or_after(a, following,
                                                                                                     said_in))), None)
        # After a deletion the record's waiting check and the next answer are no choice of theirs about this flag.
        deleted = deleted_at if deleted_at and str(flag.get("time") or "") <= deleted_at else None
        if deleted:
            pass
        elif went_on is not None and choice != "carry_on":
            choice, choice_at, choice_from = "carry_on", went_on.get("time"), CHOICE_FROM_NEXT_ANSWER
        elif choice is None and following is None and safe_check == "break":
            choice = "stop" if record.get("status") == "stopped" else "break"
            choice_from = CHOICE_FROM_RECORD
        elif choice is None and following is None and safe_check in ASKING:
            choice = NOT_ANSWERED_YET
        kept_steps = (steps or {}).get(flag.get("id"), [])
        last_choice = _kept_choice(kept_steps)
        if last_choice is not None and not (choice_from == CHOICE_IN_THEIR_WORDS and choice == last_choice["step"]):
            # kept when they chose: a button's time, a break they came back from (the record no longer says it)
            choice, choice_at, choice_from = last_choice["step"], last_choice["at"], last_choice["from"]
        if kept_steps and kept_steps[-1]["step"] == "back" and following is None and safe_check in ASKING:
            choice, choice_at, choice_from = NOT_ANSWERED_YET, None, None  # back, and asked again: no answer yet
        flag["after"] = {
            "helplines": helplines,
            "helplines_from": HELPLINES_KEPT if kept is not None else HELPLINES_WORKED_OUT,
            "steps": kept_steps,
            "short_follow_up": bool(n),
            "safe_check_replies": [a.get("id") for a in replies],
            "choice": choice,
            "choice_at": choice_at,
            "choice_from": choice_from,
            # The person deleted their answers after it (when): their replies and choices before that are gone.
            "answers_deleted_at": deleted,
        }


def is_safeguarding_answer(answer: dict[str, Any], record: dict[str, Any]) -> bool:
    """Safeguarding material: shown at the top only, never as outcomes, strengths or answers."""
    return safeguarding_kind(answer, record) in SAFEGUARDING_KINDS


def safeguarding_answer_ids(record: dict[str, Any]) -> set[Any]:
    """The ids of the answers that are safeguarding material (their outcomes are not outcomes)."""
    return {a.get("id") for a in record.get("answers") or [] if is_safeguarding_answer(a, record)}


def _read_in_full(outcome: Any) -> bool:
    """Whether an outcome is a very long answer kept whole (bot.analysis.outcomes "read in full").

    Stored outcomes carry no such column: it is the whole answer, and too long to cut.
    """
    answer = outcome.answer
    return answer is not None and outcome.text == answer.text and is_read_in_full(outcome.text)


#: The question key of a read-back edit: the person's new words for an item (bot.storage.repository
#: .replace_outcome_text keeps it as its own answer, asked the item's question, and the old answer as it was).
READBACK_EDIT_KEY = "readback_edit"
#: New words for one item of a longer answer: a new item, not a change of the whole answer.
READBACK_EDIT_ITEM_KEY = "readback_edit_item"
_READBACK_KEYS = (READBACK_EDIT_KEY, READBACK_EDIT_ITEM_KEY, "readback_addition")


def link_changes(answers: list[dict[str, Any]], record: dict[str, Any] | None = None) -> None:
    """Mark each answer changed at the read-back and each edit that changed it (in place).

    Storage keeps every wording: the edit is an answer to the same question (its `question` is
    the item's question as it was asked), the earlier answer stays as written. An edit changes the
    latest earlier answer to the same question; later edits of the same item change it again.
    Sets `changes` on an edit (the id of the answer it changed), and on that answer `changed_to`
    (the latest edit's id) and `latest_text` (its words), so every format shows the latest wording
    and marks the earlier one as changed. An edit that is safeguarding material (`record` given;
    safeguarding_kind) changes nothing: its words belong in the safeguarding section only.
    """
    for answer in answers:
        answer.setdefault("changes", None)
        answer.setdefault("changed_to", None)
        answer.setdefault("latest_text", None)
    originals: dict[str, dict[str, Any]] = {}
    for answer in sorted(answers, key=lambda a: (a.get("time") or "", a.get("id") or 0)):
        key, question = answer.get("question_key"), answer.get("question") or ""
        if key == READBACK_EDIT_KEY:
            if record is not None and is_safeguarding_answer(answer, record):
                continue
            original = originals.get(question)
            if original is not None:
                answer["changes"] = original["id"]
                original["changed_to"] = answer["id"]
                original["latest_text"] = answer["text"]
        elif key not in _READBACK_KEYS and question:
            originals[question] = answer


#: The answers where a person's language is stated ("Welsh if you can, it was her first language"), in order.
LANGUAGE_ANSWER_KEYS = ("communication", "support", "anything_else")
#: A language named in an answer, any register, accents and case ignored ("Cymraeg plîs", "in English", "Gymraeg").
_LANGUAGE_NAMES = (
    ("cy", re.compile(r"(?<![\w'’])(?:welsh|cymraeg|gymraeg|nghymraeg|chymraeg|cymrag|gymrag)(?![\w'’])", re.I)),
    ("en", re.compile(r"(?<![\w'’])(?:english|saesneg|saesnag|seisnig)(?![\w'’])", re.I)),
)
#: A language other than Welsh or English, or needing an interpreter: shown in their words, never read as Welsh or
#: English (stop-27 trial X5).
OTHER_LANGUAGE = re.compile(
    r"(?<![\w'’])(?:polish|pwyleg|arabic|arabeg|urdu|bengali|bangla|punjabi|pwnjabi|hindi|gujarati|cantonese|mandarin"
    r"|chinese|tsieineeg|portuguese|portiwgaleg|romanian|rwmaneg|spanish|sbaeneg|french|ffrangeg|italian|eidaleg|german"
    r"|almaeneg|turkish|twrceg|kurdish|cwrdeg|farsi|persian|pashto|tigrinya|somali|lithuanian|latvian|russian|rwseg"
    r"|ukrainian|wcraineg|tagalog|malayalam|tamil|bsl|british sign language|sign language|iaith arwyddion"
    r"|interpreter|cyfieithydd|cyfieithu ar y pryd)(?![\w'’])", re.I)
#: "no English", "dim Saesneg", "not in Welsh": the named language is the one they do not want.
_NOT_BEFORE = re.compile(r"(?:\b(?:no|not|never|dim|nid|ddim|heb)\s+(?:in\s+|yn\s+)?)$", re.I)
#: Where the language is spoken, or that it came first: "ma fe'n siarad Cymraeg adre", "he speaks Welsh at home",
#: "Cymraeg yw iaith gynta fe", "mamiaith" (AZ15, stop 46 trial: said at the worries question, and lost).
_HOME = (r"\bad(?:re|ra|ref)\b|\bgart(?:re|ra|ref)\b|\bga(?:tre|tra)\b|\bat\s+home\b|first\s+language|iaith\s+gynta"
         r"|mother\s+tongue|\b(?:m|f)amiaith\b")
_HOME_SAID = re.compile(_HOME, re.I)
#: Words that mark the named language as the one they want ("first language", "iaith gyntaf", "if you can").
_WANTED_NEAR = re.compile(r"first language|iaith gynta|if you can|if possible|os oes modd|os gwelwch|os gallwch"
                          r"|pl[iî]s|please|prefer|gorau|well ganddo|well ganddi|better|bob tro|bob amser|always|only"
                          r"|yn unig"
                          # the one said to be easier (retrial31 AD4: "I like a bit of Welsh but English is easier")
                          r"|easier|\bhaws|\bhawsach|\brhwyddach|well gen i|well gyda fi|well ?['’]?da fi|well gynna i"
                          # the one spoken at home ("cymraeg ma fe'n siarad adre, ond ma fe'n iawn yn saesneg hefyd")
                          r"|" + _HOME,
                          re.I)
#: Asking for it in its own part: "Hoffwn i bob llythyr ddod yn Gymraeg", "I'd like letters in Welsh" (trial 36 AM1).
_ASKED_FOR = re.compile(r"(?<![\w'’])(?:hoffwn|hoffem|hoffai|hoffen|hoffe|liciwn|licwn|isio|isie|eisiau|moyn|mo['’]?yn"
                        r"|(?:i['’]?d|id|we['’]?d|would|she['’]?d|he['’]?d)\s+(?:like|prefer)|i\s+want|we\s+want"
                        r"|wants|want\s+(?:all|every|my|our|the|them|it|letters))(?![\w'’])", re.I)
#: Not asked for: "I don't want English", "dw i ddim isio Saesneg".
_NOT_ASKED = re.compile(r"(?<![\w'’])(?:don['’]?t|dont|do\s+not|doesn['’]?t|not|never|ddim|dim|nid|heb)(?![\w'’])",
                        re.I)
#: A language they had, not one they want: "Cefais lythyr Saesneg yn unig y llynedd", "I only got English ones last
#: year", "they sent it in English" (trial 36 AM1: the summary said the preference was English).
_HAD = re.compile(r"(?<![\w'’])(?:cefais|ces\s+i|ges\s+i|gefais|cawsom|gawson|gathon|cafodd|gafodd|daeth|ddaeth|daethon"
                  r"|ddaethon|anfonwyd|anfonon|yrron|gyrron|halon|got|get\s+sent|received|receive|sent|came|arrived"
                  r"|was\s+(?:in|all\s+in)|were\s+(?:in|all\s+in)|llynedd|last\s+(?:year|time|week|month))(?![\w'’])",
                  re.I)
#: Where one part of a sentence turns to another: "I like a bit of Welsh | but English is easier for me now".
_TURN = re.compile(r"[,;.!?\n]|\b(?:but|ond|though|although)\b", re.I)


def stated_language(answers: list[dict[str, Any]], completed_by: str | None = None
                    ) -> tuple[str | None, dict[str, Any] | None]:
    """The language the person wants, as stated in their own (or their carer's) answer, and that answer.

    Only a language named in the answers about communication or support counts ("Welsh if you can, it
    was her first language", "Cymraeg plîs", "dim Saesneg"); the language chosen for the chat is the
    speaker's choice, shown apart. With both named, the one marked as wanted (or named first) is it.
    A carer's words about their own language ("For me, I'm happy with either - emails in English…") are theirs, not
    the person's (writers_own_language), and are left out here.
    """
    for key in LANGUAGE_ANSWER_KEYS:
        for answer in answers:
            if answer.get("question_key") != key:
                continue
            text = str(answer.get("latest_text") or answer.get("text") or "")  # their latest wording
            if completed_by == "carer":
                text = _without_writers_own(text)
            wanted = _language_wanted(text, answers)
            if wanted is not None:
                return ("either" if says_either_language(text) else "both" if speaks_both(text) else wanted), answer
    for answer in answers:
        # The language spoken at home, or first, said at any other question ("cymraeg ma fe'n siarad adre, ond ma fe'n
        # iawn yn saesneg hefyd" at the worries question: AZ15, stop 46 trial, "Not stated"); never risk material, nor
        # a carer's answers about their own life.
        key = str(answer.get("question_key") or "")
        if (key in LANGUAGE_ANSWER_KEYS or key.startswith("carer") or answer.get("changes") is not None
                or answer.get("safeguarding")):
            continue
        text = str(answer.get("latest_text") or answer.get("text") or "")
        said = sentences_where(text, lambda sentence: _tells_their_home_language(sentence, completed_by))
        wanted = _language_wanted(said, answers) if said is not None else None
        if wanted is not None:
            return ("both" if speaks_both(said or "") else wanted), answer
    return None, None


def _tells_their_home_language(sentence: str, completed_by: str | None) -> bool:
    """Whether a sentence names Welsh or English as spoken at home or first (_HOME) by the person: in the part that
    names the language, a carer's must have the person or the household ("ma fe'n siarad…", "we speak…"), not only
    their own (AZ15, stop 46 trial); the person's own must not have only someone else ("my mum speaks welsh at home",
    "mam yn siarad cymraeg adra"), and "but I don't" / "ond dim fi" after it takes it back (M7, stop 46 review: all
    read as Welsh, as was a carer's "I speak Welsh at home with my sister, he's English")."""
    if not (_HOME_SAID.search(sentence) and any(p.search(sentence) for _, p in _LANGUAGE_NAMES)):
        return False
    parts = [_its_part(sentence, found.start()) for _, p in _LANGUAGE_NAMES for found in p.finditer(sentence)
             if not who_they_are(sentence, found.start(), found.end())]  # "he's English" is who he is
    if completed_by == "carer":
        return any(_THE_PERSON_TOO.search(part) or _WE_AT_HOME.search(part) for part in parts)
    if _BUT_NOT_ME.search(sentence):
        return False
    return any(_I_OR_WE.search(part) or not _SOMEONE_ELSE_SPEAKS.search(part) for part in parts)


#: "We speak Welsh at home", "ni'n siarad Cymraeg adre": the household, the person too.
_WE_AT_HOME = re.compile(r"(?<![\w'’])(?:we|we['’]re|ni|ni['’]n|dan\s+ni|dyn\s+ni|ry'n\s+ni|rydyn\s+ni)(?![\w'’])",
                         re.I)
#: The one typing, or their household, as who speaks it: "I speak", "dw i'n siarad", "wi'n", "fi'n", "we", "ni'n"
#: (never the "i'n" of "fy chwaer i'n": her sister's).
_I_OR_WE = re.compile(r"(?<![\w'’])(?:i(?!['’]\s*n)|i['’]m|im|dw\s*i|dwi|wi|fi|fi['’]n|wi['’]n|rwy|rwy['’]n|rydw|mi"
                      r"|my\s+first|fy\s+(?:m|f)amiaith|fy\s+iaith)(?:['’]\s*n)?(?![\w'’])|" + _WE_AT_HOME.pattern,
                      re.I)
#: Someone else as who speaks it, in a person's own answer: "my mum speaks welsh at home", "mam yn siarad cymraeg".
_SOMEONE_ELSE_SPEAKS = re.compile(
    r"(?<![\w'’])(?:mum|mam|mom|mother|dad|tad|father|nain|taid|nan|nana|gran|mam-?gu|tad-?cu|brother|sister|brawd"
    r"|chwaer|husband|wife|gwr|gŵr|gwraig|partner|friends?|ffrind\w*|family|teulu|parents|rhieni|she|he|she['’]s"
    r"|he['’]s|shes|hes|they|nhw|fe['’]n|fo['’]n|hi['’]n|e['’]n|o['’]n)(?![\w'’])", re.I)
#: "…but I don't (really)", "ond dim fi", "ond dwi ddim", "but not me": the one typing does not speak it (M7).
_BUT_NOT_ME = re.compile(
    r"(?<![\w'’])(?:but|ond)\s+(?:(?:i|me)\s+(?:don['’]?t|dont|do\s+not|can['’]?t|cant|never)|not\s+me|dim\s+fi"
    r"|(?:dw\s*i|dwi|wi|fi)\s*(?:ddim|['’]?m)|(?:sai|sa\s+i|so\s+fi)(?:['’]\s*n)?|dydw\s+i\s+ddim)(?![\w'’])", re.I)
#: Somewhere other than home where a language is spoken: "yn yr ysgol", "at school", "in work", "gyda'i ffrindie".
_ELSEWHERE = re.compile(r"(?<![\w'’])(?:yn\s+yr?\s+ysgol|yn\s+ysgol|at\s+school|in\s+school|yn\s+y\s+coleg"
                        r"|at\s+college|in\s+college|yn\s+y\s+gwaith|at\s+work|in\s+work|yn\s+y\s+capel"
                        r"|at\s+chapel|in\s+chapel|with\s+(?:his|her|their)\s+(?:friends|mates)"
                        r"|(?:gyda|efo|hefo|'da)['’]?i\s+ffrind\w*|tu\s+allan|outside)(?![\w'’])", re.I)


def speaks_both(text: str) -> bool:
    """Whether `text` says one language is spoken at home and the other somewhere else ("Mae e'n siarad Cymraeg yn yr
    ysgol, ond Saesneg adre gyda ni": BA14, stop 46 trial, read as English and the Active Offer lost): both, not the
    home one; the words are shown beside it."""
    where: dict[str, set[str]] = {}
    for code, pattern in _LANGUAGE_NAMES:
        for found in pattern.finditer(text):
            part = _its_part(text, found.start())
            if _HOME_SAID.search(part):
                where.setdefault(code, set()).add("home")
            if _ELSEWHERE.search(part):
                where.setdefault(code, set()).add("elsewhere")
    cy, en = where.get("cy", set()), where.get("en", set())
    return ("home" in cy and "elsewhere" in en) or ("home" in en and "elsewhere" in cy)


def says_either_language(text: str) -> bool:
    """Whether the sentences naming a language say either will do ("cymraeg or english dont mind", "dim ots, Cymraeg
    neu Saesneg"), none marked as wanted: no preference, not the first one named (AZ15, stop 46 trial: "Welsh
    (stated)")."""
    words = sentences_where(text, names_a_language)
    return words is not None and bool(_EITHER.search(words)) and not _WANTED_NEAR.search(words)


def _language_wanted(text: str, answers: list[dict[str, Any]]) -> str | None:
    """The language `text` says is wanted (Welsh or English), read as stated_language says; None when it names none
    (or another language is theirs)."""
    named: list[tuple[int, str, bool]] = []  # (where, code, wanted)
    for code, pattern in _LANGUAGE_NAMES:
        for found in pattern.finditer(text):
            if who_they_are(text, found.start(), found.end()):
                continue
            other = "en" if code == "cy" else "cy"
            meant = other if _NOT_BEFORE.search(text[: found.start()]) else code
            near = _in_its_sentence(text, found.start() - 30, found.end() + 40)
            named.append((found.start(), meant, bool(_WANTED_NEAR.search(near))))
    if not named:
        return None
    named.sort()
    wanted = [code for _, code, marked in named if marked]
    # Of two marked, the one whose own part says it is wanted: "I like a bit of Welsh but English is easier
    # for me now" (retrial31 AD4: read as Welsh), "I prefer English but Welsh is fine", "Cymraeg plis, ond
    # dwi'n dallt Saesneg"; a language only mentioned is not the preference.
    wanted = [code for where, code, _ in named if _WANTED_NEAR.search(_its_part(text, where))] or wanted
    # Asked for in its own part ("Hoffwn i bob llythyr ddod yn Gymraeg"), and never one they had ("Cefais
    # lythyr Saesneg yn unig y llynedd", trial 36 AM1): what they want, not what they got.
    had = {where for where, _, _ in named if _HAD.search(_its_part(text, where))}
    asked = [code for where, code, _ in named if where not in had and _asked_for(_its_part(text, where))]
    wanted = asked or [code for where, code, _ in named if code in wanted and where not in had] or (
        [] if len(had) < len(named) else wanted)
    named = [n for n in named if n[0] not in had] or named
    if _another_language_spoken(answers):
        # Another language spoken of: Welsh or English is theirs only when asked for in its own clause
        # ("Cymraeg plis, mae hi'n deall Pwyleg hefyd"), never "Phone me please, not letters, I read English
        # slower" (eighth trial AB10).
        wanted = [code for where, code, _marked in named if _WANTED_NEAR.search(_its_clause(text, where))]
        if not wanted:
            return None
    if not wanted and OTHER_LANGUAGE.search(text):
        # "Sometime Polish is easier for her now after stroke, she lose some English" (stop-27 trial X5: the
        # summary said English): another language is theirs; their words are shown (names_a_language).
        return None
    return wanted[0] if wanted else named[0][1]


#: "She is Welsh", "he's English", "a Welsh family": who someone is (a nationality, a place), not the language wanted.
_IS_BEFORE = re.compile(r"(?:\b(?:she|he|they|i|we|you|who|mum|mam|dad|nan|gran|husband|wife)"
                        r"(?:\s+(?:is|am|are|was|were)|['’](?:s|m|re))|\b(?:shes|hes|im)|\bborn)\s+"
                        r"(?:(?:very|proper|really|true|born\s+and\s+bred|a|an)\s+)?$", re.I)
#: After the word: speaking or a language ("she is Welsh speaking", "is Welsh-speaking"): the language after all.
_SPEAKING_AFTER = re.compile(r"^\s*-?\s*(?:speak|speaking|speaker|language|first|iaith)"
                             r"|^[\s,;]*(?:and\s+|so\s+)?(?:(?:she|he|they|i|we)\s+)?(?:speaks?|talks?|uses?)\s+it\b",
                             re.I)
_NATION_NOUN_AFTER = re.compile(r"^\s+(?:woman|man|lady|girl|boy|family|born|nationality|roots|heritage|blood|from"
                                r"|by\s+birth|and\s+proud)\b", re.I)


def who_they_are(text: str, start: int, end: int) -> bool:
    """Whether the language word at text[start:end] says who someone is, not a language ("she is Welsh from Rhymney but
    speak English": the eighteenth trial's AU4, read as Welsh wanted, with a Welsh-speaking practitioner to visit)."""
    if _SPEAKING_AFTER.search(text[end:]):
        return False
    return bool(_IS_BEFORE.search(text[:start]) or _NATION_NOUN_AFTER.search(text[end:]))


#: A carer speaking of their own language, apart from the person's: "For me, I'm happy with either", "I prefer
#: English myself", "I fi, mae Saesneg yn haws", "O'm rhan i, dim ots" (trial 38 AR3: "Cymraeg, bob amser. Mae hi'n
#: deall Cymraeg yn well na Saesneg nawr. / For me, I'm happy with either - emails in English are easier for me…" was
#: read as the person's language being English).
_WRITERS_OWN = re.compile(
    r"(?<![\w'’])(?:for\s+me|as\s+for\s+me|me\s+personally|personally|myself|for\s+myself|i['’]?m\s+happy\s+with"
    r"|i\s+fi(?:\s+fy\s+hun)?|i\s+mi|o\s+ran\s+fi|o['’]?m\s+rhan\s+i|fi\s+fy\s+hun|dw\s+i['’]?n\s+hapus\s+(?:gyda|efo|hefo)"
    r"|dwi['’]?n\s+hapus\s+(?:gyda|efo|hefo)|i\s+(?:don['’]?t|do\s+not)\s+mind)(?![\w'’])", re.IGNORECASE)
#: Either language: "happy with either", "dim ots", "y naill neu'r llall", "both are fine".
_EITHER = re.compile(r"(?<![\w'’])(?:either|both|dim\s+ots|naill\s+neu['’]r\s+llall|y\s+ddwy|y\s+ddau|don['’]?t\s+mind"
                     r"|do\s+not\s+mind"
                     # "cymraeg neu saesneg sai'n becso" (BA14, stop 46 trial: "Welsh (stated)"), "not bothered"
                     r"|sai['’]?\s*n\s+becso|sa\s+i['’]?n\s+becso|so\s+fi['’]?n\s+becso|dim\s+bwys|sdim\s+ots"
                     r"|dwi['’]?m\s+yn\s+poeni|not\s+bothered|doesn['’]?t\s+matter|does\s+not\s+matter)(?![\w'’])",
                     re.IGNORECASE)


#: The person spoken of in a sentence ("She prefers Welsh, I speak it myself"): then it is about them too, not only
#: the carer's own.
_THE_PERSON_TOO = re.compile(r"(?<![\w'’])(?:she|he|her|him|his|she['’]s|he['’]s|hi|hi['’]n|o['’]n|fo|fo['’]n|fe"
                             r"|fe['’]n|e['’]n|iddi|iddo|ganddi|ganddo|hithau|yntau)(?![\w'’])", re.IGNORECASE)


def _writers_own_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a carer's answer about their own language (_WRITERS_OWN, naming a language or either), and
    not about the person as well."""
    spans = [(a, b) for a, b in sentences(text)
             if _WRITERS_OWN.search(text[a:b]) and not _THE_PERSON_TOO.search(text[a:b])
             and (names_a_language(text[a:b]) or _EITHER.search(text[a:b]))]
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    # Only beside the person's own language: "English is easier for me" alone, from a carer, is the person's wish in
    # the person's voice, as before (retrial31 AD4).
    return spans if spans and any(p.search(rest) for _, p in _LANGUAGE_NAMES) else []


def _without_writers_own(text: str) -> str:
    """`text` with a carer's sentences about their own language blanked (each place kept)."""
    for a, b in _writers_own_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def writers_own_language(answers: list[dict[str, Any]], completed_by: str | None
                         ) -> tuple[str | None, str, dict[str, Any]] | None:
    """A carer's own language, said apart from the person's in an answer about communication or support: ("cy",
    "en" or "either", their words verbatim, the answer); None when they said none, or are not a carer.

    Why (trial 38 AR3): the person's preference (Welsh) and the writer's own (either; emails in English) are two
    facts, for two people the worker writes to; one was lost and the other read as the person's."""
    if completed_by != "carer":
        return None
    for key in LANGUAGE_ANSWER_KEYS:
        for answer in answers:
            if answer.get("question_key") != key:
                continue
            text = str(answer.get("latest_text") or answer.get("text") or "")
            spans = _writers_own_spans(text)
            if not spans:
                continue
            words = text[spans[0][0]:spans[-1][1]].strip()
            code = "either" if _EITHER.search(words) else _language_wanted(words, answers)
            return code, words, answer
    return None


def _asked_for(part: str) -> bool:
    """Whether a part of a sentence asks for something ("Hoffwn i…", "I'd like…"), and not "I don't want…"."""
    found = _ASKED_FOR.search(part)
    return found is not None and _NOT_ASKED.search(part[:found.end()]) is None


def _its_part(text: str, where: int) -> str:
    """The part of `text` around position `where`, cut where the sentence turns ("but", "ond") or at punctuation."""
    left = max((found.end() for found in _TURN.finditer(text, 0, where)), default=0)
    right = next((found.start() for found in _TURN.finditer(text, where)), len(text))
    return text[left:right]


def _its_clause(text: str, where: int) -> str:
    """The clause of `text` around position `where`: between commas, semicolons or sentence ends."""
    left = max(text.rfind(stop, 0, where) for stop in ",;.!?\n") + 1
    rights = [i for i in (text.find(stop, where) for stop in ",;.!?\n") if i != -1]
    return text[left:min(rights) if rights else len(text)]


def _another_language_spoken(answers: list[dict[str, Any]]) -> bool:
    """Whether an answer speaks of a language other than Welsh or English as one spoken or wanted ("He also wants to
    keep speaking polish at home", "a polish speaking person"): then "I read English slower" says no preference for
    English (eighth trial AB10: the summary said the person's language was English)."""
    return any(OTHER_LANGUAGE.search(sentence) and speaks_of_a_language(sentence)
               for answer in answers for text in [str(answer.get("latest_text") or answer.get("text") or "")]
               for a, b in sentences(text) for sentence in [text[a:b]])


def other_language_stated(answers: list[dict[str, Any]], completed_by: str | None = None) -> bool:
    """Whether an answer says the person speaks, or needs, a language other than Welsh or English ("she speak Arabic
    only. I can translate.", "Polish interpreter would be good for her"): a language preference too, and a possible
    interpreter need, not "Not stated" (trial 41 AW10: the words were quoted under a "Not stated" line). A carer's words
    about their own language are left out (writers_own_language); risk material is not read."""
    for answer in answers:
        if answer.get("changes") is not None or answer.get("safeguarding"):
            continue
        text = str(answer.get("latest_text") or answer.get("text") or "")
        if completed_by == "carer":
            text = _without_writers_own(text)
        if any(OTHER_LANGUAGE.search(text[a:b]) and speaks_of_a_language(text[a:b]) for a, b in sentences(text)):
            return True
    return False


def _in_its_sentence(text: str, start: int, end: int) -> str:
    """text[start:end], cut to the sentence around it: "…she lose some English. Dont treat her like a child please."
    is no "English please" (stop-27 trial X5)."""
    middle = (max(start, 0) + min(end, len(text))) // 2
    left = max(text.rfind(stop, 0, middle) for stop in ".!?\n") + 1
    rights = [i for i in (text.find(stop, middle) for stop in ".!?\n") if i != -1]
    return text[max(start, left, 0): min([end, *rights])]


def person_language(answers: list[dict[str, Any]], preferred_language: str | None,
                    completed_by: str | None) -> tuple[str | None, dict[str, Any] | None, bool]:
    """The person's language, the answer that states it, and whether the Active Offer applies.

    As stated in an answer (stated_language); else, when they spoke for themselves, the one they chose
    (a carer's chat language is the carer's, not the person's). The Active Offer applies when Welsh
    was stated or chosen. The ONE reading the summary and the summaries list both show (trial F30:
    the list showed a carer's English for a Welsh-speaking person).
    """
    stated, stated_in = stated_language(answers, completed_by)
    language = stated or (preferred_language if completed_by != "carer" else None)
    # Either will do: Welsh will, so the Active Offer still applies (AZ15, stop 46 trial).
    return language, stated_in, language in ("cy", "either", "both") or preferred_language == "cy"


def names_a_language(text: str) -> bool:
    """Whether the words name a language ("Welsh if you can", "rhywun sy'n siarad Cymraeg plis", "Polish is easier for
    her", "BSL"), or say they are learning one ("Dw i'n dysgu.", "I'm learning Welsh": says_learning)."""
    return (any(p.search(text) for _, p in _LANGUAGE_NAMES) or bool(OTHER_LANGUAGE.search(text))
            or says_learning(text))


#: Words that make a language named in a sentence about speaking, reading or being understood in it ("He wants to keep
#: speaking polish at home", "a polish speaking person", "I read English slower", "Cymraeg plîs"), not food, a church or
#: thanks ("he like my pierogi (sorry, is polish food)", "the polish church", "patience with my english": eighth trial
#: AB10, all listed in the language section).
_ABOUT_SPEAKING = re.compile(
    r"speak|spoke|talk|siarad|sgwrs|interpret|translat|cyfieith|first\s+language|iaith\s+gyntaf|mother\s+tongue|prefer"
    r"|language|iaith|read|write|writing|darllen|sgwennu|ysgrifennu|understand|deall|dallt|forget|forgets|anghofio"
    r"|learn|dysgu|easier|haws|fluent|rhugl|words|geiriau|\b(?:in|yn)\s+(?:[^\W\d_]+\s+)?(?:welsh|english|cymraeg|gymraeg"
    r"|saesneg|polish|pwyleg)|pl[iî]s|please|if\s+you\s+can|os\s+gwelwch|os\s+oes\s+modd|if\s+possible", re.I)
#: A sentence this short that names a language is about the language they want ("Welsh", "Cymraeg plîs").
LANGUAGE_ALONE_WORDS = 4


#: A language word naming a class, a group or a place, not a language wanted ("Lowri o'r dosbarth Cymraeg.", "my Welsh
#: class", "y côr Cymraeg", "Welsh cakes": ninth trial AC14, a friend from Welsh class listed as a language preference).
_LANGUAGE_AS_A_THING = re.compile(
    r"(?<![\w'’])(?:(?:dosbarth|nosbarth|ddosbarth|cwrs|gwers|gwersi|clwb|côr|cor|capel|ysgol|grŵp|grwp|papur|cacen|cacs)"
    r"\s+(?:cymraeg|gymraeg|saesneg)|(?:welsh|english|cymraeg|saesneg)\s+(?:class|classes|course|lessons?|club|choir"
    r"|chapel|school|group|cakes?|teacher|tutor|paper|society))(?![\w'’])", re.I)


def speaks_of_a_language(sentence: str) -> bool:
    """Whether a sentence names a language as one they speak, read, want or are learning (the language section shows
    these and nothing else: eighth trial AB10). A short sentence naming one counts, unless the language names a class
    or a place ("Lowri o'r dosbarth Cymraeg.")."""
    return names_a_language(sentence) and (
        bool(_ABOUT_SPEAKING.search(sentence))
        or (len(sentence.split()) <= LANGUAGE_ALONE_WORDS and not _LANGUAGE_AS_A_THING.search(sentence)))


def says_a_language_wanted(text: str) -> bool:
    """Whether any sentence of an answer speaks of a language (speaks_of_a_language)."""
    return sentences_where(text, speaks_of_a_language) is not None


def learner_words(text: str) -> str | None:
    """The sentences saying they are learning, verbatim (runs apart joined by EXCERPT_GAP); None when none does."""
    return sentences_where(text, says_learning)


def language_words(text: str) -> str:
    """What they said about language, verbatim: the sentences of their answer that name a language ("Welsh if you
    can, it was her first language" from an answer about washing and Welsh), runs apart joined by EXCERPT_GAP;
    the whole answer when no single sentence names one. For the summary's language section (the senior
    practitioner's review, stop 18: the person's own words about Welsh or English, not only our reading of them).
    """
    words = sentences_where(text, speaks_of_a_language) or sentences_where(text, names_a_language)
    return words if words is not None else text


#: Who someone is to them, as said before a name ("my neighbour Glenys", "fy nghymdoges Glenys", "ein mab Dafydd").
_KIN = (r"mum|mam|mom|mother|dad|father|nan|nana|nain|taid|gran|granny|grandad|grandma|grandson|granddaughter"
        r"|wife|husband|son|daughter|brother|sister|partner|friend|best\s+friend|mate|neighbour|neighbor|carer"
        r"|niece|nephew|aunt|auntie|uncle|cousin|boyfriend|girlfriend|stepdad|stepmum|nurse|social\s+worker"
        r"|nhad|tad|mam-gu|tad-cu|gŵr|ngŵr|gwr|ngwr|gwraig|ngwraig|wraig|mab|merch|brawd|mrawd|chwaer|ffrind"
        r"|ffrind\s+gorau|ffrind\s+gora|cymydog|nghymydog|cymdoges|nghymdoges|wyres|ŵyr|wyr|modryb|ewythr|nith|nai"
        r"|cefnder|nghefnder|cyfnither|nghyfnither|gofalwr|ngofalwr|gofalwraig|ngofalwraig|hogyn|hogan")
#: A name: a capital, then at least one more letter; not "I", "I'm" or a sentence's first small word.
_A_NAME = r"(?!(?:I|I['’]\w+|The|And|But|A|An|Y|Yr|Ac)(?![\w'’]))[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+"
#: Someone named in their words: "my neighbour Glenys", "fy ffrind Dion", "Mr Price", "Anti Mair".
_NAMED_PERSON = re.compile(
    r"(?<![\w'’])(?:(?i:my|our|me|fy|'y|ein)\s+(?i:" + _KIN + r")\s*,?\s+" + _A_NAME
    + r"|(?:Mr|Mrs|Ms|Miss|Dr|Anti|Yncl|Nurse)\.?\s+" + _A_NAME + r")")


def people_named(text: str) -> str | None:
    """The sentences of an answer that name someone with who they are ("my neighbour Glenys pops in every day", "Mr
    Price athro PE"), verbatim, runs apart joined by EXCERPT_GAP; None when none does. Their words: who the person is
    to them is only what they said (no relationship is guessed). For the Important people section (trial T3: people
    named in other answers were not there). Never a sentence said as what is going well: that is a strength
    (going_well_said), shown under Strengths (trial 38 AR10)."""
    return sentences_where(text, lambda sentence: bool(_NAMED_PERSON.search(sentence))
                           and not _GOING_WELL.search(sentence))


#: What is going well, said as such ("Whats going well - our daughter Lisa comes Sundays and the physio has been good",
#: "Be sy'n mynd yn dda: mae Lisa'n dod bob dydd Sul", "things are going well with the physio"): a strength.
_GOING_WELL = re.compile(
    r"(?<![\w'’])(?:(?:is|are|be|been|it['’]?s|its|things\s+are|things['’]re|all)\s+)?going\s+(?:really\s+|very\s+|pretty\s+)?"
    r"(?:well|ok|okay|good|great)(?![\w'’])"
    r"|(?<![\w'’])(?:yn\s+)?mynd\s+(?:yn\s+)?(?:dda|iawn|grêt|gret|wych)(?![\w'’])", re.IGNORECASE)


def going_well_said(text: str) -> str | None:
    """The sentences of an answer that say what is going well (_GOING_WELL), verbatim; None when none do. A strength
    said at another question ("Whats going well - our daughter Lisa comes Sundays and the physio has been good, he can
    walk to the kitchen now with the frame", at "what matters"): for the Strengths section, never Important people
    (trial 38 AR10: listed there as who the carer named)."""
    return sentences_where(text, lambda sentence: bool(_GOING_WELL.search(sentence)))


#: Someone doing something for them: "me and my brother Gareth help", "Gareth does his shopping Fridays", "my
#: neighbour pops in", "fi a mrawd Gareth yn helpu", "Gwenllian yn dod draw ar ddydd sul efo cinio".
_HELPS = re.compile(
    r"(?<![\w'’])(?:help|helps|helped|helping|does\s+(?:his|her|their|all\s+the)\s+\w+|pops?\s+in|pop\s+round"
    r"|comes?\s+(?:round|over|in)|takes\s+(?:him|her|them)|looks\s+after|sorts\s+(?:out\s+)?(?:his|her|their)"
    r"|helpu|yn\s+(?:neud|gwneud|gneud)\s+ei\s+\w+|dod\s+draw|dod\s+rownd|galw\s+(?:heibio|draw|mewn)|yn\s+galw\s+bob"
    r"|picio\s+(?:draw|mewn|heibio)|edrych\s+ar\s+(?:ei|eu)\s+ôl|edrych\s+ar\s+ol)(?![\w'’])", re.IGNORECASE)
#: Help wanted, not given ("he needs more help", "dwi isio help", "angen help gan neb").
_HELP_WANTED = re.compile(
    r"(?<![\w'’])(?:need|needs|want|wants|wanted|more|some|any|no|extra|without|angen|isio|eisiau|moyn|mwy\s+o"
    r"|can['’]?t|cannot|methu)\s+(?:\w+\s+)?(?:help|helpu)", re.IGNORECASE)
#: Who someone is to them, alone ("my brother", "ein merch ni", "mrawd"): with a helping word, family help.
_KIN_WORD = re.compile(r"(?<![\w'’])(?i:" + _KIN + r")(?![\w'’])")


def help_named(text: str) -> str | None:
    """The sentences of an answer that say who helps them (someone named, or who they are to them, and what they do:
    "me and my brother Gareth help, Gareth does his shopping Fridays"), verbatim; None when none do. For the Strengths
    section (eleventh trial AG7: it said "Nothing noted", the help written at "what matters" and the strengths answer
    "i put that already in number 2")."""
    return sentences_where(text, lambda sentence: bool(
        _HELPS.search(sentence) and not _HELP_WANTED.search(sentence)
        and (_KIN_WORD.search(sentence) or _names_someone(sentence))))


#: Capitalised words that open a sentence without naming anyone.
_NOT_SOMEONE = frozenset({"he", "she", "they", "it", "we", "you", "help", "mae", "ma", "mi", "hi", "fo", "o", "nhw",
                          "ni", "dwi", "fi", "my", "our", "fy", "ein", "his", "her", "their", "ei", "eu", "someone",
                          "rhywun", "there", "this", "that", "yes", "no", "ie", "ia", "na", "oh", "well", "wel"})


def _names_someone(sentence: str) -> bool:
    """A name in the sentence: a capitalised word after its first, or a first word that is no pronoun or opener."""
    return any(m.start() > 0 or fold(m.group(0)).lower().split("'")[0] not in _NOT_SOMEONE
               for m in re.finditer(r"(?<![\w'’])" + _A_NAME, sentence))


#: A sentence longer than this with no full stop (voice-to-text, one breath) is read clause by clause for an excerpt.
UNPUNCTUATED_SENTENCE_CHARS = 200


def _excerpt_pieces(text: str) -> list[tuple[int, int]]:
    """The sentences of `text`; one over UNPUNCTUATED_SENTENCE_CHARS is cut into its clauses (at "and", "but", "a",
    "ond" and commas, in either language). Why: eleventh trial AG12, a ~500-character voice-to-text answer with no full
    stop was one "sentence", so every excerpt of it (learning Welsh, language, people named) was the whole answer, and
    the summary printed it four times."""
    pieces: list[tuple[int, int]] = []
    for start, end in sentences(text):
        if end - start <= UNPUNCTUATED_SENTENCE_CHARS:
            pieces.append((start, end))
            continue
        cuts = sorted({(a, b) for language in ("en", "cy") for a, b, _kind in clause_cuts(text, start, end, language)})
        edges, pos = [], start
        for a, b in cuts:
            if a >= pos:
                edges.append((pos, a))
                pos = b
        edges.append((pos, end))
        pieces.extend((a, b) for a, b in (trim(text, a, b) for a, b in edges) if b > a)
    return pieces


def sentences_where(text: str, wanted: Callable[[str], bool]) -> str | None:
    """The sentences of `text` for which `wanted` holds, verbatim: neighbours one run of their words, runs apart
    joined by EXCERPT_GAP, in order; None when no sentence does. A long one with no full stop is read by its clauses
    (_excerpt_pieces)."""
    runs: list[tuple[int, int]] = []
    previous = -2
    for n, (start, end) in enumerate(_excerpt_pieces(text)):
        if not wanted(text[start:end]):
            continue
        if n == previous + 1 and runs:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        previous = n
    return EXCERPT_GAP.join(text[start:end] for start, end in runs) if runs else None


def sensitive_words(text: str, abuse_known: bool = False) -> str | None:
    """The sentences asking that something, or who said it, be kept from someone, verbatim; None if none do.
    `abuse_known`: abuse was read in the conversation, so "the wife will kill me if she finds out" is fear, not the
    joke (review 47 S4).

    Why: "Just that please don't let mum know this came from me" was shown as the person's outcome "to confirm at
    the visit" (acceptance trial F14): the visit is with mum. It belongs at the top, with how to contact safely.
    """
    kept = False

    def wanted(sentence: str) -> bool:
        # "…bo fi'n blino. sa i moyn iddo fe boeni.": the reason said next is kept from them too (stop-34 trial AJ7);
        # sentences_where asks about each sentence once, in order
        nonlocal kept
        kept = asks_to_keep_from_someone(sentence, abuse_known) or (kept and gives_the_reason(sentence))
        return kept

    return sentences_where(text, wanted)


#: The question key of a typed answer to "who is talking?" kept as written (bot.conversation.about_you.take_role).
ROLE_KEY = "role"


def _told_of(outcome: DraftOutcome) -> str | None:
    """Someone named whose wish the person tells (bot.analysis.outcomes.told_of), read in the answer around the
    outcome, so "mum says " before "she wants to stay home" counts (stop 49); the outcome's own words alone once it
    no longer is the slice of its answer it was cut from (edited at the read-back)."""
    answer = outcome.answer
    if (answer is not None and outcome.span_start is not None and outcome.span_end is not None
            and answer.text[outcome.span_start:outcome.span_end] == outcome.text):
        return told_of(answer.text, outcome.span_start, outcome.span_end)
    return kin_whose_wish(outcome.text)


def speaker_view(question_key: str | None, whose_view: str | None, completed_by: str | None) -> str | None:
    """Whose view an answer is. The answer to "who is talking?" is stored before anyone knows who is talking (as
    the person's, the default), yet it is the speaker's own words ("I'm her daughter, I look after my mum, she has
    dementia"): it is the view of whoever completed it (trial F26: a carer's opening words as "The person's view")."""
    if question_key == ROLE_KEY and completed_by:
        return completed_by
    return whose_view


def completed_as(completed_by: str | None, answers: Iterable[dict[str, Any]]) -> str | None:
    """Who completed it, as the summary and the list say: a carer whose answers are a support worker's or other
    professional's view (whose_view "professional", from who they say they are to the person) completed it as a
    professional. Why: the stop-24 trial's support worker was listed as "A carer", a family member to the reader."""
    if completed_by == "carer" and any(a.get("whose_view") == "professional" for a in answers):
        return "professional"
    return completed_by


#: An age in their words ("dwi'n 15", "me (16)"): left out when reading whether a young person cares for someone.
_AGE = re.compile(r"\(?\d+\)?")


#: Family a young person may look after ("mum", "fy nhad", "nain", "my little brother"), as people write them.
_FAMILY = (r"(?:mum|mam|mom|mammy|mami|mother|dad|tad|nhad|father|nan|nana|nain|gran|granny|grandma|grandad"
           r"|grandpa|taid|mamgu|mam-gu|mam gu|tadcu|tad-cu|tad cu|nanna|bamps|brother|sister|brawd|frawd|mrawd"
           r"|chwaer|parents?|rhieni|rhiant|family|teulu|auntie|aunt|uncle|anti|yncl|modryb|siblings?|twin|gefaill)")
#: Words between "I" and "look after" that say they do not ("I don't look after anyone", "dwi ddim yn gofalu").
_NOT = r"(?!(?:not|dont|never|didnt|doesnt|ddim|dim|byth|sai|sam)\b)"
#: A young person saying, in any answer, that they look after a relative ("I look after mum", "dwi'n edrych ar ôl
#: mam", "fi sy'n gofalu am dad", "I'm a young carer"); matched on folded words with apostrophes left out.
_LOOKS_AFTER_FAMILY = re.compile(
    r"\b(?:i|me)\s+(?:" + _NOT + r"\w+\s+){0,3}?(?:look|looks|looking|care|caring)\s+(?:after|for)\s+"
    r"(?:(?:my|me|our|the)\s+)?(?:(?:little|younger|baby|big|older|disabled|poorly)\s+)?" + _FAMILY + r"\b"
    r"|\b(?:im|i am)\s+(?:a\s+)?young\s+carer\b|\b(?:im|i am)\s+(?:my\s+)?" + _FAMILY + r"s\s+(?:main\s+)?carer\b"
    r"|\b(?:im|i am)\s+(?:the\s+)?(?:main\s+)?carer\s+for\s+(?:my\s+|me\s+)?" + _FAMILY + r"\b"
    r"|\b(?:dwin|dw in|dwi yn|dw i yn|rydw in|rwyn|rwyf yn|win|fin|fi syn|fi sydd yn|ni syn|nin)\s+"
    r"(?:" + _NOT + r"\w+\s+){0,3}?(?:edrych|edrach|sbio|gofalu|helpu)\s+(?:ar\s+ol|am|ar\s+ei\s+ol|ar\s+ei\s+hol)?\s*"
    r"(?:(?:fy|y|yr|ein)\s+)?(?:(?:mrawd|chwaer|brawd)\s+bach\s+|(?:mrawd|chwaer|brawd)\s+)?" + _FAMILY + r"\b"
    r"|\b(?:gofalwr|ofalwr|gofalydd|ofalydd)\s+ifanc\b|\b(?:dwin|dw in|rwyn|win|fin|fi yw|fi ydi)\s+g?ofal(?:wr|ydd)\s+"
    r"(?:i|am|dros)\s+(?:fy\s+|y\s+)?" + _FAMILY + r"\b"
    # "young carer" in English inside Welsh or English, said of themselves (AY4, stop 44 trial: Seren's "fi'n young
    # carer. i mam" and "young carer i mam" were never recorded): opening the sentence, after "I'm"/"fi'n"/"dwi'n", or
    # followed by whom for; never of someone else ("my sister is a young carer", "im not a young carer").
    r"|(?:^\W*|\b(?:im|i am|iam|fin|fi yn|dwin|dw in|dwi yn|win|rwyn|ydw i|odw i|dwi hefyd)\s+"
    r"(?:(?:a|an|yn|just|also|hefyd)\s+){0,2})"
    r"young\s+carer\b|\byoung\s+carer\s+(?:i|for|to|am|dros)\s+(?:(?:my|me|fy|y)\s+)?" + _FAMILY + r"\b")


#: Caring said of the past, just before or inside the words that say it ("i used to be a young carer for my dad", "o'n
#: i arfer bod yn young carer i dad", "when i was little i looked after mum"): not who they are now (review 45).
_IN_THE_PAST = re.compile(r"\b(?:used to|use to|usto|usedto|arfer|i was|i were|on i|oeddwn i|roeddwn i|ron i|pan on i"
                          r"|when i was)\b")
#: A denial right after ("Young carer? no not really", "young carer? na dim rili"): they are not one (review 45).
_DENIED_AFTER = re.compile(r"^\W*(?:no|nope|nah|na|naddo|nage|nacdw|nadw|not really|not me|dim rili|dim really"
                           r"|dim felly|ddim rili|ddim felly)\b(?![\s-]*(?:one|else|body|one else|arall)\b)")
#: Words before the match read for the past.
_PAST_WORDS_BEFORE = 4


def _folded_words(text: str) -> str:
    """Folded, lower case, apostrophes left out: what _LOOKS_AFTER_FAMILY reads."""
    return fold(" ".join(text.lower().replace("’", "").replace("'", "").split()))


def looks_after_family(sentence: str, after: str = "") -> bool:
    """Whether a young person's sentence says they look after a relative (see _LOOKS_AFTER_FAMILY), now: not said of
    the past, nor denied right after it (in the sentence, or in `after`, the words that follow it)."""
    words = _folded_words(sentence)
    for found in _LOOKS_AFTER_FAMILY.finditer(words):
        before = " ".join(words[:found.start()].split()[-_PAST_WORDS_BEFORE:])
        if _IN_THE_PAST.search(before + " " + found.group()):
            continue
        if _DENIED_AFTER.match(words[found.end():] + " " + _folded_words(after)):
            continue
        return True
    return False


def young_carer_answer(answers: list[dict[str, Any]], completed_by: str | None) -> dict[str, Any] | None:
    """A young person's answer that says they look after someone: their answer to "who is talking?" ("dwi'n sbio
    ar ol mam 😅 dwi'n 15"), read by the conversation's own reading of who is talking with the age left out, or
    else the first answer anywhere in the conversation saying they look after a relative ("I look after mum
    most nights so I cant go out", "dwi'n edrych ar ôl mam"); else None.

    Why: a 15-year-old who looks after his mum was recorded only as "a young person" (acceptance trial F32); a
    young carer is entitled to a young carer's needs assessment, and his own words say he is one, at whichever
    question he says it (issue 11, stop 24).
    """
    if completed_by != "young_person":
        return None
    from bot.conversation.about_you import role_from_text, says_they_care_for_someone  # (heavy to load)

    # A carer's reading that says they look after someone: "idk my mum said to do it. im 13" (a relative, no caring)
    # was summarised as a young carer entitled to a needs assessment (tenth trial AE11).
    said_at_role = next((a for a in answers if a.get("question_key") == ROLE_KEY
                         and role_from_text(_AGE.sub(" ", str(a.get("text") or ""))) == "carer"
                         and (says_they_care_for_someone(str(a.get("text") or ""))
                              or young_carer_words(a) is not None)), None)
    if said_at_role is not None:
        return said_at_role
    return next((a for a in sorted(answers, key=lambda a: a.get("id") or 0)
                 if young_carer_words(a) is not None), None)


def young_carer_words(answer: dict[str, Any]) -> str | None:
    """The sentences of an answer saying they look after a relative, verbatim; None when none do."""
    text = str(answer.get("text") or "")
    # (a denial in the next sentence: "Young carer? no not really")
    return sentences_where(text, lambda sentence: looks_after_family(sentence,
                                                                     text[text.find(sentence) + len(sentence):]))


#: How sure the language reader must be of a question's language (our own questions read at 0.92 or more).
SURE_OF_QUESTION_LANGUAGE = 0.9


def language_switch(answers: list[dict[str, Any]], now: str | None) -> tuple[str, dict[str, Any]] | None:
    """The language the chat began in and the first answer asked in today's one, when they switched; else None.

    Why: a carer who chose Welsh and switched to English for spelling read as "chose English" (acceptance trial
    F23). The switch is not stored; each answer keeps its question as it was asked, in the chat's language then.
    """
    from bot.analysis.language import detect_language  # (the analysis reads our questions as any text)

    started: str | None = None
    for answer in sorted(answers, key=lambda a: a.get("id") or 0):
        guess = detect_language(str(answer.get("question") or ""))
        asked_in = guess.language
        if asked_in not in ("cy", "en") or guess.confidence < SURE_OF_QUESTION_LANGUAGE:
            continue
        if started is None:
            started = asked_in
        elif asked_in != started and asked_in == now:
            return started, answer
    return None


def typed_by(answer: Any) -> dict[str, Any] | None:
    """Who typed an answer when someone else took over the keyboard part way (stop 28, trial X12): who they are to the
    person (bot.conversation.keyboard.RELATIONS, or "someone") and the name they gave, as typed; None: the one who
    started the conversation typed it."""
    if answer is None or not answer.typed_by:
        return None
    return {"relation": answer.typed_by, "name": answer.typed_by_name}


def _answer_entry(a: Any, completed_by: str | None, flag_by_message: dict[Any, int]) -> dict[str, Any]:
    """One stored answer as the record holds it."""
    return {
        "id": a.id,
        "question_key": a.question_key,
        "question": a.question_text,
        "text": a.text,
        "language": a.language,
        "language_confidence": a.language_confidence,
        "language_method": a.language_method,
        "whose_view": speaker_view(a.question_key, a.whose_view, completed_by),
        "about": a.about,
        "typed_by": typed_by(a),
        "time": _iso(a.created_at),
        # The flag its message raised (the message id they share), so the summary can put
        # a disclosure given as an answer with the flag, and nowhere else.
        "risk_flag_id": flag_by_message.get(a.message_id) if a.message_id else None,
    }


def language_answers(conv: Any) -> list[dict[str, Any]]:
    """The answers as the record holds them (the latest wording at the read-back), enough for person_language:
    the summaries list reads the person's language by the same rule as the summary, without building the record
    (no risk flags: an edit that is itself safeguarding material is not set aside here, as the record does)."""
    answers = [_answer_entry(a, conv.completed_by, {}) for a in conv.answers if not a.removed]
    link_changes(answers)
    return answers


#: Harm to their own life a piece of the disclosure's burst may add to its alert's kinds (stop 48, BB5).
_OWN_LIFE_ADDED = ("suicide", "self_harm")


def _alert_categories(flag: Any, added: list[Any]) -> list[str]:
    """The kinds an alert is shown with: its disclosure's, and suicide or self-harm told in a piece of the same burst
    added to it. Stop 48, BB5: "i cut myself last night" / "and sometimes i think about ending it" is one alert, and
    a worker scanning the kinds must see the suicidal thought on it (AZ3, stop 46 trial). Other kinds a later message
    added stay on that message's own line, as before."""
    own = [c for c in (flag.categories or "").split(",") if c]
    more = [c for a in added if a.joined_flag_id == flag.id for c in (a.categories or "").split(",")
            if c in _OWN_LIFE_ADDED and c not in own]
    return list(sort_categories([*own, *dict.fromkeys(more)])) if more else own


def _added_entry(flag: Any, checked: set[str]) -> dict[str, Any]:
    """A message added to an earlier alert of its thread, as the record holds it."""
    return {
        "id": flag.id,
        "categories": [c for c in (flag.categories or "").split(",") if c],
        "text": flag.text,
        "language": flag.language,
        "time": _iso(flag.created_at),
        "raised": flag.alert_status != "not_needed",
        "alert_status": flag.alert_status,
        # Kept as a reply to "are you safe right now?": shown among those replies, under the disclosure.
        "safe_check_reply": flag.message_id in checked,
    }


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


def _key(conv: Conversation) -> str:
    session = object_session(conv)
    if isinstance(session, Session):  # built inside the caller's unit of work: use it
        return repository.conversation_key(session, conv.sender_id)
    with session_scope() as s:
        return repository.conversation_key(s, conv.sender_id)


def build_record(conv: Conversation) -> dict[str, Any]:
    """The whole record of one conversation as plain data (the JSON export's shape).

    It never holds the channel's sender id (the chat's only credential): `conversation_key` is a
    keyed hash of it, the same in every export of one conversation.
    """
    outcomes = repository.active_outcomes(conv)
    answers = [a for a in conv.answers if not a.removed]
    # One thread, one alert (stop-22 trial V18): a message added to an earlier alert is shown with it, not as an
    # alert of its own; its answer belongs to that disclosure, except a reply to the safe check, shown under it.
    added = [f for f in conv.risk_flags if f.joined_flag_id is not None]
    # Urgent first, then "please check" (the model alone, unsure: stop 24), then the concerns.
    flags = sorted((f for f in conv.risk_flags if f.joined_flag_id is None),
                   key=lambda f: (f.level != "urgent", not f.please_check, f.created_at))
    flag_by_message = {f.message_id: f.id for f in flags}
    checked = {a.message_id for a in answers if a.question_key == SAFETY_CHECK_KEY and a.message_id}
    flag_by_message.update({f.message_id: f.joined_flag_id for f in added
                            if f.message_id not in checked and f.joined_flag_id is not None})
    record: dict[str, Any] = {
        "conversation_key": _key(conv),
        "reference": conv.reference,
        # The council's own case reference when the person came through an invitation link; a link
        # that could not be used (expired, used, revoked) is flagged so the team can match it by hand.
        "case_reference": conv.case_reference,
        "unmatched_invitation": bool(conv.unmatched_invitation),
        "channel": conv.channel,
        "team": conv.team,
        "status": conv.status,
        "review_status": conv.review_status,
        "language": conv.language,
        "preferred_language": conv.preferred_language,
        "completed_by": conv.completed_by,
        # How they were addressed: "ti" (a young person) or "chi"; the summary quotes our questions as asked.
        "register": conv.register,
        "name": conv.display_name,
        "cared_for_name": conv.cared_for_name,
        "relationship": conv.relationship_to_person,
        "consent": conv.consent,
        "consent_at": _iso(conv.consent_at),
        "urgent": bool(conv.urgent),
        "started_at": _iso(conv.started_at),
        "confirmed_at": _iso(conv.confirmed_at),
        # When the person deleted their answers (only the duty team's part was kept); None: never.
        "erased_at": _iso(conv.erased_at),
        "risk_flags": [
            {
                "id": f.id,
                "level": f.level,
                # "Please check: the assistant was unsure" (a concern the model alone would have made urgent; the
                # duty team was asked to read it and decide).
                "please_check": bool(f.please_check),
                "categories": _alert_categories(f, added),
                "text": f.text,
                "language": f.language,
                "time": _iso(f.created_at),
                "alert_status": f.alert_status,
                # The helplines the urgent reply gave (ids), kept when it was sent; None when not kept.
                "helplines_given": [i for i in f.helplines.split(",") if i] if f.helplines is not None else None,
                # Later messages of the same thread added to this alert (no new alert), verbatim with when; "raised":
                # it said the harm is happening now, and the duty team had an update notice.
                "added_messages": [_added_entry(a, checked) for a in sorted(added, key=lambda a: (a.created_at, a.id))
                                   if a.joined_flag_id == f.id],
            }
            for f in flags
        ],
        # What arrived that the assistant could not read (a voice note, a sticker, a photo...): its kind
        # and when only, never its content, so the practitioner can ask about it at the visit.
        "unreadable": [{"kind": u.kind, "time": _iso(u.created_at)} for u in conv.unreadable],
        "answers": [_answer_entry(a, conv.completed_by, flag_by_message) for a in answers],
        "outcomes": [
            {
                "id": o.id,
                "answer_id": o.answer_id,
                "text": o.text,
                "type": o.type,
                "confidence": round(o.confidence, 4),
                "to_confirm": bool(o.unsure),
                "type_set_by": o.type_set_by,
                "whose_view": o.whose_view,
                # The person's own wish in a carer's words ("he says he wants..."): passed on by the carer.
                # A support worker or other professional passing it on says so (stop-23 trial W15).
                # So does whoever took over the keyboard ("he says he wants…" typed by his brother: stop 28).
                "reported_by": (("professional" if o.answer is not None and o.answer.whose_view == "professional"
                                 else "carer") if (conv.completed_by == "carer" or typed_by(o.answer) is not None)
                                and o.whose_view == "person" else None),
                "typed_by": typed_by(o.answer),
                # Someone else named and their wish, in the person's own answer ("mam moyn bod na"): that one's view,
                # as the person told it (AX21, stop 44: shown as the young person's own view); so is their wish in
                # reported speech ("mum says she wants to stay home": stop 49).
                "told_of": (_told_of(o) if o.whose_view in ("person", "young_person")
                            and conv.completed_by != "carer" and typed_by(o.answer) is None else None),
                "about": o.about,
                # A very long answer kept whole as one outcome: shown briefly, with the answer in full.
                "read_in_full": _read_in_full(o),
            }
            for o in outcomes
        ],
    }
    link_changes(record["answers"], record)
    stated, stated_in, active_offer = person_language(record["answers"], conv.preferred_language, conv.completed_by)
    record["stated_language"] = stated
    record["stated_language_answer_id"] = stated_in["id"] if stated_in else None
    record["active_offer_applies"] = active_offer
    own = writers_own_language(record["answers"], conv.completed_by)  # a carer's own, apart (trial 38 AR3)
    record["writer_language"] = own[0] if own else None
    record["writer_language_words"] = own[1] if own else None
    record["writer_language_answer_id"] = own[2]["id"] if own else None
    switch = language_switch(record["answers"], conv.language)
    record["chat_started_in"] = switch[0] if switch else None
    record["chat_switched_at"] = switch[1]["time"] if switch else None
    young_carer = young_carer_answer(record["answers"], conv.completed_by)
    record["young_carer_answer_id"] = young_carer["id"] if young_carer else None
    # Marked here for systems that read the JSON; every format decides with safeguarding_kind itself.
    safeguarding_ids: set[int] = set()
    sensitive: dict[Any, str] = {}
    with_outcomes = {o.get("answer_id") for o in record["outcomes"]}
    # Abuse read anywhere in the conversation (its flags; the answer's own too): then "the wife will kill me if she
    # finds out" is fear, not the joke (review 47 S4).
    abused = {"abuse", "domestic_abuse"}
    abuse_known = any(abused.intersection(f.get("categories") or ()) for f in record.get("risk_flags") or ())
    for answer in record["answers"]:
        answer["safeguarding"] = safeguarding_kind(answer, record)
        # A long concern answer: the sentences the summary quotes at the top (its whole stays with its question).
        answer["safeguarding_excerpt"] = answer_excerpt(answer, record, answer["safeguarding"])
        # An urgent answer's other sentences, shown with its question too (the disclosure itself only at the top);
        # an answer with outcomes of its own shows those instead (its wishes apart from the harm, stop-25 trial U3).
        # So does a concern shown at the top only (its words apart from the concern: stop-28 trial Z12).
        answer["apart_from_harm"] = _words_apart_from_the_risk(answer, record, with_outcomes)
        if answer["safeguarding"] in SAFEGUARDING_KINDS:
            safeguarding_ids.add(answer["id"])
        # What must not be shared with whom (their words); an outcome inside those words is no outcome to confirm.
        # (risk material too: "dont tell mum" inside a disclosure or the reply to the safe check, stop-26 trial W10)
        text = str(answer.get("text") or "")
        words = (sentences_where(text, lambda sentence: asks_to_keep_from_someone(sentence, abuse_known)
                                 and not _contact_wish(sentence))  # (shown once: how to contact safely)
                 if answer["id"] in safeguarding_ids else sensitive_words(text, abuse_known))
        answer["sensitive_words"] = words
        # "dim byd rili", "No, that's everything. Thank you…": nothing to show as a strength, a worry or anything else
        # (stop-26 trial W13); kept as typed.
        answer["nothing_to_add"] = (answer["safeguarding"] is None and answer.get("question_key") != SAFETY_CHECK_KEY
                                    and says_nothing_to_add(str(answer.get("text") or ""), answer.get("question_key")))
        if words is not None:
            sensitive[answer["id"]] = words
    for answer in record["answers"]:
        answer["views_passed_on"] = their_view_passed_on(answer, record, safeguarding_ids)
    disclosures = {a["id"]: str(a.get("text") or "") for a in record["answers"] if a["safeguarding"] == DISCLOSURE}
    of_the_harm = outcomes_of_the_harm(record["outcomes"], disclosures)
    answer_texts = {a["id"]: str(a.get("text") or "") for a in record["answers"]}
    for outcome in record["outcomes"]:
        outcome["safeguarding"] = outcome["answer_id"] in safeguarding_ids and (
            outcome["answer_id"] not in disclosures or id(outcome) in of_the_harm)
        outcome["sensitive"] = outcome["answer_id"] in sensitive and kept_from_someone(
            answer_texts[outcome["answer_id"]], str(outcome["text"]), abuse_known)
    what_happened_next(record, register=conv.register, safe_check=conv.safe_check, steps=pause_steps(conv))
    record["harm_now_at"] = mark_harm_now(record)
    mark_misread(record)
    record["numbers_withheld"] = withhold_withdrawn_numbers(record)
    return record


#: What stands in a summary for a phone number they took back (withhold_withdrawn_numbers).
WITHHELD_NUMBER = "[…]"


def withhold_withdrawn_numbers(record: dict[str, Any]) -> int:
    """Takes out of every format of the summary the phone numbers of their own they gave up to the answer in which they
    asked not to be phoned, or for their number to be deleted (stop-34 trial AJ12: "My mobile is 07700 900123 if
    needed. Actually, please don't ring me at all, email only." kept the number on the page, in the PDF and the JSON).
    Their words about contact stay; a number they took back is no way to reach them. Someone else's number they gave
    stays, with whose it is (fix34b: "my sister Linda on 07700 900456" was hidden too). How many were taken out."""
    answers = record.get("answers") or []
    last = max((i for i, a in enumerate(answers) if takes_back_phone_contact(str(a.get("text") or ""))), default=None)
    if last is None:
        return 0
    numbers = {n for a in answers[:last + 1] for n in own_phone_numbers(str(a.get("text") or ""))}
    if not numbers:
        return 0
    pattern = re.compile("|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True)))

    def withheld(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(WITHHELD_NUMBER, value)
        if isinstance(value, list):
            return [withheld(v) for v in value]
        if isinstance(value, dict):
            return {k: withheld(v) for k, v in value.items()}
        return value

    for key, value in list(record.items()):
        record[key] = withheld(value)
    return len(numbers)


def their_view_passed_on(answer: dict[str, Any], record: dict[str, Any], at_top: set[int]) -> list[dict[str, Any]]:
    """In an answer of someone answering for the person (a carer, a professional), what the person says, as they
    pass it on, and their own view set against it ("Ma hi'n gweud bod hi'n iawn | ond sa i'n credu bod hi"), verbatim
    (bot.analysis.outcomes.views_passed_on): "their_words" are the person's view, "own_view" the answer's whose_view.
    Not risk material (shown at the top only), nor words to keep from someone, nor words already an outcome of the
    person's view with nothing set against them (shown as theirs already). Why: tenth trial AE5, "Friend not foe"
    Principle 6."""
    text = str(answer.get("text") or "")
    flag = next((f for f in record["risk_flags"] if f.get("id") == answer.get("risk_flag_id")), None)
    if (answer["id"] in at_top or answer.get("nothing_to_add") or answer.get("changed_to") is not None
            or (flag is not None and is_harm(flag.get("level"), flag.get("categories")))):
        return []
    # Someone named, and the speaker disagreeing with them outright ("Gareth thinks he should go into a home… I don't
    # agree with Gareth": trial 40 AV5), whoever is answering: "whose_name" is whose the first view is.
    named = [{"their_words": words, "own_view": own, "whose_name": who}
             for who, words, own in views_set_against_someone_named(text)]
    if answer.get("whose_view") not in ANSWERING_FOR_THEM:
        return named
    def kept_as_outcome(words: str, person: bool) -> bool:
        """Whether the words overlap an outcome of this answer (`person`: of the person's view only)."""
        at = text.find(words)
        return any(at < start + len(o["text"]) and start < at + len(words)
                   for o in record["outcomes"] if o.get("answer_id") == answer["id"]
                   and (not person or o.get("whose_view") == "person")
                   for start in (text.find(str(o.get("text") or "")),) if start >= 0)

    kept_from = str(answer.get("sensitive_words") or "")
    views: list[dict[str, Any]] = []
    for words, own in views_passed_on(text, record.get("cared_for_name")):
        # (both already outcomes: shown side by side as outcomes, bot.summary.view._side_by_side)
        if (kept_from and (words in kept_from or kept_from in words)) or (
                kept_as_outcome(words, person=True) and (own is None or kept_as_outcome(own, person=False))):
            continue
        views.append({"their_words": words, "own_view": own if own and not (kept_from and own in kept_from) else None})
    return views + [view for view in named if not any(view["their_words"] in v["their_words"] for v in views)]


def mark_misread(record: dict[str, Any]) -> None:
    """Sets each flag's "misread": the person's next message after it (or one of the next few: _corrected_later),
    when it says we read them wrong ("that's not what I meant", "na, o'n i'n sôn am y ci", "I was joking about the
    cuppa"; bot.analysis.safe_reply.says_it_was_misread, as the safe check hears it), with its words, when and the
    answer's id; else None. And
    "played_down", the same when it plays it down instead ("I didn't mean anything by it, I'm just tired some days",
    "paid â phoeni": safe_reply.plays_it_down), which is no correction (stop-26 trial W3). The flag stays as it was:
    a practitioner decides (the summary and the FHIR Flag mark it, with their words)."""
    answers = sorted(record.get("answers") or [], key=lambda a: a.get("id") or 0)
    said_in = {a.get("risk_flag_id"): a["id"] for a in answers if a.get("risk_flag_id") is not None}
    for flag in record.get("risk_flags") or []:
        later = [a for a in answers if a.get("risk_flag_id") != flag.get("id") and _at_or_after(a, flag, said_in)]
        following = later[0] if later else None
        text = str(following.get("text") or "") if following else ""
        said = _said(following) if following and not harm_now(text) else None
        flagged, categories = str(flag.get("text") or ""), tuple(flag.get("categories") or ())
        misread = said is not None and corrects_our_reading(text, flagged, categories)
        # "i didnt mean it like that … i would never do anything" after words of suicide with no other sense: played
        # down, never misread (seventh trial AA4); shown as what they said later, in their words
        played_down = said is not None and not misread and (
            plays_down_the_harm(text, flagged, categories)
            # "i just mean like a break from everything" straight after a "please check", kept aside as about it by the
            # conversation (stop 43, AW2's leftover: bot.conversation.pause.says_what_the_flag_meant)
            or (bool(flag.get("please_check")) and following is not None
                and following.get("question_key") == ASIDE_KEY and says_what_they_meant(text)))
        flag["played_down"] = said if played_down else None
        correction = following if misread else None if played_down else _corrected_later(later, flagged, categories)
        flag["misread"] = _said(correction) if correction is not None else None
        if (flag["misread"] is None and flag["played_down"] is None
                and (flag.get("level") == "urgent" or flag.get("please_check"))):  # (stop 40: "forget the money bit")
            taken_back = _taken_back_later(later, flagged)
            flag["played_down"] = _said(taken_back) if taken_back is not None else None
        if flag["misread"] is None and flag["played_down"] is None \
                and (flag.get("please_check") or flag.get("level") == "concern"):
            plainly = _taken_back_plainly_later(later)
            flag["played_down"] = _said(plainly) if plainly is not None else None


def _taken_back_later(later: list[dict[str, Any]], flagged: str = "") -> dict[str, Any] | None:
    """The first of the person's later messages, before any that raised a flag of its own, that takes an urgent or
    "please check" disclosure back ("like i said hes fine, i overreacted before. dont make it a thing", "forget the
    money bit": safe_reply.takes_it_back).
    Why (the eleventh trial's AG8): said five answers after "my boyfriend checks my phone and goes mad if i see my
    mates", at "is anything worrying you?", it sat under Concerns, not beside the disclosure at the top."""
    named = next((a for a in later if takes_back_the_flagged_words(str(a.get("text") or ""), flagged)
                  and not harm_now(str(a.get("text") or ""))), None)
    for answer in later:
        text = str(answer.get("text") or "")
        if answer is named:
            return answer
        if answer.get("risk_flag_id") is not None or harm_now(text):
            # A later flag ends the search, unless the flagged words are named as what was meant ("not like that lol
            # btw, the disappear thing", trial 41 AW2: two answers and a falls worry after it): that is about this flag
            return named
        if takes_it_back(text):
            return answer
    return None


def _taken_back_plainly_later(later: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The take-back the conversation kept beside a concern or "please check" ("not like that, just fed up with
    school", kept whole as an aside: the rest of its message answered the question), said within
    TAKE_BACK_WITHIN_ANSWERS answers of the flag's own (safe_reply.within_answers, as the conversation counts); else
    None. Never one whose rest raises a flag of its own (pause.raises_a_flag_of_its_own, as the conversation asks).
    Why (AX2, stop 44): "not like that, just fed up with school", two answers after "i dont see the point anymore",
    was not shown beside the flag."""
    reach = within_answers([True, *(a.get("question_key") != ASIDE_KEY for a in later)]) - 1  # (the flag's own first)
    for answer in later[:reach]:
        text = str(answer.get("text") or "")
        if harm_now(text):
            return None
        end = takes_it_back_plainly(text) if answer.get("question_key") == ASIDE_KEY else None
        if end is not None:
            from bot.conversation.pause import raises_a_flag_of_its_own  # (AY20: only when something is taken back)
        if end is not None and not raises_a_flag_of_its_own(text[end:]):
            return answer  # (the model may read "o'n i ddim yn meddwl…" as low mood: a concern beside it, as stop 43)
        if answer.get("risk_flag_id") is not None:
            return None  # a flag of its own: what follows is about that
    return None


#: How many of the person's messages after a flag may still correct it when it was not corrected at once.
CORRECTION_WITHIN = 4


def _said(answer: dict[str, Any]) -> dict[str, Any]:
    """A flag's mark from one of the person's messages: its words, when, the language and which answer."""
    return {"answer_id": answer["id"], "text": str(answer.get("text") or ""), "time": answer.get("time"),
            "language": answer.get("language")}


def _corrected_later(later: list[dict[str, Any]], flagged: str, categories: tuple[str, ...]) -> dict[str, Any] | None:
    """The first of the person's next few messages (CORRECTION_WITHIN) that says we misread the flagged words, where
    they had another sense (safe_reply.corrects_our_reading), as a figure of speech or no danger at all (so about
    that flag: safe_reply.says_it_was_only_words), before any message that raised a flag of its own; else None.
    Why (tenth trial AE1): "wait wat?? im not in danger lol its just a saying. hes my maths teacher" came two
    replies to the safe check after "mr davies is gonna kill me if i fail again", and `misread` stayed null."""
    for answer in later[:CORRECTION_WITHIN]:
        text = str(answer.get("text") or "")
        if answer.get("risk_flag_id") is not None or harm_now(text):
            return None  # a new flag or harm now: what follows is about that
        if says_it_was_only_words(text) and corrects_our_reading(text, flagged, categories):
            return answer
    return None


def mark_harm_now(record: dict[str, Any]) -> str | None:
    """When harm happening now was first disclosed (an overdose taken, someone hurting them now), or None; sets each
    urgent flag's "harm_now_at" too. The conversation said "call 999 now" at that very message: to a disclosure read
    so (bot.conversation.safety.urgent_reply, pause.open_check) and to a message added to its alert that raised the
    severity ("raised"). The summary's first line says it, before anything else (bot.summary.view)."""
    first: str | None = None
    for flag in record.get("risk_flags") or []:
        if flag.get("level") != "urgent":
            continue
        said = [flag] if harm_now(str(flag.get("text") or "")) else []
        said += [m for m in flag.get("added_messages") or [] if m.get("raised")]
        times = sorted(str(m.get("time")) for m in said if m.get("time"))
        flag["harm_now_at"] = times[0] if times else None
        if times and (first is None or times[0] < first):
            first = times[0]
    return first


def pause_steps(conv: Conversation) -> dict[Any, list[dict[str, Any]]]:
    """The steps of the pause after each urgent flag, in order, by flag id: carry on / break / stop / back, when,
    and how ("their_words" when the message that took it was typed and kept as an answer, else "button")."""
    typed = {a.message_id for a in conv.answers if a.message_id}
    by_flag: dict[Any, list[dict[str, Any]]] = {}
    for step in conv.pause_steps:
        by_flag.setdefault(step.risk_flag_id, []).append({
            "step": step.step, "at": _iso(step.created_at),
            "from": CHOICE_IN_THEIR_WORDS if step.message_id in typed else CHOICE_BY_BUTTON,
            # The last answer kept before it, so the summary puts it among the replies in the order things happened
            # (times are shown to the second; several can happen in one).
            "after_answer": max((a.id for a in conv.answers if a.created_at <= step.created_at), default=None)})
    return by_flag


def load_record(sender_id: str) -> dict[str, Any] | None:
    """The record for a Rasa sender id (or a public reference), or None."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id) or repository.get_conversation_by_reference(s, sender_id)
        if conv is None:
            return None
        return build_record(conv)
