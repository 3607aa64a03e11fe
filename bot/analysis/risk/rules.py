"""The rule compiler: practitioners' phrase patterns, read from plain data files, as regexes.

Why patterns and not only a model: a duty social worker must be able to read *why* a message was
flagged, the phrase lists must be editable by practitioners, and nothing may be downloaded at run
time. The files live in ``bot/data/analysis/``: ``risk_patterns.tsv`` (level, categories, pattern,
example), ``risk_macros.tsv`` (shared @NAME fragments), ``risk_guards.tsv`` (idioms and accidents
blanked before matching) and ``risk_negations.txt`` (words that cancel a match just after them).

Welsh mutations are handled by expanding ``{lemma}`` into all its mutated forms (taro -> daro,
nharo, tharo) rather than by de-mutating the text: de-mutation is ambiguous ("fy mam" is radical
m, "fy mrawd" is nasal b), mutation of a known lemma is not.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path
from re import Pattern

from bot.analysis.text import DATA_DIR
from bot.analysis.types import RiskAssessment

from .literals import Gated, SentenceFinder
from .means import with_the_means
from .normalise import SPACES, pattern_text

#: The order in which categories are reported: most serious first.
CATEGORY_ORDER: tuple[str, ...] = (
    "suicide",
    "self_harm",
    "abuse",
    "domestic_abuse",
    "exploitation",
    "neglect",
    "homelessness",
    "missing",
    "medical_emergency",
    "low_mood",
    "anxiety",
    "carer_strain",
    "memory",
    "medication",
    "falls",
    "alcohol",
    "self_neglect",
    "isolation",
    "money",  # stop 29 (seventh trial AA11): money worries, a benefit stopped, named as what was said
    "health",  # stop 29: breathlessness, sleeping in the chair (a worry, not a medical emergency)
)
_RANK = {c: i for i, c in enumerate(CATEGORY_ORDER)}

_WORD = r"[^ |,]+"  # one normalised word; never crosses a sentence end

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


def sort_categories(categories: Iterable[str]) -> tuple[str, ...]:
    """Categories most serious first (CATEGORY_ORDER), unknown ones last, alphabetically."""
    return tuple(sorted(categories, key=lambda c: (_RANK.get(c, len(_RANK)), c)))


#: A row's level in risk_patterns.tsv. "check": a concern marked "please check" (:func:`assessment`). "yield": a
#: concern that gives way to the learned model's own stronger reading (:data:`YIELDS`).
LEVELS = ("urgent", "concern", "check", "yield")

#: Rows of level "yield" (online bullying, stop 48) make a message a concern only where the learned model reads less:
#: where the model alone would ask the duty team to read the message, its reading stands as if the rows had not
#: fired. Why: a concern rule raises the model's bar (decide.combine), and stop 47's online-bullying rows turned the
#: model's "please check" of "they made a fake account of me and are asking me for nudes" into a plain concern.
YIELDS = "yield"


@dataclass(frozen=True)
class Rule:
    """One pattern line from risk_patterns.tsv, with its expanded regex (`gate`, compiled on first use).

    `number`: its place in the rule set's :class:`~.literals.SentenceFinder`, which says where in a
    text it could match (what keeps a long message fast: most rules are never run on most of it).
    """

    level: str
    categories: tuple[str, ...]
    source: str
    gate: Gated
    example: str
    line: int
    number: int = -1

    @property
    def regex(self) -> Pattern[str]:
        return self.gate.regex


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Non-comment, non-blank rows of a data file, split on tabs, with 1-based line numbers."""
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line.split("\t")


_LEMMA = re.compile(r"\{([a-z][a-z ]*)\}")
_MACRO = re.compile(r"@([A-Z_]+)")
_GAP = re.compile(r"~(\d+) ")
#: A gap inside "not after" ("(?<!yflawnodd ~2 )"): Python's look-behind must have a fixed width, so it becomes one
#: look-behind per number and length of words, each word up to this many letters (a longer name is not excused).
_GAP_BEHIND = re.compile(r"\(\?<!([^()~]*?) ?~(\d+) ([^()~]*)\)")
_LONGEST_WORD_BEHIND = 12


def _gap_behind(match: re.Match[str]) -> str:
    """"(?<!A ~N B)": not after A, up to N words, then B (stop 37: "cyflawnodd Dafydd Jones hunanladdiad" is a death
    told, as "cyflawnodd Dad hunanladdiad" was; a name may be one word or two)."""
    before, most, after = match.group(1), int(match.group(2)), match.group(3)
    lead = before + " " if before else ""
    shapes = (shape for n in range(most + 1) for shape in product(range(1, _LONGEST_WORD_BEHIND + 1), repeat=n))
    return "".join("(?<!" + lead + "".join(f"[^ |,]{{{n}}} " for n in shape) + after + ")" for shape in shapes)


#: Spoken and regional forms of a lemma, read wherever the lemma is (stop 38, issue 11): "ma'r hogia'n neud i fi gadw
#: cyllyll" was missed where "they make me keep knives" was read, because rules wrote {gwneud} and "neud" only in some
#: places. Each form as people write it (already mutated where they mutate it), so no rule needs to list them again.
#: Not "deud" for {dweud}: "dweud wrtha i am gadw ..." (line 387) then read "nath hi ddeud wrtha i am gadw'r ffôn yn y
#: drôr" urgent; {dweud}'s rules list their spoken forms themselves.
SPOKEN_FORMS: dict[str, tuple[str, ...]] = {
    "gwneud": ("gneud", "neud"),
    "cymryd": ("cymyd", "gymyd", "chymyd"),
}


def _lemma_forms(match: re.Match[str]) -> str:
    lemma = match.group(1)
    forms = [*mutated_forms(lemma), *(f for f in SPOKEN_FORMS.get(lemma.strip(), ()) if f not in mutated_forms(lemma))]
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Turn the data-file pattern language into a Python regex (see risk_patterns.tsv header)."""
    for _ in range(3):  # macros may use other macros
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    pattern = _LEMMA.sub(_lemma_forms, pattern)
    pattern = _GAP_BEHIND.sub(_gap_behind, pattern)
    pattern = _GAP.sub(lambda m: f"(?:{_WORD} ){{0,{m.group(1)}}}", pattern)
    return r"(?<![a-z0-9])(?:" + pattern + r")(?![a-z0-9])"


#: The kinds of guard in risk_guards.tsv: an idiom or look-alike, an accident, and (stop 38) force or control told
#: with its everyday purpose (RuleSet.purpose_guards).
GUARD_KINDS = frozenset({"idiom", "accident", "look-alike", "purpose"})


@dataclass(frozen=True)
class RuleSet:
    """Everything loaded from the data files, compiled once."""

    rules: tuple[Rule, ...]
    groups: tuple[tuple[Rule, ...], ...]  # the rules of one (level, categories), in file order
    guards: tuple[Gated, ...]
    negations: frozenset[str]
    partner: Gated
    finder: SentenceFinder  # the rules, in the order of `rules`
    guard_finder: SentenceFinder  # the guards, in the order of `guards`
    #: The guards (numbers in `guards`) of kind "purpose": force or control told with its everyday purpose (a pet's
    #: bite, a jab, the rugby scores). Past one, the learned model alone needs more to raise a message (decide.py).
    purpose_guards: frozenset[int] = frozenset()


@cache
def _macros() -> dict[str, str]:
    """The shared fragments (@NAME) of risk_macros.tsv, their {lemma}s expanded."""
    macros: dict[str, str] = {}
    for _, cols in read_rows(DATA_DIR / "risk_macros.tsv"):
        macros[cols[0].strip()] = cols[1].strip()
    for name in list(macros):
        macros[name] = _LEMMA.sub(_lemma_forms, macros[name])
    return macros


def compile_pattern(source: str) -> re.Pattern[str]:
    """One pattern in the rules' own language (@MACRO, {lemma}, ~N), for the readers beside the rules."""
    return re.compile(_expand(source, _macros()))


@cache
def partner_pattern() -> re.Pattern[str]:
    """A partner named, in either language: on its own so that a reader of one message (the summary's label of a
    flag, AX16) need not compile every rule for it."""
    return re.compile(_expand(
        "(?:@PARTNER_EN|@PARTNER_EN s|@PARTNER_ENs|@PARTNER_CY|"
        "(?:his|her|their|my|mums|dads) (?:new )?(?:partner|boyfriend|girlfriend|husband|wife|fella|bloke|man))",
        _macros()))


@cache
def rule_set() -> RuleSet:
    """Load the data files on first use, so importing this module stays cheap.

    Each pattern's reading (its necessary strings) is kept on disk between processes (risk/cache.py): a process
    that finds it there compiles a pattern only when a text holds one of its strings. A process that does not
    compiles every pattern, so a broken line still fails loudly, naming its line, before any reading is kept."""
    macros = _macros()
    lines: list[tuple[int, str, tuple[str, ...], str, str]] = []
    for number, cols in read_rows(DATA_DIR / "risk_patterns.tsv"):
        if len(cols) < 3:
            raise ValueError(f"risk_patterns.tsv line {number}: expected level, categories, pattern")
        level, cats, source = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if level not in LEVELS:
            raise ValueError(f"risk_patterns.tsv line {number}: unknown level {level!r}")
        example = cols[3].strip() if len(cols) > 3 else ""
        lines.append((number, level, tuple(c.strip() for c in cats.split(",") if c.strip()), source, example))
    guard_rows = [(number, cols) for number, cols in read_rows(DATA_DIR / "risk_guards.tsv")]
    for number, cols in guard_rows:
        if cols[0].strip() not in GUARD_KINDS:
            raise ValueError(f"risk_guards.tsv line {number}: unknown kind {cols[0].strip()!r}")
    where = [f"risk_patterns.tsv line {number}" for number, *_ in lines]
    where += [f"risk_guards.tsv line {number}" for number, _ in guard_rows]
    expanded = [_expand(line[3], macros) for line in lines]
    expanded += [_expand(cols[1].strip(), macros) for _, cols in guard_rows]
    gates = _gates(expanded, where)
    rules = [Rule(level, cats, source, gate, example, number, i)
             for i, ((number, level, cats, source, example), gate) in enumerate(zip(lines, gates))]
    grouped: dict[tuple[str, tuple[str, ...]], list[Rule]] = {}
    for r in rules:
        grouped.setdefault((r.level, r.categories), []).append(r)
    groups = tuple(tuple(members) for members in grouped.values())
    guards = tuple(gates[len(lines):])
    purpose = frozenset(i for i, (_, cols) in enumerate(guard_rows) if cols[0].strip() == "purpose")
    negations = frozenset(
        line.strip() for line in (DATA_DIR / "risk_negations.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    partner = Gated.of(partner_pattern())
    finder = SentenceFinder([r.gate for r in rules])
    return RuleSet(tuple(rules), groups, guards, negations, partner, finder, SentenceFinder(guards), purpose)


def _gates(sources: list[str], where: list[str]) -> list[Gated]:
    """Every pattern with its reading: kept from an earlier process, or worked out (and kept) now."""
    from . import cache as kept  # here, not at the top: the model it holds imports this module

    readings = kept.load_readings(sources)
    if readings is not None:
        return [Gated(source, needs, local) for source, (needs, local) in zip(sources, readings)]
    gates: list[Gated] = []
    for source, place in zip(sources, where):
        try:
            regex = re.compile(source)
        except re.error as exc:  # a broken line must fail loudly, not silently stop detecting
            raise ValueError(f"{place}: {exc}") from exc
        gates.append(Gated.of(regex, many=True))
    kept.save_readings(sources, [(g.needs, g.local) for g in gates])
    return gates


def all_rules() -> tuple[Rule, ...]:
    """Every compiled pattern rule (used by tests to check each rule's own example)."""
    return rule_set().rules


def negated(text: str, start: int, cues: frozenset[str]) -> bool:
    """True when one of the two words before `start` (same clause) is a negation cue."""
    before = text[max(0, start - 60):start].split()
    for word in reversed(before[-2:]):
        if word in ("|", ","):
            return False
        if word in cues:
            return True
    return False


def guard(text: str, guards: SentenceFinder, matched: list[int] | None = None) -> tuple[str, bool]:
    """(text with idioms and accidents blanked, whether any guard matched).

    Each guard match becomes a sentence barrier, so no pattern can use the idiom's words. The
    guards run in file order, each on the text the ones before it left. `matched`, when given, gets the number of
    each guard that matched (RuleSet.purpose_guards says which kind it is).
    """
    hit = False
    where = guards.sentences(text)
    for number, g in enumerate(guards.patterns):
        if number not in where and g.local:
            continue  # none of its strings is in the text
        if next(guards.finditer(number, text, where), None) is not None:
            text = g.regex.sub(" | ", text)
            where = guards.sentences(text)  # the text changed: find again for the guards after it
            hit = True
            if matched is not None:
                matched.append(number)
    return SPACES.sub(" ", text), hit


def fired(text: str, rules: RuleSet, negated_rules: list[Rule] | None = None) -> list[Rule]:
    """The rules that match `text` (already normalised and guarded), negations respected.

    Rules that matched only right after a negation cue are appended to `negated_rules` when given.
    A rule whose necessary strings are all missing has no match, so it is not searched.
    """
    found: list[Rule] = []
    where = rules.finder.sentences(text)
    for members in rules.groups:
        for rule in members:
            if rule.number not in where and rules.finder.patterns[rule.number].local:
                continue  # none of its strings is in the text: no match (and no generator to make)
            for m in rules.finder.finditer(rule.number, text, where):
                if not negated(text, m.start(), rules.negations):
                    found.append(rule)
                    break
                if negated_rules is not None:
                    negated_rules.append(rule)
            else:
                continue
            break  # one firing rule is enough for this category set
    return found


def assessment(found: list[Rule], text: str, rules: RuleSet) -> RiskAssessment:
    """Fold the fired rules into a level and an ordered, de-duplicated category tuple.

    A "check" rule (stop 25: words that can mean a wish to die but here say a wish for a rest, "I just want everything
    to stop for a bit") is a concern marked "please check" when no urgent rule fired: the duty team reads it and
    decides, and the person gets the gentle reply, not the urgent one."""
    if not found:
        return RiskAssessment("none", ())
    level = "urgent" if any(r.level == "urgent" for r in found) else "concern"  # a "yield" row's too (YIELDS)
    cats = {c for r in found for c in r.categories}
    if "abuse" in cats and rules.partner.search(text):
        cats.add("domestic_abuse")
    unsure = level == "concern" and any(r.level == "check" for r in found)
    return RiskAssessment(level, sort_categories(cats), please_check=unsure)


def words_of_harm(text: str) -> RiskAssessment:
    """What the rules read in the words themselves, before any guard takes them as a figure of speech ("landlord yn
    mynd i ladd fi os dwi'n hwyr efo'r rent": a calm guard's, and no risk). Never a risk reading: it tells only that
    the words speak of harm, so they are no wish (bot.analysis.analyse_many keeps a threat out of the outcomes)."""
    rules = rule_set()
    plain = SPACES.sub(" ", " " + pattern_text(text) + " ")
    return assessment(fired(plain, rules, []), plain, rules)


def may_tell_of(text: str, categories: Collection[str]) -> bool:
    """Whether any rule of these categories could match the words of a message at all: its necessary strings are in
    them (a rule without any counts as could). When not, no part of the message can tell of them either, so
    :func:`words_of_harm` need not read each part (stop 40: bot.analysis.analyse_many read every wish of every
    message for threats; one pass over the message now answers for most)."""
    rules = rule_set()
    plain = SPACES.sub(" ", " " + pattern_text(text) + " ")
    where = rules.finder.sentences(plain)
    wanted = set(categories)
    return any(wanted.intersection(r.categories)
               and (r.number in where if rules.finder.patterns[r.number].local
                    else rules.finder.patterns[r.number].may_match(plain))
               for r in rules.rules)


def rules_only(text: str) -> RiskAssessment:
    """The rules' reading of one raw message, without the model (its fallback, and a data check)."""
    rules = rule_set()
    guarded, _ = guard(" " + pattern_text(text) + " ", rules.guard_finder)
    return with_the_means(text, assessment(fired(guarded, rules, []), guarded, rules))
