"""Draft sorting of what a person says into change / maintenance / process outcomes.

Outcome types (Friend not Foe, Principle 2; "maintenance can be positive"):

* change - be different: walk again, more confident, fewer symptoms, learn, get out more.
* maintenance - keep quality of life: stay at home, keep seeing people, keep going to chapel.
* process - how support is given: listened to, respected, same carers on time, Welsh spoken.

Model, and why (chosen by 5-fold stratified cross-validation on the training
data only - `benchmarks/analysis_benchmark.py --cv`; held-out sets never used):

* Features: TF-IDF character n-grams (char_wb, 2-5) on the folded lower-cased
  text, plus TF-IDF word 1-2-grams on `text.canonical_tokens` (mutations
  undone, "isio"/"moyn" -> "eisiau", "efo" -> "gyda") with bilingual cue
  tokens appended (bot/data/analysis/cues.tsv: "keep/dal i/cadw" -> keep,
  "again/eto/yn ôl" -> again, "carers/gofalwyr/ar amser" -> care), so the
  two languages share evidence. Character n-grams survive mutations and typos
  ("nghartref" still shares "artref" with "cartref").
  CV (C=300): char only macro-F1 en 0.90 / cy 0.88, log-loss 0.36;
  word+cues only en 0.94 / cy 0.94, log-loss 0.27, ECE 0.028;
  both en 0.94 / cy 0.94, log-loss 0.25, ECE 0.012 - same F1 as word-only
  but the best-calibrated, so both are used. Without the cue tokens CV F1 was
  about 0.86-0.88.
* Classifier: multinomial LogisticRegression, C=300 (best CV log-loss / ECE
  over 3..1000), class_weight="balanced", over four classes: the three types
  plus "none" (yes / ok / diolch / skip / "dunno"), so "no outcome" is learned
  rather than guessed. Exact matches of known no-outcome replies
  (no_outcome_train.tsv) short-circuit to None.
* Confidence: the plain LR probability of the type (not renormalised over the
  three types, so an answer that looks half like "no outcome" is honestly less
  certain). CV expected calibration error 0.012; sigmoid and isotonic
  CalibratedClassifierCV were worse (ECE 0.113 / 0.057), so none is added.
* UNSURE_THRESHOLD = 0.6: the lowest threshold at which out-of-fold drafts
  above it were >= 95% right (94% of true outcomes covered); below it a span
  is flagged `unsure` ("to confirm at the visit").
* The question asked is weak evidence only: its outcome type (the prior
  the caller's question table gives) or free question text nudges that type
  by a small factor (QUESTION_PRIOR_WEIGHT) and the probabilities are
  renormalised, so "I want to keep going to chapel" in answer to "what would
  you like to change?" stays maintenance.

Everything is trained at load time from bot/data/analysis/*.tsv (about a
second, deterministic); nothing pickled is shipped.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .text import canonical_text, fold, iter_tsv, match_key, normalise, words
from .types import OUTCOME_TYPES, OutcomeSpan

if TYPE_CHECKING:  # loaded with the model, not with this module
    import numpy as np
    from sklearn.pipeline import Pipeline

NONE_LABEL = "none"
CLASSES: tuple[str, ...] = (*OUTCOME_TYPES, NONE_LABEL)

# Chosen by CV on the training data (benchmarks/analysis_benchmark.py --cv).
LR_C = 300.0
# Lowest confidence at which out-of-fold drafts were >= 95% right (CV, training data only).
UNSURE_THRESHOLD = 0.6
QUESTION_PRIOR_WEIGHT = 1.3
# A piece split off at "and"/"a"/"ond" must have at least this many words and
# look like an outcome (P(none) below this) on both sides.
MIN_SPLIT_WORDS = 3
SPLIT_MAX_P_NONE = 0.5

# Free question text -> type, by words in either language (canonical, folded forms).
_QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "maintenance": ("keep", "cadw", "carry on", "stay the same", "aros yr un", "dal i", "same as now"),
    "change": ("change", "newid", "different", "gwahanol", "improve", "gwella", "better"),
    "process": ("support", "supported", "cefnogi", "cymorth", "carers", "gofalwyr", "visit", "ymweliad",
                "speak to you", "talk to you", "siarad", "language", "iaith", "communicat"),
}


def question_type(question: str | None) -> str | None:
    """The outcome type a question leans towards, or None.

    `question` is either that type itself (the conversation's question table,
    bot.conversation.questions, knows each question's prior and passes it in) or
    the question's free text, read by its words in either language.
    """
    if not question:
        return None
    q = question.strip()
    if q in OUTCOME_TYPES:
        return q
    text = " " + canonical_text(q) + " "
    raw = " " + fold(normalise(q)) + " "
    hits = [t for t, keys in _QUESTION_WORDS.items() if any(k in text or k in raw for k in keys)]
    return hits[0] if len(hits) == 1 else None


def load_training() -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, languages) from bot/data/analysis outcome and no-outcome files."""
    texts: list[str] = []
    labels: list[str] = []
    langs: list[str] = []
    for name in ("outcomes_train.tsv", "no_outcome_train.tsv"):
        for row in iter_tsv(name):
            texts.append(row[0])
            labels.append(row[1])
            langs.append(row[2])
    return texts, labels, langs


def _char_text(text: str) -> str:
    return fold(normalise(text))


def build_pipeline(c: float = LR_C, features: str = "both") -> Pipeline:
    """The sklearn pipeline (kept in a function so the benchmark's CV uses the very same one)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import FunctionTransformer

    parts = []
    if features in ("both", "char"):
        parts.append((
            "char",
            Pipeline([
                ("prep", FunctionTransformer(_prep_char)),
                ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                          min_df=1, dtype=_float32())),
            ]),
        ))
    if features in ("both", "word"):
        parts.append((
            "word",
            Pipeline([
                ("prep", FunctionTransformer(_prep_word)),
                ("tfidf", TfidfVectorizer(analyzer="word", token_pattern=r"\S+",  # noqa: S106 - a regex
                                          ngram_range=(1, 2), sublinear_tf=True, min_df=1, dtype=_float32())),
            ]),
        ))
    return Pipeline([
        ("features", FeatureUnion(parts)),
        ("lr", LogisticRegression(C=c, max_iter=5000, class_weight="balanced")),
    ])


def _float32() -> type[np.float32]:
    import numpy as np

    return np.float32


def _prep_char(texts: Sequence[str]) -> list[str]:
    return [_char_text(t) for t in texts]


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, str], ...]:
    """(canonical phrase with spaces around it, cue token) from cues.tsv."""
    out = []
    for phrase, cue in iter_tsv("cues.tsv"):
        out.append((" " + canonical_text(phrase) + " ", "__cue_" + cue))
    return tuple(out)


def with_cues(canon: str) -> str:
    """Append bilingual cue tokens (keep / again / care) so Welsh and English share evidence."""
    padded = " " + canon + " "
    found = [cue for phrase, cue in _cues() if phrase in padded]
    return canon + (" " + " ".join(found) if found else "")


def _prep_word(texts: Sequence[str]) -> list[str]:
    return [with_cues(canonical_text(t)) for t in texts]


class OutcomeModel:
    """The trained sorter; one instance per process (see `get_model`)."""

    def __init__(self) -> None:
        texts, labels, _ = load_training()
        self.pipeline = build_pipeline()
        self.pipeline.fit(texts, labels)
        classes = list(self.pipeline.classes_)
        self._order = [classes.index(c) for c in CLASSES]
        self.no_outcome_keys = frozenset(
            match_key(t) for t, lab in zip(texts, labels) if lab == NONE_LABEL
        )

    def proba(self, texts: Sequence[str], questions: Sequence[str | None]) -> list[list[float]]:
        """Per text, probabilities in CLASSES order with the question's weak prior applied."""
        if not texts:
            return []
        raw = self.pipeline.predict_proba(list(texts))[:, self._order]
        out: list[list[float]] = []
        for row, q in zip(raw.tolist(), questions):
            qt = question_type(q)
            if qt is not None:
                i = CLASSES.index(qt)
                row[i] *= QUESTION_PRIOR_WEIGHT
                s = sum(row)
                row = [v / s for v in row]
            out.append(row)
        return out


_model: OutcomeModel | None = None
_model_lock = threading.Lock()


def get_model() -> OutcomeModel:
    """The process-wide model, trained on first use (thread-safe, once)."""
    global _model  # noqa: PLW0603 - one model per process, built once under the lock
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = OutcomeModel()
    return _model


# ---------------------------------------------------------------- splitting

_HARD_BOUNDARY = re.compile(r"(?:[.!?\u2026]+(?=\s|$)|[\r\n]+|;)")
_CONJUNCTION = re.compile(
    r",?\s+(?:and\s+also|and|but|also|as\s+well\s+as|a\s+hefyd|ac|a|ond|hefyd)\s+",
    re.IGNORECASE,
)
_OPEN_CLOSE = {")": "(", "]": "[", "}": "{", "\u201d": "\u201c", "\u2019": "\u2018"}


def _is_edge_junk(ch: str) -> bool:
    """Whitespace, punctuation, symbols (emoji) and controls are trimmed from span edges."""
    return unicodedata.category(ch)[0] in "PZSC" or ch.isspace()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past edge whitespace/punctuation/emoji; keep a closing bracket whose opener is inside."""
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        ch = text[end - 1]
        if ch in _OPEN_CLOSE and _OPEN_CLOSE[ch] in text[start:end - 1]:
            break
        end -= 1
    # Emoji joiners / variation selectors are category Mn/Cf: strip leftovers at the edges.
    while end > start and unicodedata.category(text[end - 1]) in ("Mn", "Cf", "Sk") and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _has_letters(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def hard_segments(text: str) -> list[tuple[int, int]]:
    """Sentence / line / ';' pieces of the text, trimmed, that contain letters."""
    segs: list[tuple[int, int]] = []
    pos = 0
    for m in _HARD_BOUNDARY.finditer(text):
        segs.append((pos, m.start()))
        pos = m.end()
    segs.append((pos, len(text)))
    out = []
    for s, e in segs:
        s, e = trim(text, s, e)
        if e > s and _has_letters(text[s:e]):
            out.append((s, e))
    return out


def _n_words(s: str) -> int:
    return len(words(s))


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    from .text import DATA_DIR, canonical_word

    out: set[str] = set()
    for line in (DATA_DIR / "clause_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(canonical_word(line))
    return frozenset(out)


def _has_verb(piece: str) -> bool:
    """A clause, not a bare noun phrase: has a listed verb or an English -ing form."""
    verbs = _clause_verbs()
    return any(tok in verbs or (len(tok) > 4 and tok.endswith("ing")) for tok in canonical_text(piece).split())


def conjunction_points(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(left_end, right_start) of each conjunction inside [start, end) with a clause either side."""
    pts = []
    for m in _CONJUNCTION.finditer(text, start, end):
        if m.start() <= start or m.end() >= end:
            continue
        left, right = text[start:m.start()], text[m.end():end]
        if _n_words(left) >= MIN_SPLIT_WORDS and _n_words(right) >= MIN_SPLIT_WORDS \
                and _has_verb(left) and _has_verb(right):
            pts.append((m.start(), m.end()))
    return pts


# ---------------------------------------------------------------- sorting

Result = tuple[str | None, float, tuple[OutcomeSpan, ...]]


def _best(row: list[float]) -> tuple[str, float]:
    i = max(range(len(CLASSES)), key=lambda k: row[k])
    return CLASSES[i], row[i]


def _best_type(row: list[float]) -> tuple[str, float]:
    i = max(range(len(OUTCOME_TYPES)), key=lambda k: row[k])
    return OUTCOME_TYPES[i], row[i]


def sort_outcomes_many(items: Sequence[tuple[str, str | None]]) -> list[Result]:
    """Batched sorting: three model calls for the whole batch (wholes+segments, split candidates, pieces)."""
    model = get_model()
    n = len(items)
    results: list[Result | None] = [None] * n

    # Stage 1: whole texts and their hard segments.
    texts1: list[str] = []
    qs1: list[str | None] = []
    owners1: list[tuple[int, tuple[int, int] | None]] = []
    segs_of: dict[int, list[tuple[int, int]]] = {}
    for idx, (text, q) in enumerate(items):
        if not _has_letters(text) or match_key(text) in model.no_outcome_keys:
            results[idx] = (None, 0.99 if _has_letters(text) else 1.0, ())
            continue
        segs = hard_segments(text)
        segs_of[idx] = segs
        texts1.append(text)
        qs1.append(q)
        owners1.append((idx, None))
        if len(segs) > 1:
            for s, e in segs:
                texts1.append(text[s:e])
                qs1.append(q)
                owners1.append((idx, (s, e)))
    probs1 = model.proba(texts1, qs1)
    whole_p: dict[int, list[float]] = {}
    seg_p: dict[tuple[int, int, int], list[float]] = {}
    for (idx, span), row in zip(owners1, probs1):
        if span is None:
            whole_p[idx] = row
        else:
            seg_p[(idx, span[0], span[1])] = row
    for idx, segs in segs_of.items():
        if len(segs) == 1:
            seg_p[(idx,) + segs[0]] = whole_p[idx]

    # Stage 2: conjunction split candidates inside segments that look like outcomes.
    texts2: list[str] = []
    qs2: list[str | None] = []
    owners2: list[tuple[int, int, int, int, int]] = []  # idx, seg_s, seg_e, left_end, right_start
    for idx, segs in segs_of.items():
        text, q = items[idx]
        for s, e in segs:
            if seg_p[(idx, s, e)][CLASSES.index(NONE_LABEL)] >= SPLIT_MAX_P_NONE:
                continue
            for le, rs in conjunction_points(text, s, e):
                texts2 += [text[s:le], text[rs:e]]
                qs2 += [q, q]
                owners2.append((idx, s, e, le, rs))
    probs2 = model.proba(texts2, qs2)
    cuts: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    none_i = CLASSES.index(NONE_LABEL)
    for k, (idx, s, e, le, rs) in enumerate(owners2):
        pl, pr = probs2[2 * k], probs2[2 * k + 1]
        if pl[none_i] < SPLIT_MAX_P_NONE and pr[none_i] < SPLIT_MAX_P_NONE:
            cuts.setdefault((idx, s, e), []).append((le, rs))

    # Stage 3: the final pieces.
    texts3: list[str] = []
    qs3: list[str | None] = []
    owners3: list[tuple[int, int, int, int]] = []  # idx, seg_id, start, end
    pieces_of: dict[int, list[list[tuple[int, int]]]] = {}
    for idx, segs in segs_of.items():
        text, q = items[idx]
        per_seg: list[list[tuple[int, int]]] = []
        for seg_id, (s, e) in enumerate(segs):
            pts = cuts.get((idx, s, e), [])
            bounds: list[tuple[int, int]] = []
            cur = s
            for le, rs in pts:
                bounds.append((cur, le))
                cur = rs
            bounds.append((cur, e))
            bounds = [trim(text, a, b) for a, b in bounds]
            per_seg.append(bounds)
            if len(bounds) > 1:
                for a, b in bounds:
                    texts3.append(text[a:b])
                    qs3.append(q)
                    owners3.append((idx, seg_id, a, b))
        pieces_of[idx] = per_seg
    probs3 = model.proba(texts3, qs3)
    piece_p: dict[tuple[int, int, int], list[float]] = {}
    for (idx, _seg_id, a, b), row in zip(owners3, probs3):
        piece_p[(idx, a, b)] = row

    for idx, per_seg in pieces_of.items():
        text, _q = items[idx]
        spans: list[OutcomeSpan] = []
        for seg_id, bounds in enumerate(per_seg):
            s, e = segs_of[idx][seg_id]
            if len(bounds) == 1:
                rows = [(s, e, seg_p[(idx, s, e)])]
            else:
                rows = _merge_non_outcomes(text, bounds, [piece_p[(idx, a, b)] for a, b in bounds])
                if len(rows) == 1:  # merged back into one: use the segment's own reading
                    rows = [(s, e, seg_p[(idx, s, e)])]
            for a, b, row in rows:
                label, _p = _best(row)
                if label == NONE_LABEL:
                    continue
                spans.append(_span(text, a, b, row))
        wp = whole_p[idx]
        label, p = _best(wp)
        if label == NONE_LABEL:
            if spans:
                top = max(spans, key=lambda sp: sp.confidence)
                results[idx] = (top.type, top.confidence, tuple(spans))
            else:
                results[idx] = (None, p, ())
            continue
        wtype, wconf = _best_type(wp)
        if not spans:
            s, e = trim(text, 0, len(text))
            spans = [_span(text, s, e, wp)]
        results[idx] = (wtype, wconf, tuple(spans))
    return [r if r is not None else (None, 1.0, ()) for r in results]


def _merge_non_outcomes(text: str, bounds: list[tuple[int, int]],
                        rows: list[list[float]]) -> list[tuple[int, int, list[float]]]:
    """Pieces that turned out not to be outcomes are joined back onto their left neighbour."""
    none_i = CLASSES.index(NONE_LABEL)
    merged: list[tuple[int, int, list[float], bool]] = []
    for (a, b), row in zip(bounds, rows):
        is_out = row[none_i] < SPLIT_MAX_P_NONE
        if merged and not is_out:
            pa, _pb, prow, pout = merged[-1]
            merged[-1] = (pa, b, prow, pout)
        elif merged and not merged[-1][3]:
            pa, _pb, _prow, _pout = merged[-1]
            merged[-1] = (pa, b, row, True)
        else:
            merged.append((a, b, row, is_out))
    return [(a, b, row) for a, b, row, _ in merged]


def _span(text: str, a: int, b: int, row: list[float]) -> OutcomeSpan:
    t, p = _best_type(row)
    return OutcomeSpan(text=text[a:b], start=a, end=b, type=t, confidence=float(p), unsure=p < UNSURE_THRESHOLD)


def sort_outcomes(text: str, question: str | None = None) -> Result:
    """Type of the whole text (None if no outcome), its confidence, and one span per outcome."""
    return sort_outcomes_many([(text, question)])[0]
