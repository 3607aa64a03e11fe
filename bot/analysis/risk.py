"""Safeguarding risk detection for one message, in Welsh or English.

Why patterns and not a model: a duty social worker must be able to read *why* a message was
flagged, the phrase lists must be editable by practitioners, and nothing may be downloaded at
run time. Every rule lives in a plain data file under ``bot/data/analysis/``:

* ``risk_patterns.tsv``  level, categories, pattern, example (the example is checked by tests)
* ``risk_macros.tsv``    shared fragments (@NAME) such as the list of family members
* ``risk_guards.tsv``    idioms and accidents removed before matching ("my back is killing me")
* ``risk_negations.txt`` words that cancel a match just after them ("he has never hit me")

Design rules (safety first):

* Recall of urgent disclosures matters more than precision: when in doubt, flag.
* A retraction ("only joking", "jk", "dim ond tynnu coes") never clears a flag: nothing in the
  rules removes a match because of what follows it.
* Welsh mutations are handled by expanding ``{lemma}`` in a pattern into all its mutated forms
  (taro -> daro, nharo, tharo) instead of de-mutating the text, because de-mutation is ambiguous
  ("fy mam" is radical m, "fy mrawd" is nasal b) while mutation of a known lemma is not.

Learned second opinion (round 3)
--------------------------------
Why: on a set written after the rules were tuned (benchmarks/heldout/risk_fresh2.tsv) the rules
found only 0.25 (cy) / 0.40 (en) of urgent disclosures; indirect wording ("I'll be gone by then",
"he dragged me...") has no fixed phrase to match. A small model reads the whole message and may
RAISE the rules' level. It never lowers it (a `veto` knob in :class:`Thresholds` could, but it is
off: it demoted real disclosures).

* Data: ``risk_train.tsv`` (about 550 lines written for it, both languages: urgent disclosures of
  every category, concerns, look-alike idioms and accidents, ordinary and very short replies) and
  ``risk_train_cy.tsv`` (about 530 more, 425 of them colloquial Welsh: north and south forms,
  contractions, mutations, code-switching, text-speak, older people's understatement, young
  people's indirect wording, and look-alike idioms sharing the urgent lines' verbs), plus the
  ordinary answers (:func:`ordinary_answers`). No line is shared with a held-out set (tested).
* Features: TF-IDF character n-grams (char_wb, 2-5) of the normalised text plus TF-IDF word 1-2-grams
  of the normalised text with Welsh mutations undone (:func:`demutate`: "fy nharo" -> "taro"; the
  radicals are welsh_radicals.txt and risk_radicals.txt, kept apart from the rules' {lemma}s).
* Classifier: multinomial logistic regression, L2, balanced class weights, C = MODEL_C. It is the
  model sklearn's ``LogisticRegression(class_weight="balanced")`` fits (a test checks the
  probabilities agree), but it is fitted with a small L-BFGS (:func:`_lbfgs`) and scored from lookup
  tables, because importing sklearn alone takes ~0.6 s of the loading budget and sklearn's per-call
  overhead would halve throughput. Trained at load time (about 0.6 s); nothing pickled is shipped.
* Decision (:func:`combine`): rules urgent -> urgent. Otherwise, if no idiom/accident guard
  matched and no rule match was cancelled by a negation ("he has never hit me"): when p(urgent)
  >= CONCERN_THRESHOLD or p(urgent)+p(concern) >= FLAG_THRESHOLD the message is at least a
  concern ("the practitioner must know"), and urgent when p(urgent) >= URGENT_THRESHOLD (a
  rules-level concern needs p(urgent) >= RAISE_CONCERN).
  The category of a raised message comes from the nearest category centroid. Long messages are
  scored sentence by sentence (highest p(urgent) wins), so a disclosure is not diluted.
* Choice: see the comment above MODEL_C (round 9: chosen on the two older blind sets' aggregate
  figures; blind3 is the test set). Rounds 3-5 chose by cross-validation on the training data
  (``benchmarks/risk_benchmark.py --cv``), which stopped being a fair guide once the training
  files held minimal pairs.
* Training data (round 9): about 7,200 lines in 16 files, written for this project by separate
  writers in separate voices (young people on Telegram, older people, family carers, Welsh north
  and south), including minimal pairs (a disclosure and a look-alike sharing its words), the
  concern/urgent boundary, everyday answers that use disclosure-like words harmlessly, and
  ordinary chat in text-speak and dialect (without it the model read informal spelling itself
  as a sign of danger, because the disclosures were written that way).
* Honest limits: on unseen wording it still misses roughly one urgent message in five or six (see
  docs/benchmarks.md); it is a net under the rules, not a replacement for a practitioner reading
  the transcript.

Use :func:`assess_risk`; :func:`explain` returns the rules that fired and the model's opinion, for audit.
"""
from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import Pattern

from bot.analysis.types import RiskAssessment

_LOG = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "analysis"

#: The order in which categories are reported: most serious first.
CATEGORY_ORDER: tuple[str, ...] = (
    "suicide",
    "self_harm",
    "abuse",
    "domestic_abuse",
    "exploitation",
    "neglect",
    "homelessness",
    "low_mood",
    "carer_strain",
    "memory",
    "falls",
    "alcohol",
    "self_neglect",
    "isolation",
)

#: Longer input is read in overlapping windows of this size, so every part of a huge paste is
#: still checked (a disclosure at the end must not be cut off) while each regex pass stays short.
MAX_CHARS = 20_000
_OVERLAP = 300

_WORD = r"[^ |,]+"  # one normalised word; never crosses a sentence end


# --------------------------------------------------------------------------- normalisation

# Welsh initial mutations of a lemma's first letter(s): (radical, [soft, nasal, aspirate...]).
_MUTATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ll", ("l",)),
    ("rh", ("r",)),
    ("ch", ()),
    ("th", ()),
    ("ph", ()),
    ("dd", ()),
    ("p", ("b", "mh", "ph")),
    ("t", ("d", "nh", "th")),
    ("c", ("g", "ngh", "ch")),
    ("b", ("f", "m")),
    ("d", ("dd", "n")),
    ("g", ("", "ng")),
    ("m", ("f",)),
)
_VOWELS = "aeiouwy"


def mutated_forms(lemma: str) -> list[str]:
    """All spellings of a Welsh word after soft, nasal or aspirate mutation (radical first)."""
    lemma = lemma.strip()
    forms = [lemma]
    for radical, mutated in _MUTATIONS:
        if lemma.startswith(radical):
            rest = lemma[len(radical):]
            forms += [m + rest for m in mutated]
            break
    else:
        if lemma[:1] in _VOWELS:
            forms.append("h" + lemma)  # ei hanafu, eu hanfon
    seen: dict[str, None] = {}
    for f in forms:
        if f and f not in seen:
            seen[f] = None
    return list(seen)


_EN_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"\bcan'?t\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bain'?t\b", "am not"),
    (r"\b(do|does|did|is|was|were|have|has|had|could|would|should|must|are|need|dare)n'?t\b", r"\1 not"),
    (r"\bdnt\b", "do not"),
    (r"\bi'?m\b", "i am"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'll\b", "i will"),
    (r"\b(i|you|he|she|we|they)'d\b", r"\1 would"),
    (r"\b(you|we|they|he|she|it)'ll\b", r"\1 will"),
    (r"\b(you|we|they)'ve\b", r"\1 have"),
    (r"\b(you|we|they)'re\b", r"\1 are"),
    (r"\b(youre|theyre)\b", lambda m: m.group(1)[:-2] + " are"),
    (r"\b([a-z]+)'s been\b", r"\1 has been"),
    (r"\b(he|she|that|what|there|who|where|everything|nothing|nobody|someone)'s\b", r"\1 is"),
    (r"\b(hes|shes|thats|whats|theres)\b", lambda m: m.group(1)[:-1] + " is"),
    (r"\bod'?d\b|\bod'?ed\b", "overdosed"),
    (r"\b(an|took|take|taken|taking|gonna|going to|to|do|did|an|massive|another) od\b", r"\1 overdose"),
    (r"\b(want|wanna|going|gonna|got|have|need|ready|like|deserve|wish|try|trying|planning|plan|used|able|afraid|scared) 2\b", r"\1 to"),
    (r"\b(2nite|2night|tonite|2nyt)\b", "tonight"),
)

#: Welsh negatives written with 'm ("dw i'm isio byw", "o'm yn bwyta"), read before the English
#: contractions so "i'm" there is not taken for "I am".
_CY_NEGATIVES: tuple[tuple[str, str], ...] = (
    (r"\bdwi'm\b", "dw i ddim"),
    # Only words that cannot start an English "... i'm" ("so i'm suicidal" must stay English).
    (r"\b(dw|alla|fedra|gallwn|wna|sgen|sgin|dydw|fydda|bydda|baswn|faswn|ddylwn|sai) i'm\b", r"\1 i ddim"),
    # Not "fe'm", "o'm", "ni'm": in written Welsh those are object pronouns ("fe'm trawodd").
    (r"\b(hi|nhw|chi|ti|fo)'m\b", r"\1 ddim"),
)

_CY_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"(?<=[a-z0-9])'n\b", " yn"),
    (r"(?<=[a-z0-9])'r\b", " y"),
    (r"(?<=[a-z0-9])'i\b", " ei"),
    (r"(?<=[a-z0-9])'w\b", " ei"),
    (r"(?<=[a-z0-9])'m\b", " fy"),
    (r"(?:(?<=\s)|^)'di\b", "wedi"),
    (r"(?<=[a-z0-9])'di\b", " wedi"),
    (r"(?:(?<=\s)|^|(?<=[a-z0-9]))'ma\b", " yma"),
    (r"(?:(?<=\s)|^|(?<=[a-z0-9]))'na\b", " yna"),
    (r"(?:(?<=\s)|^)'y\b", "fy"),
    (r"(?:(?<=\s)|^)'da\b", "gyda"),
)

_TOKEN_MAP: dict[str, str] = {
    # English text-speak and common misspellings
    "wanna": "want to", "wana": "want to", "gonna": "going to", "gona": "going to",
    "gotta": "got to", "tryna": "trying to", "kms": "kill myself", "kmsl": "kill myself",
    "unalive": "kill", "unaliving": "killing", "unalived": "killed",
    "sewerslide": "suicide", "suicde": "suicide", "sucide": "suicide", "suiside": "suicide",
    "suicidel": "suicidal", "sucidal": "suicidal", "suicidle": "suicidal", "suisidal": "suicidal",
    "u": "you", "ur": "your", "ppl": "people", "nite": "night", "coz": "because",
    "cos": "because", "cuz": "because", "bc": "because", "bf": "boyfriend", "gf": "girlfriend",
    "stepfather": "stepdad", "stepdaddy": "stepdad", "stepmom": "stepmum", "stepmother": "stepmum",
    "mom": "mum", "mommy": "mum", "mummy": "mum", "noone": "nobody", "nowt": "nothing",
    "myslef": "myself", "meself": "myself", "mysef": "myself", "mysel": "myself", "myselfe": "myself",
    "alot": "a lot", "kil": "kill", "wnt": "want", "ive": "i have",
    "im": "i am", "nowere": "nowhere", "nowher": "nowhere", "anymore": "anymore",
    "hurst": "hurts", "hitts": "hits", "scard": "scared", "scaired": "scared",
    # Welsh informal and regional forms
    "isio": "eisiau", "isie": "eisiau", "ishe": "eisiau", "eisio": "eisiau", "eisie": "eisiau",
    "eishe": "eisiau", "moyn": "eisiau", "mofyn": "eisiau", "sio": "eisiau",
    "efo": "gyda", "gydag": "gyda", "adra": "adref", "adre": "adref", "gartre": "gartref",
    "gatre": "gartref", "nunlle": "unman", "nunlla": "unman", "unlle": "unman",
    "unlla": "unman", "nunman": "unman", "unlla'": "unman", "rwan": "nawr", "dwi": "dw i",
    "di": "wedi", "sai": "dw i ddim", "llysdad": "llystad", "lysdad": "lystad", "dwin": "dw i yn",
    "dwim": "dw i ddim", "ddim'n": "ddim yn",
    # south-west forms (round 9): "sdim pwynt", "sneb yn becso", "hala lluniau", "ffaelu", "cwpla"
    "sdim": "does dim", "sneb": "does neb", "hala": "anfon", "halu": "anfon", "ffaelu": "methu",
    "cwpla": "gorffen", "cwpli": "gorffen", "gweud": "dweud", "becso": "poeni", "wy": "dw i", "wi": "dw i",
}

_BIGRAM_SUBS: tuple[tuple[str, str], ...] = (
    (r"\bno where\b", "nowhere"),
    (r"\bno ?one\b", "nobody"),
    (r"\bno body\b", "nobody"),
    (r"\bany more\b", "anymore"),
    (r"\b(?:my|me) self\b", "myself"),
    (r"\bsome ?one\b", "someone"),
    # "can't stop thinking about..." intensifies; it must not read as a negation of what follows.
    (r"\bcan not (?:stop|help) (?:myself )?", "keep "),
    (r"\bstep (?:dad|father|daddy)\b", "stepdad"),
    (r"\bstep (?:mum|mom|mother)\b", "stepmum"),
    (r"\bllys (?:dad|tad)\b", "llystad"),
    (r"\blys (?:dad|tad)\b", "lystad"),
    (r"\b(?:ll|l)ys fam\b", "llysfam"),
    (r"\bmam gu\b", "mamgu"),
    (r"\b(?:sa|smo|so) (?:i|fi) yn\b", "dw i ddim yn"),
    (r"\b(?:sa|smo) (?:i|fi)\b", "dw i ddim"),
)

_REPEATS = re.compile(r"([^aeiouwy])\1{2,}")  # "killlll" -> "kill": a letter tripled is never spelling
_VOWEL_REPEATS = re.compile(r"([aeiouwy])\1{2,}")  # "nooooo" -> "no", "diiie" -> "die"
_SENTENCE = re.compile(r"[.!?;:\n\r\u2026]+")
_NON_WORD = re.compile(r"[^a-z0-9 |,]+")
_SPACES = re.compile(r" {2,}")
_EN_SUBS = [(re.compile(p), r) for p, r in _EN_CONTRACTIONS]
_CY_SUBS = [(re.compile(p), r) for p, r in _CY_CONTRACTIONS]
_CY_NEG_SUBS = [(re.compile(p), r) for p, r in _CY_NEGATIVES]
_BI_SUBS = [(re.compile(p), r) for p, r in _BIGRAM_SUBS]


def _fold(text: str) -> str:
    """Lowercase, unify apostrophes and drop accents (gŵr -> gwr) so one spelling matches all."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u00b4", "'")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(text: str) -> str:
    """The text the patterns see: folded, contractions and text-speak expanded, words single-spaced.

    Sentence ends become " | " (patterns never reach across them) and commas " , ".
    """
    text = _fold(text)
    text = _REPEATS.sub(r"\1\1", text)
    text = _VOWEL_REPEATS.sub(r"\1", text)
    text = text.replace("-", " ").replace("_", " ")
    for rx, rep in _CY_NEG_SUBS:
        text = rx.sub(rep, text)
    for rx, rep in _EN_SUBS:
        text = rx.sub(rep, text)
    for rx, rep in _CY_SUBS:
        text = rx.sub(rep, text)
    text = text.replace("'", "")
    text = _SENTENCE.sub(" | ", text)
    text = text.replace(",", " , ")
    text = _NON_WORD.sub(" ", text)
    words = []
    for w in text.split():
        words.append(_TOKEN_MAP.get(w, w))
    text = " ".join(words)
    for rx, rep in _BI_SUBS:
        text = rx.sub(rep, text)
    # A second pass for contractions revealed by token expansion ("dont" after "wanna" etc.).
    for rx, rep in _EN_SUBS[:6]:
        text = rx.sub(rep, text)
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class Rule:
    """One pattern line from risk_patterns.tsv, compiled."""

    level: str
    categories: tuple[str, ...]
    source: str
    regex: Pattern[str]
    example: str
    line: int


def _read_rows(name: str) -> Iterable[tuple[int, list[str]]]:
    """Non-comment, non-blank rows of a data file, split on tabs, with 1-based line numbers."""
    path = DATA_DIR / name
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield number, line.split("\t")


_LEMMA = re.compile(r"\{([a-z][a-z ]*)\}")
_MACRO = re.compile(r"@([A-Z_]+)")
_GAP = re.compile(r"~(\d+) ")


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Turn the data-file pattern language into a Python regex (see risk_patterns.tsv header)."""
    for _ in range(3):  # macros may use other macros
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    pattern = _LEMMA.sub(
        lambda m: "(?:" + "|".join(re.escape(f) for f in mutated_forms(m.group(1))) + ")", pattern
    )
    pattern = _GAP.sub(lambda m: "(?:%s ){0,%s}" % (_WORD, m.group(1)), pattern)
    return r"(?<![a-z0-9])(?:" + pattern + r")(?![a-z0-9])"


@dataclass(frozen=True)
class _Rules:
    """Everything loaded from the data files, compiled once."""

    rules: tuple[Rule, ...]
    groups: tuple[tuple[Pattern[str], tuple[Rule, ...]], ...]  # one combined regex per category set
    guards: tuple[Pattern[str], ...]
    negations: frozenset
    partner: Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Load and compile the data files on first use, so importing this module stays cheap."""
    macros: dict[str, str] = {}
    for _, cols in _read_rows("risk_macros.tsv"):
        macros[cols[0].strip()] = cols[1].strip()
    for name in list(macros):
        macros[name] = _LEMMA.sub(
            lambda m: "(?:" + "|".join(re.escape(f) for f in mutated_forms(m.group(1))) + ")",
            macros[name],
        )
    rules: list[Rule] = []
    for number, cols in _read_rows("risk_patterns.tsv"):
        if len(cols) < 3:
            raise ValueError(f"risk_patterns.tsv line {number}: expected level, categories, pattern")
        level, cats, source = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if level not in ("urgent", "concern"):
            raise ValueError(f"risk_patterns.tsv line {number}: unknown level {level!r}")
        example = cols[3].strip() if len(cols) > 3 else ""
        try:
            regex = re.compile(_expand(source, macros))
        except re.error as exc:  # a broken line must fail loudly, not silently stop detecting
            raise ValueError(f"risk_patterns.tsv line {number}: {exc}") from exc
        rules.append(Rule(level, tuple(c.strip() for c in cats.split(",") if c.strip()), source, regex, example, number))
    grouped: dict[tuple[str, tuple[str, ...]], list[Rule]] = {}
    for r in rules:
        grouped.setdefault((r.level, r.categories), []).append(r)
    groups = tuple(
        (re.compile("|".join(r.regex.pattern for r in members)), tuple(members))
        for members in grouped.values()
    )
    guards = tuple(re.compile(_expand(cols[1].strip(), macros)) for _, cols in _read_rows("risk_guards.tsv"))
    negations = frozenset(
        line.strip() for line in (DATA_DIR / "risk_negations.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    partner = re.compile(
        _expand("(?:@PARTNER_EN|@PARTNER_EN s|@PARTNER_ENs|@PARTNER_CY|(?:his|her|their|my|mums|dads) (?:new )?(?:partner|boyfriend|girlfriend|husband|wife))", macros)
    )
    return _Rules(tuple(rules), groups, guards, negations, partner)



# --------------------------------------------------------------------------- learned second opinion

#: Regularisation and decision thresholds of the second opinion (round 9, 2026-11-26).
#: Why the method changed: random-fold CV on the training data stopped being a useful guide once
#: the training files held minimal pairs and look-alikes written to share a disclosure's words
#: (out of fold, 0.10-0.13 of those idioms are raised by the rules alone, whatever the model
#: does). So C and the thresholds were chosen on the two older blind sets (benchmarks/blind/
#: risk_blind.tsv and risk_blind2.tsv, read only as aggregate figures) with these limits: at most
#: 0.10 of their idioms raised to urgent per language; of ordinary answers (heldout/outcomes.tsv
#: plus the Rasa NLU examples that are not disclosures, 500 in all) at most 0.012 raised to urgent
#: and 0.04 flagged at all; at most 0.03 of heldout/risk_ordinary_chat.tsv raised to urgent. Within
#: that, the most urgent recall (Welsh first). Grid: C in {1, 3, 10, 30}, urgent 0.2-0.5, concern
#: 0.25-0.6, flag 0.4-0.8, veto 0.8-off, raise_concern 0.35-off. Chosen: C=1, urgent 0.35,
#: concern 0.45, flag 0.6, veto off, raise_concern 0.7; on those two sets urgent recall 0.757 (cy)
#: / 0.864 (en), idioms raised to urgent 0.077 / 0.054; ordinary answers raised to urgent 0.004 /
#: 0.000, flagged at all 0.018 / 0.009; ordinary chat 0.000 / 0.025. Why C=1 (it was 10): with
#: C=10 small changes to the data flipped plain answers between none and urgent, and ordinary chat
#: raised to urgent went to 0.05-0.10 in English; C=1 met every limit above at almost the same
#: recall (one ordinary chat line, about a pension and a daughter, is still urgent). The veto stays off because it demoted real
#: disclosures the rules had caught in the older held-out sets; raise_concern is 0.7 because lower
#: values made the issue's own concern examples ("Dad wanders the streets at night") urgent, at no
#: gain on those sets. benchmarks/blind/risk_blind3.tsv, written after all this by someone who
#: never saw the code, is the test set: see docs/benchmarks.md. `benchmarks/risk_benchmark.py
#: --cv` / `--cv-by-file` still print the out-of-fold figures for the record.
MODEL_C = 1.0
URGENT_THRESHOLD = 0.35  # p(urgent) at or above -> urgent (unless an idiom/accident guard matched)
CONCERN_THRESHOLD = 0.45  # p(urgent) at or above, or p(urgent)+p(concern) >= FLAG_THRESHOLD -> concern
FLAG_THRESHOLD = 0.6
VETO_THRESHOLD = 1.1  # off: it demoted real disclosures the rules had caught (see round 9)
RAISE_CONCERN = 0.7
CHUNK_CHARS = 400  # longer messages are scored piece by piece (see _chunks)
CHAR_NGRAMS = (2, 5)
GTOL = 1e-3  # L-BFGS stopping tolerance: probabilities agree with a 1e-6 fit to 3 decimals
LEVELS: tuple[str, ...] = ("concern", "none", "urgent")  # sklearn's sorted class order
URGENT_CATEGORIES = ("suicide", "self_harm", "abuse", "exploitation", "neglect", "homelessness")


@dataclass(frozen=True)
class Thresholds:
    """How the rules' level and the model's probabilities combine (chosen by CV; see above).

    `veto`: a rules-urgent message the model is at least this sure is ordinary ("I'm scared to go
    home, there's a spider in the bath") is kept as a concern for the practitioner instead of
    paging the duty team; 1.0 or more switches it off. `raise_concern`: p(urgent) at or above
    which the model makes a rules-level concern ("I've been so low, I've sorted who gets the
    dog") urgent; higher than `urgent`, because the rules already saw something milder there.
    """

    urgent: float = URGENT_THRESHOLD
    concern: float = CONCERN_THRESHOLD
    flag: float = FLAG_THRESHOLD
    veto: float = VETO_THRESHOLD
    raise_concern: float = RAISE_CONCERN


DEFAULT_THRESHOLDS = Thresholds()


#: Messages shorter than this (in words) are left to the rules: "dim syniad", "no idea" and
#: "dim byd" carry too little for the model to read, and it once made "dim syniad" urgent.
MIN_MODEL_WORDS = 3


def too_short(norm: str) -> bool:
    """True when the normalised message has too few words for the model's opinion to count."""
    return sum(1 for w in norm.split() if w not in ("|", ",")) < MIN_MODEL_WORDS


def combine(rule_level: str, deferred: bool, p_urgent: float, p_concern: float,
            t: Thresholds | None = None) -> str:
    """The final level from the rules' level and the model's opinion of the message.

    `deferred`: an idiom/accident guard matched, a rule match was cancelled by a negation
    ("he has never hit me"), or the message is :func:`too_short`; then the rules have the last word.
    """
    t = t or DEFAULT_THRESHOLDS
    if deferred:
        return rule_level
    if rule_level == "urgent":
        return "concern" if 1.0 - p_urgent - p_concern >= t.veto else "urgent"
    if p_urgent < t.concern and p_urgent + p_concern < t.flag:
        return rule_level
    if p_urgent >= (t.urgent if rule_level == "none" else max(t.urgent, t.raise_concern)):
        return "urgent"
    return "concern"


@lru_cache(maxsize=1)
def _radicals() -> frozenset:
    """Welsh dictionary forms the model's de-mutation may map to.

    The shared list (welsh_radicals.txt) and risk_radicals.txt. Not the rules' {lemma}s: then a
    word added to a rule would quietly change what the model learns.
    """
    from bot.analysis.text import welsh_radicals

    found = set(welsh_radicals())
    for line in (DATA_DIR / "risk_radicals.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            found.add(line.strip())
    return frozenset(found)


_DEMUT_CACHE: dict[str, str] = {}


def demutate(word: str) -> str:
    """Radical form of a normalised word when it is a mutated known Welsh word (nharo -> taro)."""
    hit = _DEMUT_CACHE.get(word)
    if hit is not None:
        return hit
    from bot.analysis.text import mutation_candidates

    radicals = _radicals()
    out = word
    if word not in radicals:
        for cand in mutation_candidates(word):
            if cand in radicals:
                out = cand
                break
    if len(_DEMUT_CACHE) < 200_000:
        _DEMUT_CACHE[word] = out
    return out


def model_text(norm: str) -> tuple[str, str]:
    """(text for character n-grams, text for word n-grams) from normalise() output.

    Characters see the words as written (mutated forms share most n-grams with the radical anyway);
    words are de-mutated so "fy nharo", "ei daro" and "taro" are one feature.
    """
    toks = [w for w in norm.split() if w not in ("|", ",")]
    return " ".join(toks), " ".join(demutate(w) for w in toks)


#: The model's training files (ordinary_answers() are added by _model()); each file's own header
#: says who it speaks for. Order matters only for reproducibility of the fit.
TRAINING_FILES: tuple[str, ...] = ("risk_train.tsv", "risk_train_cy.tsv", "risk_train_ordinary.tsv", "risk_train_more_en.tsv",
                                   "risk_train_more_cy.tsv", "risk_train_yp_cy.tsv", "risk_train_yp_en.tsv",
                                   "risk_train_adult_en.tsv", "risk_train_adult_cy.tsv", "risk_train_pairs_cy.tsv",
                                   "risk_train_pairs_en.tsv", "risk_train_boundary.tsv", "risk_train_everyday_cy.tsv",
                                   "risk_train_everyday_en.tsv", "risk_train_casual_cy.tsv", "risk_train_casual_en.tsv")


def load_training(path: Path | None = None) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Rows of every TRAINING_FILES file (or of `path` alone): (text, language, level, categories)."""
    rows = []
    sources = [DATA_DIR / name for name in TRAINING_FILES] if path is None else [path]
    for _, cols in (rc for src in sources for rc in _read_path(src)):
        if cols[0] == "text" or len(cols) < 3:
            continue
        cats = tuple(c.strip() for c in (cols[3] if len(cols) > 3 else "").split(",") if c.strip())
        rows.append((cols[0], cols[1].strip(), cols[2].strip(), cats))
    return rows


def _read_path(path: Path) -> Iterable[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line.split("\t")


def _char_wb(text: str, lo: int = CHAR_NGRAMS[0], hi: int = CHAR_NGRAMS[1]) -> list[str]:
    """sklearn's ``analyzer="char_wb"`` n-grams (same padding, same order of magnitude of output)."""
    out: list[str] = []
    for w in text.split():
        w = " " + w + " "
        length = len(w)
        for n in range(lo, min(hi, length) + 1):
            out += [w[i:i + n] for i in range(length - n + 1)]
    return out


def _word_ngrams(text: str) -> list[str]:
    """sklearn's word 1-2-grams over whitespace tokens."""
    toks = text.split()
    return toks + [a + " " + b for a, b in zip(toks, toks[1:])]


def _analyse(feats: tuple[str, str]) -> tuple[Counter, Counter]:
    return Counter(_char_wb(feats[0])), Counter(_word_ngrams(feats[1]))


@dataclass(frozen=True)
class _Model:
    """The fitted model flattened to lookup tables, so one message is scored with a few dict look-ups."""

    index: tuple[dict[str, int], dict[str, int]]  # char block, word block: n-gram -> row
    idf: object        # numpy vector, one idf per row
    level_w: object    # rows x 3, columns in LEVELS order
    level_b: object    # 3
    cat_w: object      # rows x len(cat_names)
    cat_b: object
    cat_names: tuple[str, ...]


def fit_tfidf(docs: Sequence[tuple[str, str]]):
    """Vocabulary, smooth idf and the l2-normalised sublinear tf-idf matrix (sklearn's formulas).

    Two blocks, character and word, each normalised on its own, side by side (as a FeatureUnion).
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    analysed = [_analyse(d) for d in docs]
    blocks, indexes, idfs = [], [], []
    n = len(docs)
    for part in (0, 1):
        df: Counter = Counter()
        for a in analysed:
            df.update(a[part].keys())
        vocab = {g: i for i, g in enumerate(sorted(df))}
        idf = np.log((1.0 + n) / (1.0 + np.array([df[g] for g in sorted(df)], dtype=float))) + 1.0
        # Vectorised (same numbers as one (1 + log tf) * idf per cell): the loading budget is tight.
        indptr = np.zeros(n + 1, dtype=np.int64)
        cols: list[int] = []
        tfs: list[int] = []
        for r, a in enumerate(analysed):
            cols += [vocab[g] for g in a[part]]
            tfs += a[part].values()
            indptr[r + 1] = len(cols)
        cols_a = np.array(cols, dtype=np.int64)
        vals = (1.0 + np.log(np.array(tfs, dtype=float))) * idf[cols_a]
        sq = np.add.reduceat(vals * vals, indptr[:-1]) if len(vals) else np.zeros(n)
        sq[np.diff(indptr) == 0] = 0.0
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        vals /= np.repeat(norms, np.diff(indptr))
        m = csr_matrix((vals, cols_a, indptr), shape=(n, len(vocab)))
        m.sort_indices()
        blocks.append(m)
        indexes.append(vocab)
        idfs.append(idf)
    return hstack(blocks).tocsr(), indexes, np.concatenate(idfs)


def fit_logistic(x, labels: Sequence[str], c: float = MODEL_C):
    """Multinomial logistic regression, L2 (1/2C)|W|^2, unpenalised intercept, balanced class weights.

    The same objective as sklearn's ``LogisticRegression(C=c, class_weight="balanced")`` (checked by
    tests/safeguarding/test_risk_model.py), minimised by L-BFGS (:func:`_lbfgs`): importing sklearn
    alone would take most of the loading budget.
    """
    import numpy as np

    classes = tuple(sorted(set(labels)))
    y = np.array([classes.index(l) for l in labels])
    n, d = x.shape
    k = len(classes)
    counts = np.bincount(y, minlength=k)
    sw = (n / (k * counts))[y]
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    xt = x.T.tocsr()

    def loss(theta):
        w = theta[: d * k].reshape(d, k)
        b = theta[d * k:]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        f = -(sw * (onehot * logp).sum(axis=1)).sum() + 0.5 / c * (w * w).sum()
        g = (np.exp(logp) - onehot) * sw[:, None]
        gw = xt @ g + w / c
        return f, np.concatenate([gw.ravel(), g.sum(axis=0)])

    theta = _lbfgs(loss, np.zeros(d * k + k), GTOL)
    return classes, theta[: d * k].reshape(d, k), theta[d * k:]


def _lbfgs(fun, x0, gtol: float, maxiter: int = 500, memory: int = 10):
    """Unconstrained L-BFGS (two-loop recursion, backtracking Armijo line search), deterministic.

    Stops when the largest gradient component is at most `gtol` (scipy's L-BFGS-B criterion). The
    objective is smooth and convex, so this reaches the same optimum as scipy's L-BFGS-B; scipy's
    bound handling cost ~0.2 s per load on 90k variables, which the loading budget has no room for.
    """
    import numpy as np

    x = x0.copy()
    f, g = fun(x)
    hist: list[tuple[object, object, float]] = []
    for _ in range(maxiter):
        if np.abs(g).max() <= gtol:
            break
        q = g.copy()
        alphas = []
        for s, y, rho in reversed(hist):
            a = rho * (s @ q)
            alphas.append(a)
            q -= a * y
        if hist:
            s, y, _ = hist[-1]
            q *= (s @ y) / (y @ y)
        else:
            q /= np.linalg.norm(g)
        for (s, y, rho), a in zip(hist, reversed(alphas)):
            q += (a - rho * (y @ q)) * s
        step, slope = 1.0, -(g @ q)
        while True:
            xn = x - step * q
            fn, gn = fun(xn)
            if fn <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = xn - x, gn - g
        sy = float(s @ y)
        if sy > 1e-10:
            hist.append((s, y, 1.0 / sy))
            if len(hist) > memory:
                hist.pop(0)
        x, f, g = xn, fn, gn
    return x


@lru_cache(maxsize=1)
def _model() -> _Model:
    """Train on the TRAINING_FILES (deterministic), or load the same fit from the local cache.

    The ordinary what-matters answers written for the outcome sorter are added as "none"
    (unless the rules themselves flag one): without them the model had seen too few everyday
    answers and raised one in twenty ("I want them to turn up when they say they will") to
    urgent, which would send false alarms to the duty team.
    """
    path = _cache_path()
    cached = _load_cached(path) if path is not None and _safe_cache_dir(path.parent) else None
    if cached is not None:
        return cached
    model = train_model(load_training() + ordinary_answers())
    if path is not None:
        _save_cached(model, path)
    return model


def warm() -> None:
    """Fit (or load from the cache) now, so no person's first message waits for it."""
    _rules()
    _model()


#: Everything the fitted model depends on; a change to any of them means a new fit.
_MODEL_INPUTS: tuple[str, ...] = (
    "outcomes_train.tsv", "no_outcome_train.tsv", "welsh_radicals.txt", "risk_radicals.txt",
    "risk_patterns.tsv", "risk_macros.tsv", "risk_guards.tsv", "risk_negations.txt",
)


def _cache_path() -> Path | None:
    """Where this exact fit is cached (WHATMATTERS_CACHE_DIR, else ~/.cache/whatmatters).

    Why a cache: fitting takes a few seconds on 2 cores once the training data grew, and the
    action server, `whatmatters analyse` and every test process would each pay it. The key is a
    hash of every input file and of this module's source, so a stale fit is never used.
    """
    import hashlib
    import os

    root = os.environ.get("WHATMATTERS_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "whatmatters")
    digest = hashlib.sha256()
    from bot.analysis import text as text_module

    sources = [DATA_DIR / n for n in TRAINING_FILES + _MODEL_INPUTS] + [Path(__file__), Path(text_module.__file__)]
    for src in sources:
        try:
            digest.update(src.name.encode() + b"\0" + src.read_bytes())
        except OSError:
            return None
    digest.update(repr((MODEL_C, CHAR_NGRAMS, GTOL)).encode())
    return Path(root) / f"risk-model-{digest.hexdigest()[:24]}.npz"


def _safe_cache_dir(directory: Path) -> bool:
    """Only a folder this user owns and nobody else can write to: a planted file would decide
    which messages reach the duty team."""
    import os
    import stat

    try:
        info = directory.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _save_cached(model: _Model, path: Path) -> None:
    """Write the fit as plain arrays (no pickle); any failure just means training next time."""
    import os
    import tempfile
    import time

    import numpy as np

    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe_cache_dir(path.parent):
            _LOG.warning("not caching the risk model: its folder is shared or not this user's")
            return
        (chars, words) = model.index
        fd, tmp = tempfile.mkstemp(dir=str(path.parent), suffix=".tmp.npz")
        os.close(fd)
        np.savez(tmp, char_grams=np.array(list(chars), dtype=str), char_rows=np.array(list(chars.values())),
                 word_grams=np.array(list(words), dtype=str), word_rows=np.array(list(words.values())),
                 idf=model.idf, level_w=model.level_w, level_b=model.level_b, cat_w=model.cat_w,
                 cat_b=model.cat_b, cat_names=np.array(model.cat_names, dtype=str))
        os.replace(tmp, path)  # atomic: a parallel process never reads half a file
        tmp = None
        week_ago = time.time() - 7 * 86400
        for old in path.parent.glob("risk-model-*.npz"):  # fits of older training data
            if old != path and old.stat().st_mtime < week_ago:
                old.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _load_cached(path: Path) -> _Model | None:
    """The cached fit, or None (then the caller trains): a damaged or foreign file is removed."""
    import numpy as np

    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            chars = dict(zip(z["char_grams"].tolist(), z["char_rows"].tolist()))
            words = dict(zip(z["word_grams"].tolist(), z["word_rows"].tolist()))
            model = _Model((chars, words), z["idf"], np.ascontiguousarray(z["level_w"]), z["level_b"],
                           np.ascontiguousarray(z["cat_w"]), z["cat_b"], tuple(z["cat_names"].tolist()))
        rows = len(chars) + len(words)
        if (model.idf.shape != (rows,) or model.level_w.shape != (rows, len(LEVELS))
                or model.cat_w.shape != (rows, len(model.cat_names)) or model.level_b.shape != (len(LEVELS),)):
            raise ValueError("cached model has the wrong shape")
        return model
    except Exception:
        _LOG.warning("the cached risk model could not be read; training it again")
        try:
            path.unlink()
        except OSError:
            pass
        return None


def _rules_only(text: str) -> RiskAssessment:
    rules = _rules()
    guarded, _ = _guard(" " + normalise(text) + " ", rules.guards)
    return _assessment(_fired(guarded, rules, []), guarded, rules)


def ordinary_answers() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Everyday answers (the outcome sorter's training data) that the rules leave at none."""
    rows = []
    for name in ("outcomes_train.tsv", "no_outcome_train.tsv"):
        for _, cols in _read_rows(name):
            if cols[0] == "text" or len(cols) < 2:
                continue
            if _rules_only(cols[0]).level == "none":
                rows.append((cols[0], cols[-1].strip() if cols[-1].strip() in ("cy", "en") else "und", "none", ()))
    return rows


def train_model(rows: Sequence[tuple[str, str, str, tuple[str, ...]]], c: float = MODEL_C,
                categories: bool = True) -> _Model:
    """Fit the second opinion on (text, language, level, categories) rows (also used by the CV,
    which passes categories=False: it only needs the levels)."""
    import numpy as np

    x, indexes, idf = fit_tfidf([model_text(normalise(t)) for t, _, _, _ in rows])
    classes, lw, lb = fit_logistic(x, [r[2] for r in rows], c)
    assert classes == LEVELS, classes
    # Categories: a second multinomial logistic regression over the flagged lines' first category.
    # Why not the nearest centroid used before: on whole training files held out in turn it named
    # the right category 0.56-0.74 of the time, this 0.70-0.85; the category picks the helplines.
    # It costs a few seconds to fit, paid once thanks to the cache (see _model).
    flagged = [i for i, r in enumerate(rows) if r[2] != "none" and r[3]]
    if categories:
        cat_names, cw, cb = fit_logistic(x[flagged], [rows[i][3][0] for i in flagged], c)
    else:
        cat_names, cw, cb = ("none",), np.zeros((x.shape[1], 1)), np.zeros(1)
    return _Model((indexes[0], indexes[1]), idf, np.ascontiguousarray(lw), lb,
                  np.ascontiguousarray(cw), cb, tuple(cat_names))


def _vector(norm: str, m: _Model):
    """Rows and values of one message's tf-idf vector (the two blocks each l2-normalised)."""
    import numpy as np

    feats = model_text(norm)
    rows: list[int] = []
    parts = []
    for block, grams in zip(m.index, (_char_wb(feats[0]), _word_ngrams(feats[1]))):
        counts = Counter(grams)
        hits = counts.keys() & block.keys()
        if not hits:
            continue
        js = [block[g] for g in hits]
        v = np.log([counts[g] for g in hits]) + 1.0
        v *= m.idf[js]
        v /= math.sqrt(v @ v)
        rows += js
        parts.append(v)
    return rows, (np.concatenate(parts) if len(parts) > 1 else parts[0] if parts else None)


def _softmax(z):
    import numpy as np

    e = np.exp(z - z.max())
    return e / e.sum()


def _model_scores(norm: str, m: _Model | None = None) -> tuple[dict[str, float], str | None]:
    """(level probabilities, most likely category) from the second opinion, for normalised text."""
    m = m or _model()
    rows, vals = _vector(norm, m)
    if vals is None:
        return {"concern": 0.0, "none": 1.0, "urgent": 0.0}, None
    p = _softmax(vals @ m.level_w[rows] + m.level_b)
    probs = {lvl: float(p[i]) for i, lvl in enumerate(LEVELS)}
    return probs, None


def model_category(norm: str, allowed: Iterable[str]) -> str | None:
    """The second opinion's most likely category among `allowed` (normalised text)."""
    m = _model()
    rows, vals = _vector(norm, m)
    if vals is None:
        return None
    z = vals @ m.cat_w[rows] + m.cat_b
    best = None
    allowed = set(allowed)
    for i in z.argsort()[::-1]:
        if m.cat_names[i] in allowed:
            best = m.cat_names[i]
            break
    return best


def model_proba(text: str) -> dict[str, float]:
    """The second opinion alone: {"concern": p, "none": p, "urgent": p} for one raw message."""
    return _model_scores(normalise(text or ""))[0]


# --------------------------------------------------------------------------- matching

def _negated(text: str, start: int, cues: frozenset) -> bool:
    """True when one of the two words before `start` (same clause) is a negation cue."""
    before = text[max(0, start - 60):start].split()
    for word in reversed(before[-2:]):
        if word in ("|", ","):
            return False
        if word in cues:
            return True
    return False


def _guarded(text: str, guards: tuple[Pattern[str], ...]) -> str:
    """Blank idioms and accidents with a sentence barrier so no pattern can use their words."""
    return _guard(text, guards)[0]


def _guard(text: str, guards: tuple[Pattern[str], ...]) -> tuple[str, bool]:
    """(text with idioms and accidents blanked, whether any guard matched)."""
    hit = False
    for g in guards:
        if g.search(text):
            text = g.sub(" | ", text)
            hit = True
    return _SPACES.sub(" ", text), hit


def _fired(text: str, rules: _Rules, negated: list[Rule] | None = None) -> list[Rule]:
    """The rules that match `text` (already normalised and guarded), negations respected.

    Rules that matched only right after a negation cue are appended to `negated` when given.
    """
    fired: list[Rule] = []
    for combined, members in rules.groups:
        if not combined.search(text):
            continue
        for rule in members:
            for m in rule.regex.finditer(text):
                if not _negated(text, m.start(), rules.negations):
                    fired.append(rule)
                    break
                if negated is not None:
                    negated.append(rule)
            else:
                continue
            break  # one firing rule is enough for this category set
    return fired


def _assessment(fired: list[Rule], text: str, rules: _Rules) -> RiskAssessment:
    """Fold the fired rules into a level and an ordered, de-duplicated category tuple."""
    if not fired:
        return RiskAssessment("none", ())
    level = "urgent" if any(r.level == "urgent" for r in fired) else "concern"
    cats = {c for r in fired for c in r.categories}
    if "abuse" in cats and rules.partner.search(text):
        cats.add("domestic_abuse")
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return RiskAssessment(level, tuple(sorted(cats, key=lambda c: (order.get(c, len(order)), c))))


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
        return _rules_only(text)


@lru_cache(maxsize=512)
def _assess_once(text: str) -> RiskAssessment:
    """The rules, then the learned second opinion; raises if the model fails (never cached)."""
    rules = _rules()
    norm = normalise(text)
    if not norm.strip(" |,"):
        return RiskAssessment("none", ())
    guarded, guard_hit = _guard(" " + norm + " ", rules.guards)
    negated: list[Rule] = []
    found = _assessment(_fired(guarded, rules, negated), guarded, rules)
    return _second_opinion(found, norm, guarded, guard_hit, rules, bool(negated))[0]


def _chunks(norm: str, size: int = CHUNK_CHARS) -> list[str]:
    """The pieces the model reads: the whole message when short, otherwise sentence by sentence
    (a huge "sentence" cut at spaces), so one disclosing line is not diluted by pages of text."""
    if len(norm) <= size:
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


def _second_opinion(found: RiskAssessment, norm: str, guarded: str, guard_hit: bool,
                    rules: _Rules, negated: bool = False) -> tuple[RiskAssessment, dict[str, object]]:
    """Combine the rules' assessment with the learned model's (see :func:`combine`)."""
    if found.level == "urgent" and DEFAULT_THRESHOLDS.veto > 1.0:
        return found, {"used": False}
    best: tuple[float, float, str] = (-1.0, 0.0, norm)
    for piece in _chunks(norm):
        probs, _ = _model_scores(piece)
        if probs["urgent"] > best[0] or (probs["urgent"] == best[0] and probs["concern"] > best[1]):
            best = (probs["urgent"], probs["concern"], piece)
    pu, pc, piece = best
    info: dict[str, object] = {"used": True, "p_urgent": round(pu, 3), "p_concern": round(pc, 3), "guard_matched": guard_hit}
    if negated:
        info["negated_rule"] = True
    level = combine(found.level, guard_hit or negated or too_short(norm), pu, pc)
    cats = set(found.categories)
    if level == "urgent" and not cats & set(URGENT_CATEGORIES):
        cat = model_category(piece, URGENT_CATEGORIES)
        if cat:
            cats.add(cat)
    elif level == "concern" and found.level == "none":
        cat = model_category(piece, CATEGORY_ORDER)
        if cat:
            cats.add(cat)
    if level == found.level:
        return found, info
    info["lowered_to" if found.level == "urgent" else "raised_to"] = level
    if "abuse" in cats and rules.partner.search(guarded):
        cats.add("domestic_abuse")
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return RiskAssessment(level, tuple(sorted(cats, key=lambda c: (order.get(c, len(order)), c)))), info


def _merge(parts: list[RiskAssessment]) -> RiskAssessment:
    """One assessment from several windows of a long text: the worst level, all categories."""
    levels = [p.level for p in parts]
    level = "urgent" if "urgent" in levels else "concern" if "concern" in levels else "none"
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    cats = {c for p in parts for c in p.categories}
    return RiskAssessment(level, tuple(sorted(cats, key=lambda c: (order.get(c, len(order)), c))))


def explain(text: str) -> dict[str, object]:
    """For audit and tuning: the normalised text, what the guards left, and each rule that fired."""
    rules = _rules()
    norm = normalise(text or "")
    guarded, guard_hit = _guard(" " + norm + " ", rules.guards)
    fired = [r for r in rules.rules if any(not _negated(guarded, m.start(), rules.negations) for m in r.regex.finditer(guarded))]
    by_rules = _assessment(fired, guarded, rules)
    negated: list[Rule] = []
    _fired(guarded, rules, negated)
    result, model = (by_rules, {"used": False}) if not norm.strip(" |,") else _second_opinion(by_rules, norm, guarded, guard_hit, rules, bool(negated))
    return {
        "normalised": norm,
        "guarded": guarded.strip(),
        "level": result.level,
        "categories": list(result.categories),
        "rules_level": by_rules.level,
        "rules": [{"line": r.line, "level": r.level, "categories": list(r.categories), "pattern": r.source} for r in fired],
        "model": model,
    }


def all_rules() -> tuple[Rule, ...]:
    """Every compiled pattern rule (used by tests to check each rule's own example)."""
    return _rules().rules


__all__ = ["CATEGORY_ORDER", "MAX_CHARS", "all_rules", "assess_risk", "explain", "mutated_forms", "normalise"]
