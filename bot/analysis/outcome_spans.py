"""Learned outcome boundaries (issue 11, fourth round): a token-level CRF over each answer, trained on the gold.

Why: the hand-written cut in bot.analysis.outcomes (`_pieces`, `_join`, `_headings`) reads 0.69 / 0.68
span F1 on the dev set it was tuned on but 0.51 / 0.55 on dev scripts it had not seen (and 0.57 / 0.48
on the blind set): the rules fit their writers. This labeller learns where a wish starts and ends
from the practitioners' gold spans instead, and is measured on conversations it was not trained on
(benchmarks/outcome_span_benchmark.py --learned).

How: an answer is cut into tokens with character offsets (a word with its apostrophes, each
punctuation mark, each emoji run), so a predicted span is always text[start:end], an exact
substring, trimmed as outcomes.trim does. Each token gets B / I / O (begins, inside, outside an
outcome) from a linear-chain CRF (python-crfsuite, installed with Rasa). Features: the word folded
and de-mutated, its shape, prefixes / suffixes, the words two either side, sentence start / end,
the answer's and the sentence's language, the question's outcome type, whether the word is a
joiner, filler, conjunction or clause verb from the lists outcomes.py uses (imported), where a wish
cue or a report opening starts, and its position in the answer. The hybrid reading adds the rules'
own cut (is this token a rules' span start / inside) as features.

ClauseLabeller is the same CRF over the rules' clauses (outcomes._pieces) rather than tokens: it
learns which clauses are outcomes and which join the one before.

Only the boundaries are learned: typing, the filler short-cut, the cap and "read in full" stay in
outcomes.sort_outcomes_many. Nothing downloaded; training is a few seconds and deterministic (L-BFGS).
"""
from __future__ import annotations

import functools
import itertools
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .language import detect_language
from .text import canonical_word, fold

#: A word (with inner apostrophes: "dwi'n", "I'd", "a'r"), a run of emoji, or any other single mark.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|[\U0001F000-\U0010FFFF\u2600-\u27BF\u200d\ufe0f]+|\S")
_SENTENCE_MARKS = frozenset(".!?\u2026")
_CONJ_EN = frozenset({"and", "but", "also", "plus", "&", "or", "so"})
_CONJ_CY = frozenset({"a", "ac", "ond", "hefyd", "a'r", "a'i", "neu", "felly", "wedyn"})

#: CRF settings (python-crfsuite's L-BFGS with elastic-net regularisation), chosen by 5-fold CV by
#: conversation on the training batch only (benchmarks/outcome_span_benchmark.py --learned).
C1 = 0.3
C2 = 0.1
MAX_ITERATIONS = 200


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SpanExample:
    """One answer and its gold outcome spans (character offsets), for training."""

    text: str
    question: str | None  # the question's outcome type (or free text), as sort_outcomes receives it
    spans: tuple[tuple[int, int], ...]


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def bio_labels(tokens: Sequence[Token], spans: Iterable[tuple[int, int]]) -> list[str]:
    """B / I / O per token: a token inside a gold span (by its start) is I, the first one B."""
    labels = ["O"] * len(tokens)
    for s, e in spans:
        first = True
        for i, t in enumerate(tokens):
            if t.start >= s and t.end <= e:
                labels[i] = "B" if first else "I"
                first = False
    return labels


def _is_emoji(tok: str) -> bool:
    return all(unicodedata.category(ch) in ("So", "Sk") or ch in "\u200d\ufe0f" for ch in tok)


def _shape(tok: str) -> str:
    if _is_emoji(tok):
        return "emoji"
    if tok.isdigit():
        return "digit"
    if not any(ch.isalnum() for ch in tok):
        return "punct"
    if tok.isupper() and len(tok) > 1:
        return "upper"
    if tok[:1].isupper():
        return "title"
    return "lower"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


class _Lexicon:
    """The word lists and openings outcomes.py cuts by (imported lazily: outcomes imports this module)."""

    def __init__(self) -> None:
        from . import outcomes as o

        self.verbs = o._clause_verbs()
        self.filler = re.compile(o._FILLER_WORD + r"$", re.IGNORECASE)
        self.lead_en = o._LEAD_EN
        self.lead_cy = o._LEAD_CY
        self.openings: tuple[tuple[str, re.Pattern[str]], ...] = (
            ("wish_start", o._WISH_START), ("statement", o._STATEMENT_START), ("imperative", o._IMPERATIVE_START),
            ("gerund", o._GERUND_START), ("history", o._HISTORY), ("remark", o._REMARK_ON_IT),
            ("importance", o._IMPORTANCE_TAG),
        )
        self.wish_cue = o._WISH_CUE
        self.question_type = o.question_type
        self.model = o.get_model


_lexicon: _Lexicon | None = None


def _lex() -> _Lexicon:
    global _lexicon  # noqa: PLW0603 - built once per process from outcomes.py's own lists
    if _lexicon is None:
        _lexicon = _Lexicon()
    return _lexicon


def features(text: str, question: str | None, tokens: Sequence[Token] | None = None,
             rules_cut: Sequence[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """One feature dict per token. `rules_cut`: the rules' spans, for the hybrid reading."""
    lex = _lex()
    toks = list(tokens) if tokens is not None else tokenize(text)
    n = len(toks)
    lang = detect_language(text).language
    qtype = lex.question_type(question) or "none"
    low = [t.text.lower().replace("\u2019", "'") for t in toks]
    words = [fold(w) for w in low]
    canon = [canonical_word(w) if w[:1].isalpha() else w for w in low]
    # Sentences: a sentence mark before, or a new line in the gap before the token.
    sent_start = [True] * n
    for i in range(1, n):
        gap = text[toks[i - 1].end:toks[i].start]
        sent_start[i] = toks[i - 1].text[-1:] in _SENTENCE_MARKS or "\n" in gap or _is_emoji(toks[i - 1].text)
    sent_idx: list[int] = []
    pos_in_sent: list[int] = []
    k, p = -1, 0
    for i in range(n):
        if sent_start[i]:
            k, p = k + 1, 0
        sent_idx.append(k)
        pos_in_sent.append(p)
        p += 1
    sent_len: dict[int, int] = {}
    for s in sent_idx:
        sent_len[s] = sent_len.get(s, 0) + 1
    sent_lang: dict[int, str] = {}
    for s in set(sent_idx):
        members = [t for t, si in zip(toks, sent_idx) if si == s]
        piece = text[members[0].start:members[-1].end]
        guess = detect_language(piece)
        sent_lang[s] = guess.language if guess.confidence >= 0.5 else lang
    cue_at = [bool(lex.wish_cue.match(text, t.start)) for t in toks]
    rule_tag = bio_labels(toks, rules_cut) if rules_cut is not None else ["O"] * n
    out: list[dict[str, Any]] = []
    for i, t in enumerate(toks):
        w, c = words[i], canon[i]
        slang = sent_lang[sent_idx[i]]
        f: dict[str, Any] = {
            "bias": 1.0,
            "w": w,
            "c": c,
            "shape": _shape(t.text),
            "p2": w[:2], "p3": w[:3], "s2": w[-2:], "s3": w[-3:],
            "lang": lang,
            "slang": slang,
            "q": qtype,
            "q_w": qtype + "|" + c,
            "sent_start": sent_start[i],
            "sent_end": i + 1 == n or sent_start[i + 1],
            "pos_sent": _bucket(pos_in_sent[i], (0, 1, 2, 4, 8, 16)),
            "left_in_sent": _bucket(sent_len[sent_idx[i]] - pos_in_sent[i] - 1, (0, 1, 2, 4, 8)),
            "sent_no": _bucket(sent_idx[i], (0, 1, 2, 4)),
            "pos_answer": _bucket(int(10 * i / max(n, 1)), (0, 2, 5, 8, 9)),
            "answer_len": _bucket(n, (3, 8, 20, 50, 100)),
            "verb": c in lex.verbs or (len(c) > 4 and c.endswith("ing")),
            "filler": bool(lex.filler.match(w)),
            "joiner": bool((lex.lead_cy if slang == "cy" else lex.lead_en).match(w + " ")),
            "conj": w in (_CONJ_CY if slang == "cy" else _CONJ_EN),
            "conj_l": slang + "|" + w if w in _CONJ_CY | _CONJ_EN else "",
            "cue": cue_at[i],
            "newline_before": i > 0 and "\n" in text[toks[i - 1].end:t.start],
        }
        for name, pat in lex.openings:
            if pat.match(text, t.start):
                f["open_" + name] = True
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f[f"{d}:w"] = words[j]
                f[f"{d}:c"] = canon[j]
                f[f"{d}:shape"] = _shape(toks[j].text)
                f[f"{d}:verb"] = canon[j] in lex.verbs
            else:
                f[f"{d}:w"] = "<edge>"
        if i > 0:
            f["bigram_l"] = words[i - 1] + "|" + w
        if i + 1 < n:
            f["bigram_r"] = w + "|" + words[i + 1]
        if rules_cut is not None:
            f["rule"] = rule_tag[i]
            f["rule_prev"] = rule_tag[i - 1] if i else "<edge>"
            f["rule_next"] = rule_tag[i + 1] if i + 1 < n else "<edge>"
        out.append(f)
    return out


def decode(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int]]:
    """Spans (start of the first token, end of the last) from B / I / O tags; an I after O begins one."""
    spans: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for t, tag in zip(tokens, tags):
        if tag == "B" or (tag == "I" and cur is None):
            if cur is not None:
                spans.append((cur[0], cur[1]))
            cur = [t.start, t.end]
        elif tag == "I" and cur is not None:
            cur[1] = t.end
        else:
            if cur is not None:
                spans.append((cur[0], cur[1]))
            cur = None
    if cur is not None:
        spans.append((cur[0], cur[1]))
    return spans


def _crfsuite() -> Any:
    """python-crfsuite (installed with Rasa), imported only when a labeller is built."""
    import pycrfsuite  # type: ignore[import-untyped]  # no stubs shipped

    return pycrfsuite


RulesCut = Callable[[str, str | None], list[tuple[int, int]]]


class SpanLabeller:
    """A trained CRF over answers' tokens; `spans(text, question)` gives exact character spans."""

    def __init__(self, examples: Sequence[SpanExample], hybrid: RulesCut | None = None,
                 c1: float = C1, c2: float = C2, max_iterations: int = MAX_ITERATIONS,
                 model_path: Path | None = None) -> None:
        pycrfsuite = _crfsuite()
        self.hybrid = hybrid
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if model_path is None or not model_path.exists():
            trainer = pycrfsuite.Trainer(verbose=False)
            for ex in examples:
                toks = tokenize(ex.text)
                if not toks:
                    continue
                trainer.append(self._features(ex.text, ex.question, toks), bio_labels(toks, ex.spans))
            trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                                "feature.possible_transitions": True})
            if model_path is None:
                self._tmp = tempfile.TemporaryDirectory(prefix="whatmatters-spans-")
                model_path = Path(self._tmp.name) / "spans.crfsuite"
            trainer.train(str(model_path))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))

    def _features(self, text: str, question: str | None, toks: Sequence[Token]) -> list[dict[str, Any]]:
        cut = self.hybrid(text, question) if self.hybrid is not None else None
        return features(text, question, toks, cut)

    def spans(self, text: str, question: str | None) -> list[tuple[int, int]]:
        toks = tokenize(text)
        if not toks:
            return []
        tags = self.tagger.tag(self._features(text, question, toks))
        return decode(toks, tags)


# ------------------------------------------------------------------ clause-level variant
#
# The same CRF over the rules' clauses (outcomes._pieces: sentences, then commas and the sentence's own
# conjunctions) instead of tokens: B / I / O per clause, so it learns which clauses are outcomes and which
# join the one before, where the token labeller must also find the edges. 94% of the dev gold spans start
# and end on those clause edges.


def clause_pieces(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, features) of each of the rules' clauses of `text`."""
    from . import outcomes as o

    lex = _lex()
    lang = detect_language(text).language
    lang = lang if lang in ("cy", "en") else "en"
    pcs = o._pieces(text, lang)
    out: list[tuple[int, int, dict[str, Any]]] = []
    for k, pc in enumerate(pcs):
        piece = text[pc.start:pc.end]
        canon = [canonical_word(w) for w in piece.lower().replace("\u2019", "'").split()]
        canon = [re.sub(r"[^\w']+$", "", w) for w in canon] or [""]
        f: dict[str, Any] = {
            "bias": 1.0, "kind": pc.kind, "reading": pc.reading, "lang": pc.language,
            "w0": canon[0], "w1": canon[1] if len(canon) > 1 else "<end>", "wl": canon[-1],
            "w01": canon[0] + "|" + (canon[1] if len(canon) > 1 else "<end>"),
            "n": _bucket(len(canon), (1, 2, 3, 5, 8, 13, 20)),
            "cue": bool(lex.wish_cue.search(piece)),
            "verb": any(w in lex.verbs for w in canon),
            "filler": bool(o._FILLER.match(piece)),
            "q": lex.question_type(None) or "none",
            "first_in_sentence": k == 0 or pcs[k - 1].sentence != pc.sentence,
            "last_in_sentence": k + 1 == len(pcs) or pcs[k + 1].sentence != pc.sentence,
            "sent_no": _bucket(pc.sentence, (0, 1, 2, 4)),
            "whole": len(pcs) == 1,
            "ends_stop": piece.rstrip()[-1:] in _SENTENCE_MARKS,
        }
        for name, pat in lex.openings:
            if pat.match(piece):
                f["open_" + name] = True
        for w in set(canon):
            f["bow:" + w] = 1.0
        out.append((pc.start, pc.end, f))
    for k, (_a, _b, f) in enumerate(out):
        for d in (-1, 1):
            if 0 <= k + d < len(out):
                g = out[k + d][2]
                for key in ("kind", "reading", "cue", "w0", "n", "open_statement", "open_wish_start"):
                    f[f"{d}:{key}"] = g.get(key, False)
            else:
                f[f"{d}:edge"] = True
    return out


#: Read each clause with the outcome sorter (trained on bot/data/analysis, not the dev gold) as features.
CLAUSE_MODEL = True


class ClauseLabeller:
    """The CRF over the rules' clauses; `spans(text, question)` as SpanLabeller's."""

    def __init__(self, examples: Sequence[SpanExample], c1: float = C1, c2: float = C2,
                 max_iterations: int = MAX_ITERATIONS) -> None:
        pycrfsuite = _crfsuite()
        trainer = pycrfsuite.Trainer(verbose=False)
        for ex in examples:
            pcs = self._features(ex.text, ex.question)
            if not pcs:
                continue
            labels = ["O"] * len(pcs)
            for s, e in ex.spans:
                inside = [k for k, (a, b, _f) in enumerate(pcs) if a >= s - 1 and b <= e + 1]
                for j, k in enumerate(inside):
                    labels[k] = "B" if j == 0 else "I"
            trainer.append([f for _a, _b, f in pcs], labels)
        trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                            "feature.possible_transitions": True})
        self._tmp = tempfile.TemporaryDirectory(prefix="whatmatters-clauses-")
        path = Path(self._tmp.name) / "clauses.crfsuite"
        trainer.train(str(path))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    @staticmethod
    def _features(text: str, question: str | None) -> list[tuple[int, int, dict[str, Any]]]:
        pcs = clause_pieces(text)
        q = _lex().question_type(question) or "none"
        rows = _lex().model().proba([text[a:b] for a, b, _f in pcs], [question] * len(pcs)) if CLAUSE_MODEL else []
        for k, (_a, _b, f) in enumerate(pcs):
            f["q"] = q
            f["q_w0"] = q + "|" + str(f["w0"])
            if rows:
                f["pnone"] = _bucket(int(10 * rows[k][-1]), (1, 3, 5, 7, 9))
                f["ptype"] = max(range(len(rows[k]) - 1), key=lambda j: rows[k][j])
        return pcs

    def spans(self, text: str, question: str | None) -> list[tuple[int, int]]:
        pcs = self._features(text, question)
        if not pcs:
            return []
        tags = self.tagger.tag([f for _a, _b, f in pcs])
        out: list[tuple[int, int]] = []
        open_ = False  # the last clause was B or I: an I goes on with it
        for (a, b, _f), tag in zip(pcs, tags):
            if tag == "I" and open_:
                out[-1] = (out[-1][0], b)
            elif tag in ("B", "I"):
                out.append((a, b))
            open_ = tag != "O"
        return out


# ------------------------------------------------------------------ which of the rules' outcomes are outcomes (stop 30)
#
# Issue 11, stop 30: on new writers the biggest loss is not where an outcome is cut but WHICH sentences are outcomes at
# all (a quarter of the rules' outcomes overlap nothing a reader marked). The sifter is a logistic regression over each
# outcome the rules found (its words, first and last words, length, place in the answer, the question's type, the
# outcome sorter's own reading, wish cues and openings): it says whether a reader would mark it. It only removes the
# rules' outcomes, so every outcome left is still theirs (an exact slice, the fragment rule, cap and read-in-full as
# they were). Measured leave-one-writer-out (benchmarks/outcome_span_benchmark.py --by-writer).


@dataclass(frozen=True)
class SiftExample:
    """One outcome the rules found in an answer, and whether a reader marked it (overlapping words)."""

    text: str
    question: str | None
    start: int
    end: int
    marked: bool


def sift_features(text: str, question: str | None, spans: Sequence[tuple[int, int]],
                  sorter_rows: Sequence[Sequence[float]] | None = None) -> list[dict[str, Any]]:
    """One feature dict per outcome span of one answer. `sorter_rows`: the outcome sorter's reading of each span."""
    from . import outcomes as o

    lex = _lex()
    lang = detect_language(text).language
    qtype = lex.question_type(question) or "none"
    n_answer = max(len(tokenize(text)), 1)
    out: list[dict[str, Any]] = []
    for k, (a, b) in enumerate(spans):
        piece = text[a:b]
        canon = [canonical_word(w) for w in re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*", piece.lower())] or [""]
        before = re.findall(r"[^\W_]+", text[max(0, a - 40):a].lower())
        f: dict[str, Any] = {
            "bias": 1.0,
            "lang": lang,
            "q": qtype,
            "q_w0": qtype + "|" + canon[0],
            "w0": canon[0],
            "w01": canon[0] + "|" + (canon[1] if len(canon) > 1 else "<end>"),
            "wl": canon[-1],
            "prev": canonical_word(before[-1]) if before else "<start>",
            "n": _bucket(len(canon), (2, 3, 4, 6, 9, 14, 20, 30)),
            "share": _bucket(int(10 * len(tokenize(piece)) / n_answer), (2, 5, 8, 9)),
            "whole": (a, b) == o.trim(text, 0, len(text)),
            "k": _bucket(k, (0, 1, 2, 4)),
            "last": k + 1 == len(spans),
            "n_spans": _bucket(len(spans), (1, 2, 3, 5)),
            "cue": bool(lex.wish_cue.search(piece)),
            "q_cue": qtype + "|" + str(bool(lex.wish_cue.search(piece))),
            "verb": any(w in lex.verbs for w in canon),
            "ends": piece.rstrip()[-1:] if piece.rstrip()[-1:] in ".!?" else "other",
            "title_share": _bucket(int(10 * sum(w[:1].isupper() for w in piece.split()) / max(len(piece.split()), 1)),
                                   (0, 2, 5)),
            "digit": any(ch.isdigit() for ch in piece),
            "emoji": any(_is_emoji(t.text) for t in tokenize(piece)),
        }
        for name, pat in lex.openings:
            if pat.match(piece):
                f["open_" + name] = True
        for w in set(canon):
            f["bow:" + w] = 1.0
        for w1, w2 in itertools.pairwise(canon):
            f["bi:" + w1 + "|" + w2] = 1.0
        if sorter_rows is not None:
            row = sorter_rows[k]
            f["pnone"] = _bucket(int(10 * row[-1]), (1, 3, 5, 7, 9))
            f["ptype"] = str(max(range(len(row) - 1), key=lambda j: row[j]))
        out.append(f)
    return out


@functools.lru_cache(maxsize=8192)
def _sift_rows(text: str, question: str | None, spans: tuple[tuple[int, int], ...]) -> tuple[dict[str, Any], ...]:
    """sift_features with the outcome sorter's reading, once per answer however often it is taught or read
    (the leave-one-writer-out curve teaches a hundred sifters from the same answers); the dicts are never changed."""
    rows = _lex().model().proba([text[a:b] for a, b in spans], [question] * len(spans)) if spans else []
    return tuple(sift_features(text, question, spans, rows))


#: The sifter's settings: inverse regularisation and the probability below which an outcome is dropped.
SIFT_C = 1.0
SIFT_DROP_BELOW = 0.5


class OutcomeSifter:
    """Which of the rules' outcomes a reader would mark; `keep(text, question, spans)` gives one bool per span."""

    def __init__(self, examples: Sequence[SiftExample], c: float = SIFT_C, drop_below: float = SIFT_DROP_BELOW) -> None:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        self.drop_below = drop_below
        by_answer: dict[tuple[str, str | None], list[SiftExample]] = {}
        for ex in examples:
            by_answer.setdefault((ex.text, ex.question), []).append(ex)
        rows: list[dict[str, Any]] = []
        labels: list[int] = []
        for (text, question), exs in by_answer.items():
            rows += self._features(text, question, [(ex.start, ex.end) for ex in exs])
            labels += [int(ex.marked) for ex in exs]
        self.vectoriser = DictVectorizer()
        self.model = LogisticRegression(C=c, max_iter=2000)
        self.fitted = len(set(labels)) == 2
        if self.fitted:
            self.model.fit(self.vectoriser.fit_transform(rows), labels)

    @staticmethod
    def _features(text: str, question: str | None, spans: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
        return list(_sift_rows(text, question, tuple(spans)))

    def marked(self, text: str, question: str | None, spans: Sequence[tuple[int, int]]) -> list[float]:
        """The probability that a reader marks each span."""
        if not spans or not self.fitted:
            return [1.0] * len(spans)
        probs = self.model.predict_proba(self.vectoriser.transform(self._features(text, question, spans)))
        return [float(p) for p in probs[:, list(self.model.classes_).index(1)]]

    def keep(self, text: str, question: str | None, spans: Sequence[tuple[int, int]]) -> list[bool]:
        return [p >= self.drop_below for p in self.marked(text, question, spans)]
