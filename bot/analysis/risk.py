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

Use :func:`assess_risk`; :func:`explain` returns the rules that fired, for audit.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Pattern, Tuple

from bot.analysis.types import RiskAssessment

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "analysis"

#: The order in which categories are reported: most serious first.
CATEGORY_ORDER: Tuple[str, ...] = (
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
_MUTATIONS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
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


def mutated_forms(lemma: str) -> List[str]:
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
    seen: Dict[str, None] = {}
    for f in forms:
        if f and f not in seen:
            seen[f] = None
    return list(seen)


_EN_CONTRACTIONS: Tuple[Tuple[str, str], ...] = (
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

_CY_CONTRACTIONS: Tuple[Tuple[str, str], ...] = (
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

_TOKEN_MAP: Dict[str, str] = {
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
}

_BIGRAM_SUBS: Tuple[Tuple[str, str], ...] = (
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
    categories: Tuple[str, ...]
    source: str
    regex: Pattern[str]
    example: str
    line: int


def _read_rows(name: str) -> Iterable[Tuple[int, List[str]]]:
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


def _expand(pattern: str, macros: Dict[str, str]) -> str:
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

    rules: Tuple[Rule, ...]
    groups: Tuple[Tuple[Pattern[str], Tuple[Rule, ...]], ...]  # one combined regex per category set
    guards: Tuple[Pattern[str], ...]
    negations: frozenset
    partner: Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Load and compile the data files on first use, so importing this module stays cheap."""
    macros: Dict[str, str] = {}
    for _, cols in _read_rows("risk_macros.tsv"):
        macros[cols[0].strip()] = cols[1].strip()
    for name in list(macros):
        macros[name] = _LEMMA.sub(
            lambda m: "(?:" + "|".join(re.escape(f) for f in mutated_forms(m.group(1))) + ")",
            macros[name],
        )
    rules: List[Rule] = []
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
    grouped: Dict[Tuple[str, Tuple[str, ...]], List[Rule]] = {}
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


def _guarded(text: str, guards: Tuple[Pattern[str], ...]) -> str:
    """Blank idioms and accidents with a sentence barrier so no pattern can use their words."""
    for g in guards:
        if g.search(text):
            text = g.sub(" | ", text)
    return _SPACES.sub(" ", text)


def _fired(text: str, rules: _Rules) -> List[Rule]:
    """The rules that match `text` (already normalised and guarded), negations respected."""
    fired: List[Rule] = []
    for combined, members in rules.groups:
        if not combined.search(text):
            continue
        for rule in members:
            for m in rule.regex.finditer(text):
                if not _negated(text, m.start(), rules.negations):
                    fired.append(rule)
                    break
            else:
                continue
            break  # one firing rule is enough for this category set
    return fired


def _assessment(fired: List[Rule], text: str, rules: _Rules) -> RiskAssessment:
    """Fold the fired rules into a level and an ordered, de-duplicated category tuple."""
    if not fired:
        return RiskAssessment("none", ())
    level = "urgent" if any(r.level == "urgent" for r in fired) else "concern"
    cats = {c for r in fired for c in r.categories}
    if "abuse" in cats and rules.partner.search(text):
        cats.add("domestic_abuse")
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return RiskAssessment(level, tuple(sorted(cats, key=lambda c: (order.get(c, len(order)), c))))


def assess_risk(text: Optional[str]) -> RiskAssessment:
    """Safeguarding read of one message: "urgent", "concern" or "none", with what was found.

    Never raises on odd input (empty, emoji, very long): a crash here would hide a disclosure.
    """
    if not text or not isinstance(text, str):
        return RiskAssessment("none", ())
    if len(text) > MAX_CHARS:
        step = MAX_CHARS - _OVERLAP
        parts = [assess_risk(text[i:i + MAX_CHARS]) for i in range(0, len(text), step)]
        return _merge(parts)
    rules = _rules()
    norm = normalise(text)
    if not norm.strip(" |,"):
        return RiskAssessment("none", ())
    guarded = _guarded(" " + norm + " ", rules.guards)
    return _assessment(_fired(guarded, rules), guarded, rules)


def _merge(parts: List[RiskAssessment]) -> RiskAssessment:
    """One assessment from several windows of a long text: the worst level, all categories."""
    levels = [p.level for p in parts]
    level = "urgent" if "urgent" in levels else "concern" if "concern" in levels else "none"
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    cats = {c for p in parts for c in p.categories}
    return RiskAssessment(level, tuple(sorted(cats, key=lambda c: (order.get(c, len(order)), c))))


def explain(text: str) -> Dict[str, object]:
    """For audit and tuning: the normalised text, what the guards left, and each rule that fired."""
    rules = _rules()
    norm = normalise(text or "")
    guarded = _guarded(" " + norm + " ", rules.guards)
    fired = [r for r in rules.rules if any(not _negated(guarded, m.start(), rules.negations) for m in r.regex.finditer(guarded))]
    result = _assessment(fired, guarded, rules)
    return {
        "normalised": norm,
        "guarded": guarded.strip(),
        "level": result.level,
        "categories": list(result.categories),
        "rules": [{"line": r.line, "level": r.level, "categories": list(r.categories), "pattern": r.source} for r in fired],
    }


def all_rules() -> Tuple[Rule, ...]:
    """Every compiled pattern rule (used by tests to check each rule's own example)."""
    return _rules().rules


__all__ = ["assess_risk", "explain", "normalise", "mutated_forms", "all_rules", "CATEGORY_ORDER", "MAX_CHARS"]
