"""The decision: the rules' level, raised (never lowered) by the learned second opinion.

Why one function, :func:`combine`, decides: the thresholds were chosen with limits on false alarms
(issue 11: on the dev conversations' and everyday answers' held-out half; docs/benchmarks.md), and
the benchmark's cross-validation calls the very same function, so what was chosen is what runs.

An idiom guard ("I could kill for a cuppa") no longer silences the model for the whole message: the
model reads the message and what the guards left, and the lower opinion counts (:func:`_second_opinion`).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from bot.analysis.types import RiskAssessment

from . import meaning
from .cache import fitted_model
from .immediacy import happening_now, only_a_habit
from .means import with_the_means
from .model import Model, category_share, level_scores, level_scores_many, likely_category
from .normalise import SPACES, pattern_text
from .rules import (
    CATEGORY_ORDER,
    YIELDS,
    Rule,
    RuleSet,
    assessment,
    fired,
    guard,
    negated,
    rule_set,
    rules_only,
    sort_categories,
)

_LOG = logging.getLogger(__name__)

#: Longer input is read in overlapping windows of this size, so every part of a huge paste is
#: still checked (a disclosure at the end must not be cut off) while each regex pass stays short.
MAX_CHARS = 20_000
_OVERLAP = 300

#: Decision thresholds (issue 11, 2026-12-03). Round 9 chose 0.35 / 0.45 / 0.6 / 0.7 while the model
#: scored its word n-grams with the wrong weights (see model.train_model); with them right, those
#: made one ordinary conversation answer in ten urgent. These were chosen on the issue-11 dev
#: material's held-out half and the held-out sets (docs/benchmarks.md, "False alarms and recall").
URGENT_THRESHOLD = 0.6  # p(urgent) at or above -> urgent (on what the idiom/accident guards left)
CONCERN_THRESHOLD = 0.6  # p(urgent) at or above, or p(urgent)+p(concern) >= FLAG_THRESHOLD -> concern
FLAG_THRESHOLD = 0.8
RAISE_CONCERN = 0.8
CHUNK_CHARS = 400  # longer messages are scored piece by piece (see chunks)
#: Stop 24 (issue 11): at or above this p(urgent) the learned model alone is sure enough for the urgent reply and an
#: urgent alert. Below it, where no urgent rule fired, the reading is "please check" (:func:`please_check`): a concern
#: the person on duty is asked to read and decide on. The model's higher bar (RAISE_CONCERN), on purpose: over the dev
#: material and the held-out sets the model alone at 0.80-0.85 was a disclosure 24 times for 3 calm lines, below 0.80
#: 50 times for 20 (docs/benchmarks.md, "Please check: the model alone (stop 24)"). So a "please check" is a short
#: message no rule read, at p(urgent) from URGENT_THRESHOLD to below this bar.
SURE_THRESHOLD = RAISE_CONCERN
#: The harms: a concern in one of these is safeguarding material, never an outcome (bot.safeguarding.harm). "missing"
#: (stop 21, trial U1: a child in care who ran off for a night) is one: a missing episode needs a return conversation.
#: "medical_emergency" (stop 25): someone found on the floor who will not wake, unconscious or not breathing; read by
#: rule only, always urgent, with "call 999 now" first (immediacy): no one is blamed, so neither neglect nor suicide.
URGENT_CATEGORIES = ("suicide", "self_harm", "abuse", "exploitation", "neglect", "homelessness", "missing",
                     "medical_emergency")
#: A harm the learned model may name only when the message has a word of it. Why (AZ1, stop-46 trial 45): "hes home
#: tonight. im in my room", said after her stepdad's assault (the abuser in the house), was labelled homelessness by the
#: model alone, and Shelter Cymru was offered; "home tonight" is having a home. Homelessness is nowhere to sleep or
#: stay, kicked or thrown out, sofa surfing, the street, eviction, the locks changed, in either language (normalised
#: text: no accents). Without one of them the model's next most likely harm is taken.
_NAMED_WITH_ITS_WORDS: dict[str, re.Pattern[str]] = {
    "homelessness": re.compile(
        r"\b(?:homeless\w*|nowhere|no where|no ?place|no home|no bed|no roof|roof over|streets?|rough|sofa|sofas|couch"
        r"|settee|floors?|kicked|thrown|chucked|turfed|threw|throw|kick|chuck|evict\w*|hostel|shelter|accommodation"
        r"|locks|tent|doorway|bench|car|van|lost (?:my|our|the) (?:home|house|flat)|place to (?:stay|sleep|live|go)"
        r"|somewhere to (?:stay|sleep|live|go)|digartre\w*|ddigartre\w*|unman|nunman|unlle|nunlle|stryd\w*|soffa\w*"
        r"|llawr|lle i|le i|taflu|daflu|nhaflu|thaflu|cicio|gicio|nghicio|hel|troi allan|nhroi|cloeon|cloion|to uwch"
        r"|llety|lloches|pabell|allan o y ty|mas o y ty|fflat"
        # Stop 46 (lead): told to leave, not let back, a landlord, notice, staying elsewhere. Without these, "ma dad
        # wedi deud wrtha i am adael a peidio dod nol" and "the landlord wants us out by friday" were labelled suicide
        # (the model's next most likely harm); the gate is there only for a person "home tonight".
        r"|leave|left|leaving|adael|gadael|come back|coming back|go back|come home|go home|get back in|let back"
        r"|dod nol|dod yn ol|dod adra|dod adre|dod adref|dod gartre|dod gartref|mynd adra|mynd adre|mynd adref"
        r"|mynd gartre|landlord\w*|landlady|out by|allan erbyn|mas erbyn|notice|rhybudd|bailiff\w*|beili\w*"
        r"|rent|rhent|arrears|sleeping at|sleeping in|staying at|stay at|cysgu yn|cysgu at|cysgu gyda|cysgu efo"
        r"|aros gyda|aros efo|aros yn|aros at|mates|friends|ffrindia|ffrindiau|ffrindie)\b"),
}


def _with_its_words(norm: str, allowed: Collection[str]) -> tuple[str, ...]:
    """The categories of `allowed` the model may name for this (normalised) text (:data:`_NAMED_WITH_ITS_WORDS`)."""
    return tuple(c for c in allowed if c not in _NAMED_WITH_ITS_WORDS or _NAMED_WITH_ITS_WORDS[c].search(norm))


#: What a model-only concern may be labelled: the worries, not the harms (nor domestic abuse).
CONCERN_CATEGORIES = tuple(c for c in CATEGORY_ORDER if c not in URGENT_CATEGORIES and c != "domestic_abuse")


@dataclass(frozen=True)
class Thresholds:
    """How the rules' level and the model's probabilities combine (see docs/risk-model.md).

    The model never lowers the rules' level (a veto was tried and dropped: it demoted real
    disclosures the rules had caught). `raise_concern`: p(urgent) at or above
    which the model makes a rules-level concern ("I've been so low, I've sorted who gets the
    dog") urgent; higher than `urgent`, because the rules already saw something milder there.
    """

    urgent: float = URGENT_THRESHOLD
    concern: float = CONCERN_THRESHOLD
    flag: float = FLAG_THRESHOLD
    raise_concern: float = RAISE_CONCERN
    sure: float = SURE_THRESHOLD


DEFAULT_THRESHOLDS = Thresholds()


#: Messages shorter than this (in words) are left to the rules: "dim syniad", "no idea" and
#: "dim byd" carry too little for the model to read, and it once made "dim syniad" urgent.
MIN_MODEL_WORDS = 3


#: What an idiom guard leaves must be at least this long for the model to read it: "i am | tonight"
#: (from "I'm ending things with my boyfriend tonight") is not a message, and read alone looks urgent.
MIN_LEFT_WORDS = 6


def too_short(norm: str, words: int = MIN_MODEL_WORDS) -> bool:
    """True when the normalised message has too few words for the model's opinion to count."""
    return sum(1 for w in norm.split() if w not in ("|", ",")) < words


def combine(rule_level: str, deferred: bool, p_urgent: float, p_concern: float,
            t: Thresholds | None = None, pieces: int = 1) -> str:
    """The final level from the rules' level and the model's opinion of the message.

    `deferred`: a rule match was cancelled by a negation ("he has never hit me"), or what the
    guards left of the message is :func:`too_short`; then the rules have the last word.
    `pieces`: how many pieces a long message was read in (:func:`chunks`). The strongest piece counts, so
    the more pieces, the more chances for one ordinary sentence to look urgent: a long answer read in
    pieces needs the model's higher bar (`raise_concern`) to be urgent on the model's word alone (stop-21
    trial U7: a carer's warm 1,549-character good-day answer was urgent abuse at 0.68 from "his brother
    takes him to the Scarlets... and sleeps all night"). No held-out disclosure was found that way.
    """
    t = t or DEFAULT_THRESHOLDS
    if deferred or rule_level == "urgent":
        return rule_level
    if p_urgent < t.concern and p_urgent + p_concern < t.flag:
        return rule_level
    if p_urgent >= (t.urgent if rule_level == "none" and pieces <= 1 else max(t.urgent, t.raise_concern)):
        return "urgent"
    return "concern"


def please_check(rule_level: str, level: str, p_urgent: float, t: Thresholds | None = None) -> bool:
    """Whether an urgent level from :func:`combine` is the learned model's alone and below the bar where it is sure:
    then the message is "please check" (a concern the duty team is asked to read), not urgent, unless it says the
    harm is happening now (:func:`_unless_now`).

    Why (issue 11, stop 24): what was left of the false alarms was mostly the model alone at p 0.6-0.8 (a wife's warm
    account of a good day, "I'm not typing it all again at this time of night"), but the same band holds real
    disclosures, about two for every false alarm; so such a reading still reaches a person, who decides, while the
    person writing is not frightened by the urgent reply. A rule's urgent level is never changed."""
    t = t or DEFAULT_THRESHOLDS
    return level == "urgent" and rule_level != "urgent" and p_urgent < t.sure


def model_proba(text: str) -> dict[str, float]:
    """The second opinion alone: {"concern": p, "none": p, "urgent": p} for one raw message."""
    return level_scores(pattern_text(text or ""), fitted_model())


def model_proba_many(texts: list[str]) -> list[dict[str, float]]:
    """`model_proba` for each of several raw pieces (the sentences of one answer), in one pass."""
    if not texts:
        return []
    return level_scores_many([pattern_text(t or "") for t in texts], fitted_model())


def harm_kind_share_many(texts: list[str], categories: Collection[str]) -> list[float]:
    """For each raw piece (the sentences of one answer), how much the learned model reads it as telling of one of
    `categories` (model.category_share), whatever its urgency: which sentence tells of the harm found."""
    m = fitted_model()
    return [category_share(pattern_text(t or ""), categories, m) for t in texts]


def assess_risk(text: str | None) -> RiskAssessment:
    """Safeguarding read of one message: "urgent", "concern" or "none", with what was found.

    Never raises on odd input (empty, emoji, very long): a crash here would hide a disclosure.
    The same message is read by the NLU step, the action and the answer store; the last few
    hundred results are remembered (only complete ones), so that costs one reading, not three.
    """
    if not text or not isinstance(text, str):
        return RiskAssessment("none", ())
    if len(text) > MAX_CHARS:
        step = MAX_CHARS - _OVERLAP
        parts = [assess_risk(text[i:i + MAX_CHARS]) for i in range(0, len(text), step)]
        return _merge(parts)
    try:
        return _assess_once(text)
    except Exception:
        _LOG.exception("risk model failed: this message was checked by the rules only")
        return rules_only(text)


@lru_cache(maxsize=512)
def _assess_once(text: str) -> RiskAssessment:
    """The rules, then the learned second opinion; raises if the model fails (never cached)."""
    rules = rule_set()
    norm = pattern_text(text)
    if not norm.strip(" |,"):
        return RiskAssessment("none", ())
    matched: list[int] = []
    guarded, guard_hit = guard(" " + norm + " ", rules.guard_finder, matched)
    negated_rules: list[Rule] = []
    rows = fired(guarded, rules, negated_rules)
    purpose = not rules.purpose_guards.isdisjoint(matched)

    def read(these: list[Rule]) -> RiskAssessment:
        found = with_the_means(text, as_a_habit(text, assessment(these, guarded, rules)))
        return _unless_now(text, *_second_opinion(found, norm, guarded, guard_hit, rules, bool(negated_rules),
                                                  purpose))[0]

    if any(r.level == YIELDS for r in rows):
        without = read([r for r in rows if r.level != YIELDS])
        if without.level == "urgent" or without.please_check:
            kept = {c for r in rows if r.level == YIELDS for c in r.categories}
            return replace(without, categories=sort_categories(set(without.categories) | kept))
    return read(rows)


def as_a_habit(text: str, found: RiskAssessment) -> RiskAssessment:
    """A medical emergency read by rule, told as a habit ("weithie sai'n gallu dihuno hi", "sometimes i cant wake her
    up", of a mum who drinks): a health worry the person on duty is asked to read ("please check"), not "call 999
    now" (the eleventh trial's AG3). Someone who will not wake now stays an emergency; another harm beside it stays."""
    if found.level != "urgent" or {c for c in found.categories if c in URGENT_CATEGORIES} != {EMERGENCY}:
        return found
    if not only_a_habit(text):
        return found
    return RiskAssessment("concern", sort_categories({*found.categories, "health"} - {EMERGENCY}), please_check=True)


def _unless_now(text: str, result: RiskAssessment, info: dict[str, object]) -> tuple[RiskAssessment, dict[str, object]]:
    """A "please check" reading that says the harm is happening now ("wi 'di llyncu pacyn cyfan o paracetamol hanner
    awr yn ol", "ma fe 'ma nawr a ma fe'n cico'r drws") stays urgent, so "call 999 now" is said first: there the
    duty team's reading may come too late, however unsure the model is (stop 24)."""
    if result.please_check and happening_now(text):
        info["please_check"] = False
        info["happening_now"] = True
        return RiskAssessment("urgent", result.categories), info
    return result, info


def chunks(norm: str, size: int = CHUNK_CHARS, long: bool = False) -> list[str]:
    """The pieces the model reads: the whole message when short, otherwise sentence by sentence
    (a huge "sentence" cut at spaces), so one disclosing line is not diluted by pages of text.

    `long`: what the guards left of a long message is read sentence by sentence even when the guards made it short:
    otherwise blanking an idiom made the rest one piece, read against the lower bar for one piece (stop 32: a girl of
    15 on her sister who "touches all my stuff" was a "please check" at 0.76 once the idioms were blanked, though no
    sentence reached 0.55)."""
    if len(norm) <= size and not long:
        return [norm]
    out: list[str] = []
    for sent in norm.split(" | "):
        while len(sent) > size:
            cut = sent.rfind(" ", 0, size)
            cut = cut if cut > 0 else size
            out.append(sent[:cut])
            sent = sent[cut:].strip()
        if sent.strip(" ,"):
            out.append(sent)
    return out


def _strongest(pieces: list[str], m: Model) -> tuple[float, float, str]:
    """(p_urgent, p_concern, piece) of the piece the model finds most urgent."""
    best: tuple[float, float, str] = (-1.0, 0.0, pieces[0] if pieces else "")
    # One piece (most messages) alone; a long message's pieces are scored together, in one pass.
    scores = [level_scores(pieces[0], m)] if len(pieces) == 1 else level_scores_many(pieces, m)
    for piece, probs in zip(pieces, scores):
        if probs["urgent"] > best[0] or (probs["urgent"] == best[0] and probs["concern"] > best[1]):
            best = (probs["urgent"], probs["concern"], piece)
    return best


def urgency_in_no_sentence(text: str) -> bool:
    """Whether the learned model's urgency is in the whole of an answer of several sentences and in no one sentence, nor
    in two sentences side by side (so a disclosure split over two still counts).

    Why: the model reads a whole answer and adds up weak cues (common words and their character n-grams lean a little
    towards urgent, because long training lines are mostly disclosures), so a calm list of who helps reads urgent at
    0.63 while no sentence in it reaches 0.55 (stop-23 trial W1; stop-22 V29). As a bar everywhere this lost
    disclosures (risk reader's twelfth pass: 3 on the dev material, one in a held-out conversation, and no false alarm
    saved on any held-out half), so it is used only where the question makes it safe
    (bot.conversation.safety.only_the_model_at_set_up). A message read in pieces already (longer than CHUNK_CHARS)
    has its urgency in a piece: False."""
    norm = pattern_text(text or "")
    if len(norm) > CHUNK_CHARS:
        return False
    sentences, pieces = _sentences_and_pairs(norm)
    if len(sentences) < 2:
        return False
    return _strongest(pieces, fitted_model())[0] < URGENT_THRESHOLD


def _sentences_and_pairs(read: str) -> tuple[list[str], list[str]]:
    """An answer's sentences, and those with every two side by side after them: where the model looks for urgency
    in a sentence or a pair rather than in the whole (a disclosure told across two sentences still counts)."""
    sentences = [s for s in read.split(" | ") if s.strip(" ,|")]
    return sentences, [*sentences, *(a + " | " + b for a, b in pairwise(sentences))]


def _strongest_sentence(read: str, m: Model) -> tuple[float, float, str] | None:
    """(p_urgent, p_concern, sentence) of the riskiest sentence of an answer of several sentences whose "please check"
    urgency is in the whole only: in no sentence, nor in two sentences side by side (a disclosure told across two still
    counts). None when the urgency is in a sentence or a pair, or the answer is one sentence.

    Why (the fourteenth trial's AM3): a carer's everyday answer, "mae o isio mynd adra i'r ffarm bob penwythnos… mae'n
    cymryd oes i'w gael o i mewn ac allan o'r car…", was an abuse "please check" at 0.61 with no sentence above 0.40:
    the model adds up weak cues over the whole. Only below the model's sure bar (a "please check"): there the whole
    answer's reading is the weakest evidence, and a sure reading of the whole stays as it is."""
    sentences, pieces = _sentences_and_pairs(read)
    if len(sentences) < 2:
        return None
    scores = level_scores_many(pieces, m)
    if max(s["urgent"] for s in scores) >= URGENT_THRESHOLD:
        return None
    best = max(range(len(sentences)), key=lambda i: (scores[i]["urgent"], scores[i]["concern"]))
    return scores[best]["urgent"], scores[best]["concern"], sentences[best]


#: Stop 37 (issue 11): below this p(urgent) the learned model reads a long answer, taken whole, as leaning calm.
WHOLE_LEANS_CALM = 0.5


def _alone_out_of_context(read: str, m: Model) -> bool:
    """Whether the learned model's urgent reading of a long answer (read piece by piece, :func:`chunks`) sits in one
    piece that nothing around it carries: that piece read with the piece before it, or after it, is below the urgent
    bar, and the whole answer read at once leans calm (below :data:`WHOLE_LEANS_CALM`). Then the reading is "please
    check", not urgent: the duty team still reads it.

    Why (issue 11, stop 37): new writers' long everyday answers were urgent by the model alone at p 0.8 and more from
    one sentence: "Mae o'n gweiddi 'dwi wedi dy ladd di!' ar ei ffrindia" in an answer about a games club. A
    disclosure in a long answer is carried by its neighbours (what happened, then when or who) or by the whole: of the
    model-alone urgent readings of long answers over the dev material, the writers' files and the everyday answers, no
    disclosure had both its pairs below the urgent bar and its whole below 0.5 (falsebar37's report, stop 37). Short
    answers are left as they are: there every false urgent of the model alone was carried by a sentence or a pair."""
    parts = chunks(read, long=True)
    if len(parts) < 2:
        return False
    scores = level_scores_many(parts, m)
    i = max(range(len(parts)), key=lambda k: scores[k]["urgent"])
    beside = [parts[j] + " | " + parts[j + 1] for j in (i - 1, i) if 0 <= j < len(parts) - 1]
    if max(s["urgent"] for s in level_scores_many(beside, m)) >= URGENT_THRESHOLD:
        return False
    return level_scores(read, m)["urgent"] < WHOLE_LEANS_CALM


def _second_opinion(found: RiskAssessment, norm: str, guarded: str, guard_hit: bool, rules: RuleSet,
                    negated_rule: bool = False, purpose: bool = False) -> tuple[RiskAssessment, dict[str, object]]:
    """Combine the rules' assessment with the learned model's (see :func:`combine`), then read the
    whole message once more for what changes its meaning: a confused person lashing out at whoever
    cares for them is a memory concern, a scam the bank has sorted an exploitation concern (:mod:`.meaning`)."""
    result, info = _both_readings(found, norm, guarded, guard_hit, rules, negated_rule, purpose)
    softened = meaning.soften(result, norm, guarded, rules, URGENT_CATEGORIES, _urgent_left)
    if softened is not result:
        info["meaning"] = True
        return softened, info
    if info.get("please_check"):
        categories = result.categories if found.level != "none" else meaning.bullying_not_exploitation(
            result.categories, norm)  # (the model alone: AY5, other children's bullying is no exploitation)
        return RiskAssessment("concern", categories, please_check=True), info
    return result, info


def _urgent_left(left: str) -> bool:
    """Whether the learned model reads what is left of a message (a phrase taken out) as urgent; too little left
    (:data:`MIN_LEFT_WORDS`) is not."""
    return not too_short(left, MIN_LEFT_WORDS) and _strongest(chunks(left), fitted_model())[0] >= URGENT_THRESHOLD


#: Someone who will not wake (stop 25) is read by rule, so the model was not asked what else the message tells of.
EMERGENCY = "medical_emergency"


def _beside_the_emergency(found: RiskAssessment, guarded: str, rules: RuleSet) -> RiskAssessment:
    """An urgent reading whose only harm is a medical emergency, with the harm the learned model reads in the rest of
    the message beside it: "sa'r babi di cal potel ers neithiwr, ma'i fam e'n cysgu ar y soffa ers ddoe a sa i'n gallu
    deffro hi" is the baby's neglect as well; "mam's on the floor and won't wake up" alone is no one's harm."""
    if {c for c in found.categories if c in URGENT_CATEGORIES} != {EMERGENCY}:
        return found
    left = guarded
    for rule in rules.rules:
        if EMERGENCY in rule.categories:
            left = rule.regex.sub(" | ", left)
    left = SPACES.sub(" ", left).strip(" |,")
    if not _urgent_left(left):
        return found
    m = fitted_model()
    piece = _strongest(chunks(left), m)[2]
    harm = likely_category(piece, _with_its_words(piece, [c for c in URGENT_CATEGORIES if c != EMERGENCY]), m)
    return RiskAssessment("urgent", sort_categories({*found.categories, harm})) if harm else found


def _explained_by_its_purpose(norm: str, rules: RuleSet, m: Model) -> bool:
    """Whether a "please check" of the learned model alone comes from the sentences an everyday-purpose guard explains
    (a guard of kind "purpose": "nath y ci fy mrathu i pan nes i sefyll ar ei gynffon", "he checks my phone for the
    rugby scores"): no other sentence of the message, alone or beside the next one, is urgent to the model.

    Why (closing37, stop 38): the guard blanks the bite and leaves "nath y | i pan nes i sefyll ar ei gynffon", which
    the model read at 0.61 (a please check) though nothing in it is harm: the guard told what the force was for. A
    sure reading (SURE_THRESHOLD) is not asked, and a disclosure in another sentence keeps the reading."""
    others = []
    for sentence in (s for s in norm.split(" | ") if s.strip(" ,|")):
        matched: list[int] = []
        left, _ = guard(" " + sentence + " ", rules.guard_finder, matched)
        others.append("" if not rules.purpose_guards.isdisjoint(matched) else SPACES.sub(" ", left).strip(" |,"))
    pieces = [*others, *(a + " | " + b for a, b in pairwise(others) if a and b)]
    pieces = [p for p in pieces if p and not too_short(p, MIN_LEFT_WORDS)]
    return not pieces or max(s["urgent"] for s in level_scores_many(pieces, m)) < URGENT_THRESHOLD


def _both_readings(found: RiskAssessment, norm: str, guarded: str, guard_hit: bool, rules: RuleSet,
                   negated_rule: bool = False, purpose: bool = False) -> tuple[RiskAssessment, dict[str, object]]:
    """The rules' assessment raised by the learned model's (see :func:`combine`).

    A message the rules call urgent stays urgent, so the model is not asked (but for what else a medical emergency's
    message tells of: :func:`_beside_the_emergency`). `purpose`: a guard of kind "purpose" matched
    (:func:`_explained_by_its_purpose`).
    """
    if found.level == "urgent":
        return _beside_the_emergency(found, guarded, rules), {"used": False}
    m = fitted_model()
    # When a guard matched ("I could kill for a cuppa", "dyna bopeth"), the model reads what the
    # guards left (when enough is left: MIN_LEFT_WORDS), and for a short message the whole of it too,
    # the lower opinion counting: an everyday phrase neither raises a message nor silences a
    # disclosure elsewhere in it (issue 11; until then any guard match left the rules the last word,
    # and "dyna bopeth" hid a goodbye letter next to it). A long message (read sentence by sentence)
    # is read once, as the guards left it: its budget is tight (benchmarks/long_text_benchmark.py).
    read = SPACES.sub(" ", guarded).strip(" |,") if guard_hit else norm
    pieces = len(chunks(read, long=True) if guard_hit and len(norm) > CHUNK_CHARS else chunks(norm))
    if guard_hit and len(norm) > CHUNK_CHARS:
        pu, pc, piece = _strongest(chunks(read, long=True), m) if read else (0.0, 0.0, read)
    else:
        pu, pc, piece = _strongest(chunks(norm), m)
        if guard_hit and pu >= min(DEFAULT_THRESHOLDS.urgent, DEFAULT_THRESHOLDS.raise_concern):
            # Only an urgent reading can come of it (past an idiom, concern is not raised).
            left = _strongest(chunks(read), m) if read else (0.0, 0.0, read)
            if left[0] < pu:
                pu, pc, piece = left
    info: dict[str, object] = {"used": True, "p_urgent": round(pu, 3), "p_concern": round(pc, 3),
                               "guard_matched": guard_hit}
    if negated_rule:
        info["negated_rule"] = True
    level = combine(found.level, negated_rule or too_short(read, MIN_LEFT_WORDS if guard_hit else MIN_MODEL_WORDS),
                    pu, pc, pieces=pieces)
    if guard_hit and level == "concern":
        level = found.level  # past an idiom the model is asked about disclosures only, not worries
    if please_check(found.level, level, pu) and pieces == 1:
        strongest = _strongest_sentence(read, m)
        if strongest is not None:
            pu, pc, piece = strongest
            level = combine(found.level, False, pu, pc)
    if purpose and please_check(found.level, level, pu) and _explained_by_its_purpose(norm, rules, m):
        info["explained_by_purpose"] = True
        return found, info
    out_of_context = (level == "urgent" and found.level != "urgent" and pieces > 1
                      and _alone_out_of_context(read if guard_hit and len(norm) > CHUNK_CHARS else norm, m))
    if out_of_context:
        info["out_of_context"] = True
    cats = set(found.categories)
    if level == "urgent" and not cats & set(URGENT_CATEGORIES):
        cat = likely_category(piece, _with_its_words(piece, URGENT_CATEGORIES), m)
        if cat:
            cats.add(cat)
    elif level == "concern" and found.level == "none":
        # A worry the rules did not name takes a worry's category, never a harm one: a concern
        # labelled suicide or abuse is read as harm (bot.safeguarding.harm) and opens the disclosure
        # path, and "bach o boen yn y pen-glin… biliau trydan…" was once a "suicide" concern (issue 11).
        cat = likely_category(piece, CONCERN_CATEGORIES, m)
        if cat:
            cats.add(cat)
    if level == found.level:
        return found, info
    info["raised_to"] = level
    if please_check(found.level, level, pu) or out_of_context:
        info["please_check"] = True  # made a concern after the meaning families have read it (_second_opinion)
    if "abuse" in cats and rules.partner.search(guarded):
        cats.add("domestic_abuse")
    return RiskAssessment(level, sort_categories(cats)), info


def _merge(parts: list[RiskAssessment]) -> RiskAssessment:
    """One assessment from several windows of a long text: the worst level, all categories."""
    levels = [p.level for p in parts]
    level = "urgent" if "urgent" in levels else "concern" if "concern" in levels else "none"
    unsure = level == "concern" and any(p.please_check for p in parts)
    return RiskAssessment(level, sort_categories({c for p in parts for c in p.categories}), please_check=unsure)


def explain(text: str) -> dict[str, object]:
    """For audit and tuning: the normalised text, what the guards left, and each rule that fired."""
    rules = rule_set()
    norm = pattern_text(text or "")
    matched: list[int] = []
    guarded, guard_hit = guard(" " + norm + " ", rules.guard_finder, matched)
    where = rules.finder.sentences(guarded)
    fired_rules = [r for r in rules.rules if any(not negated(guarded, m.start(), rules.negations)
                                                  for m in rules.finder.finditer(r.number, guarded, where))]
    by_rules = with_the_means(text, as_a_habit(text, assessment(fired_rules, guarded, rules)))
    negated_rules: list[Rule] = []
    fired(guarded, rules, negated_rules)
    result, model_info = ((by_rules, {"used": False}) if not norm.strip(" |,")
                          else _unless_now(text, *_second_opinion(by_rules, norm, guarded, guard_hit, rules,
                                                                  bool(negated_rules),
                                                                  not rules.purpose_guards.isdisjoint(matched))))
    return {
        "normalised": norm,
        "guarded": guarded.strip(),
        "level": result.level,
        "please_check": result.please_check,
        "categories": list(result.categories),
        "rules_level": by_rules.level,
        "rules": [{"line": r.line, "level": r.level, "categories": list(r.categories), "pattern": r.source}
                  for r in fired_rules],
        "model": model_info,
    }
