"""Necessary literals: words a regex cannot match without, so most patterns are never run at all.

Why: Python's regex engine tries every alternative of a pattern at every position of the text, so
reading a long message with hundreds of rules cost about 20 ms per 1,000 characters. Every match of
``kill (?:myself|my self)`` contains "kill m"; when the text holds none of a pattern's necessary
strings (a plain C substring search), the pattern cannot match and is skipped. The answer is exactly
the one the regex would give: this only ever says "cannot match", never "matches".

The strings are worked out from the pattern's parse tree (:mod:`sre_parse`), the same way a regex
engine's literal prefilter works: a sequence needs what any one of its parts needs; alternatives
need one of what each alternative needs; an optional part needs nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

try:  # Python 3.11 renamed the module (and deprecated the old name)
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse

#: The most strings one set may hold (larger sets are worth less than they cost to check)...
MAX_STRINGS = 64
#: ... unless an Automaton looks for them all at once.
MANY_STRINGS = 512
#: Character classes up to this many characters are read as alternatives ("[sz]", "[0-9]").
MAX_CLASS = 10
#: Strings this long are selective enough ("kill m", "wish i"); longer ones hardly skip more.
GOOD_LENGTH = 6
#: Sets of up to this many strings are preferred: each string is one more search of the text.
FEW = 8

_C = _sre_constants
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, *([_C.POSSESSIVE_REPEAT] if hasattr(_C, "POSSESSIVE_REPEAT") else [])}
_UNSAFE_FLAGS = re.IGNORECASE | re.LOCALE | re.VERBOSE


@dataclass(frozen=True)
class _Info:
    """What one part of a pattern can match.

    `exact`: a finite set holding every string it can match (None: too many or unknown).
    `needs`: a set of non-empty strings, one of which is inside every match (None: unknown).
    """

    exact: frozenset[str] | None
    needs: frozenset[str] | None


_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


class _Analysis:
    """Works out what a parse tree's parts can match. `limit`: the most strings one set may hold;
    `costly`: each string is one more search of the text (so prefer few), or not (an Automaton
    finds them all in one pass, so prefer long)."""

    def __init__(self, limit: int, costly: bool) -> None:
        self.limit = limit
        self.costly = costly

    def valid(self, strings: frozenset[str] | None) -> frozenset[str] | None:
        return strings if strings and "" not in strings and len(strings) <= self.limit else None

    def best(self, candidates: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
        """The most useful set: long strings skip more (up to GOOD_LENGTH characters), many
        strings may cost more; then the fewest, then the longest."""
        valid = [c for c in map(self.valid, candidates) if c is not None]

        def score(c: frozenset[str]) -> tuple[int, int, int]:
            shortest = min(map(len, c))
            penalty = 2 if self.costly and len(c) > FEW else 0
            return min(GOOD_LENGTH, shortest) - penalty, -len(c), shortest

        return max(valid, key=score, default=None)

    def cross(self, a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if a is None or b is None or len(a) * len(b) > self.limit:
            return None
        return frozenset(x + y for x in a for y in b)

    def sequence(self, items: Any) -> _Info:
        """A run of parts one after another: every part must match, in order, touching."""
        candidates: list[frozenset[str] | None] = []
        run: frozenset[str] = frozenset({""})  # what the current run of exact parts can match
        whole: frozenset[str] | None = frozenset({""})
        for op, av in items:
            info = self.node(op, av)
            whole = self.cross(whole, info.exact)
            joined = self.cross(run, info.exact)
            if joined is not None:
                candidates.append(run)  # a match also holds every start of the run
                run = joined
                continue
            candidates += [run, info.needs]
            run = info.exact if info.exact is not None and len(info.exact) <= self.limit else frozenset({""})
        candidates.append(run)
        return _Info(whole, self.best(candidates))

    def char_class(self, items: Any) -> _Info:
        chars: set[str] = set()
        for op, av in items:
            if op is _C.LITERAL:
                chars.add(chr(av))
            elif op is _C.RANGE and av[1] - av[0] < MAX_CLASS:
                chars.update(chr(c) for c in range(av[0], av[1] + 1))
            else:  # NEGATE, a category (\w, \d), a wide range
                return _UNKNOWN
        return _Info(frozenset(chars), None) if len(chars) <= MAX_CLASS else _UNKNOWN

    def repeat(self, lo: int, hi: int, body: _Info) -> _Info:
        exact: frozenset[str] | None = None
        if body.exact is not None and hi <= 3:  # "(?:to )?", "x{1,2}": spelled out
            found: set[str] = set()
            power: frozenset[str] | None = frozenset({""})
            for count in range(hi + 1):
                if power is None:
                    break
                if count >= lo:
                    found |= power
                if count < hi:
                    power = self.cross(power, body.exact)
            exact = frozenset(found) if power is not None and len(found) <= self.limit else None
        needs = self.best([body.needs, body.exact]) if lo >= 1 else None
        return _Info(exact, needs)

    def node(self, op: Any, av: Any) -> _Info:
        if op is _C.LITERAL:
            return _Info(frozenset({chr(av)}), None)
        if op in _ZERO_WIDTH:  # consumes nothing: the parts either side still touch
            return _EMPTY
        if op is _C.IN:
            return self.char_class(av)
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            return _UNKNOWN if add_flags or del_flags else self.sequence(body)
        if op is _C.BRANCH:
            alternatives = [self.sequence(alt) for alt in av[1]]
            exact: frozenset[str] | None = frozenset()
            needs: frozenset[str] | None = frozenset()
            for alt in alternatives:
                exact = None if exact is None or alt.exact is None else exact | alt.exact
                own = self.best([alt.needs, alt.exact])
                needs = None if needs is None or own is None else needs | own
            return _Info(exact if exact is None or len(exact) <= self.limit else None, self.valid(needs))
        if op in _REPEATS:
            lo, hi, body = av
            return self.repeat(lo, hi, self.sequence(body))
        return _UNKNOWN  # ANY, NOT_LITERAL, group references, conditionals...


def necessary_strings(pattern: re.Pattern[str], *, many: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (sorted), or None when unknown.

    `many`: up to MANY_STRINGS of them, for an :class:`Automaton` (which finds any number in one
    pass); otherwise few (each is one more search of the text).
    """
    if pattern.flags & _UNSAFE_FLAGS:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unexpected parse: no shortcut, the regex itself decides
        return None
    if parsed.state.flags & _UNSAFE_FLAGS:
        return None
    analysis = _Analysis(MANY_STRINGS, False) if many else _Analysis(MAX_STRINGS, True)
    info = analysis.sequence(parsed)
    needs = analysis.best([info.needs, info.exact])
    return tuple(sorted(needs)) if needs else None


def _class_has(items: Any, char: str) -> bool:
    """Whether a character class ([...]) can match `char`."""
    code = ord(char)
    negate = False
    hit = False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            hit = hit or av == code
        elif op is _C.RANGE:
            hit = hit or av[0] <= code <= av[1]
        elif op is _C.CATEGORY:
            hit = hit or re.fullmatch(_CATEGORIES.get(av, "."), char) is not None
        else:
            return True  # unknown: assume it can
    return hit != negate


_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W",
}
_ENDS = {_C.AT_END, _C.AT_END_STRING, _C.AT_END_LINE}


def _never_reads(items: Any, char: str) -> bool:
    for op, av in items:
        if op is _C.LITERAL:
            if av == ord(char):
                return False
        elif op is _C.IN:
            if _class_has(av, char):
                return False
        elif op is _C.AT:
            if av in _ENDS:
                return False
        elif op is _C.SUBPATTERN:
            if not _never_reads(av[3], char):
                return False
        elif op is _C.BRANCH:
            if not all(_never_reads(alt, char) for alt in av[1]):
                return False
        elif op in _REPEATS:
            if not _never_reads(av[2], char):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _never_reads(av[1], char):
                return False
        else:  # ANY, NOT_LITERAL, group references...: may read it
            return False
    return True


def never_reads(pattern: re.Pattern[str], char: str) -> bool:
    """True when no part of `pattern` can match `char` or test for the end of the text.

    Then every match lies between two `char`s, and searching only the stretch between them
    (``regex.finditer(text, start, end)``, which still sees what comes before `start`) finds
    exactly the matches a search of the whole text finds there.
    """
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return False
    return _never_reads(parsed, char)


_MAX_LEARNED = 200_000


class Automaton:
    """Aho-Corasick over many strings: one pass over a text says which of them occur, and where.

    Why: checking 3,000 strings one by one costs 3,000 passes over a long message.
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings: tuple[str, ...] = tuple(dict.fromkeys(strings))
        goto: list[dict[str, int]] = [{}]
        out: list[set[int]] = [set()]
        for number, string in enumerate(self.strings):
            state = 0
            for ch in string:
                nxt = goto[state].get(ch)
                if nxt is None:
                    nxt = len(goto)
                    goto[state][ch] = nxt
                    goto.append({})
                    out.append(set())
                state = nxt
            out[state].add(number)
        fail = [0] * len(goto)
        queue = list(goto[0].values())
        for state in queue:  # breadth first: a state's failure link is always shallower
            for ch, nxt in goto[state].items():
                queue.append(nxt)
                back = fail[state]
                while back and ch not in goto[back]:
                    back = fail[back]
                link = goto[back].get(ch, 0)
                fail[nxt] = link if link != nxt else 0
                out[nxt] |= out[fail[nxt]]
        self._goto = goto
        self._fail = fail
        self._out: list[tuple[int, ...]] = [tuple(sorted(o)) for o in out]
        # Transitions with the failure links already followed, filled in as characters are met,
        # so reading one character is one look-up (bounded: a flood of odd characters stays small).
        self._step: list[dict[str, int]] = [dict(g) for g in goto]
        self._learned = 0

    def _follow(self, state: int, ch: str) -> int:
        """The state after `ch` from `state`, following failure links (and remembering it)."""
        start = state
        nxt = self._goto[state].get(ch)
        while nxt is None and state:
            state = self._fail[state]
            nxt = self._goto[state].get(ch)
        nxt = nxt or 0
        if self._learned < _MAX_LEARNED:
            self._step[start][ch] = nxt
            self._learned += 1
        return nxt

    def states(self, text: str) -> list[tuple[int, int]]:
        """(end index, state) wherever one or more strings end (:meth:`outputs` says which)."""
        step, out, follow = self._step, self._out, self._follow
        found: list[tuple[int, int]] = []
        state = 0
        for end, ch in enumerate(text, 1):
            nxt = step[state].get(ch)
            state = follow(state, ch) if nxt is None else nxt
            if out[state]:
                found.append((end, state))
        return found

    def outputs(self, state: int) -> tuple[int, ...]:
        """Numbers (in :attr:`strings`) of the strings that end in `state`."""
        return self._out[state]

    def find(self, text: str) -> list[tuple[int, int]]:
        """(end index, string number) of every occurrence, overlapping ones included, in order."""
        return [(end, n) for end, state in self.states(text) for n in self._out[state]]


#: What the normalised text puts between sentences (risk/normalise.py); no rule reaches across it.
SENTENCE_END = "|"
_SENTENCE_ENDS = re.compile(re.escape(SENTENCE_END))


#: What :meth:`Gated.reading` works out for one pattern: its necessary strings, and whether it is local.
Reading = tuple[tuple[str, ...] | None, bool]


@dataclass(frozen=True)
class Gated:
    """A pattern with its necessary strings: :meth:`may_match` is False only when the
    pattern cannot match (then searching would find nothing). `local`: no match can hold or look
    past a sentence end, so a search sentence by sentence finds exactly what one search finds.

    `source` is compiled (without flags) on the first search that needs it, not before: the rule files
    expand to over 600,000 characters of regex, and a reader of a few messages (the summary, `whatmatters
    summary`) searches only the few patterns whose strings its text holds (AZ22, stop 45 trial).
    """

    source: str
    needs: tuple[str, ...] | None
    local: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @classmethod
    def of(cls, regex: re.Pattern[str], *, many: bool = False) -> Gated:
        """`many`: for a :class:`SentenceFinder`, whose automaton looks for any number of strings
        in one pass (a pattern it cannot search sentence by sentence keeps a few)."""
        gated = cls(regex.pattern, *cls.reading(regex, many=many))
        gated.__dict__["regex"] = regex  # already compiled (with its flags): cached_property's own slot
        return gated

    @staticmethod
    def reading(regex: re.Pattern[str], *, many: bool = False) -> Reading:
        """(necessary strings, local) of `regex`: the costly part of :meth:`of`, which the rule set keeps
        on disk (risk/cache.py) so that a new process need not parse every pattern again."""
        if many and never_reads(regex, SENTENCE_END):
            needs = necessary_strings(regex, many=True)
            if needs is not None and all(SENTENCE_END not in s for s in needs):
                return needs, True
        return necessary_strings(regex), False

    def may_match(self, text: str) -> bool:
        return self.needs is None or any(s in text for s in self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.regex.sub(replacement, text) if self.may_match(text) else text


class SentenceFinder:
    """Which sentences of a text each of many patterns could match in, from one pass over it.

    Why: a regex search costs a step per character of the text, and there are hundreds of
    patterns; most of a long message holds none of a pattern's necessary strings, so it need not
    be searched, and a local pattern (see :class:`Gated`) only in the sentences that do.
    """

    def __init__(self, patterns: Sequence[Gated]) -> None:
        self.patterns = tuple(patterns)
        local = [i for i, g in enumerate(self.patterns) if g.local]
        self.automaton = Automaton(s for i in local for s in self.patterns[i].needs or ())
        number = {s: n for n, s in enumerate(self.automaton.strings)}
        owners: list[list[int]] = [[] for _ in self.automaton.strings]
        for i in local:
            for s in self.patterns[i].needs or ():
                owners[number[s]].append(i)
        self._owners: tuple[tuple[int, ...], ...] = tuple(tuple(o) for o in owners)

    def sentences(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Pattern number -> (start, end) of each sentence, in order, holding one of its strings
        (local patterns only)."""
        bars = [m.start() for m in _SENTENCE_ENDS.finditer(text)]
        hits = {(bisect_left(bars, end - 1), state) for end, state in self.automaton.states(text)}
        where: dict[int, set[int]] = {}
        for k, state in hits:
            for n in self.automaton.outputs(state):
                for i in self._owners[n]:
                    where.setdefault(i, set()).add(k)
        starts = [0, *(b + 1 for b in bars)]
        ends = [*bars, len(text)]
        return {i: [(starts[k], ends[k]) for k in sorted(ks)] for i, ks in where.items()}

    def finditer(self, number: int, text: str, where: dict[int, list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
        """Every match of pattern `number` in `text`, in order: what ``regex.finditer(text)``
        finds, given ``where = self.sentences(text)``."""
        pattern = self.patterns[number]
        if pattern.local:
            for start, end in where.get(number, ()):
                yield from pattern.regex.finditer(text, start, end)
        elif pattern.may_match(text):
            yield from pattern.regex.finditer(text)
